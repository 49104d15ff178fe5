package com.stepwise.clinic;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in clinician's clinic's logo, for the settings preview and the screens. */
@RestController
class ClinicLogoController {

    private final ClinicService clinics;

    ClinicLogoController(ClinicService clinics) {
        this.clinics = clinics;
    }

    @GetMapping("/clinic-logo")
    ResponseEntity<byte[]> logo() {
        return clinics.logo()
                .map(logo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(logo.contentType()))
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .body(logo.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
