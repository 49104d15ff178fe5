package com.stepwise.exercise.illustration;

import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Not a test of the suite (its name does not end in Test): draws every built-in illustration on one sheet,
 * target/drawings.png, for a person to check against the steps. {@code ./mvnw test -Dtest=DrawingsSheet}.
 */
class DrawingsSheet {

    @Test
    void drawAll() throws Exception {
        var library = new IllustrationLibrary();
        int w = 420, h = 200, columns = 3;
        int rows = (library.all().size() + columns - 1) / columns;
        var image = new BufferedImage(w * columns, h * rows, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        var renderer = new FigureRenderer(new Color(0x0f6f74));
        int i = 0;
        for (var illustration : library.all()) {
            int x = (i % columns) * w, y = (i / columns) * h;
            renderer.draw(g, illustration, new Rectangle2D.Double(x + 10, y + 22, w - 20, h - 30), true);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.drawString(illustration.key() + ": " + illustration.label(), x + 8, y + 15);
            g.setColor(Color.LIGHT_GRAY);
            g.drawRect(x, y, w - 1, h - 1);
            i++;
        }
        g.dispose();
        Files.createDirectories(Path.of("target"));
        ImageIO.write(image, "png", Path.of("target", "drawings.png").toFile());
    }
}
