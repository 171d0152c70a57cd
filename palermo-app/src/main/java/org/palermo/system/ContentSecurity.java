package org.palermo.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of every page: scripts, styles, images and fonts from Palermo itself only, no
 * inline script or style, no plugins, no framing, forms posting only to Palermo. A standalone document that
 * must carry its own stylesheet (the global report, also saved as a file and printed to PDF) allows exactly
 * its own {@code <style>} blocks by their SHA-256 hash, never {@code 'unsafe-inline'}.
 */
public final class ContentSecurity {

    public static final String POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    private static final Pattern STYLE = Pattern.compile("<style[^>]*>(.*?)</style>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private ContentSecurity() {
    }

    /** The policy for one HTML document, allowing its own {@code <style>} elements by hash. */
    public static String withStyleHashesOf(String html) {
        List<String> hashes = new ArrayList<>();
        Matcher m = STYLE.matcher(html);
        while (m.find()) {
            hashes.add("'sha256-" + sha256(m.group(1)) + "'");
        }
        return hashes.isEmpty() ? POLICY : POLICY.replace("style-src 'self';", "style-src 'self' " + String.join(" ", hashes) + ";");
    }

    private static String sha256(String s) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
