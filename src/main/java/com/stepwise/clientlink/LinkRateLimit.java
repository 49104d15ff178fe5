package com.stepwise.clientlink;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often the client pages may be asked for, per link and per network address, in windows of one minute: enough
 * for a client filling in a day several times over, and for a waiting room of phones behind one address, far too few
 * to try tokens (each one is one of 2^140 anyway). Kept in memory per node; behind several nodes each counts its own.
 */
@Component
class LinkRateLimit {

    private static final int MAX_KEYS = 100_000;

    private final int perLink;
    private final int perAddress;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    LinkRateLimit(@Value("${stepwise.client-links.requests-per-minute-per-link:30}") int perLink,
                  @Value("${stepwise.client-links.requests-per-minute-per-address:120}") int perAddress,
                  Clock clock) {
        this.perLink = perLink;
        this.perAddress = perAddress;
        this.clock = clock;
    }

    private record Window(long minute, AtomicInteger count) {
    }

    /** Counts one request; false when the link or the address has had its share for this minute. */
    boolean allow(String token, String address) {
        long minute = clock.millis() / 60_000;
        if (windows.size() > MAX_KEYS) {
            windows.values().removeIf(window -> window.minute() < minute);
        }
        // Both are counted, so an address trying many links is stopped as well as a link tried from many addresses.
        boolean link = count("link:" + token, minute) <= perLink;
        boolean from = count("address:" + address, minute) <= perAddress;
        return link && from;
    }

    private int count(String key, long minute) {
        return windows.compute(key, (k, window) -> window == null || window.minute() != minute
                ? new Window(minute, new AtomicInteger()) : window).count().incrementAndGet();
    }
}
