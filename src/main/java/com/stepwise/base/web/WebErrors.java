package com.stepwise.base.web;

import com.stepwise.base.NotFoundException;
import com.stepwise.base.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.HtmlUtils;

/**
 * The app's few plain web endpoints (handouts, pictures) answer a refusal like the screens do: a short page in the
 * clinician's words with the right status (404 for something that is not there, 409 for something that cannot be
 * done yet), and one line in the log, never a stack trace and never the browser's "Access denied".
 */
@RestControllerAdvice
class WebErrors {

    private static final Logger log = LoggerFactory.getLogger(WebErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException missing) {
        return page(HttpStatus.NOT_FOUND, "Not found", missing.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<String> badAddress(MethodArgumentTypeMismatchException wrong) {
        return page(HttpStatus.NOT_FOUND, "Not found", "There is nothing at this address. The link may be "
                + "mistyped or out of date.");
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<String> refused(UserFacingException refused) {
        return page(HttpStatus.CONFLICT, "Not possible yet", refused.getMessage());
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String message) {
        log.info("{}: {}", status.value(), message);
        var html = """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>%s · Stepwise</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/styles.css">
                </head><body><main class="view"><h1>%s</h1><p>%s</p><p><a href="/">Back to Stepwise</a></p></main>
                </body></html>""".formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(title),
                HtmlUtils.htmlEscape(message));
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML).body(html);
    }
}
