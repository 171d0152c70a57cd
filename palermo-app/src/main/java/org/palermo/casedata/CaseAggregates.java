package org.palermo.casedata;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.reference.Countries;
import org.palermo.system.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Published case-data counts: the table the question asks for, computed over all records, passed
 * through {@link Disclosure}, then cut to the filters. The filters are dimensions of the protected
 * table, so asking for one country gives exactly that country's slice of the all-countries table,
 * never a separately protected table that could be subtracted from it.
 */
@Service
public class CaseAggregates {

    /** Breakdowns per question; with the filters, at most {@link CrossTab#MAX_DIMENSIONS} dimensions in all. */
    public static final int MAX_BY = 4;

    private final JdbcClient jdbc;

    CaseAggregates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A question: counts broken down by some dimensions, for some values of the quasi-identifiers.
     *
     * @param dataset one data set only (analysts), or null for all
     */
    public record Query(List<Dimension> by, Map<Dimension, String> filters, Long dataset) {

        /** Reads and checks the request parameters; every problem is a 400 naming the parameter. */
        public static Query parse(String by, Map<String, String> filterParams, Long dataset) {
            List<Dimension> dims = new ArrayList<>();
            if (by != null && !by.isBlank()) {
                for (String part : by.split(",")) {
                    if (part.isBlank()) {
                        continue;
                    }
                    Dimension d = Dimension.byParam(part).orElseThrow(() -> new InvalidInputException("by",
                            "Unknown breakdown '" + clip(part) + "'; use " + names(List.of(Dimension.values()))));
                    if (dims.contains(d)) {
                        throw new InvalidInputException("by", "Breakdown '" + d.param() + "' is given twice");
                    }
                    dims.add(d);
                }
            }
            if (dims.size() > MAX_BY) {
                throw new InvalidInputException("by", "At most " + MAX_BY + " breakdowns at a time");
            }
            Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
            for (var e : filterParams.entrySet()) {
                if (e.getValue() == null || e.getValue().isBlank()) {
                    continue;
                }
                Dimension d = Dimension.byParam(e.getKey()).filter(Dimension::isQuasiIdentifier)
                        .orElseThrow(() -> new InvalidInputException(e.getKey(), "Cannot filter by '" + clip(e.getKey()) + "'"));
                if (dims.contains(d)) {
                    throw new InvalidInputException(d.param(), "'" + d.param() + "' is both a breakdown and a filter; use one");
                }
                filters.put(d, filterValue(d, e.getValue()));
            }
            if (dims.size() + filters.size() > CrossTab.MAX_DIMENSIONS) {
                throw new InvalidInputException("by", "Too many breakdowns and filters together");
            }
            return new Query(List.copyOf(dims), filters, dataset);
        }

        private static String filterValue(Dimension d, String raw) {
            String v = raw.strip();
            if (v.equalsIgnoreCase(CrossTab.UNKNOWN)) {
                return CrossTab.UNKNOWN;
            }
            switch (d) {
                case COUNTRY, CITIZENSHIP -> {
                    String iso3 = v.toUpperCase(Locale.ROOT);
                    if (!iso3.matches("[A-Z]{3}") || !Countries.bundled().isKnown(iso3)) {
                        throw new InvalidInputException(d.param(), "'" + clip(raw) + "' is not an ISO 3166-1 alpha-3 country code");
                    }
                    return iso3;
                }
                case YEAR -> {
                    if (!v.matches("\\d{4}")) {
                        throw new InvalidInputException("year", "'" + clip(raw) + "' is not a year");
                    }
                    return v;
                }
                case SEX -> {
                    String s = v.toLowerCase(Locale.ROOT);
                    if (!List.of("female", "male", "transgender").contains(s)) {
                        throw new InvalidInputException("sex", "sex is female, male, transgender or unknown");
                    }
                    return s;
                }
                case AGE_BAND -> {
                    if (!CtdcColumns.AGE_BANDS.contains(v)) {
                        throw new InvalidInputException("age_band", "age_band is one of " + String.join(", ", CtdcColumns.AGE_BANDS) + " or unknown");
                    }
                    return v;
                }
                default -> throw new InvalidInputException(d.param(), "Cannot filter by '" + d.param() + "'");
            }
        }
    }

    /** One published number and the protection it got. */
    public record Count(Long value, @JsonProperty("value_text") String valueText, String protection) {
    }

    /** What the rules hid in this answer. */
    public record Suppressed(int cells, int margins, @JsonProperty("shown_as_below_5") int shownAsBelow5,
                             Long records, String note) {
    }

    /**
     * A protected answer. {@code cells} and {@code margins} are rows of the breakdown (a margin has
     * "all" for some dimensions), each with value, value_text and protection.
     */
    public record Published(List<String> by, Map<String, String> filters, int k,
                            @JsonProperty("small_count_threshold") int smallCountThreshold, Count total,
                            List<Map<String, Object>> cells, List<Map<String, Object>> margins, Suppressed suppressed,
                            Map<String, String> protections, @JsonProperty("synthetic_data") boolean syntheticData) {
    }

    static final Map<String, String> PROTECTIONS = Map.of(
            Disclosure.Protection.K_ANONYMOUS.code(), "published: at least " + Disclosure.K + " records share this combination of "
                    + "sex, age band, citizenship, country of exploitation and year, and the count is at least " + Disclosure.SMALL_COUNT,
            Disclosure.Protection.SMALL_COUNT.code(), "fewer than " + Disclosure.SMALL_COUNT + ": the exact number is not shown",
            Disclosure.Protection.SUPPRESSED.code(), "not shown: fewer than " + Disclosure.K + " records share this combination, "
                    + "or the number would let a hidden one be worked out from the totals",
            Disclosure.Protection.EMPTY.code(), "no records");

    /** Answers a question under the disclosure rules. */
    public Published aggregate(Query q) {
        List<Dimension> dims = new ArrayList<>(q.by());
        dims.addAll(q.filters().keySet());
        CrossTab table = count(dims, q.dataset());
        Disclosure.Protected protectedTable = Disclosure.protect(table);
        return slice(q, protectedTable);
    }

    private CrossTab count(List<Dimension> dims, Long dataset) {
        CrossTab table = new CrossTab(dims);
        String columns = dims.stream().map(Dimension::column).collect(Collectors.joining(", "));
        // case_cell holds the records pre-counted by every dimension but means of control.
        boolean cells = !dims.contains(Dimension.MEANS);
        String sql = "select " + (columns.isEmpty() ? "" : columns + ", ") + (cells ? "sum(records) from case_cell" : "count(*) from case_record")
                + (dataset == null ? "" : " where dataset_id = :d")
                + (columns.isEmpty() ? "" : " group by " + columns);
        var statement = jdbc.sql(sql);
        if (dataset != null) {
            statement = statement.param("d", dataset);
        }
        statement.query((ResultSet rs) -> {
            String[][] values = new String[dims.size()][];
            for (int d = 0; d < dims.size(); d++) {
                values[d] = dims.get(d).isMultiValued() ? array(rs.getArray(d + 1)) : new String[] {rs.getString(d + 1)};
            }
            table.add(values, rs.getLong(dims.size() + 1));
        });
        return table;
    }

    private Published slice(Query q, Disclosure.Protected p) {
        CrossTab t = p.table();
        int byCount = q.by().size();
        long base = t.totalKey();
        boolean empty = false;
        int d = byCount;
        for (var f : q.filters().entrySet()) {
            int code = t.codeOf(d, f.getValue());
            if (code < 0) {
                empty = true;
            } else {
                base = CrossTab.with(base, d, code);
            }
            d++;
        }
        Count total = empty ? new Count(0L, "0", Disclosure.Protection.EMPTY.code()) : number(p, base);
        List<long[]> interior = new ArrayList<>();
        List<long[]> margins = new ArrayList<>();
        int hiddenCells = 0;
        int hiddenMargins = 0;
        int below5 = 0;
        long hiddenRecords = 0;
        if (!empty && byCount > 0) {
            long filterMask = 0;
            for (int i = byCount; i < t.dimensionCount(); i++) {
                filterMask |= 0xFFL << (8 * i);
            }
            for (int slot = 0; slot < t.capacity(); slot++) {
                if (!t.occupied(slot)) {
                    continue;
                }
                long key = t.keyAt(slot);
                if ((key & filterMask) != (base & filterMask) || key == base) {
                    continue;
                }
                int alls = 0;
                for (int i = 0; i < byCount; i++) {
                    alls += CrossTab.coord(key, i) == CrossTab.ALL ? 1 : 0;
                }
                byte state = p.state(key);
                boolean hidden = state == Disclosure.PRIMARY || state == Disclosure.COMPLEMENTARY;
                if (alls == 0) {
                    interior.add(new long[] {key});
                    if (hidden) {
                        hiddenCells++;
                        hiddenRecords += t.countAt(slot);
                    }
                } else {
                    margins.add(new long[] {key});
                    hiddenMargins += hidden ? 1 : 0;
                }
                below5 += state == Disclosure.BELOW_SMALL ? 1 : 0;
            }
        }
        Comparator<long[]> order = order(t, byCount);
        interior.sort(order);
        margins.sort(order);
        boolean additive = q.by().stream().noneMatch(Dimension::isMultiValued);
        boolean derivable = additive && Disclosure.Protection.K_ANONYMOUS.code().equals(total.protection());
        Suppressed suppressed = new Suppressed(hiddenCells, hiddenMargins, below5, derivable ? hiddenRecords : null,
                derivable ? "records in suppressed cells (the total less the published cells)"
                        : hiddenCells == 0 ? null
                        : "the number of records in suppressed cells is not given: with this breakdown it could reveal a hidden number");
        Map<String, String> filters = new LinkedHashMap<>();
        q.filters().forEach((k, v) -> filters.put(k.param(), v));
        return new Published(q.by().stream().map(Dimension::param).toList(), filters, Disclosure.K, Disclosure.SMALL_COUNT, total,
                rows(p, interior, byCount), rows(p, margins, byCount), suppressed, PROTECTIONS, hasSynthetic(q.dataset()));
    }

    private List<Map<String, Object>> rows(Disclosure.Protected p, List<long[]> keys, int byCount) {
        CrossTab t = p.table();
        List<Map<String, Object>> rows = new ArrayList<>(keys.size());
        for (long[] k : keys) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < byCount; i++) {
                row.put(t.dimensions()[i].param(), t.label(i, CrossTab.coord(k[0], i)));
            }
            Count c = number(p, k[0]);
            row.put("value", c.value());
            row.put("value_text", c.valueText());
            row.put("protection", c.protection());
            rows.add(row);
        }
        return rows;
    }

    /** The disclosure rule applied to one number: the only place a count becomes public. */
    private static Count number(Disclosure.Protected p, long key) {
        Disclosure.Protection protection = p.protection(key);
        long count = p.table().count(key);
        return switch (protection) {
            case K_ANONYMOUS -> new Count(count, Long.toString(count), protection.code());
            case SMALL_COUNT -> new Count(null, "<" + Disclosure.SMALL_COUNT, protection.code());
            case SUPPRESSED -> new Count(null, "suppressed", protection.code());
            case EMPTY -> new Count(0L, "0", protection.code());
        };
    }

    /** Values in their natural order: age bands youngest first, years ascending, "unknown" and "all" last. */
    private static Comparator<long[]> order(CrossTab t, int byCount) {
        return (a, b) -> {
            for (int i = 0; i < byCount; i++) {
                int c = compare(t.dimensions()[i], t.label(i, CrossTab.coord(a[0], i)), t.label(i, CrossTab.coord(b[0], i)));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }

    private static int compare(Dimension d, String x, String y) {
        int rx = rank(d, x);
        int ry = rank(d, y);
        return rx != ry ? Integer.compare(rx, ry) : x.compareTo(y);
    }

    private static int rank(Dimension d, String v) {
        if (v.equals("all")) {
            return Integer.MAX_VALUE;
        }
        if (v.equals(CrossTab.UNKNOWN)) {
            return Integer.MAX_VALUE - 1;
        }
        if (d == Dimension.AGE_BAND) {
            return CtdcColumns.AGE_BANDS.indexOf(v);
        }
        if (d == Dimension.YEAR) {
            return Integer.parseInt(v);
        }
        return 0;
    }

    private boolean hasSynthetic(Long dataset) {
        return jdbc.sql("""
                        select exists (select 1 from case_dataset where synthetic and content_sha256 is not null
                                       and (cast(:d as bigint) is null or id = :d))""")
                .param("d", dataset).query(Boolean.class).single();
    }

    /** The answer as CSV: the breakdown, the count as published, and its protection; margins and the total last. */
    public static String csv(Published p) {
        StringBuilder out = new StringBuilder();
        List<String> header = new ArrayList<>(p.by());
        header.add("count");
        header.add("protection");
        out.append(String.join(",", header)).append('\n');
        for (List<Map<String, Object>> rows : List.of(p.cells(), p.margins())) {
            for (Map<String, Object> row : rows) {
                for (String dim : p.by()) {
                    out.append(csvField(String.valueOf(row.get(dim)))).append(',');
                }
                out.append(csvField(String.valueOf(row.get("value_text")))).append(',').append(row.get("protection")).append('\n');
            }
        }
        for (int i = 0; i < p.by().size(); i++) {
            out.append("all,");
        }
        out.append(csvField(p.total().valueText())).append(',').append(p.total().protection()).append('\n');
        return out.toString();
    }

    private static String csvField(String s) {
        return s.matches("[A-Za-z0-9_+<. -]*") ? s : '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String[] array(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static String names(List<Dimension> dims) {
        return dims.stream().map(Dimension::param).collect(Collectors.joining(", "));
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
