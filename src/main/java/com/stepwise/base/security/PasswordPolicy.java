package com.stepwise.base.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be, for every account: 12 to 128 characters (a passphrase is welcome; the hash has no length
 * cut), not only spaces, not one character repeated or a plain run such as 123456789012, and not one of the
 * passwords every attacker tries first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The problem a person should fix, in words, or null when the password will do. */
    public static String problem(String password) {
        var text = password == null ? "" : password;
        int length = text.codePointCount(0, text.length());
        if (text.isBlank()) {
            return "Choose a password of at least " + MIN_LENGTH + " characters; spaces alone do not count.";
        }
        if (length < MIN_LENGTH) {
            return "Choose a password of at least " + MIN_LENGTH + " characters. A few words you will remember "
                    + "make a good one.";
        }
        if (length > MAX_LENGTH) {
            return "Keep the password under " + MAX_LENGTH + " characters.";
        }
        var lower = text.strip().toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.codePoints().distinct().count() <= 2 || isRun(lower)) {
            return "That password is among the first ones anyone trying to break in would guess. Choose another: a "
                    + "few unrelated words work well.";
        }
        return null;
    }

    /** "abcdefghijkl", "123456789012", "987654321098": each character one after (or before) the last. */
    private static boolean isRun(String text) {
        int[] points = text.codePoints().toArray();
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < points.length; i++) {
            int step = points[i] - points[i - 1];
            up &= step == 1 || (points[i - 1] == '9' && points[i] == '0');
            down &= step == -1 || (points[i - 1] == '0' && points[i] == '9');
        }
        return up || down;
    }

    private static Set<String> load() {
        var common = new HashSet<String>();
        try (var in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("The list of common passwords is missing from the application");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                var word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    common.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(common);
    }
}
