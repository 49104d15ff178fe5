package com.stepwise.clientlink;

import com.stepwise.base.UserFacingException;
import com.stepwise.base.i18n.ClientTexts;
import com.stepwise.base.i18n.Language;
import com.stepwise.base.i18n.Numerals;
import com.stepwise.exercise.ExerciseIllustrations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The client's own page, at {@code /c/<token>}: plain HTML rendered on the server, a form that works without any
 * script, one small stylesheet. A link that is unknown, revoked or ended, and a token that is not one at all, get the
 * very same page and status, so links cannot be probed; too many requests get a kind page with 429.
 */
@Controller
class ClientLinkController {

    private static final Logger log = LoggerFactory.getLogger(ClientLinkController.class);

    private static final String PAGE = "client-link/page";
    private static final String NOTICE = "client-link/notice";

    private final ClientLinkService links;
    private final LinkRateLimit rateLimit;
    private final ExerciseIllustrations illustrations;

    ClientLinkController(ClientLinkService links, LinkRateLimit rateLimit, ExerciseIllustrations illustrations) {
        this.links = links;
        this.rateLimit = rateLimit;
        this.illustrations = illustrations;
    }

    @GetMapping("/c/{token}")
    String page(@PathVariable String token, @RequestParam(defaultValue = "") String day,
                @RequestParam(defaultValue = "false") boolean saved, CsrfToken csrf, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        if (!rateLimit.allow(token, request.getRemoteAddr())) {
            return notice(HttpStatus.TOO_MANY_REQUESTS, "page.tooMany", request, response, model);
        }
        var page = links.page(token, "yesterday".equals(day), saved);
        if (page.isEmpty()) {
            return notice(HttpStatus.NOT_FOUND, "page.unavailable", request, response, model);
        }
        // The form's token goes out as a cookie: made now, before the page starts streaming.
        csrf.getToken();
        model.addAttribute("token", token);
        model.addAttribute("page", page.get());
        return PAGE;
    }

    @PostMapping("/c/{token}")
    String report(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, CsrfToken csrf,
                  Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!rateLimit.allow(token, request.getRemoteAddr())) {
            return notice(HttpStatus.TOO_MANY_REQUESTS, "page.tooMany", request, response, model);
        }
        var how = new HashMap<String, String>();
        var pain = new HashMap<String, String>();
        var before = new HashMap<String, String>();
        form.forEach((name, values) -> {
            String value = Objects.requireNonNullElse(values.getFirst(), "");
            if (name.startsWith("how-")) {
                how.put(name.substring(4), value);
            } else if (name.startsWith("pain-")) {
                pain.put(name.substring(5), value);
            } else if (name.startsWith("before-")) {
                before.put(name.substring(7), value);
            }
        });
        var signs = new HashSet<>(form.getOrDefault("sign", java.util.List.of()));
        boolean yesterday = "yesterday".equals(form.getFirst("day"));
        var outcome = links.report(token, new ClientReport(yesterday, how, pain, before, signs));
        return switch (outcome) {
            case ClientLinkService.Outcome.Saved saved ->
                    "redirect:/c/" + token + "?saved=true" + (saved.yesterday() ? "&day=yesterday" : "");
            case ClientLinkService.Outcome.Refused refused -> {
                csrf.getToken();
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                model.addAttribute("token", token);
                model.addAttribute("page", refused.page());
                yield PAGE;
            }
            case ClientLinkService.Outcome.Unavailable unavailable ->
                    notice(HttpStatus.NOT_FOUND, "page.unavailable", request, response, model);
        };
    }

    /** Where Spring Security sends a form it refused (no or a stale CSRF token), with status 403. */
    @RequestMapping("/c/refused")
    String refused(Model model, HttpServletRequest request, HttpServletResponse response) {
        return notice(HttpStatus.FORBIDDEN, "page.expired", request, response, model);
    }

    @GetMapping("/c/{token}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String token, HttpServletRequest request) {
        if (!rateLimit.allow(token, request.getRemoteAddr())) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build();
        }
        return links.logo(token)
                .map(logo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(logo.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate())
                        .body(logo.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The drawings are the same for every clinic and say nothing of anyone: cacheable by anyone. */
    @GetMapping("/c/drawings/{key}.svg")
    @ResponseBody
    ResponseEntity<String> drawing(@PathVariable String key) {
        return illustrations.svg(key, 640, 300, false)
                .map(svg -> ResponseEntity.ok()
                        .contentType(MediaType.valueOf("image/svg+xml"))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                        .body(svg))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /**
     * The plan cannot be shown to the client as it stands (its stage has no exercises, the clinic has no phone number
     * to print): the client gets the page of a link that does not work, never the clinic's own words; the clinic sees
     * the same refusal when it prints.
     */
    @ExceptionHandler(UserFacingException.class)
    String notShowable(UserFacingException refused, Model model, HttpServletRequest request,
                       HttpServletResponse response) {
        log.info("A client link's page could not be shown: {}", refused.getMessage());
        return notice(HttpStatus.NOT_FOUND, "page.unavailable", request, response, model);
    }

    /**
     * A page with one message ({@code key.title} and {@code key.body}), in the language the phone asks for (of those
     * Stepwise writes), never in the client's: which link it was must not show.
     */
    private String notice(HttpStatus status, String key, HttpServletRequest request, HttpServletResponse response,
                          Model model) {
        var language = java.util.Collections.list(request.getLocales()).stream()
                .map(locale -> locale.getLanguage())
                .filter(code -> java.util.Arrays.stream(Language.values()).anyMatch(l -> l.code().equals(code)))
                .findFirst().map(Language::of).orElse(Language.ENGLISH);
        var t = ClientTexts.of(language, Numerals.WESTERN);
        response.setStatus(status.value());
        model.addAttribute("notice", Map.of("language", language.code(), "rightToLeft", language.rightToLeft(),
                "title", t.text(key + ".title"), "message", t.text(key + ".body")));
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            response.setHeader("Retry-After", "60");
        }
        return NOTICE;
    }
}
