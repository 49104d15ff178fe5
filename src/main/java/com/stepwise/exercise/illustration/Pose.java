package com.stepwise.exercise.illustration;

import java.util.function.Consumer;

/**
 * A side view of the figure: where the pelvis is and the direction of every body segment, in degrees
 * (0 = pointing right, 90 = pointing up). Directions are absolute rather than relative to the parent joint, which
 * makes poses easy to write and read ("thigh 90" is a thigh pointing straight up, whatever the torso does).
 * {@code spine} bends the torso: it bulges that many units to the right of its direction (up, for a torso pointing
 * left), so a cat-cow or a pelvic tilt can be seen. The near limbs face the viewer; the far ones are drawn behind.
 */
public record Pose(double pelvisX, double pelvisY, double torso, double spine, double head,
                   double nearUpperArm, double nearForearm, double farUpperArm, double farForearm,
                   double nearThigh, double nearShin, double nearFoot,
                   double farThigh, double farShin, double farFoot) {

    /** Copies this pose with some directions changed. */
    public Pose with(Consumer<Builder> changes) {
        var builder = new Builder(this);
        changes.accept(builder);
        return builder.build();
    }

    /** Mutable companion for {@link #with}; the setters are named after the segments. */
    public static final class Builder {
        double pelvisX, pelvisY, torso, spine, head;
        double nearUpperArm, nearForearm, farUpperArm, farForearm;
        double nearThigh, nearShin, nearFoot, farThigh, farShin, farFoot;

        Builder(Pose p) {
            pelvisX = p.pelvisX; pelvisY = p.pelvisY; torso = p.torso; spine = p.spine; head = p.head;
            nearUpperArm = p.nearUpperArm; nearForearm = p.nearForearm;
            farUpperArm = p.farUpperArm; farForearm = p.farForearm;
            nearThigh = p.nearThigh; nearShin = p.nearShin; nearFoot = p.nearFoot;
            farThigh = p.farThigh; farShin = p.farShin; farFoot = p.farFoot;
        }

        public Builder pelvis(double x, double y) { pelvisX = x; pelvisY = y; return this; }
        public Builder torso(double a) { torso = a; return this; }
        public Builder spine(double bend) { spine = bend; return this; }
        public Builder head(double a) { head = a; return this; }
        public Builder nearArm(double upper, double fore) { nearUpperArm = upper; nearForearm = fore; return this; }
        public Builder farArm(double upper, double fore) { farUpperArm = upper; farForearm = fore; return this; }
        public Builder arms(double upper, double fore) { return nearArm(upper, fore).farArm(upper, fore); }
        public Builder nearLeg(double thigh, double shin, double foot) {
            nearThigh = thigh; nearShin = shin; nearFoot = foot; return this;
        }
        public Builder farLeg(double thigh, double shin, double foot) {
            farThigh = thigh; farShin = shin; farFoot = foot; return this;
        }
        public Builder legs(double thigh, double shin, double foot) {
            return nearLeg(thigh, shin, foot).farLeg(thigh, shin, foot);
        }

        Pose build() {
            return new Pose(pelvisX, pelvisY, torso, spine, head, nearUpperArm, nearForearm, farUpperArm, farForearm,
                    nearThigh, nearShin, nearFoot, farThigh, farShin, farFoot);
        }
    }
}
