package org.palermo.casedata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.palermo.reference.Countries;
import org.palermo.reference.Country;
import org.palermo.system.InvalidInputException;

/**
 * The columns of a CTDC file that Palermo understands, read by name (case and punctuation do not
 * matter), so the 2017 dictionary layout, the 2020 global layout and the 2024 synthetic layout all
 * import. Columns that would identify a person refuse the whole file; other unknown columns are
 * ignored and named in the import report.
 */
final class CtdcColumns {

    /** CTDC's broad age bands ("Age range 2" of the 2017 dictionary). */
    static final List<String> AGE_BANDS = List.of("0-8", "9-17", "18-20", "21-23", "24-26", "27-29", "30-38", "39-47", "48+");

    /** Finer bands ("Age range 1") folded into the broad ones. */
    private static final Map<String, String> FINE_AGE_BANDS = Map.ofEntries(
            Map.entry("9-11", "9-17"), Map.entry("12-14", "9-17"), Map.entry("15-17", "9-17"),
            Map.entry("30-32", "30-38"), Map.entry("33-35", "30-38"), Map.entry("36-38", "30-38"),
            Map.entry("48-56", "48+"), Map.entry("57-65", "48+"), Map.entry("66+", "48+"));

    /** Header names (normalised) that identify a person: the file is refused if it has one. */
    private static final Set<String> IDENTIFYING_EXACT = Set.of("name", "names", "dob", "birthdate", "birthday",
            "dateofbirth", "address", "phone", "email", "passport", "ssn", "nationalid", "idnumber", "ip", "ipaddress");
    private static final List<String> IDENTIFYING_PARTS = List.of("firstname", "lastname", "surname", "fullname",
            "givenname", "middlename", "familyname", "maidenname", "nickname", "alias", "dateofbirth", "birthdate",
            "address", "street", "postcode", "zipcode", "phone", "mobile", "telephone", "email", "passport",
            "socialsecurity", "nationalid", "identitycard", "idcard", "photo", "fingerprint", "biometric", "gps",
            "latitude", "longitude");

    private static final Map<String, String> FORM_FLAGS = Map.of(
            "isforcedlabour", "forced_labour", "issexualexploit", "sexual_exploitation", "isotherexploit", "other",
            "isforcedmarriage", "forced_marriage", "isforcedmilitary", "forced_military", "isorganremoval", "organ_removal",
            "isslaveryandpractices", "slavery_practices");
    private static final Map<String, String> FORM_NAMES = Map.of(
            "forcedlabour", "forced_labour", "sexualexploitation", "sexual_exploitation", "other", "other",
            "forcedmarriage", "forced_marriage", "forcedmilitary", "forced_military", "organremoval", "organ_removal",
            "slaveryandsimilarpractices", "slavery_practices", "slaveryandpractices", "slavery_practices");
    private static final Map<String, String> RECRUITER_NAMES = Map.of(
            "intimatepartner", "intimate_partner", "friendacquaintance", "friend", "friend", "friend",
            "familyrelative", "family", "family", "family", "other", "other");

    /** Multi-valued groups of 0/1 columns: prefix of the header and where the value goes. */
    private enum Group { MEANS, LABOUR, SEX_FORM, RECRUITER }

    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private final Countries countries = Countries.bundled();
    private final int width;
    private final Integer year;
    private final Integer dataSource;
    private final Integer gender;
    private final Integer age;
    private final Integer majority;
    private final Integer citizenship;
    private final Integer country;
    private final Integer abduction;
    private final Integer formsText;
    private final Integer recruiterText;
    private final Map<Integer, String> formFlags = new LinkedHashMap<>();
    private final Map<Integer, String[]> groupFlags = new LinkedHashMap<>();
    private final Map<Integer, String> headers = new LinkedHashMap<>();
    private final List<String> ignored = new ArrayList<>();

    private CtdcColumns(List<String> header) {
        this.width = header.size();
        Map<String, Integer> byName = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            headers.put(i, header.get(i).strip());
            byName.putIfAbsent(normalise(header.get(i)), i);
        }
        Set<Integer> used = new LinkedHashSet<>();
        year = take(byName, used, "yearofregistration");
        dataSource = take(byName, used, "datasource");
        gender = take(byName, used, "gender", "sex");
        age = take(byName, used, "agebroad");
        majority = take(byName, used, "majoritystatus");
        citizenship = take(byName, used, "citizenship");
        country = take(byName, used, "countryofexploitation");
        abduction = take(byName, used, "isabduction");
        formsText = take(byName, used, "typeofexploitconcatenated");
        recruiterText = take(byName, used, "recruiterrelationship");
        for (int i = 0; i < header.size(); i++) {
            String raw = header.get(i).strip();
            String n = normalise(raw);
            if (used.contains(i)) {
                continue;
            }
            if (FORM_FLAGS.containsKey(n)) {
                formFlags.put(i, FORM_FLAGS.get(n));
                used.add(i);
            } else if (n.equals("issexandlabour")) {
                formFlags.put(i, "forced_labour;sexual_exploitation");
                used.add(i);
            } else {
                int column = i;
                groupColumn(raw).ifPresent(g -> {
                    groupFlags.put(column, g);
                    used.add(column);
                });
            }
        }
        for (int i = 0; i < header.size(); i++) {
            if (!used.contains(i)) {
                String h = header.get(i).strip();
                ignored.add(h.length() > 60 ? h.substring(0, 57) + "..." : h);
            }
        }
        if (year == null && gender == null && citizenship == null && country == null && formFlags.isEmpty()) {
            throw new InvalidInputException("file", "This is not a CTDC file: none of the columns yearOfRegistration, gender, "
                    + "citizenship, CountryOfExploitation or isForcedLabour/isSexualExploit was found in the header");
        }
    }

    /** Reads a header, refusing the file if a column would identify a person. */
    static CtdcColumns of(List<String> header) {
        for (String h : header) {
            if (isIdentifying(h)) {
                throw new IdentifyingColumnException(h.strip());
            }
        }
        return new CtdcColumns(header);
    }

    static boolean isIdentifying(String header) {
        String n = normalise(header);
        return IDENTIFYING_EXACT.contains(n) || IDENTIFYING_PARTS.stream().anyMatch(n::contains);
    }

    List<String> ignoredColumns() {
        return List.copyOf(ignored);
    }

    /** One data row as a record; a problem is reported with the column and value. */
    CaseRecord read(List<String> row, int line) {
        if (row.size() != width) {
            throw new BadRowException(line, "has " + row.size() + " fields, the header has " + width);
        }
        List<String> forms = new ArrayList<>();
        for (var e : formFlags.entrySet()) {
            if (Boolean.TRUE.equals(bool(row, e.getKey(), line))) {
                for (String f : e.getValue().split(";")) {
                    addOnce(forms, f);
                }
            }
        }
        if (forms.isEmpty() && formsText != null) {
            for (String part : multi(row.get(formsText))) {
                String code = FORM_NAMES.get(normalise(part));
                if (code == null) {
                    throw new BadRowException(line, headers.get(formsText) + ": unknown form of exploitation '" + clip(part) + "'");
                }
                addOnce(forms, code);
            }
        }
        List<String> means = new ArrayList<>();
        List<String> labour = new ArrayList<>();
        List<String> sexual = new ArrayList<>();
        List<String> recruiter = new ArrayList<>();
        for (var e : groupFlags.entrySet()) {
            if (Boolean.TRUE.equals(bool(row, e.getKey(), line)) && !e.getValue()[1].isEmpty()) {
                List<String> target = switch (Group.valueOf(e.getValue()[0])) {
                    case MEANS -> means;
                    case LABOUR -> labour;
                    case SEX_FORM -> sexual;
                    case RECRUITER -> recruiter;
                };
                addOnce(target, e.getValue()[1]);
            }
        }
        if (recruiter.isEmpty() && recruiterText != null) {
            for (String part : multi(row.get(recruiterText))) {
                String code = RECRUITER_NAMES.get(normalise(part));
                if (code != null) {
                    addOnce(recruiter, code);
                }
            }
        }
        return new CaseRecord(line, year(row, line), sex(row, line), ageBand(row, line), minor(row, line),
                country(row, citizenship, line), country(row, country, line), dataSource(row),
                forms, means, labour, sexual, recruiter, abduction == null ? null : bool(row, abduction, line));
    }

    private Integer year(List<String> row, int line) {
        String v = value(row, year);
        if (v == null) {
            return null;
        }
        try {
            int y = Integer.parseInt(v);
            if (y >= 1990 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRowException(line, headers.get(year) + ": '" + clip(v) + "' is not a year between 1990 and 2100");
    }

    private String sex(List<String> row, int line) {
        String v = value(row, gender);
        if (v == null) {
            return null;
        }
        String n = normalise(v);
        if (n.equals("female") || n.equals("woman") || n.equals("f") || n.equals("girl")) {
            return "female";
        }
        if (n.equals("male") || n.equals("man") || n.equals("m") || n.equals("boy")) {
            return "male";
        }
        if (n.startsWith("trans") || n.contains("nonconforming")) {
            return "transgender";
        }
        if (n.equals("unknown") || n.equals("notspecified")) {
            return null;
        }
        throw new BadRowException(line, headers.get(gender) + ": unknown value '" + clip(v) + "'");
    }

    private String ageBand(List<String> row, int line) {
        String v = value(row, age);
        if (v == null || normalise(v).equals("unknown")) {
            return null;
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean dash = c == '-' || c == '\u2013' || c == '\u2014';
            if (dash && b.length() > 0 && b.charAt(b.length() - 1) == '-') {
                continue;
            }
            if (!Character.isWhitespace(c)) {
                b.append(dash ? '-' : c);
            }
        }
        String band = b.toString();
        if (AGE_BANDS.contains(band)) {
            return band;
        }
        if (FINE_AGE_BANDS.containsKey(band)) {
            return FINE_AGE_BANDS.get(band);
        }
        throw new BadRowException(line, headers.get(age) + ": '" + clip(v) + "' is not a CTDC age band ("
                + String.join(", ", AGE_BANDS) + ")");
    }

    private Boolean minor(List<String> row, int line) {
        String v = value(row, majority);
        if (v == null) {
            return null;
        }
        return switch (normalise(v)) {
            case "minor" -> true;
            case "adult" -> false;
            case "unknown" -> null;
            default -> throw new BadRowException(line, headers.get(majority) + ": expected Adult or Minor, found '" + clip(v) + "'");
        };
    }

    private String country(List<String> row, Integer column, int line) {
        String v = value(row, column);
        if (v == null || v.equals("00")) {
            return null;
        }
        Optional<Country> c = v.length() == 2 ? countries.byIso2(v) : v.length() == 3 ? countries.byIso3(v) : Optional.empty();
        return c.map(Country::iso3).orElseThrow(() -> new BadRowException(line,
                headers.get(column) + ": '" + clip(v) + "' is not an ISO 3166-1 country code"));
    }

    private String dataSource(List<String> row) {
        String v = value(row, dataSource);
        return v == null ? null : clip(v.replaceAll("\\p{Cntrl}", " "));
    }

    private Boolean bool(List<String> row, int column, int line) {
        String v = value(row, column);
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "1", "1.0", "true", "TRUE", "True" -> true;
            case "0", "0.0", "false", "FALSE", "False" -> false;
            default -> throw new BadRowException(line, headers.get(column) + ": expected 0, 1 or -99, found '" + clip(v) + "'");
        };
    }

    /** The stripped value, or null for CTDC's missing markers. */
    private static String value(List<String> row, Integer column) {
        if (column == null) {
            return null;
        }
        String v = row.get(column).strip();
        return v.isEmpty() || v.equals("-99") || v.equalsIgnoreCase("NULL") || v.equalsIgnoreCase("NA") ? null : v;
    }

    private static List<String> multi(String field) {
        String v = field.strip();
        if (v.isEmpty() || v.equals("-99") || v.equalsIgnoreCase("NULL")) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String p : v.split(";")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts;
    }

    private static Optional<String[]> groupColumn(String raw) {
        String[][] prefixes = {{"meansOfControl", "MEANS"}, {"means", "MEANS"}, {"typeOfLabour", "LABOUR"},
                {"typeOfSex", "SEX_FORM"}, {"recruiterRelation", "RECRUITER"}};
        for (String[] p : prefixes) {
            if (raw.regionMatches(true, 0, p[0], 0, p[0].length()) && raw.length() > p[0].length()) {
                String suffix = raw.substring(p[0].length());
                String n = normalise(suffix);
                if (n.equals("concatenated")) {
                    return Optional.empty();
                }
                // "not specified" and "unknown" are read (they are valid CTDC columns) but say nothing.
                String code = n.equals("notspecified") || n.equals("unknown") ? ""
                        : CAMEL.matcher(suffix).replaceAll("_").toLowerCase(Locale.ROOT);
                return Optional.of(new String[] {p[1], code});
            }
        }
        return Optional.empty();
    }

    private static Integer take(Map<String, Integer> byName, Set<Integer> used, String... names) {
        for (String n : names) {
            Integer i = byName.get(n);
            if (i != null) {
                used.add(i);
                return i;
            }
        }
        return null;
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }

    /** Lower case letters, digits and '+' only: "Friend/Acquaintance" → "friendacquaintance". Hot path of the import. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** A row that cannot be read; the line number is the file's (header = line 1). */
    static final class BadRowException extends RuntimeException {
        private final int line;

        BadRowException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }
}
