package org.palermo.facts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.system.ConflictException;
import org.palermo.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk accept in the review queue. Only undecided suggestions are accepted (a decision already made is
 * never overwritten), only within the filter and at or above the threshold. Each step is one audit entry
 * and can be undone as a whole: its facts that nobody decided on since go back to the suggestions.
 */
@Service
public class BulkSteps {

    /** The suggestions a filter selects; the threshold is compared as the column's own type (real). */
    private static final String SELECTED = """
            from fact f
            where f.status = 'SUGGESTED'
              and f.confidence >= cast(:threshold as real)
              and (:document < 0 or f.document_id = :document)
              and (:country = '' or f.country = :country or f.counterpart = :country)
              and (:type = '' or f.type = :type)""";

    private final JdbcClient jdbc;
    private final Audit audit;
    private final RuleAccuracies accuracies;

    BulkSteps(JdbcClient jdbc, Audit audit, RuleAccuracies accuracies) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.accuracies = accuracies;
    }

    /** What a bulk accept would do now: how many suggestions, and from which rules with what accuracy. */
    public record Preview(BulkFilter filter, int facts, @JsonProperty("by_rule") List<RuleShare> byRule) {
    }

    public record RuleShare(String rule, String extractor, int facts, @JsonProperty("rule_accuracy") String ruleAccuracy) {
    }

    public Preview preview(BulkFilter filter) {
        RuleAccuracies.Table table = accuracies.table();
        List<RuleShare> shares = bind(jdbc.sql("select f.rule, f.extractor, count(*) " + SELECTED
                        + " group by 1, 2 order by 3 desc, 1, 2"), filter)
                .query((rs, i) -> new RuleShare(rs.getString(1), rs.getString(2), rs.getInt(3),
                        table.summary(rs.getString(1), rs.getString(2))))
                .list();
        return new Preview(filter, shares.stream().mapToInt(RuleShare::facts).sum(), shares);
    }

    /**
     * Accepts every suggestion the filter selects. With {@code expected} (the preview's count) nothing is
     * accepted unless the count is still the same, so a reviewer accepts exactly what they previewed.
     */
    @Transactional
    public BulkStep accept(BulkFilter filter, Integer expected) {
        String by = Actors.currentName();
        long id = jdbc.sql("""
                        insert into fact_bulk_step (by_user, document_id, country, type, min_confidence, facts)
                        values (:by, :document, :country, :type, :threshold, 0) returning id""")
                .param("by", by).param("document", filter.document()).param("country", filter.country())
                .param("type", filter.type()).param("threshold", filter.minConfidence())
                .query(Long.class).single();
        int accepted = bind(jdbc.sql("with picked as (update fact set status = 'ACCEPTED', bulk_step_id = :step"
                        + " where status = 'SUGGESTED' and id in (select f.id " + SELECTED + ") returning id)"
                        + """
                        insert into fact_decision (fact_id, decision, by_user, before, after, comment, bulk_step_id)
                        select id, 'ACCEPT', :by, '{"status":"SUGGESTED"}', '{"status":"ACCEPTED"}', :comment, :step
                        from picked"""), filter)
                .param("step", id).param("by", by).param("comment", "bulk step " + id + ": " + filter.describe())
                .update();
        if (expected != null && expected != accepted) {
            throw new ConflictException("The filter now selects " + accepted + " suggestions, not the " + expected
                    + " previewed; nothing was accepted. Preview again.");
        }
        jdbc.sql("update fact_bulk_step set facts = :n where id = :id").param("n", accepted).param("id", id).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("bulk_step", id);
        after.put("filter", filterJson(filter));
        after.put("min_confidence", filter.minConfidence());
        after.put("facts", accepted);
        audit.record("facts.bulk_accept", "bulk:" + id, null, after);
        return get(id);
    }

    /**
     * Undoes a bulk step: the facts it accepted that still carry its acceptance go back to the suggestions;
     * a fact decided on one by one since then keeps that decision. A step is undone once.
     */
    @Transactional
    public BulkStep undo(long id) {
        BulkStep step = get(id);
        int locked = jdbc.sql("update fact_bulk_step set undone_at = now(), undone_by = :by where id = :id and undone_at is null")
                .param("by", Actors.currentName()).param("id", id).update();
        if (locked == 0) {
            throw new ConflictException("Bulk step " + id + " was already undone by " + get(id).undoneBy());
        }
        int restored = jdbc.sql("""
                        with back as (
                            update fact set status = 'SUGGESTED', bulk_step_id = null
                            where bulk_step_id = :step and status = 'ACCEPTED'
                            returning id)
                        insert into fact_decision (fact_id, decision, by_user, before, after, comment, bulk_step_id)
                        select id, 'REOPEN', :by, '{"status":"ACCEPTED"}', '{"status":"SUGGESTED"}', :comment, :step
                        from back""")
                .param("step", id).param("by", Actors.currentName()).param("comment", "undo of bulk step " + id)
                .update();
        jdbc.sql("update fact_bulk_step set restored = :n where id = :id").param("n", restored).param("id", id).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("bulk_step", id);
        after.put("restored", restored);
        after.put("kept_decided_since", step.facts() - restored);
        audit.record("facts.bulk_undo", "bulk:" + id, Map.of("facts", step.facts()), after);
        return get(id);
    }

    public BulkStep get(long id) {
        return jdbc.sql(SELECT_STEP + " where id = :id").param("id", id).query(BulkSteps::map).optional()
                .orElseThrow(() -> new NotFoundException("No bulk step with id " + id));
    }

    /** The latest steps, newest first. */
    public List<BulkStep> recent(int limit) {
        return jdbc.sql(SELECT_STEP + " order by id desc limit :limit")
                .param("limit", Math.max(1, Math.min(limit, 200))).query(BulkSteps::map).list();
    }

    /** The facts a step accepted (whether or not they still carry its acceptance). */
    public List<Long> factsOf(long id) {
        return jdbc.sql("select fact_id from fact_decision where bulk_step_id = :id and decision = 'ACCEPT' order by fact_id")
                .param("id", id).query(Long.class).list();
    }

    private static final String SELECT_STEP = """
            select id, by_user, at, document_id, country, type, min_confidence, facts, undone_by, undone_at, restored
            from fact_bulk_step""";

    private static BulkStep map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        BulkFilter filter = new BulkFilter(rs.getObject(4) == null ? null : rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getDouble(7));
        return new BulkStep(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), filter, rs.getInt(8),
                rs.getString(9), rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant(),
                rs.getObject(11) == null ? null : rs.getInt(11));
    }

    private static Map<String, Object> filterJson(BulkFilter filter) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("document", filter.document());
        m.put("country", filter.country());
        m.put("type", filter.type());
        return m;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, BulkFilter filter) {
        return sql.param("threshold", filter.minConfidence())
                .param("document", filter.document() == null ? -1 : filter.document())
                .param("country", filter.country() == null ? "" : filter.country())
                .param("type", filter.type() == null ? "" : filter.type());
    }
}
