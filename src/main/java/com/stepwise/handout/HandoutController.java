package com.stepwise.handout;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a plan's handout as a PDF: shown in the browser's viewer to print, or downloaded to e-mail. {@code large}
 * prints in large print (or not) this once, whatever the client's record says; {@code record} prints an ended plan
 * for the client's records.
 */
@RestController
class HandoutController {

    private final HandoutService handouts;

    HandoutController(HandoutService handouts) {
        this.handouts = handouts;
    }

    @GetMapping("/handouts/plans/{planId}.pdf")
    ResponseEntity<byte[]> handout(@PathVariable long planId, @RequestParam(required = false) Integer version,
                                   @RequestParam(required = false) Boolean large,
                                   @RequestParam(defaultValue = "false") boolean record,
                                   @RequestParam(defaultValue = "false") boolean download) {
        var handout = handouts.print(planId, new HandoutService.Request(version, large, record));
        var disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(handout.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(handout.pdf());
    }
}
