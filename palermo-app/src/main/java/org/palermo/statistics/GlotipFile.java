package org.palermo.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.palermo.reference.Countries;
import org.palermo.text.CsvReader;
import org.palermo.system.InvalidInputException;

/**
 * Reads a UNODC GLOTIP export (CSV or the same table from the XLSX): preamble lines (publisher, export
 * date), a header row, then one row per published figure. Values stay as published: "<5" keeps its
 * text with no number; "6,112,019" is 6112019. Pure: no database, no Spring.
 */
final class GlotipFile {

    static final List<String> REQUIRED = List.of("Iso3_code", "Country", "Indicator", "Dimension", "Category", "Sex", "Age",
            "Year", "Unit of measurement", "txtVALUE", "Source");
    private static final Pattern COUNT = Pattern.compile("\\d{1,3}(,\\d{3})+|\\d+");
    private static final Pattern SUPPRESSED = Pattern.compile("<\\s*\\d+");
    /** Longest field of a published row: names and categories are short, so a longer one is damage. */
    static final int MAX_CELL = 1_000;
    private static final DateTimeFormatter EXPORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One published figure, ready to store. {@code line} is the 1-based line (row) in the file. */
    record Row(int line, String country, String countryName, String indicator, String dimension, String category,
               String categoryText, String sex, String age, int year, Long value, String valueText, String unit,
               String source, int occurrence, java.util.UUID rowKey, boolean duplicate, boolean conflict) {
    }

    /** A row that could not be placed, with the reason. */
    record Problem(int line, String reason, String text) {
    }

    record Parsed(LocalDate exportedOn, List<Row> rows, List<Problem> problems, List<Problem> notes) {
    }

    private GlotipFile() {
    }

    static Parsed parseCsv(String fileName, CharSequence content, Set<String> countryDimensions) {
        return parse(fileName, CsvReader.parse(content), countryDimensions);
    }

    /** @param table the file's rows as text cells, preamble included */
    static Parsed parse(String fileName, List<List<String>> table, Set<String> countryDimensions) {
        int headerAt = -1;
        for (int i = 0; i < Math.min(table.size(), 20); i++) {
            if (!table.get(i).isEmpty() && table.get(i).get(0).strip().equalsIgnoreCase("Iso3_code")) {
                headerAt = i;
                break;
            }
        }
        if (headerAt < 0) {
            throw new InvalidInputException("file", fileName + ": no GLOTIP header row (a row starting with Iso3_code) in the first 20 rows");
        }
        Map<String, Integer> column = new HashMap<>();
        List<String> header = table.get(headerAt);
        for (int i = 0; i < header.size(); i++) {
            column.put(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        List<String> missing = REQUIRED.stream().filter(c -> !column.containsKey(c.toLowerCase(Locale.ROOT))).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("file", fileName + " line " + (headerAt + 1) + ": missing column(s) " + String.join(", ", missing)
                    + "; a GLOTIP export has " + String.join(", ", REQUIRED));
        }
        LocalDate exported = exportDate(table.subList(0, headerAt));
        int iIso = column.get("iso3_code");
        int iCountry = column.get("country");
        int iIndicator = column.get("indicator");
        int iDimension = column.get("dimension");
        int iCategory = column.get("category");
        int iSex = column.get("sex");
        int iAge = column.get("age");
        int iYear = column.get("year");
        int iUnit = column.get("unit of measurement");
        int iValue = column.get("txtvalue");
        int iSource = column.get("source");
        List<Row> rows = new ArrayList<>(table.size());
        List<Problem> problems = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        Map<String, KeyStats> byKey = new HashMap<>();
        Map<String, String> normalisedCategories = new HashMap<>();
        List<KeyStats> keyOfRow = new ArrayList<>(table.size());
        Countries countries = Countries.bundled();
        Nationalities nationalities = Nationalities.bundled();
        java.security.MessageDigest md5 = md5();
        StringBuilder key = new StringBuilder(160);
        for (int i = headerAt + 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            int line = i + 1;
            if (blank(cells)) {
                continue;
            }
            int longest = cells.stream().mapToInt(String::length).max().orElse(0);
            if (longest > MAX_CELL) {
                problems.add(new Problem(line, "a field of " + longest + " characters (at most " + MAX_CELL + "; an unclosed quote?)", echo(cells)));
                continue;
            }
            if (cells.size() < header.size()) {
                problems.add(new Problem(line, "has " + cells.size() + " fields, the header has " + header.size(), echo(cells)));
                continue;
            }
            String indicator = cells.get(iIndicator).strip();
            String dimension = cells.get(iDimension).strip();
            String category = cells.get(iCategory).strip();
            String sex = cells.get(iSex).strip();
            String age = cells.get(iAge).strip();
            if (indicator.isEmpty() || dimension.isEmpty() || sex.isEmpty() || age.isEmpty()) {
                problems.add(new Problem(line, "indicator, dimension, sex or age is empty", echo(cells)));
                continue;
            }
            String yearText = cells.get(iYear).strip();
            Integer year = parseYear(yearText);
            if (year == null) {
                problems.add(new Problem(line, "year '" + shorten(yearText) + "' is not a year", echo(cells)));
                continue;
            }
            String valueText = cells.get(iValue).strip();
            Long value;
            if (isDigits(valueText) && valueText.length() <= 18) {
                value = Long.parseLong(valueText);
            } else if (SUPPRESSED.matcher(valueText).matches()) {
                value = null;
            } else if (COUNT.matcher(valueText).matches() && valueText.length() <= 18) {
                value = Long.parseLong(valueText.replace(",", ""));
            } else {
                problems.add(new Problem(line, "value '" + shorten(valueText) + "' is neither a count nor a suppressed count like <5",
                        echo(cells)));
                continue;
            }
            String countryName = cells.get(iCountry).strip();
            String iso3 = cells.get(iIso).strip().toUpperCase(Locale.ROOT);
            if (!countries.isKnown(iso3)) {
                notes.add(new Problem(line, "no ISO 3166 code for '" + shorten(countryName) + "'"
                        + (iso3.isEmpty() ? "" : " (code '" + iso3 + "' unknown)") + ": kept with country null", echo(cells)));
                iso3 = null;
            }
            String normalised = category;
            if (countryDimensions.contains(dimension)) {
                String reporting = iso3;
                normalised = normalisedCategories.computeIfAbsent(category + "\u0001" + reporting,
                        k -> nationalities.iso3(category, reporting).orElse(category));
            }
            String sourceCell = cells.get(iSource).strip();
            String source = sourceCell.isEmpty() ? "GLOTIP" : sourceCell;
            String unitCell = cells.get(iUnit).strip();
            String unit = unitCell.isEmpty() ? "Counts" : unitCell;
            key.setLength(0);
            key.append(source).append('\u0001').append(iso3 == null ? "" : iso3).append('\u0001').append(countryName).append('\u0001')
                    .append(indicator).append('\u0001').append(dimension).append('\u0001').append(category).append('\u0001')
                    .append(sex).append('\u0001').append(age).append('\u0001').append(year);
            KeyStats stats = byKey.computeIfAbsent(key.toString(), k -> new KeyStats(valueText));
            int occurrence = ++stats.count;
            stats.differs |= !stats.firstValue.equals(valueText);
            keyOfRow.add(stats);
            rows.add(new Row(line, iso3, countryName, indicator, dimension, normalised, category, sex, age, year, value, valueText,
                    unit, source, occurrence, rowKey(md5, key.append('\u0001').append(occurrence)), false, false));
        }
        for (int i = 0; i < rows.size(); i++) {
            KeyStats stats = keyOfRow.get(i);
            if (stats.count > 1) {
                Row r = rows.get(i);
                rows.set(i, new Row(r.line(), r.country(), r.countryName(), r.indicator(), r.dimension(), r.category(),
                        r.categoryText(), r.sex(), r.age(), r.year(), r.value(), r.valueText(), r.unit(), r.source(), r.occurrence(),
                        r.rowKey(), true, stats.differs));
            }
        }
        return new Parsed(exported, rows, problems, notes);
    }

    /** How often a key occurs in the file, and whether its values differ (a conflict). */
    private static final class KeyStats {
        final String firstValue;
        int count;
        boolean differs;

        KeyStats(String firstValue) {
            this.firstValue = firstValue;
        }
    }

    private static boolean blank(List<String> cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static java.security.MessageDigest md5() {
        try {
            return java.security.MessageDigest.getInstance("MD5");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The identity of a published row: MD5 of its key and occurrence, as a UUID (the same bytes as PostgreSQL's md5()::uuid). */
    private static java.util.UUID rowKey(java.security.MessageDigest md5, CharSequence keyAndOccurrence) {
        byte[] d = md5.digest(keyAndOccurrence.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(d);
        return new java.util.UUID(b.getLong(), b.getLong());
    }


    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    /** A refused row as it was read, cut short: a hostile row (a 10 MB field) must not travel whole into every report. */
    private static String echo(List<String> cells) {
        String row = String.join(",", cells);
        return row.length() <= 300 ? row : row.substring(0, 300) + "… (" + row.length() + " characters)";
    }

    private static Integer parseYear(String s) {
        if (s.length() != 4 || !isDigits(s)) {
            return null;
        }
        int y = Integer.parseInt(s);
        return y >= 1900 && y <= 2100 ? y : null;
    }

    private static LocalDate exportDate(List<List<String>> preamble) {
        for (List<String> row : preamble) {
            for (String cell : row) {
                try {
                    return LocalDate.parse(cell.strip(), EXPORT_DATE);
                } catch (DateTimeParseException notADate) {
                    // keep looking
                }
            }
        }
        return null;
    }

}
