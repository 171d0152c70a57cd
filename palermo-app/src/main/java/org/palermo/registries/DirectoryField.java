package org.palermo.registries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.palermo.reference.Countries;

/**
 * One field of a directory entry (a contact point, a service provider): its name (the same in JSON, CSV and XLSX),
 * what it holds, whether it is required, and whether it is personal (shown to signed-in practitioners only). A value
 * is read from text with {@link #read}, which names the field in what it says is wrong.
 */
record DirectoryField(String name, Kind kind, boolean required, boolean personal, Set<String> allowed, String help) {

    enum Kind { ID, COUNTRY, TEXT, CODE, CODES, LANGUAGES, BOOLEAN, LATITUDE, LONGITUDE, EMAIL, PHONE, URL }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{5,30}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final int MAX_TEXT = 500;

    static DirectoryField of(String name, Kind kind, String help) {
        return new DirectoryField(name, kind, false, false, Set.of(), help);
    }

    static DirectoryField required(String name, Kind kind, String help) {
        return new DirectoryField(name, kind, true, false, Set.of(), help);
    }

    static DirectoryField personal(String name, Kind kind, String help) {
        return new DirectoryField(name, kind, false, true, Set.of(), help);
    }

    static DirectoryField codes(String name, Kind kind, boolean required, Enum<?>[] values, String help) {
        return new DirectoryField(name, kind, required, false, Set.copyOf(Arrays.stream(values).map(Enum::name).toList()), help);
    }

    /** A list value as written in one CSV or XLSX cell: items separated by ";" (or ","). */
    static List<String> split(String cell) {
        List<String> out = new ArrayList<>();
        for (String part : cell.split("[;,]")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /**
     * The value of a cell or JSON string, checked; null for an empty optional value.
     *
     * @throws IllegalArgumentException with a message for the person who wrote it (the caller adds file, line, field)
     */
    Object read(String text) {
        String v = text == null ? "" : text.strip();
        if (v.isEmpty()) {
            if (required) {
                throw new IllegalArgumentException(name + " is required");
            }
            return kind == Kind.CODES || kind == Kind.LANGUAGES ? List.of() : null;
        }
        return switch (kind) {
            case ID -> {
                try {
                    long id = Long.parseLong(v);
                    if (id <= 0) {
                        throw new NumberFormatException();
                    }
                    yield id;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("id '" + v + "' is not a positive whole number");
                }
            }
            case COUNTRY -> {
                String code = v.toUpperCase(Locale.ROOT);
                if (!Countries.bundled().isKnown(code)) {
                    throw new IllegalArgumentException("'" + v + "' is not an ISO 3166 alpha-3 country code");
                }
                yield code;
            }
            case TEXT -> {
                if (v.length() > MAX_TEXT) {
                    throw new IllegalArgumentException(name + " is longer than " + MAX_TEXT + " characters");
                }
                yield v;
            }
            case CODE -> code(v);
            case CODES -> split(v).stream().map(this::code).distinct().toList();
            case LANGUAGES -> split(v).stream().map(l -> {
                String code = l.toLowerCase(Locale.ROOT);
                if (!LANGUAGE.matcher(code).matches()) {
                    throw new IllegalArgumentException("'" + l + "' is not an ISO 639 language code (en, fr, ha…)");
                }
                return code;
            }).distinct().toList();
            case BOOLEAN -> switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> Boolean.TRUE;
                case "false", "no", "0" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("'" + v + "' is not true or false");
            };
            case LATITUDE, LONGITUDE -> {
                double d;
                try {
                    d = Double.parseDouble(v.replace(',', '.'));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + v + "' is not a number of degrees");
                }
                double limit = kind == Kind.LATITUDE ? 90 : 180;
                if (Double.isNaN(d) || Math.abs(d) > limit) {
                    throw new IllegalArgumentException("'" + v + "' is not between -" + (int) limit + " and " + (int) limit);
                }
                yield d;
            }
            case EMAIL -> {
                if (!EMAIL.matcher(v).matches() || v.length() > 200) {
                    throw new IllegalArgumentException("'" + v + "' is not an e-mail address");
                }
                yield v;
            }
            case PHONE -> {
                if (!PHONE.matcher(v).matches()) {
                    throw new IllegalArgumentException("'" + v + "' is not a phone number (digits, spaces, + ( ) . / -)");
                }
                yield v;
            }
            case URL -> {
                if (!v.matches("(?i)https?://\\S{3,300}")) {
                    throw new IllegalArgumentException("'" + v + "' is not a web address starting with http:// or https://");
                }
                yield v;
            }
        };
    }

    private String code(String v) {
        String c = v.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (!allowed.contains(c)) {
            throw new IllegalArgumentException("'" + v + "' is not one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return c;
    }

    boolean isList() {
        return kind == Kind.CODES || kind == Kind.LANGUAGES;
    }
}
