package org.palermo.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence a module wrote for a reader ("Its focal point answers at /checklist/NGA in a round…") cut into text and
 * links, so that the application's own paths it names can be followed. Only paths of this site become links; every
 * part is text for the template to escape.
 */
public record LinkedText(List<Part> parts) {

    public record Part(String text, String href) {
    }

    /** A path of this site standing as a word: it ends before a closing full stop, comma or bracket. */
    private static final Pattern PATH = Pattern.compile("(?<=^|[\\s(])/[A-Za-z0-9][A-Za-z0-9/_\\-?=&%.]*[A-Za-z0-9/]");

    public static LinkedText of(String text) {
        List<Part> parts = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return new LinkedText(parts);
        }
        Matcher m = PATH.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Part(text.substring(at, m.start()), null));
            }
            String path = m.group();   // starts with one slash and a letter or digit: never another site
            parts.add(new Part(path, path));
            at = m.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), null));
        }
        return new LinkedText(parts);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        parts.forEach(p -> s.append(p.text()));
        return s.toString();
    }
}
