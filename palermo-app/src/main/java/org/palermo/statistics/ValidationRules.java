package org.palermo.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.reference.Countries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The validation rules of table {@code stat_validation_rule}, applied to a submission's figures.
 * A side is a sum of selectors ({@code [sex=Female] + [sex=Male]}) or a number; {@code [*]} is each
 * figure on its own. Key parts no selector names are matched pairwise, so a rule only compares figures
 * counted the same way; a comparison is skipped when a selector matches no figure (nothing to compare).
 */
@Component
public class ValidationRules {

    public record Rule(String code, String name, @JsonProperty("left_side") String leftSide, String operator,
                       @JsonProperty("right_side") String rightSide, String description) {
    }

    private static final List<String> PARTS = List.of("indicator", "dimension", "category", "sex", "age");
    private static final Pattern SELECTOR = Pattern.compile("\\[([^\\]]*)]");

    private final JdbcClient jdbc;

    ValidationRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Rule> all() {
        return jdbc.sql("select code, name, left_side, operator, right_side, description from stat_validation_rule order by position")
                .query((rs, i) -> new Rule(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)))
                .list();
    }

    /** Rules that say what may be entered at all (operator "in"): checked whenever figures are saved. */
    public List<RuleViolation> checkKnown(List<SubmissionValue> values) {
        List<RuleViolation> out = new ArrayList<>();
        Map<String, Set<String>> dimensions = new LinkedHashMap<>();
        jdbc.sql("select indicator, dimension from stat_indicator_dimension").query((rs, i) -> dimensions
                .computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2))).list();
        Map<String, String> kinds = new LinkedHashMap<>();
        jdbc.sql("select name, category_kind from stat_dimension").query((rs, i) -> kinds.put(rs.getString(1), rs.getString(2))).list();
        Set<String> categories = new HashSet<>(jdbc.sql("select dimension || '|' || name from stat_category").query(String.class).list());
        Set<String> breakdowns = new HashSet<>(jdbc.sql("select sex || '|' || age from stat_breakdown").query(String.class).list());
        for (Rule rule : all()) {
            if (!rule.operator().equals("in")) {
                continue;
            }
            for (SubmissionValue v : values) {
                String problem = switch (rule.code()) {
                    case "known_dimension" -> !dimensions.containsKey(v.indicator())
                            ? "unknown indicator '" + v.indicator() + "' (known: " + String.join(", ", dimensions.keySet()) + ")"
                            : dimensions.get(v.indicator()).contains(v.dimension()) ? null
                            : "'" + v.indicator() + "' is not broken down " + v.dimension();
                    case "known_category" -> knownCategory(v, kinds, categories);
                    case "known_sex_age" -> breakdowns.contains(v.sex() + "|" + v.age()) ? null
                            : "sex '" + v.sex() + "' with age '" + v.age() + "' is not a reported combination";
                    default -> null;
                };
                if (problem != null) {
                    out.add(new RuleViolation(rule.code(), rule.name(), where(v) + ": " + problem + " (rule " + rule.code() + ")",
                            List.of(v.cell())));
                }
            }
        }
        return out;
    }

    private static String knownCategory(SubmissionValue v, Map<String, String> kinds, Set<String> categories) {
        String kind = kinds.get(v.dimension());
        if (kind == null) {
            return null;
        }
        if (kind.equals("COUNTRY")) {
            return Countries.bundled().isKnown(v.category()) ? null
                    : "category '" + v.category() + "' is not an ISO 3166 alpha-3 country code";
        }
        return categories.contains(v.dimension() + "|" + v.category()) ? null
                : "category '" + v.category() + "' is not a category of " + v.dimension();
    }

    /** The comparison rules (every operator but "in"): checked when a submission is submitted and validated. */
    public List<RuleViolation> checkComparisons(List<SubmissionValue> values) {
        List<RuleViolation> out = new ArrayList<>();
        for (Rule rule : all()) {
            if (!rule.operator().equals("in")) {
                out.addAll(check(rule, values));
            }
        }
        return out;
    }

    static List<RuleViolation> check(Rule rule, List<SubmissionValue> values) {
        List<Map<String, String>> left = selectors(rule.leftSide());
        List<Map<String, String>> right = selectors(rule.rightSide());
        BigDecimal leftConstant = constant(rule.leftSide());
        BigDecimal rightConstant = constant(rule.rightSide());
        List<RuleViolation> out = new ArrayList<>();
        if (isEach(left) || isEach(right)) {
            for (SubmissionValue v : values) {
                BigDecimal l = isEach(left) ? BigDecimal.valueOf(v.value()) : leftConstant;
                BigDecimal r = isEach(right) ? BigDecimal.valueOf(v.value()) : rightConstant;
                if (l != null && r != null && !holds(l, rule.operator(), r)) {
                    out.add(new RuleViolation(rule.code(), rule.name(), where(v) + " = " + v.value() + " breaks rule " + rule.code()
                            + " (" + rule.name() + ")", List.of(v.cell())));
                }
            }
            return out;
        }
        Set<String> named = new HashSet<>();
        left.forEach(m -> named.addAll(m.keySet()));
        right.forEach(m -> named.addAll(m.keySet()));
        List<String> context = PARTS.stream().filter(p -> !named.contains(p)).toList();
        Map<String, List<SubmissionValue>> groups = new LinkedHashMap<>();
        for (SubmissionValue v : values) {
            groups.computeIfAbsent(String.join("|", context.stream().map(p -> part(v, p)).toList()), k -> new ArrayList<>()).add(v);
        }
        for (List<SubmissionValue> group : groups.values()) {
            Side l = side(left, leftConstant, group);
            Side r = side(right, rightConstant, group);
            if (l == null || r == null || holds(l.sum(), rule.operator(), r.sum())) {
                continue;
            }
            List<String> cells = new ArrayList<>(l.cells());
            cells.addAll(r.cells());
            String ctx = context.isEmpty() ? "" : " for " + String.join(", ", context.stream().map(p -> part(group.get(0), p)).toList());
            out.add(new RuleViolation(rule.code(), rule.name(), "rule " + rule.code() + " (" + rule.name() + ") broken" + ctx + ": "
                    + l.describe() + " = " + l.sum() + " is not " + rule.operator() + " " + r.describe() + " = " + r.sum()
                    + " (cells " + String.join(", ", cells) + ")", cells));
        }
        return out;
    }

    private record Side(BigDecimal sum, List<String> cells, List<String> labels) {
        String describe() {
            return labels.isEmpty() ? sum.toString() : String.join(" + ", labels);
        }
    }

    /** Null when a selector matches nothing in the group (the rule does not apply). */
    private static Side side(List<Map<String, String>> selectors, BigDecimal constant, List<SubmissionValue> group) {
        if (selectors.isEmpty()) {
            return constant == null ? null : new Side(constant, List.of(), List.of());
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<String> cells = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Map<String, String> selector : selectors) {
            boolean any = false;
            for (SubmissionValue v : group) {
                if (selector.entrySet().stream().allMatch(e -> part(v, e.getKey()).equalsIgnoreCase(e.getValue()))) {
                    sum = sum.add(BigDecimal.valueOf(v.value()));
                    cells.add(v.cell());
                    labels.add(v.label());
                    any = true;
                }
            }
            if (!any) {
                return null;
            }
        }
        return new Side(sum, cells, labels);
    }

    private static boolean isEach(List<Map<String, String>> selectors) {
        return selectors.size() == 1 && selectors.get(0).containsKey("*");
    }

    static List<Map<String, String>> selectors(String side) {
        List<Map<String, String>> out = new ArrayList<>();
        Matcher m = SELECTOR.matcher(side);
        while (m.find()) {
            Map<String, String> selector = new LinkedHashMap<>();
            for (String term : m.group(1).split(";")) {
                String t = term.strip();
                if (t.equals("*")) {
                    selector.put("*", "*");
                } else if (t.contains("=")) {
                    String part = t.substring(0, t.indexOf('=')).strip().toLowerCase(Locale.ROOT);
                    if (!PARTS.contains(part)) {
                        throw new IllegalStateException("Validation rule selector names unknown key part '" + part + "': " + side);
                    }
                    selector.put(part, t.substring(t.indexOf('=') + 1).strip());
                }
            }
            out.add(selector);
        }
        return out;
    }

    private static BigDecimal constant(String side) {
        String s = side.strip();
        return s.matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(s) : null;
    }

    static boolean holds(BigDecimal l, String operator, BigDecimal r) {
        int c = l.compareTo(r);
        return switch (operator) {
            case "<=" -> c <= 0;
            case "<" -> c < 0;
            case "=" -> c == 0;
            case ">=" -> c >= 0;
            case ">" -> c > 0;
            default -> true;
        };
    }

    private static String part(SubmissionValue v, String part) {
        return switch (part) {
            case "indicator" -> v.indicator();
            case "dimension" -> v.dimension();
            case "category" -> v.category();
            case "sex" -> v.sex();
            case "age" -> v.age();
            default -> "";
        };
    }

    private static String where(SubmissionValue v) {
        return (v.cell() == null ? "" : v.cell() + " ") + "(" + v.label() + ")";
    }
}
