package com.stepwise.progress;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The review's charts, drawn on the server as SVG by JFreeChart, so the same picture fits a screen or a PDF. Every
 * chart labels both axes with their units, and scales to the width it is given (a tablet in portrait included).
 */
public final class ProgressCharts {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 320;
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Color TEAL = new Color(0x1f, 0x6f, 0x78);
    private static final Color[] SERIES = {new Color(0x7a, 0x9e, 0xa3), new Color(0xc0, 0x84, 0x3c),
        new Color(0x8a, 0x6a, 0xb0), new Color(0x5b, 0x8c, 0x4a), new Color(0xb0, 0x5a, 0x6a)};
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    static {
        // Rotated labels (the value axis) as SVG text rather than glyph outlines: smaller, and readable by a
        // screen reader or a search. Nothing else in the app draws JFreeChart text.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ProgressCharts() {
    }

    /** Pain during each exercise by day, and the day's mean over all exercises drawn bold. */
    /**
     * Where a page finds one of the client's charts (pain, adherence, odi, psfs), served by {@link ChartController}
     * and kept by the browser until the review's data changes.
     */
    public static String address(long clientId, String chart, Review review) {
        return "charts/clients/" + clientId + "/" + chart + ".svg?v=" + review.fingerprint();
    }

    public static String pain(Review review) {
        var data = new TimeSeriesCollection();
        var overall = new TimeSeries("All exercises (mean of the day)");
        review.logs().stream().filter(log -> log.pain() != null)
                .collect(Collectors.groupingBy(LoggedExercise::date, Collectors.averagingInt(LoggedExercise::pain)))
                .forEach((date, mean) -> overall.addOrUpdate(day(date), mean));
        data.addSeries(overall);
        review.logs().stream().filter(log -> log.pain() != null)
                .collect(Collectors.groupingBy(LoggedExercise::exerciseId)).entrySet().stream()
                .sorted(Comparator.comparing(e -> review.exerciseNames().getOrDefault(e.getKey(), "")))
                .forEach(entry -> {
                    var series = new TimeSeries(review.exerciseNames().getOrDefault(entry.getKey(), "Exercise"));
                    entry.getValue().forEach(log -> series.addOrUpdate(day(log.date()), log.pain()));
                    data.addSeries(series);
                });
        var chart = ChartFactory.createTimeSeriesChart("Pain during the exercises", "Date",
                "Pain (0 none – 10 worst)", data, true, false, false);
        var plot = chart.getXYPlot();
        plot.getRangeAxis().setRange(0, 10.2);
        dates(plot);
        var renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, TEAL);
        renderer.setSeriesStroke(0, new BasicStroke(3.5f));
        for (int i = 1; i < data.getSeriesCount(); i++) {
            renderer.setSeriesPaint(i, SERIES[(i - 1) % SERIES.length]);
            renderer.setSeriesStroke(i, new BasicStroke(1.5f));
        }
        plot.setRenderer(renderer);
        return svg(chart);
    }

    /** Per week (Monday to Sunday): days with exercises done, as a percentage of the days the plan asks for. */
    public static String adherence(Review review) {
        var data = new DefaultCategoryDataset();
        for (var week : review.weeks()) {
            data.addValue(Math.round(week.percent()), "Sessions done", WEEK.format(week.monday()));
        }
        var chart = ChartFactory.createBarChart("Sessions done each week", "Week starting",
                "Done, % of prescribed", data);
        chart.removeLegend();
        var plot = chart.getCategoryPlot();
        plot.getRangeAxis().setRange(0, Math.max(105, review.weeks().stream()
                .mapToDouble(Review.WeekAdherence::percent).max().orElse(0) + 5));
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, TEAL);
        plot.getDomainAxis().setTickLabelFont(TICK);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        return svg(chart);
    }

    /** One questionnaire's scores over time; the Oswestry with its bands of disability shaded behind. */
    public static String measure(Review review, MeasureKind kind) {
        var series = new TimeSeries(kind.label());
        review.measures().stream().filter(m -> m.kind() == kind)
                .forEach(m -> series.addOrUpdate(day(m.measuredOn()), m.score()));
        boolean oswestry = kind == MeasureKind.ODI;
        var chart = ChartFactory.createTimeSeriesChart(kind.label(), "Date",
                oswestry ? "Disability (%), lower is better" : "Mean ability (0–10), higher is better",
                new TimeSeriesCollection(series), false, false, false);
        var plot = chart.getXYPlot();
        plot.getRangeAxis().setRange(0, oswestry ? 100 : 10.2);
        dates(plot);
        if (oswestry) {
            double from = 0;
            for (var band : Oswestry.Band.values()) {
                double to = from + 20;
                var marker = new IntervalMarker(from, to, band.ordinal() % 2 == 0
                        ? new Color(0xee, 0xf4, 0xf4) : new Color(0xf8, 0xf1, 0xe7));
                marker.setLabel(band.label());
                marker.setLabelFont(TICK);
                marker.setLabelPaint(new Color(0x4a, 0x5a, 0x5e));
                marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
                marker.setLabelAnchor(RectangleAnchor.LEFT);
                marker.setLabelTextAnchor(TextAnchor.CENTER_LEFT);
                plot.addRangeMarker(marker, Layer.BACKGROUND);
                from = to;
            }
        }
        var renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, TEAL);
        renderer.setSeriesStroke(0, new BasicStroke(3f));
        plot.setRenderer(renderer);
        return svg(chart);
    }

    /** Whole days on the date axis (never "16 Nov" twice for two half-days), as many as fit. */
    private static void dates(XYPlot plot) {
        var axis = (DateAxis) plot.getDomainAxis();
        var format = new SimpleDateFormat("d MMM", Locale.UK);
        var units = new TickUnits();
        for (int days : new int[] {1, 2, 7, 14}) {
            units.add(new DateTickUnit(DateTickUnitType.DAY, days, format));
        }
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 1, format));
        units.add(new DateTickUnit(DateTickUnitType.MONTH, 3, format));
        axis.setStandardTickUnits(units);
        axis.setTickLabelFont(TICK);
    }

    private static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private static String svg(JFreeChart chart) {
        chart.getTitle().setFont(TITLE);
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(TICK);
        }
        var plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            xy.getDomainAxis().setLabelFont(LABEL);
            xy.getRangeAxis().setLabelFont(LABEL);
            xy.getRangeAxis().setTickLabelFont(TICK);
            xy.setRangeGridlinePaint(new Color(0xd5, 0xdd, 0xde));
            xy.setDomainGridlinePaint(new Color(0xd5, 0xdd, 0xde));
        } else if (plot instanceof CategoryPlot category) {
            category.getDomainAxis().setLabelFont(LABEL);
            category.getRangeAxis().setLabelFont(LABEL);
            category.getRangeAxis().setTickLabelFont(TICK);
            category.setRangeGridlinePaint(new Color(0xd5, 0xdd, 0xde));
        }
        var graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        return graphics.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), PreserveAspectRatio.XMID_YMID,
                MeetOrSlice.MEET);
    }
}
