package com.stepwise.exercise;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the drawings as cacheable SVG files, so a grid of thumbnails costs the browser one request per drawing
 * and the server nothing per row. The drawings are the same for every clinic; sign-in is still required.
 */
@RestController
class IllustrationController {

    private final ExerciseIllustrations illustrations;

    IllustrationController(ExerciseIllustrations illustrations) {
        this.illustrations = illustrations;
    }

    @GetMapping("/illustrations/{key}.svg")
    ResponseEntity<String> illustration(@PathVariable String key,
                                        @RequestParam(defaultValue = "large") String size) {
        boolean small = "small".equals(size);
        return illustrations.svg(key, small ? 160 : 640, small ? 70 : 300, !small)
                .map(svg -> ResponseEntity.ok()
                        .contentType(MediaType.valueOf("image/svg+xml"))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                        .body(svg))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
