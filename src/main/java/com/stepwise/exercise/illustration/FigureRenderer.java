package com.stepwise.exercise.illustration;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws an {@link Illustration} with plain Java2D: the start position, an arrow, and the end position, each panel
 * scaled alike so the figure keeps its size. The same code paints SVG for the screens and vectors for the PDF.
 */
public final class FigureRenderer {

    static final double TORSO = 30, NECK = 4, HEAD_RADIUS = 6.5, UPPER_ARM = 16, FOREARM = 14,
            THIGH = 24, SHIN = 23, FOOT = 7, HAND = 3.8;

    private static final Color FAR = new Color(0x9cc4c6);
    private static final Color FLOOR = new Color(0xb8c4c8);
    private static final Color MAT = new Color(0xdcebec);
    private static final Color FURNITURE = new Color(0x8d9ca1);
    private static final Color LABEL = new Color(0x4a5a60);

    private final Color body;

    public FigureRenderer(Color body) {
        this.body = body;
    }

    /** Paints the illustration into the given box of the graphics context, start on the left and end on the right. */
    public void draw(Graphics2D g, Illustration illustration, Rectangle2D box, boolean labels) {
        draw(g, illustration, box, labels, false);
    }

    /**
     * Paints the illustration into the box; for a right-to-left reader the start stands on the right and the arrow
     * points left, so the drawing reads in the same direction as the text beside it.
     */
    public void draw(Graphics2D g, Illustration illustration, Rectangle2D box, boolean labels, boolean rightToLeft) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            double labelHeight = labels ? Math.max(12, box.getHeight() * 0.08) : 0;
            double arrowWidth = box.getWidth() * 0.08;
            double panelWidth = (box.getWidth() - arrowWidth) / 2;
            double panelHeight = box.getHeight() - labelHeight;

            Rectangle2D world = worldBounds(illustration);
            double scale = Math.min(panelWidth / world.getWidth(), panelHeight / world.getHeight());

            var left = new Rectangle2D.Double(box.getX(), box.getY(), panelWidth, panelHeight);
            var right = new Rectangle2D.Double(box.getX() + panelWidth + arrowWidth, box.getY(), panelWidth,
                    panelHeight);
            drawPanel(g2, illustration, rightToLeft ? illustration.end() : illustration.start(), left, world, scale);
            drawPanel(g2, illustration, rightToLeft ? illustration.start() : illustration.end(), right, world, scale);
            drawArrow(g2, box.getX() + panelWidth, box.getY() + panelHeight / 2, arrowWidth, rightToLeft);
            if (labels) {
                g2.setColor(LABEL);
                g2.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(labelHeight * 0.75)));
                float baseline = (float) (box.getY() + box.getHeight() - labelHeight * 0.2);
                centred(g2, "Start", left.getCenterX(), baseline);
                centred(g2, "End", right.getCenterX(), baseline);
            }
        } finally {
            g2.dispose();
        }
    }

    private static void centred(Graphics2D g, String text, double x, float baseline) {
        int width = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (float) (x - width / 2.0), baseline);
    }

    private void drawPanel(Graphics2D g, Illustration illustration, Pose pose, Rectangle2D panel, Rectangle2D world,
                           double scale) {
        Graphics2D p = (Graphics2D) g.create();
        try {
            // World y points up from the floor; flip it and centre the world in the panel.
            double offsetX = panel.getX() + (panel.getWidth() - world.getWidth() * scale) / 2;
            double offsetY = panel.getY() + (panel.getHeight() + world.getHeight() * scale) / 2;
            p.transform(new AffineTransform(scale, 0, 0, -scale, offsetX - world.getX() * scale,
                    offsetY + world.getY() * scale));
            p.setColor(FLOOR);
            p.setStroke(new BasicStroke(1.2f));
            p.draw(new Line2D.Double(world.getMinX(), 0, world.getMaxX(), 0));
            for (Prop prop : illustration.props()) {
                drawProp(p, prop);
            }
            drawFigure(p, Skeleton.of(pose));
        } finally {
            p.dispose();
        }
    }

    private void drawFigure(Graphics2D g, Skeleton s) {
        var round = BasicStroke.CAP_ROUND;
        var join = BasicStroke.JOIN_ROUND;
        g.setColor(FAR);
        g.setStroke(new BasicStroke(5.5f, round, join));
        limb(g, s.shoulder, s.farElbow, s.farWrist);
        limb(g, s.hip, s.farKnee, s.farAnkle);
        g.setStroke(new BasicStroke(4f, round, join));
        g.draw(new Line2D.Double(s.farAnkle, s.farToe));
        hand(g, s.farWrist);

        g.setColor(body);
        g.setStroke(new BasicStroke(10f, round, join));
        g.draw(new QuadCurve2D.Double(s.hip.x, s.hip.y, s.spineControl.x, s.spineControl.y, s.shoulder.x,
                s.shoulder.y));
        g.setStroke(new BasicStroke(4.5f, round, join));
        g.draw(new Line2D.Double(s.shoulder, s.neckTop));
        g.fill(new Ellipse2D.Double(s.headCentre.x - HEAD_RADIUS, s.headCentre.y - HEAD_RADIUS, HEAD_RADIUS * 2,
                HEAD_RADIUS * 2));
        g.setStroke(new BasicStroke(6.5f, round, join));
        limb(g, s.hip, s.nearKnee, s.nearAnkle);
        limb(g, s.shoulder, s.nearElbow, s.nearWrist);
        g.setStroke(new BasicStroke(4.5f, round, join));
        g.draw(new Line2D.Double(s.nearAnkle, s.nearToe));
        hand(g, s.nearWrist);
    }

    /** A hand: a little wider than the forearm, so where the hands hold (a knee, the lower back) can be seen. */
    private static void hand(Graphics2D g, Point2D.Double wrist) {
        g.fill(new Ellipse2D.Double(wrist.x - HAND, wrist.y - HAND, HAND * 2, HAND * 2));
    }

    private static void limb(Graphics2D g, Point2D.Double a, Point2D.Double b, Point2D.Double c) {
        var path = new Path2D.Double();
        path.moveTo(a.x, a.y);
        path.lineTo(b.x, b.y);
        path.lineTo(c.x, c.y);
        g.draw(path);
    }

    private static void drawProp(Graphics2D g, Prop prop) {
        switch (prop.kind()) {
            case MAT -> {
                g.setColor(MAT);
                g.fill(new RoundRectangle2D.Double(prop.x(), -1.6, prop.width(), 1.6, 1.2, 1.2));
            }
            case PILLOW -> {
                g.setColor(MAT.darker());
                g.fill(new RoundRectangle2D.Double(prop.x(), prop.y(), prop.width(), 6, 5, 5));
            }
            case CHAIR -> {
                g.setColor(FURNITURE);
                g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                double seat = prop.y(), left = prop.x(), right = prop.x() + prop.width();
                g.draw(new Line2D.Double(left, seat, right, seat));
                g.draw(new Line2D.Double(left + 1, seat, left + 1, 0));
                g.draw(new Line2D.Double(right - 1, seat, right - 1, 0));
                g.draw(new Line2D.Double(left, seat, left - 2, seat + 26));
            }
            case BED -> {
                g.setColor(FURNITURE);
                g.fill(new RoundRectangle2D.Double(prop.x(), prop.y() - 7, prop.width(), 7, 2, 2));
                g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(prop.x() + 2, prop.y() - 7, prop.x() + 2, 0));
                g.draw(new Line2D.Double(prop.x() + prop.width() - 2, prop.y() - 7, prop.x() + prop.width() - 2, 0));
            }
        }
    }

    private static void drawArrow(Graphics2D g, double x, double centreY, double width, boolean pointingLeft) {
        g.setColor(FLOOR);
        g.setStroke(new BasicStroke((float) Math.max(1.5, width * 0.06), BasicStroke.CAP_ROUND,
                BasicStroke.JOIN_ROUND));
        double from = x + width * 0.22, to = x + width * 0.78, head = width * 0.16;
        if (pointingLeft) {
            double swap = from;
            from = to;
            to = swap;
            head = -head;
        }
        g.draw(new Line2D.Double(from, centreY, to, centreY));
        var tip = new Path2D.Double();
        tip.moveTo(to - head, centreY - Math.abs(head));
        tip.lineTo(to, centreY);
        tip.lineTo(to - head, centreY + Math.abs(head));
        g.draw(tip);
    }

    /** The part of the world both poses and the props occupy, padded so thick strokes are not clipped. */
    static Rectangle2D worldBounds(Illustration illustration) {
        var points = new ArrayList<Point2D.Double>();
        points.addAll(Skeleton.of(illustration.start()).points());
        points.addAll(Skeleton.of(illustration.end()).points());
        double minX = 0, maxX = 0, minY = -2, maxY = 0;
        boolean first = true;
        for (var point : points) {
            minX = first ? point.x : Math.min(minX, point.x);
            maxX = first ? point.x : Math.max(maxX, point.x);
            maxY = Math.max(maxY, point.y);
            minY = Math.min(minY, point.y);
            first = false;
        }
        for (Prop prop : illustration.props()) {
            if (prop.kind() != Prop.Kind.MAT) {
                minX = Math.min(minX, prop.x() - 3);
                maxX = Math.max(maxX, prop.x() + prop.width());
                maxY = Math.max(maxY, prop.y() + (prop.kind() == Prop.Kind.CHAIR ? 26 : 6));
            }
        }
        double pad = 8;
        return new Rectangle2D.Double(minX - pad, minY - 3, maxX - minX + 2 * pad, maxY - minY + pad + 3);
    }

    /** Joint positions worked out from a pose, segment by segment from the pelvis. */
    static final class Skeleton {
        Point2D.Double hip, shoulder, spineControl, neckTop, headCentre;
        Point2D.Double nearElbow, nearWrist, farElbow, farWrist;
        Point2D.Double nearKnee, nearAnkle, nearToe, farKnee, farAnkle, farToe;

        static Skeleton of(Pose p) {
            var s = new Skeleton();
            s.hip = new Point2D.Double(p.pelvisX(), p.pelvisY());
            s.shoulder = step(s.hip, p.torso(), TORSO);
            var middle = new Point2D.Double((s.hip.x + s.shoulder.x) / 2, (s.hip.y + s.shoulder.y) / 2);
            s.spineControl = step(middle, p.torso() - 90, p.spine() * 2);
            s.neckTop = step(s.shoulder, p.head(), NECK);
            s.headCentre = step(s.neckTop, p.head(), HEAD_RADIUS);
            s.nearElbow = step(s.shoulder, p.nearUpperArm(), UPPER_ARM);
            s.nearWrist = step(s.nearElbow, p.nearForearm(), FOREARM);
            s.farElbow = step(s.shoulder, p.farUpperArm(), UPPER_ARM);
            s.farWrist = step(s.farElbow, p.farForearm(), FOREARM);
            s.nearKnee = step(s.hip, p.nearThigh(), THIGH);
            s.nearAnkle = step(s.nearKnee, p.nearShin(), SHIN);
            s.nearToe = step(s.nearAnkle, p.nearFoot(), FOOT);
            s.farKnee = step(s.hip, p.farThigh(), THIGH);
            s.farAnkle = step(s.farKnee, p.farShin(), SHIN);
            s.farToe = step(s.farAnkle, p.farFoot(), FOOT);
            return s;
        }

        private static Point2D.Double step(Point2D.Double from, double degrees, double length) {
            double radians = Math.toRadians(degrees);
            return new Point2D.Double(from.x + Math.cos(radians) * length, from.y + Math.sin(radians) * length);
        }

        List<Point2D.Double> points() {
            var headTop = new Point2D.Double(headCentre.x, headCentre.y + HEAD_RADIUS);
            var headBottom = new Point2D.Double(headCentre.x, headCentre.y - HEAD_RADIUS);
            var headLeft = new Point2D.Double(headCentre.x - HEAD_RADIUS, headCentre.y);
            var headRight = new Point2D.Double(headCentre.x + HEAD_RADIUS, headCentre.y);
            return List.of(hip, shoulder, headTop, headBottom, headLeft, headRight, nearElbow, nearWrist, farElbow,
                    farWrist, nearKnee, nearAnkle, nearToe, farKnee, farAnkle, farToe);
        }
    }
}
