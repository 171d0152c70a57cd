package org.palermo.profiles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A section another module contributes ({@link ProfileSection}), laid out for the page without knowing its shape:
 * its values as lines, its lists of records as small tables, and — where a record carries a share or a count of
 * a total (progress by pillar, measures in place of measures) — a bar. Links and sources it names are shown as such.
 * Everything is text for the template to escape.
 */
public record SectionView(String key, String title, List<Line> lines, List<Table> tables, String source, String link) {

    public record Line(String label, String value, String href) {
    }

    public record Table(String title, List<String> columns, List<List<String>> rows, List<Bar> bars, int more) {
    }

    /** A labelled share between 0 and 1, with how it was read ("12 of 40"). */
    public record Bar(String label, double share, String text) {
        public long percent() {
            return Math.round(share * 100);
        }

        /** The bar as SVG (no inline style, so that the CSP holds), saying in words what it shows. */
        public String svg() {
            return CardGraphics.progressBar(share, null, null, label + ": " + text);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern SHARE = Pattern.compile("(?i).*(progress|share|ratio|rate|percent|pct|completion|completed_share).*");
    private static final Pattern PART = Pattern.compile("(?i)(answered|done|implemented|completed|met|in_place|achieved|fulfilled|yes)");
    private static final Pattern WHOLE = Pattern.compile("(?i)(total|measures|count|of|all|items|questions)");
    private static final Pattern SOURCE = Pattern.compile("(?i)(source|sources|basis)");
    private static final Pattern LINK = Pattern.compile("(?i)(page|url|link|href|search)");
    private static final int ROWS = 10;
    private static final int COLUMNS = 7;

    public static SectionView of(String key, Object section) {
        JsonNode node = JSON.valueToTree(section);
        List<Line> lines = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        String[] sourceAndLink = new String[2];
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                read(e.getKey(), e.getValue(), lines, tables, sourceAndLink);
            }
        } else {
            read(key, node, lines, tables, sourceAndLink);
        }
        return new SectionView(key, human(key), lines, tables, sourceAndLink[0], sourceAndLink[1]);
    }

    private static void read(String name, JsonNode v, List<Line> lines, List<Table> tables, String[] sourceAndLink) {
        if (v == null || v.isNull()) {
            return;
        }
        if (SOURCE.matcher(name).matches() && v.isString()) {
            sourceAndLink[0] = v.asString();
        } else if (LINK.matcher(name).matches() && v.isString() && isLocal(v.asString())) {
            sourceAndLink[1] = v.asString();
        } else if (v.isArray() && !v.isEmpty() && v.get(0).isObject()) {
            tables.add(table(name, v));
        } else if (v.isObject()) {
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                JsonNode inner = e.getValue();
                if (inner.isArray() && !inner.isEmpty() && inner.get(0).isObject()) {
                    tables.add(table(name + " — " + e.getKey(), inner));
                } else if (!inner.isNull()) {
                    lines.add(line(name + ": " + human(e.getKey()), inner));
                }
            }
        } else {
            lines.add(line(human(name), v));
        }
    }

    private static Line line(String label, JsonNode v) {
        String text = text(v);
        return new Line(label, text, v.isString() && isLocal(text) ? text : null);
    }

    private static Table table(String name, JsonNode array) {
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode row : array) {
            if (row.isObject()) {
                for (Map.Entry<String, JsonNode> e : row.properties()) {
                    if (!e.getValue().isObject() && columns.size() < COLUMNS) {
                        columns.add(e.getKey());
                    }
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<Bar> bars = new ArrayList<>();
        for (JsonNode row : array) {
            Bar bar = bar(row);
            if (bar != null) {
                bars.add(bar);
            }
            if (rows.size() < ROWS) {
                List<String> cells = new ArrayList<>();
                for (String c : columns) {
                    cells.add(text(row.get(c)));
                }
                rows.add(cells);
            }
        }
        return new Table(human(name), columns.stream().map(SectionView::human).toList(), rows,
                bars.size() == array.size() ? bars : List.of(), Math.max(0, array.size() - ROWS));
    }

    /** A record's share: a field named like a share or progress, else a part over a whole ("implemented" of "total"). */
    static Bar bar(JsonNode row) {
        if (!row.isObject()) {
            return null;
        }
        String label = null;
        Double share = null;
        Double part = null;
        Double whole = null;
        for (Map.Entry<String, JsonNode> e : row.properties()) {
            JsonNode v = e.getValue();
            if (label == null && v.isString()) {
                label = v.asString();
            }
            if (v.isNumber()) {
                String k = e.getKey();
                if (share == null && SHARE.matcher(k).matches()) {
                    double d = v.asDouble();
                    share = d > 1 && d <= 100 ? d / 100 : d;
                } else if (part == null && PART.matcher(k).matches()) {
                    part = v.asDouble();
                } else if (whole == null && WHOLE.matcher(k).matches()) {
                    whole = v.asDouble();
                }
            }
        }
        if (label == null) {
            return null;
        }
        if (share != null && share >= 0 && share <= 1) {
            return new Bar(label, share, Math.round(share * 100) + " %");
        }
        if (part != null && whole != null && whole > 0 && part <= whole) {
            return new Bar(label, part / whole, fmt(part) + " of " + fmt(whole));
        }
        return null;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(x.isObject() ? "…" : text(x)));
            return String.join(", ", parts);
        }
        if (v.isObject()) {
            return "…";
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "yes" : "no";
        }
        String s = v.isNumber() ? fmtNumber(v) : v.asString();
        return s.length() > 300 ? s.substring(0, 299) + "…" : s;
    }

    private static String fmtNumber(JsonNode v) {
        double d = v.asDouble();
        if (v.isIntegralNumber()) {
            return v.asString();
        }
        return d > 0 && d < 1 ? String.format(Locale.ROOT, "%.2f", d) : fmt(d);
    }

    /** Only the application's own paths become links: a section cannot send a reader elsewhere. */
    private static boolean isLocal(String s) {
        return s.startsWith("/") && !s.startsWith("//") && !s.contains("\\") && s.length() < 300;
    }

    static String human(String key) {
        String s = key.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).strip();
        return s.isEmpty() ? key : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
