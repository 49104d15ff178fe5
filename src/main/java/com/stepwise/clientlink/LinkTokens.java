package com.stepwise.clientlink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secrets of client links. A token is 140 bits of an HMAC-SHA256, keyed with a key kept outside the database, of a
 * random salt that is stored with the link; the database keeps only the token's SHA-256. So a copy of the database
 * reveals no link, the key alone reveals none either, and a reprinted handout carries the same link until it is
 * revoked. Tokens are written in Crockford's base 32 (no i, l, o or u), in groups of four, to be typed from paper:
 * what is typed is read leniently (any case, with or without dashes, i and l as 1, o as 0).
 * <p>
 * The key comes from {@code stepwise.client-links.key} (base 64, at least 32 bytes; set it for production and share it
 * between nodes), else from a file made once in the data directory.
 */
@Component
class LinkTokens {

    static final int LENGTH = 28;
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    LinkTokens(@Value("${stepwise.client-links.key:}") String configured,
               @Value("${stepwise.data-dir:./data}") String dataDir) {
        this.key = new SecretKeySpec(configured.isBlank() ? keyFile(Path.of(dataDir, "client-link.key"))
                : decode(configured), "HmacSHA256");
    }

    /** A fresh random salt for a new link. */
    static String newSalt() {
        var bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The link's token, derived again from its salt. */
    String token(String salt) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] bits = mac.doFinal(salt.getBytes(StandardCharsets.US_ASCII));
            var token = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                int bit = i * 5;
                int word = ((bits[bit / 8] & 0xff) << 8) | (bits[bit / 8 + 1] & 0xff);
                token.append(ALPHABET.charAt((word >> (11 - bit % 8)) & 31));
            }
            return token.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java", e);
        }
    }

    /** What is stored of a token and looked up by. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** A token as typed or scanned, in its one canonical form; empty when it cannot be a token at all. */
    static Optional<String> canonical(String typed) {
        if (typed == null || typed.length() > 64) {
            return Optional.empty();
        }
        var token = new StringBuilder(LENGTH);
        for (char c : typed.toLowerCase(Locale.ROOT).toCharArray()) {
            char read = switch (c) {
                case 'i', 'l' -> '1';
                case 'o' -> '0';
                default -> c;
            };
            if (read == '-' || read == ' ') {
                continue;
            }
            if (ALPHABET.indexOf(read) < 0) {
                return Optional.empty();
            }
            token.append(read);
        }
        return token.length() == LENGTH ? Optional.of(token.toString()) : Optional.empty();
    }

    /** "k7m2-q9xa-...": the token as printed, in groups of four. */
    static String grouped(String token) {
        var grouped = new StringBuilder();
        for (int i = 0; i < token.length(); i += 4) {
            grouped.append(i == 0 ? "" : "-").append(token, i, Math.min(token.length(), i + 4));
        }
        return grouped.toString();
    }

    private static byte[] decode(String configured) {
        byte[] key = Base64.getDecoder().decode(configured.strip());
        if (key.length < 32) {
            throw new IllegalStateException("stepwise.client-links.key must be at least 32 bytes, in base 64 "
                    + "(openssl rand -base64 32 makes one)");
        }
        return key;
    }

    private static byte[] keyFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            var key = new byte[32];
            RANDOM.nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps the data directory's permissions.
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or make the client link key " + file, e);
        }
    }
}
