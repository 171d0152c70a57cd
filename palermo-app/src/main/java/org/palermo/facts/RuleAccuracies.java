package org.palermo.facts;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each rule's accuracy, counted live from the review decisions standing on the facts: a decision (or
 * its undo) changes the figures of the next read. Only decided extracted facts are read, through the
 * partial index {@code fact_decided_by_rule}, so the cost grows with the decisions, not with the facts.
 */
@Component
public class RuleAccuracies {

    private final JdbcClient jdbc;

    RuleAccuracies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String COUNTS = """
            select coalesce(rule, ''), extractor,
                   count(*) filter (where status = 'ACCEPTED' and bulk_step_id is null),
                   count(*) filter (where status = 'CORRECTED'),
                   count(*) filter (where status = 'REJECTED'),
                   count(*) filter (where status = 'ACCEPTED' and bulk_step_id is not null),
                   count(*) filter (where status = 'SUGGESTED')
            from fact
            where run_id is not null and status in (%s)
              and (:rule = '' or coalesce(rule, '') = :rule)
              and (:extractor = '' or extractor = :extractor)
            group by 1, 2
            order by 1, 2""";

    /** Every rule with at least one decision, or only the one named (rule and extractor may be null). */
    public List<RuleAccuracy> list(String rule, String extractor) {
        return query(COUNTS.formatted("'ACCEPTED', 'CORRECTED', 'REJECTED'"), rule, extractor, false);
    }

    /**
     * Every rule with decisions or undecided suggestions, with the number of those suggestions. Unlike
     * {@link #list} this reads all suggestions, for the rules page rather than beside every suggestion.
     */
    public List<RuleAccuracy> listWithSuggestions(String rule, String extractor) {
        return query(COUNTS.formatted("'SUGGESTED', 'ACCEPTED', 'CORRECTED', 'REJECTED'"), rule, extractor, true);
    }

    private List<RuleAccuracy> query(String sql, String rule, String extractor, boolean suggested) {
        return jdbc.sql(sql)
                .param("rule", rule == null ? "" : rule)
                .param("extractor", extractor == null ? "" : extractor)
                .query((rs, i) -> new RuleAccuracy(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), suggested ? rs.getInt(7) : null))
                .list();
    }

    /** The figures of all rules, to look up beside each suggestion of a page. */
    public Table table() {
        return new Table(list(null, null).stream()
                .collect(Collectors.toMap(a -> key(a.rule(), a.extractor()), Function.identity())));
    }

    /** Rule figures by rule and extractor version; a rule nobody has decided on has "no decisions yet". */
    public record Table(Map<String, RuleAccuracy> byRule) {
        public RuleAccuracy of(String rule, String extractor) {
            return byRule.getOrDefault(key(rule, extractor), RuleAccuracy.none(rule, extractor));
        }

        public String summary(String rule, String extractor) {
            return of(rule, extractor).summary();
        }
    }

    private static String key(String rule, String extractor) {
        return (rule == null ? "" : rule) + "\u0000" + extractor;
    }
}
