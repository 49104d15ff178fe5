package com.stepwise.exercise.illustration;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The drawings say what the steps say: the part that moves visibly moves, the hands are where the steps put them,
 * and nothing passes through the floor. Checked on the joints of each pose, in figure units (a thigh is 24).
 */
class IllustrationLibraryTest {

    private static final double VISIBLE = 6;
    private static final double HOLDING = 4.5;

    private final IllustrationLibrary library = new IllustrationLibrary();

    @Test
    void everyBuiltInDrawingShowsAMovement() {
        for (var illustration : library.all()) {
            var start = FigureRenderer.Skeleton.of(illustration.start());
            var end = FigureRenderer.Skeleton.of(illustration.end());
            double moved = 0;
            var before = joints(start);
            var after = joints(end);
            for (int i = 0; i < before.size(); i++) {
                moved = Math.max(moved, before.get(i).distance(after.get(i)));
            }
            moved = Math.max(moved, start.spineControl.distance(end.spineControl));
            assertThat(moved).as("%s: the largest movement between start and end", illustration.key())
                    .isGreaterThanOrEqualTo(VISIBLE);
        }
    }

    @Test
    void noLimbPassesThroughTheFloor() {
        for (var illustration : library.all()) {
            for (var pose : List.of(illustration.start(), illustration.end())) {
                var skeleton = FigureRenderer.Skeleton.of(pose);
                for (var joint : joints(skeleton)) {
                    assertThat(joint.y).as("%s: a joint at %s", illustration.key(), joint).isGreaterThanOrEqualTo(0);
                }
                assertThat(skeleton.headCentre.y).as("%s: the head rests on the floor, not in it", illustration.key())
                        .isGreaterThanOrEqualTo(FigureRenderer.HEAD_RADIUS - 2.5);
            }
        }
    }

    /** Where the steps put the hands at the end of the movement, for the drawings whose steps use the hands. */
    @Test
    void theHandsAreWhereTheStepsPutThem() {
        Map<String, Function<FigureRenderer.Skeleton, Point2D.Double>> holds = Map.ofEntries(
                Map.entry("knee-hug-single", s -> below(s.nearKnee, s.nearAnkle)),
                Map.entry("knee-to-chest", s -> below(s.nearKnee, s.nearAnkle)),
                Map.entry("single-knee-to-chest-leg-long", s -> below(s.nearKnee, s.nearAnkle)),
                Map.entry("alternating-knee-hug-lengthen", s -> below(s.nearKnee, s.nearAnkle)),
                Map.entry("hip-flexor-bed-edge", s -> below(s.nearKnee, s.nearAnkle)),
                Map.entry("gluteal-stretch-part-1", s -> below(s.nearKnee, s.nearAnkle)),
                Map.entry("knees-to-chest-both", s -> along(s.hip, s.nearKnee, 0.8)),
                Map.entry("knees-to-chest-rocking", s -> along(s.hip, s.nearKnee, 0.8)),
                Map.entry("gluteal-stretch-part-2", s -> along(s.hip, s.farKnee, 0.75)),
                Map.entry("figure-four-lifted", s -> along(s.hip, s.farKnee, 0.75)),
                // "Hold your ankles or feet": on the side view, the hands on the lower shins.
                Map.entry("reclined-shoelace", s -> along(s.farKnee, s.farAnkle, 0.45)),
                Map.entry("seated-low-back-hamstring-stretch", s -> along(s.hip, s.nearKnee, 0.95)));
        holds.forEach((key, where) -> {
            var end = FigureRenderer.Skeleton.of(library.find(key).orElseThrow().end());
            assertThat(end.nearWrist.distance(where.apply(end))).as("%s: the near hand holds where the steps say", key)
                    .isLessThanOrEqualTo(HOLDING);
            assertThat(end.farWrist.distance(where.apply(end))).as("%s: so does the far hand", key)
                    .isLessThanOrEqualTo(HOLDING);
        });
    }

    @Test
    void theTiltShowsTheHandUnderTheSmallOfTheBackAndTheBackArchingOffIt() {
        var tilt = library.find("somatic-pelvic-tilt").orElseThrow();
        for (var pose : List.of(tilt.start(), tilt.end())) {
            var s = FigureRenderer.Skeleton.of(pose);
            assertThat(s.nearWrist.x).as("under the lower back, between hip and shoulder, nearer the hip")
                    .isBetween((s.hip.x + s.shoulder.x) / 2, s.hip.x);
            assertThat(s.nearWrist.y).as("between the back and the floor").isBetween(0.0, s.hip.y);
        }
        var arched = FigureRenderer.Skeleton.of(tilt.start()).spineControl.y;
        var flat = FigureRenderer.Skeleton.of(tilt.end()).spineControl.y;
        assertThat(arched - flat).as("the arch of part 1, the flat back of part 2").isGreaterThanOrEqualTo(VISIBLE);
    }

    private static Point2D.Double below(Point2D.Double knee, Point2D.Double ankle) {
        return along(knee, ankle, 0.2);
    }

    private static Point2D.Double along(Point2D.Double from, Point2D.Double to, double share) {
        return new Point2D.Double(from.x + (to.x - from.x) * share, from.y + (to.y - from.y) * share);
    }

    private static List<Point2D.Double> joints(FigureRenderer.Skeleton s) {
        return List.of(s.hip, s.shoulder, s.nearElbow, s.nearWrist, s.farElbow, s.farWrist, s.nearKnee, s.nearAnkle,
                s.nearToe, s.farKnee, s.farAnkle, s.farToe);
    }
}
