package com.stepwise.exercise;

import com.stepwise.exercise.illustration.FigureRenderer;
import com.stepwise.exercise.illustration.Illustration;
import com.stepwise.exercise.illustration.IllustrationLibrary;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.springframework.stereotype.Service;

/**
 * The exercise drawings, as SVG for the screens and as Java2D drawing for anything else (the PDF handout paints
 * the same figure through OpenPDF's Graphics2D). Drawings never change at run time, so SVG is cached per size.
 */
@Service
public class ExerciseIllustrations {

    /** Stepwise's accent colour; the handout may pass a clinic's own. */
    public static final Color ACCENT = new Color(0x0f6f74);

    public record Option(String key, String label) {
    }

    private final IllustrationLibrary library = new IllustrationLibrary();
    private final FigureRenderer renderer = new FigureRenderer(ACCENT);
    private final Map<String, String> svgCache = new ConcurrentHashMap<>();

    public boolean exists(String key) {
        return library.find(key).isPresent();
    }

    /** The drawings a clinician can choose for one of the clinic's own exercises. */
    public List<Option> options() {
        return library.all().stream().map(i -> new Option(i.key(), i.label())).toList();
    }

    /** The short label of a drawing, in English. */
    public Optional<String> label(String key) {
        return library.find(key).map(Illustration::label);
    }

    public Optional<String> svg(String key, int width, int height, boolean labels) {
        return library.find(key).map(illustration -> svgCache.computeIfAbsent(
                key + ":" + width + "x" + height + ":" + labels,
                ignored -> renderSvg(illustration, width, height, labels)));
    }

    /** Paints the drawing into a box of any Graphics2D (PDF, image, SVG), in the given colour. */
    public boolean draw(String key, Graphics2D graphics, Rectangle2D box, Color colour, boolean labels) {
        return draw(key, graphics, box, colour, labels, false);
    }

    /** Paints the drawing, start to end in the reading direction (right to left for Arabic and Hebrew). */
    public boolean draw(String key, Graphics2D graphics, Rectangle2D box, Color colour, boolean labels,
                        boolean rightToLeft) {
        return library.find(key).map(illustration -> {
            new FigureRenderer(colour).draw(graphics, illustration, box, labels, rightToLeft);
            return true;
        }).orElse(false);
    }

    private String renderSvg(Illustration illustration, int width, int height, boolean labels) {
        var svg = new SVGGraphics2D(width, height);
        renderer.draw(svg, illustration, new Rectangle2D.Double(0, 0, width, height), labels);
        // A viewBox lets the browser scale the drawing to whatever box the page gives it.
        return svg.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    }
}
