package com.stepwise.progress;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many clients need attention today, and how many for each reason (a client may have several). The sums are null
 * when nobody is on the list.
 */
public record AttentionCounts(long total, Map<Attention.Reason, Long> byReason) {

    AttentionCounts(Long total, Long urgent, Long redFlag, Long review, Long painUp, Long ready, Long quiet) {
        this(total == null ? 0 : total, counts(urgent, redFlag, review, painUp, ready, quiet));
    }

    public long of(Attention.Reason reason) {
        return byReason.getOrDefault(reason, 0L);
    }

    private static Map<Attention.Reason, Long> counts(Long... inOrder) {
        var counts = new EnumMap<Attention.Reason, Long>(Attention.Reason.class);
        var reasons = Attention.Reason.values();
        for (int i = 0; i < reasons.length; i++) {
            if (inOrder[i] != null && inOrder[i] > 0) {
                counts.put(reasons[i], inOrder[i]);
            }
        }
        return Map.copyOf(counts);
    }
}
