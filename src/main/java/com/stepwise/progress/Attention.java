package com.stepwise.progress;

import java.util.List;

/**
 * A client who needs the clinician's attention today, with every reason why, the most urgent first, and the open red
 * flags named ("Urgent: Numbness in the saddle area (19 Nov 2026)"), empty when there are none, and what to review in
 * the plan (null when nothing).
 */
public record Attention(long clientId, String clientName, List<Reason> reasons, String redFlags, String review) {

    /** Why a client is on the list, in order of urgency. */
    public enum Reason {
        URGENT_RED_FLAG("Urgent red flag: same-day emergency care"),
        RED_FLAG("Red flag: contact the client"),
        NEEDS_REVIEW("Needs review: a prerequisite is no longer met"),
        PAIN_UP("Pain up by 2 or more this week"),
        READY_TO_PROGRESS("Ready to progress"),
        NO_RECENT_LOG("No session logged for 14 days");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Reason mostUrgent() {
        return reasons.getFirst();
    }
}
