package com.stepwise.progress;

import java.time.Duration;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review's charts as SVG files the client page refers to, instead of drawings inlined in every page update. The
 * address carries a fingerprint of the data drawn ({@link Review#fingerprint}), so the browser keeps a chart until
 * something it shows changes. Read through {@link ProgressService}, so only the signed-in clinic's clients are drawn.
 */
@RestController
class ChartController {

    private final ProgressService progress;

    ChartController(ProgressService progress) {
        this.progress = progress;
    }

    @GetMapping("/charts/clients/{clientId}/{chart}.svg")
    ResponseEntity<String> chart(@PathVariable long clientId, @PathVariable String chart) {
        var review = progress.review(clientId);
        String svg = switch (chart) {
            case "pain" -> ProgressCharts.pain(review);
            case "adherence" -> ProgressCharts.adherence(review);
            case "odi", "psfs" -> ProgressCharts.measure(review, MeasureKind.valueOf(chart.toUpperCase(Locale.ROOT)));
            default -> null;
        };
        if (svg == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePrivate())
                .body(svg);
    }
}
