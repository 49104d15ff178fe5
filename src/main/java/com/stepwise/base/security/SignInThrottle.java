package com.stepwise.base.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code stepwise.sign-in.max-failures} failed sign-ins for one e-mail address
 * within the lockout period, or {@code max-failures-per-address} from one network address, further attempts are
 * refused until the period has passed, whether or not the account exists and whatever password is typed. Kept in
 * memory, per application node: a restart or another node starts afresh (docs/operations.md).
 */
@Component
public class SignInThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration lockout;
    private final Map<String, ArrayDeque<Instant>> failures = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock, @Value("${stepwise.sign-in.max-failures:5}") int maxFailures,
                   @Value("${stepwise.sign-in.max-failures-per-address:20}") int maxFailuresPerAddress,
                   @Value("${stepwise.sign-in.lockout:PT15M}") Duration lockout) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockout = lockout;
    }

    /** Whether a sign-in for this e-mail from this address must be refused now, without checking the password. */
    public boolean isLocked(String email, String address) {
        return recent(accountKey(email)) >= maxFailures || recent(addressKey(address)) >= maxFailuresPerAddress;
    }

    public void failed(String email, String address) {
        var now = clock.instant();
        for (var key : new String[] {accountKey(email), addressKey(address)}) {
            failures.compute(key, (k, times) -> {
                var list = times == null ? new ArrayDeque<Instant>() : times;
                list.addLast(now);
                prune(list);
                return list;
            });
        }
    }

    /** A successful sign-in clears the account's failures (not the address's: one success hides no guessing). */
    public void succeeded(String email) {
        failures.remove(accountKey(email));
    }

    private int recent(String key) {
        var times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times);
            return times.size();
        }
    }

    private void prune(ArrayDeque<Instant> times) {
        var since = clock.instant().minus(lockout);
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
