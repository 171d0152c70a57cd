package org.palermo.casedata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Synthetic case records in the 64-column layout of CTDC's 2020 global dataset (the header is read
 * from the bundled sample), for demonstrations, tests and benchmarks. Deterministic for a seed.
 *
 * <p>The proportions follow what CTDC publishes about identified victims: about seven in ten are
 * women and girls; sexual exploitation and forced labour dominate (labour for men, sex for women);
 * about a fifth are minors; the largest groups are assisted in the Philippines, Ukraine, Moldova,
 * Cambodia, Indonesia and the United States (hotline); many fields are missing (-99). The records
 * describe nobody.
 */
public final class SyntheticCtdc {

    static final String LAYOUT = "data/casedata/ctdc_global_2020_distinct_rows_sample.csv";

    /** Citizenship → country of exploitation (ISO2, "" unknown), with weights. */
    private static final Object[][] FLOWS = {
            {"", "US", 14.0}, {"US", "US", 4.0}, {"MX", "US", 2.0}, {"GT", "US", 0.6}, {"HN", "US", 0.4},
            {"PH", "PH", 6.0}, {"PH", "MY", 1.5}, {"PH", "SA", 1.0}, {"PH", "AE", 0.8},
            {"UA", "RU", 4.0}, {"UA", "PL", 1.5}, {"UA", "UA", 2.0}, {"MD", "RU", 2.0}, {"MD", "TR", 0.8}, {"MD", "MD", 1.0},
            {"BY", "RU", 1.0}, {"BY", "BY", 0.6}, {"KH", "TH", 3.0}, {"KH", "MY", 0.8}, {"KH", "KH", 1.2},
            {"MM", "TH", 2.0}, {"MM", "CN", 0.8}, {"LA", "TH", 0.8}, {"ID", "MY", 3.0}, {"ID", "SA", 1.0}, {"ID", "ID", 1.0},
            {"NP", "IN", 1.5}, {"BD", "IN", 1.5}, {"VN", "GB", 0.7}, {"RO", "GB", 0.7}, {"AL", "GB", 0.4},
            {"NG", "IT", 1.5}, {"NG", "NG", 1.0}, {"NG", "LY", 0.7}, {"GH", "GH", 0.8}, {"UG", "KE", 0.5}, {"ET", "SA", 0.8},
            {"HT", "DO", 0.6}, {"VE", "CO", 0.8}, {"CO", "CO", 0.4}, {"UZ", "KZ", 0.8}, {"KG", "RU", 0.5},
            {"PH", ""}, {"UA", ""}, {"MD", ""}, {"KH", ""}, {"", ""}};

    private static final String[] AGE_ADULT = {"18-20", "21-23", "24-26", "27-29", "30-38", "39-47", "48+"};
    private static final double[] AGE_ADULT_W = {14, 15, 12, 10, 17, 8, 3};

    private static final String[] MEANS = {"DebtBondage", "TakesEarnings", "RestrictsFinancialAccess", "Threats",
            "PsychologicalAbuse", "PhysicalAbuse", "SexualAbuse", "FalsePromises", "PsychoactiveSubstances",
            "RestrictsMovement", "RestrictsMedicalCare", "ExcessiveWorkingHours", "UsesChildren", "ThreatOfLawEnforcement",
            "WithholdsNecessities", "WithholdsDocuments", "Other"};
    private static final double[] MEANS_LABOUR = {.25, .35, .12, .30, .35, .25, .05, .40, .02, .30, .08, .30, .02, .08, .18, .30, .05};
    private static final double[] MEANS_SEX = {.15, .30, .15, .40, .50, .40, .25, .35, .12, .35, .08, .10, .03, .10, .12, .12, .05};
    private static final String[] LABOUR = {"Agriculture", "Aquafarming", "Begging", "Construction", "DomesticWork",
            "Hospitality", "IllicitActivities", "Manufacturing", "MiningOrDrilling", "Peddling", "Transportation", "Other"};
    private static final double[] LABOUR_MEN = {.25, .10, .03, .25, .04, .08, .03, .12, .05, .02, .03, .05};
    private static final double[] LABOUR_WOMEN = {.08, .02, .04, .02, .50, .10, .02, .10, .01, .03, .01, .05};

    private static final Map<String, String> LABELS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A long tail of rarer citizenships and countries, as in real case data, where k-anonymity bites. */
    private static final String[] TAIL = ("AF,AM,AO,AZ,BF,BG,BJ,BO,BR,BI,CD,CG,CI,CM,CN,CU,DZ,EC,EG,ER,GE,GM,GN,GY,HU,IQ,IR,JM,JO,"
            + "KR,KW,LB,LK,LR,LT,LV,MA,MG,ML,MN,MW,MZ,NE,NI,PE,PK,PY,QA,RS,RW,SD,SL,SN,SO,SS,SV,SY,TD,TG,TJ,TM,TN,TR,TT,TZ,"
            + "UY,YE,ZA,ZM,ZW,DE,FR,ES,NL,BE,GR,IE,JP,OM,BH,KZ,MK,BA,ME,SK,CZ,PT,AT,CH,SE,NO,FI,DK,CA,AU,NZ").split(",");

    private final SplittableRandom random;
    private final List<String> header;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private final double flowTotal;

    public SyntheticCtdc(long seed) {
        this.random = new SplittableRandom(seed);
        this.header = layout();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
        double t = 0;
        for (Object[] f : FLOWS) {
            t += f.length > 2 ? (double) f[2] : 1.0;
        }
        this.flowTotal = t;
    }

    /** The CTDC 2020 header: the terms-of-use notice, then 63 variables. */
    public List<String> header() {
        return header;
    }

    /** Writes the header and {@code records} rows as CSV. */
    public void write(Writer out, int records) throws IOException {
        out.write(csvLine(header));
        for (int i = 0; i < records; i++) {
            out.write(csvLine(nextRow()));
        }
        out.flush();
    }

    /** One synthetic victim record, every field as text (-99 = missing). */
    public List<String> nextRow() {
        String[] row = new String[header.size()];
        java.util.Arrays.fill(row, "-99");
        row[0] = "";
        Object[] flow = flow();
        String citizenship = (String) flow[0];
        String country = (String) flow[1];
        if (random.nextDouble() < 0.04) {
            citizenship = TAIL[random.nextInt(TAIL.length)];
            country = random.nextDouble() < 0.3 ? citizenship : TAIL[random.nextInt(TAIL.length)];
        }
        boolean hotline = "US".equals(country) && random.nextDouble() < 0.8;
        set(row, "Datasource", hotline ? "Hotline" : "Case Management");
        set(row, "yearOfRegistration", Integer.toString(year(hotline)));
        double g = random.nextDouble();
        String gender = g < 0.71 ? "Female" : g < 0.97 ? "Male" : g < 0.975 ? "Transgender" : null;
        set(row, "gender", gender);
        set(row, "citizenship", citizenship.isEmpty() ? null : citizenship);
        set(row, "CountryOfExploitation", country.isEmpty() ? null : country);
        String band = null;
        if (random.nextDouble() < 0.68) {
            double minor = "Female".equals(gender) ? 0.24 : 0.15;
            band = random.nextDouble() < minor ? (random.nextDouble() < 0.15 ? "0--8" : "9--17")
                    : pick(AGE_ADULT, AGE_ADULT_W).replace("-", "--").replace("48+", "48+");
            set(row, "ageBroad", band);
            set(row, "majorityStatus", band.startsWith("0") || band.startsWith("9") ? "Minor" : "Adult");
        }
        boolean female = !"Male".equals(gender);
        double f = random.nextDouble();
        boolean known = f < 0.9;
        boolean sexual = known && random.nextDouble() < (female ? 0.62 : 0.07);
        boolean labour = known && (!sexual || random.nextDouble() < 0.06) && random.nextDouble() < (female ? 0.75 : 0.92);
        boolean marriage = known && female && !sexual && !labour && random.nextDouble() < 0.4;
        boolean other = known && !sexual && !labour;
        if (known) {
            set(row, "isForcedLabour", flag(labour));
            set(row, "isSexualExploit", flag(sexual));
            set(row, "isOtherExploit", flag(other));
            set(row, "isSexAndLabour", flag(sexual && labour));
            set(row, "isForcedMarriage", flag(marriage));
            set(row, "isForcedMilitary", "0");
            set(row, "isOrganRemoval", flag(other && !marriage && random.nextDouble() < 0.05));
            TreeSet<String> forms = new TreeSet<>();
            if (labour) {
                forms.add("Forced labour");
            }
            if (sexual) {
                forms.add("Sexual exploitation");
            }
            if (other) {
                forms.add(marriage ? "Forced marriage" : "Other");
            }
            set(row, "typeOfExploitConcatenated", String.join(";", forms));
        }
        if (labour) {
            flags(row, "typeOfLabour", LABOUR, female ? LABOUR_WOMEN : LABOUR_MEN, "typeOfLabourConcatenated", true);
        }
        if (sexual) {
            boolean porn = random.nextDouble() < 0.1;
            set(row, "typeOfSexProstitution", flag(!porn || random.nextDouble() < 0.5));
            set(row, "typeOfSexPornography", flag(porn));
            set(row, "typeOfSexConcatenated", porn ? "Pornography" : "Prostitution");
        }
        if (known && random.nextDouble() < 0.6) {
            flags(row, "meansOfControl", MEANS, sexual ? MEANS_SEX : MEANS_LABOUR, "meansOfControlConcatenated", false);
        }
        if (random.nextDouble() < 0.55) {
            double r = random.nextDouble();
            String relation = r < (sexual ? 0.25 : 0.08) ? "IntimatePartner" : r < 0.45 ? "Friend" : r < 0.7 ? "Family" : "Other";
            for (String rel : List.of("IntimatePartner", "Friend", "Family", "Other", "Unknown")) {
                set(row, "recruiterRelation" + rel, flag(rel.equals(relation)));
            }
            if (hotline) {
                set(row, "RecruiterRelationship", switch (relation) {
                    case "IntimatePartner" -> "Intimate Partner";
                    case "Friend" -> "Friend/Acquaintance";
                    case "Family" -> "Family/Relative";
                    default -> "Other";
                });
            }
        }
        return List.of(row);
    }

    private void flags(String[] row, String prefix, String[] names, double[] p, String concatenated, boolean atLeastOne) {
        TreeSet<String> chosen = new TreeSet<>();
        for (int i = 0; i < names.length; i++) {
            if (random.nextDouble() < p[i]) {
                chosen.add(names[i]);
            }
        }
        if (atLeastOne && chosen.isEmpty()) {
            chosen.add(pick(names, p));
        }
        for (String n : names) {
            set(row, prefix + n, flag(chosen.contains(n)));
        }
        set(row, prefix + "NotSpecified", flag(chosen.isEmpty()));
        List<String> labels = new ArrayList<>();
        for (String c : chosen) {
            labels.add(LABELS.computeIfAbsent(c, k -> k.replaceAll("(?<=[a-z])(?=[A-Z])", " ")));
        }
        set(row, concatenated, labels.isEmpty() ? null : String.join(";", labels));
    }

    private int year(boolean hotline) {
        if (hotline) {
            return 2015 + random.nextInt(8);
        }
        double r = random.nextDouble();
        if (r < 0.2) {
            return 2002 + random.nextInt(10);
        }
        if (r < 0.85) {
            return 2012 + random.nextInt(8);
        }
        return 2020 + random.nextInt(3);
    }

    private Object[] flow() {
        double r = random.nextDouble() * flowTotal;
        for (Object[] f : FLOWS) {
            r -= f.length > 2 ? (double) f[2] : 1.0;
            if (r <= 0) {
                return f;
            }
        }
        return FLOWS[FLOWS.length - 1];
    }

    private String pick(String[] values, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r <= 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private void set(String[] row, String column, String value) {
        Integer i = index.get(column);
        if (i != null) {
            row[i] = value == null ? "-99" : value;
        }
    }

    private static String flag(boolean b) {
        return b ? "1" : "0";
    }

    static String csvLine(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.append('\n').toString();
    }

    private static List<String> layout() {
        try (InputStream in = SyntheticCtdc.class.getClassLoader().getResourceAsStream(LAYOUT)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundled resource " + LAYOUT);
            }
            List<String> header = new CsvRows(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))).next();
            return List.copyOf(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
