package org.palermo.caselaw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.system.ConflictException;
import org.palermo.system.InvalidInputException;
import org.palermo.system.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coder's values as review items, for the review queue the facts module shows: each label with its
 * quote, rule and confidence; each rule's accuracy counted from the reviewers' one-by-one decisions;
 * and bulk accept (with preview and undo) over a filter and a confidence threshold, as for facts.
 * Single decisions go through {@link CaseLaw#accept}, {@link CaseLaw#reject} and {@link CaseLaw#correct}.
 */
@Service
public class CaseReview {

    /** What the queue shows of one coded value. */
    public record Item(@JsonProperty("coding_id") long codingId, @JsonProperty("case") String caseKey, @JsonProperty("case_name") String caseName,
                       String jurisdiction, String field, String value, String status, String decision, String quote, Integer start,
                       Integer end, String rule, String coder, double confidence, @JsonProperty("field_values") List<String> fieldValues) {
    }

    /** The queue's filter for coded values: status (SUGGESTED, ACCEPTED, CORRECTED, REJECTED, ALL), jurisdiction, field, threshold. */
    public record Filter(String status, String jurisdiction, String field, double minConfidence, Long document) {

        public Filter(String status, String jurisdiction, String field, double minConfidence) {
            this(status, jurisdiction, field, minConfidence, null);
        }

        public Filter {
            if (field != null && !field.isBlank() && CodingField.byJson(field).isEmpty()) {
                throw new InvalidInputException("field", "Unknown coded field '" + field + "'");
            }
            field = field == null || field.isBlank() ? null : field;
            jurisdiction = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.strip().toUpperCase(java.util.Locale.ROOT);
            status = status == null || status.isBlank() ? "SUGGESTED" : status.toUpperCase(java.util.Locale.ROOT);
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (jurisdiction != null) {
                parts.add("jurisdiction " + jurisdiction);
            }
            if (field != null) {
                parts.add("field " + field);
            }
            if (document != null) {
                parts.add("document " + document);
            }
            parts.add("confidence ≥ " + minConfidence);
            return String.join(", ", parts);
        }
    }

    /** One rule's record: decisions made one by one, accuracy = accepted / decided, bulk acceptances apart. */
    public record RuleFigures(String rule, String coder, long accepted, long corrected, long rejected, long decided, Double accuracy,
                              @JsonProperty("accepted_in_bulk") long acceptedInBulk, long suggested, String summary) {
    }

    /** What a bulk accept would take: how many undecided values, by rule. */
    public record Preview(long labels, @JsonProperty("by_rule") Map<String, Long> byRule, String filter) {
    }

    /** A bulk step on coded values. */
    public record BulkStep(long id, String by, java.time.OffsetDateTime at, String jurisdiction, String field,
                           @JsonProperty("min_confidence") double minConfidence, long labels,
                           @JsonProperty("undone_by") String undoneBy, Integer restored) {
    }

    private final JdbcClient jdbc;
    private final Audit audit;
    private final ApplicationEventPublisher events;

    CaseReview(JdbcClient jdbc, Audit audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    private static final String FROM = """
            from case_coding c join court_decision d on d.id = c.decision_id
            where c.origin = 'CODER'
              and (cast(:status as text) = 'ALL'
                   or :status = 'SUGGESTED' and c.status = 'SUGGESTED'
                   or :status = 'ACCEPTED' and c.decision = 'ACCEPTED'
                   or :status = 'CORRECTED' and c.decision = 'CORRECTED'
                   or :status = 'REJECTED' and c.decision = 'REJECTED')
              and (cast(:j as text) is null or d.jurisdiction = :j)
              and (cast(:f as text) is null or c.field = :f)
              and (cast(:doc as bigint) is null or d.document_id = :doc)
              and coalesce(c.confidence, 0) >= :min
            """;

    /** The coder's values in the filter, most confident first. */
    public List<Item> queue(Filter filter, int limit) {
        List<Item> items = jdbc.sql("select c.id, d.case_key, d.name, d.jurisdiction, c.field, c.value, c.status, c.decision, c.quote,"
                        + " c.start_offset, c.end_offset, c.rule, c.coder, coalesce(c.confidence, 0), c.decision_id " + FROM
                        + " order by c.confidence desc nulls last, d.case_key, c.id limit :limit")
                .params(params(filter)).param("limit", Math.max(1, Math.min(limit, 1000)))
                .query((rs, i) -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3), trim(rs.getString(4)), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), (Integer) rs.getObject(10),
                        (Integer) rs.getObject(11), rs.getString(12), rs.getString(13), rs.getDouble(14), List.of(Long.toString(rs.getLong(15)))))
                .list();
        // The values that count for each item's field, so that a correction starts from them.
        List<Item> out = new ArrayList<>();
        for (Item item : items) {
            long decisionId = Long.parseLong(item.fieldValues().get(0));
            List<String> values = jdbc.sql("select value from case_coding where decision_id = :d and field = :f and status <> 'REJECTED' order by id")
                    .param("d", decisionId).param("f", item.field()).query(String.class).list();
            out.add(new Item(item.codingId(), item.caseKey(), item.caseName(), item.jurisdiction(), item.field(), item.value(), item.status(),
                    item.decision(), item.quote(), item.start(), item.end(), item.rule(), item.coder(), item.confidence(), values));
        }
        return out;
    }

    /** Coded values by status in the queue's terms. */
    public Map<String, Long> countsByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select case when status = 'SUGGESTED' then 'SUGGESTED' else coalesce(decision, status) end, count(*)
                        from case_coding where origin = 'CODER' group by 1 order by 1""")
                .query((rs, i) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /** Each rule's record, per coder version; {@code rule} narrows it to one. */
    public List<RuleFigures> rules(String rule) {
        return jdbc.sql("""
                        select rule, coder,
                               count(*) filter (where decision = 'ACCEPTED' and bulk_step_id is null),
                               count(*) filter (where decision = 'CORRECTED'),
                               count(*) filter (where decision = 'REJECTED'),
                               count(*) filter (where decision = 'ACCEPTED' and bulk_step_id is not null),
                               count(*) filter (where status = 'SUGGESTED')
                        from case_coding where origin = 'CODER' and rule is not null and (cast(:r as text) is null or rule = :r)
                        group by rule, coder order by rule, coder""")
                .param("r", rule == null || rule.isBlank() ? null : rule)
                .query((rs, i) -> figures(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                        rs.getLong(7)))
                .list();
    }

    static RuleFigures figures(String rule, String coder, long accepted, long corrected, long rejected, long bulk, long suggested) {
        long decided = accepted + corrected + rejected;
        Double accuracy = decided == 0 ? null : (double) accepted / decided;
        // Worded as the facts' rules are: "41 accepted, 3 corrected, 6 rejected (82 %)", bulk acceptances apart.
        String summary = (decided == 0 ? "no decisions yet"
                : accepted + " accepted, " + corrected + " corrected, " + rejected + " rejected (" + Math.round(accuracy * 100) + " %)")
                + (bulk == 0 ? "" : "; " + bulk + " accepted in bulk, not counted");
        return new RuleFigures(rule, coder, accepted, corrected, rejected, decided, accuracy, bulk, suggested, summary);
    }

    public Preview preview(Filter filter) {
        check(filter);
        Map<String, Long> byRule = new LinkedHashMap<>();
        jdbc.sql("select c.rule, count(*) " + FROM + " group by c.rule order by count(*) desc, c.rule")
                .params(params(new Filter("SUGGESTED", filter.jurisdiction(), filter.field(), filter.minConfidence(), filter.document())))
                .query((rs, i) -> byRule.put(rs.getString(1), rs.getLong(2))).list();
        return new Preview(byRule.values().stream().mapToLong(Long::longValue).sum(), byRule, filter.describe());
    }

    /**
     * Accepts every undecided coder value at or above the threshold within the filter, as one step (one
     * audit entry). With {@code expected}, a count that changed since the preview is a conflict.
     */
    @Transactional
    public BulkStep accept(Filter filter, Integer expected) {
        check(filter);
        Filter suggested = new Filter("SUGGESTED", filter.jurisdiction(), filter.field(), filter.minConfidence(), filter.document());
        List<Long> ids = jdbc.sql("select c.id " + FROM + " for update of c").params(params(suggested)).query(Long.class).list();
        if (expected != null && expected != ids.size()) {
            throw new ConflictException(ids.size() + " values match now, " + expected + " when previewed: preview again");
        }
        long step = jdbc.sql("""
                        insert into case_bulk_step (by_user, jurisdiction, field, min_confidence, labels)
                        values (:by, :j, :f, :min, :n) returning id""")
                .param("by", Actors.currentName()).param("j", filter.jurisdiction()).param("f", filter.field())
                .param("min", filter.minConfidence()).param("n", ids.size()).query(Long.class).single();
        if (!ids.isEmpty()) {
            jdbc.sql("""
                            update case_coding set status = 'ACCEPTED', decision = 'ACCEPTED', decided_by = :by, decided_at = now(), bulk_step_id = :s
                            where id in (:ids)""")
                    .param("by", Actors.currentName()).param("s", step).param("ids", ids).update();
            touchDecisionsOf(ids);
        }
        audit.record("cases.bulk_accept", "case-bulk-step:" + step, null,
                Map.of("filter", filter.describe(), "labels", ids.size()));
        return step(step);
    }

    /** Returns the values of a bulk step that nobody has decided on since to the suggestions. */
    @Transactional
    public BulkStep undo(long stepId) {
        BulkStep step = step(stepId);
        if (step.undoneBy() != null) {
            throw new ConflictException("Bulk step " + stepId + " was already undone by " + step.undoneBy());
        }
        List<Long> ids = jdbc.sql("select id from case_coding where bulk_step_id = :s for update").param("s", stepId).query(Long.class).list();
        if (!ids.isEmpty()) {
            jdbc.sql("""
                            update case_coding set status = 'SUGGESTED', decision = null, decided_by = null, decided_at = null, bulk_step_id = null
                            where id in (:ids)""").param("ids", ids).update();
            touchDecisionsOf(ids);
        }
        jdbc.sql("update case_bulk_step set undone_by = :by, undone_at = now(), restored = :n where id = :s")
                .param("by", Actors.currentName()).param("n", ids.size()).param("s", stepId).update();
        audit.record("cases.bulk_undo", "case-bulk-step:" + stepId, Map.of("labels", step.labels()), Map.of("restored", ids.size()));
        return step(stepId);
    }

    public BulkStep step(long id) {
        return jdbc.sql("select id, by_user, at, jurisdiction, field, min_confidence, labels, undone_by, restored from case_bulk_step where id = :id")
                .param("id", id)
                .query((rs, i) -> new BulkStep(rs.getLong(1), rs.getString(2), rs.getObject(3, java.time.OffsetDateTime.class),
                        trim(rs.getString(4)), rs.getString(5), rs.getDouble(6), rs.getLong(7), rs.getString(8), (Integer) rs.getObject(9)))
                .optional().orElseThrow(() -> new NotFoundException("No bulk step " + id + " on coded values"));
    }

    private void touchDecisionsOf(List<Long> codingIds) {
        jdbc.sql("""
                update court_decision set revision = nextval('court_decision_revision')
                where id in (select distinct decision_id from case_coding where id in (:ids))""").param("ids", codingIds).update();
        events.publishEvent(new DecisionsChanged());
    }

    private static void check(Filter filter) {
        if (!(filter.minConfidence() > 0) || filter.minConfidence() > 1) {
            throw new InvalidInputException("min_confidence", "min_confidence is required, above 0 and at most 1");
        }
    }

    private static Map<String, Object> params(Filter f) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("status", f.status());
        p.put("j", f.jurisdiction());
        p.put("f", f.field());
        p.put("min", f.minConfidence());
        p.put("doc", f.document());
        return p;
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
