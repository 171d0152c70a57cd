package org.palermo.facts;

import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.system.CopyRows;
import org.palermo.system.InvalidInputException;
import org.palermo.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Facts and their review. Extracted facts are suggestions until a reviewer accepts, corrects or
 * rejects them; who decided and when is kept in {@code fact_decision}. A newer extractor adds a new
 * run; suggestions of older runs that nobody reviewed are superseded, reviewed facts never change.
 */
@Service
public class Facts {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Audit audit;
    private final JsonMapper json = JsonMapper.builder().build();

    Facts(JdbcClient jdbc, DataSource dataSource, Audit audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /**
     * Stores one extraction run of a document as suggestions. Running the same extractor version
     * on the same document again changes nothing; returns the number of facts stored.
     */
    @Transactional
    public int storeRun(long documentId, long sourceId, String extractor, List<NewFact> facts) {
        Long runId = jdbc.sql("""
                        insert into extraction_run (document_id, extractor, facts) values (:d, :e, :n)
                        on conflict (document_id, extractor) do nothing returning id""")
                .param("d", documentId).param("e", extractor).param("n", facts.size())
                .query(Long.class).optional().orElse(null);
        if (runId == null) {
            return 0;
        }
        int superseded = jdbc.sql("""
                        update fact set status = 'SUPERSEDED'
                        where document_id = :d and status = 'SUGGESTED' and run_id is not null and run_id <> :r""")
                .param("d", documentId).param("r", runId).update();
        insert(runId, documentId, sourceId, "SUGGESTED", facts);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("extractor", extractor);
        after.put("facts", facts.size());
        after.put("superseded", superseded);
        audit.record("facts.extract", "document:" + documentId, null, after);
        return facts.size();
    }

    /** What a re-extraction did: suggestions the run now has, how many of them are new, how many were superseded. */
    public record Rerun(int suggestions, int added, int superseded) {
    }

    /**
     * Runs extraction again for a document. Reviewed facts are kept and a suggestion that repeats one
     * (same type, quote and offsets, same claim) is left out. A suggestion the same extractor version
     * produces again, identically, stays as it is; every other unreviewed suggestion of earlier runs is
     * superseded and the run's new suggestions are added. Running it twice therefore changes nothing.
     */
    @Transactional
    public Rerun replaceRun(long documentId, long sourceId, String extractor, List<NewFact> facts) {
        long runId = jdbc.sql("""
                        insert into extraction_run (document_id, extractor, facts) values (:d, :e, :n)
                        on conflict (document_id, extractor) do update set started_at = now(), facts = excluded.facts
                        returning id""")
                .param("d", documentId).param("e", extractor).param("n", facts.size()).query(Long.class).single();
        Set<String> reviewed = new HashSet<>(jdbc.sql("""
                        select concat_ws('|', type, start_offset, end_offset, coalesce(metric, ''),
                                         coalesce(trim_scale(value)::text, ''), coalesce(role, ''),
                                         coalesce(trim(counterpart), ''), coalesce(event, '')) from fact
                        where document_id = :d and status in ('ACCEPTED', 'CORRECTED', 'REJECTED')""")
                .param("d", documentId).query(String.class).list());
        Map<Object, ArrayDeque<Long>> standing = new HashMap<>();
        jdbc.sql("select id, data::text from fact where run_id = :r and status = 'SUGGESTED'")
                .param("r", runId)
                .query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list()
                .forEach(e -> standing.computeIfAbsent(json.readValue(e.getValue(), Object.class),
                        k -> new ArrayDeque<>()).add(e.getKey()));
        List<Long> kept = new ArrayList<>();
        List<NewFact> fresh = new ArrayList<>();
        for (NewFact f : facts) {
            if (reviewed.contains(identity(f))) {
                continue;
            }
            ArrayDeque<Long> same = standing.get(comparable(f));
            if (same != null && !same.isEmpty()) {
                kept.add(same.poll());
            } else {
                fresh.add(f);
            }
        }
        int superseded = jdbc.sql("""
                        update fact set status = 'SUPERSEDED'
                        where document_id = :d and status = 'SUGGESTED' and run_id is not null and id <> all(:kept)""")
                .param("d", documentId).param("kept", kept.toArray(Long[]::new)).update();
        jdbc.sql("delete from extraction_run r where document_id = :d and id <> :r "
                        + "and not exists (select 1 from fact f where f.run_id = r.id)")
                .param("d", documentId).param("r", runId).update();
        insert(runId, documentId, sourceId, "SUGGESTED", fresh);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("extractor", extractor);
        after.put("added", fresh.size());
        after.put("unchanged", kept.size());
        after.put("superseded", superseded);
        after.put("kept_reviewed", facts.size() - fresh.size() - kept.size());
        audit.record("facts.reextract", "document:" + documentId, null, after);
        return new Rerun(kept.size() + fresh.size(), fresh.size(), superseded);
    }

    /** A new fact's contract JSON as it reads back from the database, for comparing with a stored one. */
    private Object comparable(NewFact f) {
        return json.readValue(json.writeValueAsString(f.data() == null ? Map.of() : f.data()), Object.class);
    }

    /** What makes two facts the same claim: type, quote offsets and the claim itself. */
    private static String identity(NewFact f) {
        String value = f.value() == null ? "" : java.math.BigDecimal.valueOf(f.value()).stripTrailingZeros().toPlainString();
        return String.join("|", f.type(), String.valueOf(f.start()), String.valueOf(f.end()),
                f.metric() == null ? "" : f.metric(), value, f.role() == null ? "" : f.role(),
                f.counterpart() == null ? "" : f.counterpart(), f.event() == null ? "" : f.event());
    }

    /** Stores curated facts (from a research data set or a reviewed import) as accepted. */
    @Transactional
    public int storeCurated(long sourceId, Long documentId, List<NewFact> facts) {
        insert(null, documentId, sourceId, "ACCEPTED", facts);
        audit.record("facts.import", "source:" + sourceId, null, Map.of("facts", facts.size()));
        return facts.size();
    }

    public List<FactRow> find(FactQuery q) {
        return jdbc.sql(FactRow.SELECT + """
                         where (:document < 0 or f.document_id = :document)
                           and (:country = '' or f.country = :country or f.counterpart = :country)
                           and (:type = '' or f.type = :type)
                           and (:status = '' or f.status = :status)
                           and f.confidence >= cast(:minConfidence as real)
                         order by f.document_id, f.start_offset nulls last, f.id
                         limit :limit offset :offset""")
                .param("document", q.document() == null ? -1 : q.document())
                .param("country", q.country() == null ? "" : q.country())
                .param("type", q.type() == null ? "" : q.type())
                .param("status", q.status() == null ? "" : q.status())
                .param("minConfidence", q.minConfidence())
                .param("limit", Math.max(1, Math.min(q.limit(), 1000)))
                .param("offset", Math.max(0, q.offset()))
                .query(FactRow::map).list();
    }

    public FactRow get(long id) {
        return jdbc.sql(FactRow.SELECT + " where f.id = :id").param("id", id).query(FactRow::map).optional()
                .orElseThrow(() -> new NotFoundException("No fact with id " + id));
    }

    /** Counts by status, for the queue's header. */
    public Map<String, Integer> countsByStatus() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("select status, count(*) from fact where run_id is not null group by status order by status")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        return counts;
    }

    /**
     * A reviewer's decision. {@code corrections} (for CORRECT) may change any field of CONTRACTS.md §2
     * except provenance; the fact before and after is kept with the decision.
     */
    @Transactional
    public FactRow decide(long id, Decision decision, Map<String, Object> corrections, String comment) {
        FactRow before = get(id);
        String status = switch (decision) {
            case ACCEPT -> "ACCEPTED";
            case REJECT -> "REJECTED";
            case CORRECT -> "CORRECTED";
            case REOPEN -> "SUGGESTED";
        };
        if (decision == Decision.CORRECT) {
            applyCorrections(id, corrections == null ? Map.of() : corrections);
        }
        // a decision made one by one replaces any bulk acceptance: the fact is no longer the bulk step's to undo
        jdbc.sql("update fact set status = :s, bulk_step_id = null where id = :id").param("s", status).param("id", id).update();
        FactRow after = get(id);
        jdbc.sql("""
                        insert into fact_decision (fact_id, decision, by_user, before, after, comment)
                        values (:f, :d, :by, cast(:b as jsonb), cast(:a as jsonb), :c)""")
                .param("f", id).param("d", decision.name()).param("by", Actors.currentName())
                .param("b", json.writeValueAsString(before)).param("a", json.writeValueAsString(after))
                .param("c", comment).update();
        audit.record("fact." + decision.name().toLowerCase(), "fact:" + id, before, after);
        return after;
    }

    public List<FactDecision> decisions(long factId) {
        return jdbc.sql("select decision, by_user, at, comment from fact_decision where fact_id = :f order by id")
                .param("f", factId)
                .query((rs, i) -> new FactDecision(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4)))
                .list();
    }

    public record FactDecision(String decision, String by, java.time.Instant at, String comment) {
    }

    private void applyCorrections(long id, Map<String, Object> c) {
        Map<String, String> columns = Map.ofEntries(
                Map.entry("country", "country"), Map.entry("org", "org"), Map.entry("role", "role"),
                Map.entry("counterpart", "counterpart"), Map.entry("metric", "metric"), Map.entry("qualifier", "qualifier"),
                Map.entry("unit", "unit"), Map.entry("period_from", "period_from"), Map.entry("period_to", "period_to"),
                Map.entry("event", "event"), Map.entry("date", "event_date"), Map.entry("year", "year"),
                Map.entry("value", "value"));
        for (Map.Entry<String, Object> e : c.entrySet()) {
            String column = columns.get(e.getKey());
            if (column == null && !e.getKey().equals("forms") && !e.getKey().equals("victim_groups")) {
                throw new InvalidInputException(e.getKey(), "Field '" + e.getKey() + "' cannot be corrected");
            }
            Object v = e.getValue() instanceof String s && s.isBlank() ? null : e.getValue();
            FactVocabulary.check(e.getKey(), v);
            if (column == null) {
                List<String> values = v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
                jdbc.sql("update fact set " + (e.getKey().equals("forms") ? "forms" : "victim_groups") + " = :v where id = :id")
                        .param("v", values.toArray(String[]::new)).param("id", id).update();
            } else if (column.equals("value") || column.equals("year")) {
                Number n = v == null ? null : v instanceof Number num ? num : parseNumber(e.getKey(), v.toString());
                jdbc.sql("update fact set " + column + " = :v where id = :id")
                        .param("v", n == null ? null : column.equals("year") ? (Object) n.intValue() : (Object) n.doubleValue())
                        .param("id", id).update();
            } else {
                jdbc.sql("update fact set " + column + " = :v where id = :id").param("v", v == null ? null : v.toString())
                        .param("id", id).update();
            }
        }
    }

    private static Number parseNumber(String field, String s) {
        try {
            return Double.parseDouble(s.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "'" + s + "' is not a number");
        }
    }

    /** Stores facts with one COPY: one statement, so the fact table's checks run once, not once per fact. */
    private void insert(Long runId, Long documentId, long sourceId, String status, List<NewFact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (CopyRows rows = CopyRows.start(c, """
                copy fact (run_id, document_id, source_id, type, country, org, role, counterpart, forms, victim_groups,
                           metric, value, qualifier, unit, period_from, period_to, event, event_date, year,
                           quote, start_offset, end_offset, paragraph, confidence, rule, extractor, data, status) from stdin""")) {
            for (NewFact f : facts) {
                rows.number(runId).number(documentId).number(sourceId).text(f.type()).text(f.country()).text(f.org())
                        .text(f.role()).text(f.counterpart()).textArray(f.forms()).textArray(f.victimGroups())
                        .text(f.metric()).number(FactBatches.numeric(f.value())).text(f.qualifier()).text(f.unit())
                        .text(f.periodFrom()).text(f.periodTo()).text(f.event()).text(f.eventDate()).number(f.year())
                        .text(f.quote()).number(f.start()).number(f.end()).text(f.paragraph())
                        .number((float) Math.max(0, Math.min(1, f.confidence()))).text(f.rule()).text(f.extractor())
                        .text(json.writeValueAsString(f.data() == null ? Map.of() : f.data())).text(status);
                rows.endRow();
            }
            rows.finish();
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }



}
