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
    static final Pose SUPINE_KNEES_BENT = new Pose(62, 5, 180, 0, 180, 355, 0, 355, 0, 50, 290, 0, 50, 290, 0);
    static final Pose SUPINE_LONG = SUPINE_KNEES_BENT.with(b -> b.legs(0, 0, 80));
    static final Pose PRONE = new Pose(62, 5, 180, 0, 178, 190, 180, 190, 180, 0, 0, 350, 0, 0, 350);
    static final Pose QUADRUPED = new Pose(66, 27, 180, 0, 185, 270, 270, 270, 270, 270, 0, 0, 270, 0, 0);
    static final Pose STANDING = new Pose(50, 49, 90, 0, 90, 268, 270, 272, 272, 270, 270, 0, 270, 270, 0);
    static final Pose SEATED = new Pose(40, 27, 90, 0, 90, 290, 0, 290, 0, 0, 270, 0, 0, 270, 0);
    static final Pose KNEELING = new Pose(62, 27, 90, 0, 90, 270, 270, 270, 270, 270, 0, 0, 270, 0, 0);

    static final Pose KNEE_HUGGED = SUPINE_KNEES_BENT.with(b -> b.nearLeg(118, 345, 0).nearArm(50, 40));
    static final Pose BOTH_KNEES_HUGGED = SUPINE_KNEES_BENT.with(b -> b.legs(118, 345, 0).arms(50, 40));
    static final Pose FIGURE_FOUR = SUPINE_KNEES_BENT.with(b -> b.nearLeg(72, 330, 10));
    static final Pose FIGURE_FOUR_LIFTED = SUPINE_KNEES_BENT.with(b -> b.farLeg(108, 355, 0).nearLeg(92, 345, 0)
            .arms(58, 55));
    static final Pose KNEES_DROPPED = SUPINE_KNEES_BENT.with(b -> b.legs(22, 320, 0).arms(160, 180));
    static final Pose ARMS_OVERHEAD_LONG = SUPINE_LONG.with(b -> b.arms(178, 180));

    private static final List<Prop> MAT = List.of(Prop.mat());

    private final Map<String, Illustration> byKey = new LinkedHashMap<>();

    public IllustrationLibrary() {
        lying("somatic-pelvic-tilt", "Pelvic tilt, hand under the back",
                SUPINE_KNEES_BENT.with(b -> b.spine(2.5).nearArm(348, 0)),
                SUPINE_KNEES_BENT.with(b -> b.spine(-1).nearArm(348, 0)));
        lying("gluteal-stretch-part-1", "Knee toward the opposite shoulder",
                SUPINE_KNEES_BENT, SUPINE_KNEES_BENT.with(b -> b.nearLeg(128, 355, 0).arms(55, 45)));
        lying("gluteal-stretch-part-2", "Crossed leg, thigh drawn in", FIGURE_FOUR, FIGURE_FOUR_LIFTED);
        add("standing-hamstring-mobiliser", "Heel forward, hinge from the hips", STANDING,
                STANDING.with(b -> b.pelvis(50, 46).torso(62).head(55).arms(300, 290)
                        .nearLeg(292, 292, 70).farLeg(262, 285, 0)),
                List.of(new Prop(Prop.Kind.CHAIR, 8, 24, 20)));
        var chair = List.of(new Prop(Prop.Kind.CHAIR, 24, 24, 20));
        var seatedLong = SEATED.with(b -> b.legs(330, 326, 70).arms(300, 320));
        add("seated-low-back-hamstring-stretch", "Legs long, fold forward from the hips", seatedLong,
                seatedLong.with(b -> b.torso(35).spine(-2).head(25).arms(338, 335)), chair);
        add("seated-low-back-stretch", "Curl forward between the knees", SEATED,
                SEATED.with(b -> b.torso(20).spine(-4).head(290).arms(275, 270)), chair);
        lying("supine-spinal-twist", "Knees sink to one side", SUPINE_KNEES_BENT.with(b -> b.arms(160, 180)),
                KNEES_DROPPED);
        lying("reclined-shoelace", "Crossed thighs drawn in",
                SUPINE_KNEES_BENT.with(b -> b.nearLeg(112, 0, 10)),
                SUPINE_KNEES_BENT.with(b -> b.nearLeg(110, 0, 10).farLeg(122, 350, 0).arms(40, 5)));
        lying("knee-hug-single", "One knee hugged in", SUPINE_KNEES_BENT, KNEE_HUGGED);
        lying("knees-to-chest-both", "Both knees hugged in", SUPINE_KNEES_BENT, BOTH_KNEES_HUGGED);
        lying("seal-stretch-forearms", "Up onto the forearms", PRONE,
                PRONE.with(b -> b.torso(158).spine(-1.5).head(150).arms(270, 180)));
        lying("seal-stretch-straight-arms", "Press up on straight arms",
                PRONE.with(b -> b.torso(158).spine(-1.5).head(150).arms(270, 180)),
                PRONE.with(b -> b.torso(140).spine(-3).head(125).arms(242, 242)));
        add("deep-squat", "Sink low, feet wide", STANDING,
                STANDING.with(b -> b.pelvis(48, 16).torso(78).head(80).legs(18, 282, 0).arms(320, 10)),
                List.of(new Prop(Prop.Kind.PILLOW, 34, 0, 18)));
        lying("downward-dog", "Hips up and back", QUADRUPED,
                QUADRUPED.with(b -> b.pelvis(62, 48).torso(222).head(228).arms(228, 228).legs(298, 290, 0)));
        lying("knee-to-chest", "One knee toward the chest", SUPINE_KNEES_BENT, KNEE_HUGGED);
        lying("lower-back-rotation", "Knees roll to one side", SUPINE_KNEES_BENT.with(b -> b.arms(160, 180)),
                KNEES_DROPPED);
        lying("cat-cow", "Arch, then round the back",
                QUADRUPED.with(b -> b.spine(-3).head(150)), QUADRUPED.with(b -> b.spine(4).head(235)));
        add("childs-pose", "Sit back, chest toward the floor", KNEELING,
                new Pose(64, 19, 196, 1.5, 215, 185, 180, 185, 180, 235, 0, 0, 235, 0, 0), MAT);
        lying("figure-four", "Ankle over the opposite knee", SUPINE_KNEES_BENT, FIGURE_FOUR);
        lying("figure-four-lifted", "Lift the foot, draw the thigh in", FIGURE_FOUR, FIGURE_FOUR_LIFTED);
        var onBed = SUPINE_KNEES_BENT.with(b -> b.pelvis(62, 29).legs(0, 0, 80));
        add("hip-flexor-bed-edge", "One knee hugged, the other leg hangs",
                onBed, onBed.with(b -> b.nearLeg(118, 345, 0).nearArm(50, 40).farLeg(335, 270, 0)),
                List.of(new Prop(Prop.Kind.BED, 10, 24, 62)));
        lying("single-knee-to-chest-leg-long", "One knee in, the other leg long", SUPINE_LONG,
                SUPINE_LONG.with(b -> b.nearLeg(118, 345, 0).nearArm(50, 40)));
        lying("knees-to-chest-rocking", "Knees in, rock gently", BOTH_KNEES_HUGGED,
                BOTH_KNEES_HUGGED.with(b -> b.torso(186).head(190).legs(124, 350, 0)));
        lying("alternating-knee-hug-lengthen", "Lengthen, then hug one knee", ARMS_OVERHEAD_LONG,
                SUPINE_LONG.with(b -> b.nearLeg(118, 345, 0).arms(50, 40)));
        lying("pelvic-rocking-breath", "Arch on the in-breath, flatten on the out-breath",
                SUPINE_KNEES_BENT.with(b -> b.spine(2.5)), SUPINE_KNEES_BENT.with(b -> b.spine(-1)));
        lying("bridge-lifts", "Lift the hips slowly", SUPINE_KNEES_BENT,
                SUPINE_KNEES_BENT.with(b -> b.pelvis(62, 21).torso(208).head(185).legs(10, 272, 0).arms(352, 0)));
        lying("wide-knee-drop-reach", "Knees drop, one arm reaches overhead",
                SUPINE_KNEES_BENT.with(b -> b.arms(178, 180)),
                KNEES_DROPPED.with(b -> b.nearArm(176, 180).farArm(355, 0)));
        lying("low-back-breathing", "Hands on the ribs, slow breaths",
                SUPINE_KNEES_BENT.with(b -> b.arms(18, 330)),
                SUPINE_KNEES_BENT.with(b -> b.arms(22, 330).spine(1.5)));
        lying("bird-dog", "Reach one arm and the opposite leg", QUADRUPED,
                QUADRUPED.with(b -> b.nearArm(180, 180).farLeg(0, 0, 0)));
        lying("plank", "Hold the body long and steady",
                PRONE.with(b -> b.torso(160).head(160).arms(270, 180).legs(340, 0, 350)),
                PRONE.with(b -> b.pelvis(62, 13).torso(166).head(166).arms(268, 180).legs(348, 348, 270)));
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
