package com.stepwise.scale;

import java.util.ArrayList;
import java.util.List;

/** Clients of the demo (or generated) clinic with a plan that prints, found as a clinician would, page by page. */
final class PlannedClients {

    /** A client and the plan their page links to. */
    record Target(long clientId, long planId) {
    }

    private PlannedClients() {
    }

    /**
     * Opens client pages (random ones among the 10,000 at clinic scale, the first ones on demo data) until it has
     * found {@code wanted} clients whose plan prints a handout, or has tried enough.
     */
    static List<Target> find(VaadinClient probe, boolean scale, int wanted) {
        var targets = new ArrayList<Target>();
        var random = new java.util.Random(7);
        int tries = 0;
        while (targets.size() < wanted && tries++ < (scale ? wanted * 4 : 40)) {
            long id = scale ? 1 + random.nextInt(10_100) : tries;
            probe.navigate("clients/" + id);
            probe.find("a", null, null).stream().map(a -> probe.attribute(a, "href"))
                    .filter(href -> href != null && href.matches("plans/\\d+")).findFirst()
                    .map(href -> new Target(id, Long.parseLong(href.substring(6))))
                    .filter(target -> targets.stream().noneMatch(t -> t.planId() == target.planId()))
                    .filter(target -> printable(probe, target))
                    .ifPresent(targets::add);
        }
        return targets;
    }

    /** Whether the plan prints a handout (an ended or empty plan is refused, as a clinician would find). */
    private static boolean printable(VaadinClient probe, Target target) {
        try {
            probe.get("handouts/plans/" + target.planId() + ".pdf");
            return true;
        } catch (IllegalStateException refused) {
            return false;
        }
    }
}
