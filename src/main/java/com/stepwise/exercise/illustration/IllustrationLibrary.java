package com.stepwise.exercise.illustration;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The drawings of the built-in catalogue, one per illustration key (the exercise's code). A clinic's own exercise
 * picks one of these, or shows an uploaded photo. Poses are data: start from a base position and change a few
 * segments.
 */
public final class IllustrationLibrary {

    // Base positions. Lying and kneeling figures have the head to the left; standing and seated ones face right.
    static final Pose SUPINE_KNEES_BENT = new Pose(62, 5, 180, 0, 178, 355, 0, 355, 0, 50, 290, 0, 50, 290, 0);
    static final Pose SUPINE_LONG = SUPINE_KNEES_BENT.with(b -> b.legs(0, 0, 80));
    static final Pose PRONE = new Pose(62, 5, 180, 0, 178, 190, 180, 190, 180, 0, 0, 0, 0, 0, 0);
    /** Hands and knees: the back about level, the hands reaching the floor under the shoulders. */
    static final Pose QUADRUPED = reachFloor(new Pose(66, 25, 172, 0, 185, 270, 270, 270, 270, 270, 0, 0, 270, 0, 0),
            0);
    static final Pose STANDING = new Pose(50, 49, 90, 0, 90, 268, 270, 272, 272, 270, 270, 0, 270, 270, 0);
    static final Pose SEATED = new Pose(40, 27, 90, 0, 90, 290, 0, 290, 0, 0, 270, 0, 0, 270, 0);
    static final Pose KNEELING = new Pose(62, 27, 90, 0, 90, 270, 270, 270, 270, 270, 0, 0, 270, 0, 0);

    /** One knee drawn to the chest, the foot folded in towards the buttock, both hands on the shin below the knee. */
    static final Pose KNEE_HUGGED = onShin(SUPINE_KNEES_BENT.with(b -> b.nearLeg(135, 342, 0)), Hands.BOTH);
    /** Both knees to the chest, hands behind the thighs. */
    static final Pose BOTH_KNEES_HUGGED = handsOn(SUPINE_KNEES_BENT.with(b -> b.legs(132, 345, 0)), Hands.BOTH,
            s -> between(s.hip, s.nearKnee, 0.8));
    /** The near ankle crossed over the far knee, the near knee opening out. */
    static final Pose FIGURE_FOUR = crossedOverKnee(SUPINE_KNEES_BENT);
    /** The figure four with the supporting (far) leg lifted and drawn in, hands behind that thigh. */
    static final Pose FIGURE_FOUR_LIFTED = handsOn(crossedOverKnee(SUPINE_KNEES_BENT.with(b -> b.farLeg(112, 0, 80))),
            Hands.BOTH, s -> between(s.hip, s.farKnee, 0.75));
    static final Pose KNEES_DROPPED = SUPINE_KNEES_BENT.with(b -> b.legs(22, 325, 0).arms(160, 180));
    static final Pose ARMS_OVERHEAD_LONG = SUPINE_LONG.with(b -> b.arms(178, 180));

    private static Pose onShin(Pose pose, Hands hands) {
        return handsOn(pose, hands, s -> between(s.nearKnee, s.nearAnkle, 0.2));
    }

    /** The near leg placed so that its ankle rests on the far knee (two-link reach, the knee out and up). */
    private static Pose crossedOverKnee(Pose pose) {
        var skeleton = FigureRenderer.Skeleton.of(pose);
        var target = new java.awt.geom.Point2D.Double(skeleton.farKnee.x, skeleton.farKnee.y + 2);
        double[] leg = reach(skeleton.hip, target, FigureRenderer.THIGH, FigureRenderer.SHIN);
        return pose.with(b -> b.nearLeg(leg[0], leg[1], leg[1] + 80));
    }

    /** The arms reaching down to the floor under the shoulders, for hands-and-knees positions. */
    private static Pose reachFloor(Pose pose, double ahead) {
        return handsOn(pose, Hands.BOTH, s -> new java.awt.geom.Point2D.Double(s.shoulder.x - ahead, 0.6));
    }

    private static final List<Prop> MAT = List.of(Prop.mat());

    private final Map<String, Illustration> byKey = new LinkedHashMap<>();

    public IllustrationLibrary() {
        // The tilt and the rocking show the lower back arched off the floor, then flat; for the tilt, the near hand
        // lies under the small of the back, where the steps put it.
        var handUnderBack = (java.util.function.Function<FigureRenderer.Skeleton, java.awt.geom.Point2D.Double>)
                s -> new java.awt.geom.Point2D.Double(s.hip.x - 5, 1.2);
        lying("somatic-pelvic-tilt", "Pelvic tilt, hand under the back",
                handsOn(SUPINE_KNEES_BENT.with(b -> b.spine(7)), Hands.NEAR, handUnderBack),
                handsOn(SUPINE_KNEES_BENT.with(b -> b.spine(0).nearLeg(46, 288, 0)), Hands.NEAR, handUnderBack));
        lying("gluteal-stretch-part-1", "Knee toward the opposite shoulder",
                SUPINE_KNEES_BENT, onShin(SUPINE_KNEES_BENT.with(b -> b.nearLeg(130, 350, 0)), Hands.BOTH));
        lying("gluteal-stretch-part-2", "Crossed leg, thigh drawn in", FIGURE_FOUR, FIGURE_FOUR_LIFTED);
        add("standing-hamstring-mobiliser", "Heel forward, hinge from the hips", STANDING,
                STANDING.with(b -> b.pelvis(50, 46).torso(62).head(55).arms(300, 290)
                        .nearLeg(292, 292, 70).farLeg(262, 285, 0)),
                List.of(new Prop(Prop.Kind.CHAIR, 8, 24, 20)));
        var chair = List.of(new Prop(Prop.Kind.CHAIR, 24, 24, 20));
        var seatedLong = handsOn(SEATED.with(b -> b.legs(330, 326, 70)), Hands.BOTH,
                s -> between(s.hip, s.nearKnee, 0.45));
        add("seated-low-back-hamstring-stretch", "Legs long, fold forward from the hips", seatedLong,
                handsOn(seatedLong.with(b -> b.torso(35).spine(-2).head(25)), Hands.BOTH,
                        s -> between(s.hip, s.nearKnee, 0.95)), chair);
        add("seated-low-back-stretch", "Curl forward between the knees", SEATED,
                SEATED.with(b -> b.torso(20).spine(-4).head(290).arms(275, 270)), chair);
        lying("supine-spinal-twist", "Knees sink to one side", SUPINE_KNEES_BENT.with(b -> b.arms(160, 180)),
                KNEES_DROPPED);
        lying("reclined-shoelace", "Crossed thighs drawn in",
                SUPINE_KNEES_BENT.with(b -> b.nearLeg(112, 0, 10)),
                handsOn(SUPINE_KNEES_BENT.with(b -> b.nearLeg(122, 5, 10).farLeg(135, 350, 0)), Hands.BOTH,
                        s -> between(s.farKnee, s.farAnkle, 0.45)));
        lying("knee-hug-single", "One knee hugged in", SUPINE_KNEES_BENT, KNEE_HUGGED);
        lying("knees-to-chest-both", "Both knees hugged in", SUPINE_KNEES_BENT, BOTH_KNEES_HUGGED);
        var onForearms = PRONE.with(b -> b.torso(158).spine(-1.5).head(150).arms(270, 180));
        lying("seal-stretch-forearms", "Up onto the forearms", PRONE, onForearms);
        lying("seal-stretch-straight-arms", "Press up on straight arms", onForearms,
                handsOn(PRONE.with(b -> b.torso(140).spine(-3).head(125)), Hands.BOTH,
                        s -> new java.awt.geom.Point2D.Double(s.shoulder.x - 10, 0.6)));
        add("deep-squat", "Sink low, feet wide", STANDING,
                STANDING.with(b -> b.pelvis(48, 16).torso(78).head(80).legs(18, 282, 0).arms(320, 10)),
                List.of(new Prop(Prop.Kind.PILLOW, 34, 0, 18)));
        var dog = QUADRUPED.with(b -> b.pelvis(62, 48).torso(222).head(228));
        var dogFeet = reach(FigureRenderer.Skeleton.of(dog).hip, new java.awt.geom.Point2D.Double(88, 3),
                FigureRenderer.THIGH, FigureRenderer.SHIN);
        lying("downward-dog", "Hips up and back", QUADRUPED,
                reachFloor(dog.with(b -> b.legs(dogFeet[0], dogFeet[1], 0)), 14));
        lying("knee-to-chest", "One knee toward the chest", SUPINE_KNEES_BENT, KNEE_HUGGED);
        lying("lower-back-rotation", "Knees roll to one side", SUPINE_KNEES_BENT.with(b -> b.arms(160, 180)),
                KNEES_DROPPED);
        lying("cat-cow", "Arch, then round the back",
                QUADRUPED.with(b -> b.spine(-4).head(150)), QUADRUPED.with(b -> b.spine(5).head(235)));
        add("childs-pose", "Sit back, chest toward the floor", KNEELING,
                handsOn(new Pose(64, 20.5, 196, 1.5, 215, 185, 180, 185, 180, 235, 0, 0, 235, 0, 0), Hands.BOTH,
                        s -> new java.awt.geom.Point2D.Double(s.shoulder.x - 26, 1)), MAT);
        lying("figure-four", "Ankle over the opposite knee", SUPINE_KNEES_BENT, FIGURE_FOUR);
        lying("figure-four-lifted", "Lift the foot, draw the thigh in", FIGURE_FOUR, FIGURE_FOUR_LIFTED);
        var onBed = SUPINE_KNEES_BENT.with(b -> b.pelvis(62, 29).legs(0, 0, 80));
        add("hip-flexor-bed-edge", "One knee hugged, the other leg hangs",
                onBed, onShin(onBed.with(b -> b.nearLeg(135, 342, 0).farLeg(350, 270, 0)), Hands.BOTH),
                List.of(new Prop(Prop.Kind.BED, 10, 24, 62)));
        lying("single-knee-to-chest-leg-long", "One knee in, the other leg long", SUPINE_LONG,
                onShin(SUPINE_LONG.with(b -> b.nearLeg(135, 342, 0)), Hands.BOTH));
        lying("knees-to-chest-rocking", "Knees in, rock gently", BOTH_KNEES_HUGGED,
                handsOn(BOTH_KNEES_HUGGED.with(b -> b.pelvis(64, 6.5).torso(184).head(176).legs(122, 352, 0)),
                        Hands.BOTH, s -> between(s.hip, s.nearKnee, 0.8)));
        lying("alternating-knee-hug-lengthen", "Lengthen, then hug one knee", ARMS_OVERHEAD_LONG,
                onShin(SUPINE_LONG.with(b -> b.nearLeg(135, 342, 0)), Hands.BOTH));
        lying("pelvic-rocking-breath", "Arch on the in-breath, flatten on the out-breath",
                SUPINE_KNEES_BENT.with(b -> b.spine(7)), SUPINE_KNEES_BENT.with(b -> b.spine(0).nearLeg(46, 288, 0)));
        lying("bridge-lifts", "Lift the hips slowly", SUPINE_KNEES_BENT,
                SUPINE_KNEES_BENT.with(b -> b.pelvis(62, 21).torso(208).head(185).legs(10, 272, 0).arms(352, 0)));
        lying("wide-knee-drop-reach", "Knees drop, one arm reaches overhead",
                SUPINE_KNEES_BENT.with(b -> b.arms(178, 180)),
                KNEES_DROPPED.with(b -> b.nearArm(176, 180).farArm(355, 0)));
        var handsOnRibs = (java.util.function.Function<FigureRenderer.Skeleton, java.awt.geom.Point2D.Double>)
                s -> new java.awt.geom.Point2D.Double(s.hip.x - 18, s.hip.y + 6);
        lying("low-back-breathing", "Hands on the ribs, slow breaths",
                handsOn(SUPINE_KNEES_BENT, Hands.BOTH, handsOnRibs),
                handsOn(SUPINE_KNEES_BENT.with(b -> b.spine(3.5)), Hands.BOTH, handsOnRibs));
        lying("bird-dog", "Reach one arm and the opposite leg", QUADRUPED,
                QUADRUPED.with(b -> b.nearArm(180, 180).farLeg(0, 0, 0)));
        lying("plank", "Hold the body long and steady",
                PRONE.with(b -> b.pelvis(62, 6.5).torso(160).head(160).arms(270, 180).legs(347, 0, 0)),
                PRONE.with(b -> b.pelvis(62, 12.8).torso(172.9).head(172).arms(268, 180).legs(352.9, 352.9, 285)));
    }

    /** Which hands reach a point: the near one (facing the viewer), the far one, or both. */
    enum Hands { NEAR, FAR, BOTH }

    /**
     * The pose with the hands placed on a point of the body (a knee, the back of a thigh, the lower back), the arms
     * bending at the elbow to get there: steps that say "hold the knee" show the hands holding the knee.
     */
    static Pose handsOn(Pose pose, Hands hands, java.util.function.Function<FigureRenderer.Skeleton,
            java.awt.geom.Point2D.Double> where) {
        var skeleton = FigureRenderer.Skeleton.of(pose);
        var target = where.apply(skeleton);
        double[] arm = reach(skeleton.shoulder, target);
        return pose.with(b -> {
            if (hands != Hands.FAR) {
                b.nearArm(arm[0], arm[1]);
            }
            if (hands != Hands.NEAR) {
                b.farArm(arm[0], arm[1]);
            }
        });
    }

    /** Upper arm and forearm directions that put the wrist on the target, the elbow bent upwards (two-link reach). */
    static double[] reach(java.awt.geom.Point2D.Double shoulder, java.awt.geom.Point2D.Double target) {
        return reach(shoulder, target, FigureRenderer.UPPER_ARM, FigureRenderer.FOREARM);
    }

    /** The directions of two segments from a joint whose far end lands on the target, bending upwards. */
    static double[] reach(java.awt.geom.Point2D.Double shoulder, java.awt.geom.Point2D.Double target, double a,
                          double b) {
        double dx = target.x - shoulder.x;
        double dy = target.y - shoulder.y;
        double d = Math.max(Math.abs(a - b) + 0.01, Math.min(a + b - 0.01, Math.hypot(dx, dy)));
        double towards = Math.atan2(dy, dx);
        double bend = Math.acos((a * a + d * d - b * b) / (2 * a * d));
        double up = towards + bend;
        double down = towards - bend;
        double upper = Math.sin(up) >= Math.sin(down) ? up : down;
        double elbowX = shoulder.x + a * Math.cos(upper);
        double elbowY = shoulder.y + a * Math.sin(upper);
        double fore = Math.atan2(target.y - elbowY, target.x - elbowX);
        return new double[] {Math.toDegrees(upper), Math.toDegrees(fore)};
    }

    private static java.awt.geom.Point2D.Double between(java.awt.geom.Point2D.Double from,
                                                        java.awt.geom.Point2D.Double to, double share) {
        return new java.awt.geom.Point2D.Double(from.x + (to.x - from.x) * share, from.y + (to.y - from.y) * share);
    }

    private void lying(String key, String label, Pose start, Pose end) {
        add(key, label, start, end, MAT);
    }

    private void add(String key, String label, Pose start, Pose end, List<Prop> props) {
        byKey.put(key, new Illustration(key, label, start, end, props));
    }

    public Optional<Illustration> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Collection<Illustration> all() {
        return byKey.values();
    }
}
