package org.palermo.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.palermo.text.CsvReader;

/**
 * The ISO 3166-1 / UN M49 country list bundled under {@code data/reference/iso3166-m49.csv}.
 * Pure and immutable: usable from the command line without Spring or a database.
 */
public final class Countries {

    static final String RESOURCE = "data/reference/iso3166-m49.csv";

    private final Map<String, Country> byIso3;
    private final Map<String, Country> byIso2;
    private final Map<String, Country> byNumeric;

    private Countries(List<Country> countries) {
        Map<String, Country> iso3 = new LinkedHashMap<>();
        Map<String, Country> iso2 = new LinkedHashMap<>();
        Map<String, Country> numeric = new LinkedHashMap<>();
        for (Country c : countries) {
            iso3.put(c.iso3(), c);
            iso2.put(c.iso2(), c);
            numeric.put(c.numeric(), c);
        }
        this.byIso3 = Collections.unmodifiableMap(iso3);
        this.byIso2 = Collections.unmodifiableMap(iso2);
        this.byNumeric = Collections.unmodifiableMap(numeric);
    }

    private static final class Bundled {
        static final Countries INSTANCE = read();
    }

    /** The bundled list, read once. */
    public static Countries bundled() {
        return Bundled.INSTANCE;
    }

    public List<Country> all() {
        return List.copyOf(byIso3.values());
    }

    public Optional<Country> byIso3(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byIso3.get(code.toUpperCase(Locale.ROOT)));
    }

    public Optional<Country> byIso2(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byIso2.get(code.toUpperCase(Locale.ROOT)));
    }

    /** By ISO numeric code, with or without leading zeros ("4" and "004" are Afghanistan). */
    public Optional<Country> byNumeric(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String padded = "000".substring(Math.min(3, code.strip().length())) + code.strip();
        return Optional.ofNullable(byNumeric.get(padded));
    }

    public boolean isKnown(String iso3) {
        return byIso3(iso3).isPresent();
    }

    private static Countries read() {
        try (InputStream in = Countries.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + RESOURCE);
            }
            List<List<String>> rows = CsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Country> countries = new ArrayList<>();
            for (int i = 1; i < rows.size(); i++) {
                List<String> f = rows.get(i);
                if (f.size() < 8) {
                    throw new IllegalStateException(RESOURCE + " line " + (i + 1) + ": expected 11 fields, got " + f.size());
                }
                countries.add(new Country(f.get(2), f.get(1), f.get(3), f.get(0),
                        blankToNull(f.get(5)), blankToNull(f.get(6)), blankToNull(f.get(7))));
            }
            return new Countries(countries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
