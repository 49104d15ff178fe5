package com.stepwise.clinic;

/** How a clinic's handouts look and whom a client calls: everything on the handout's header and footer. */
public record ClinicBranding(long clinicId, long version, String name, String accentColour, String address,
                             String phone, String email, String website, String footerMessage, PaperSize paperSize,
                             String handoutLanguage, boolean hasLogo) {
}
