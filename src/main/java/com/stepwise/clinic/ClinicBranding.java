package com.stepwise.clinic;

import com.stepwise.base.i18n.Language;
import com.stepwise.base.i18n.Numerals;

/**
 * How a clinic's handouts look and whom a client calls: everything on the handout's header and footer, the language
 * handouts print in unless a client has their own, and the digits of right-to-left handouts.
 */
public record ClinicBranding(long clinicId, long version, String name, String accentColour, String address,
                             String phone, String email, String website, String footerMessage, PaperSize paperSize,
                             Language handoutLanguage, Numerals numerals, boolean hasLogo) {
}
