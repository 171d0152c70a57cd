package org.palermo.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.palermo.accounts.Audit;
import org.palermo.documents.DocumentBatches;
import org.palermo.documents.NewDocument;
import org.palermo.documents.SourceType;
import org.palermo.system.CopyRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents and the facts extracted from them, stored a batch at a time in one transaction: the documents
 * through {@link DocumentBatches}, one extraction run per document and extractor version, and the facts of
 * the new runs streamed with COPY straight into the fact table as suggestions. A document whose run of that
 * extractor version is already stored gets nothing new, so loading the same batch twice changes nothing;
 * a new run supersedes the undecided suggestions of the document's earlier runs, as a re-extraction does.
 */
@Service
public class FactBatches {

    private static final MathContext FLOAT8 = new MathContext(15);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final DocumentBatches documents;
    private final Audit audit;
    private final JsonMapper json = JsonMapper.builder().build();

    FactBatches(JdbcClient jdbc, DataSource dataSource, DocumentBatches documents, Audit audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.documents = documents;
        this.audit = audit;
    }

    /** A fact to store with its contract JSON as it was written (null: written from {@code fact.data()}). */
    public record FactToStore(NewFact fact, String json) {
    }

    /**
     * One document's run: the facts one extractor version drew from it (possibly none). A document with
     * facts of two versions comes as two runs with the same document.
     */
    public record DocumentRun(NewDocument document, String extractor, List<FactToStore> facts) {
    }

    /** What a batch did. {@code runsUnchanged}: runs already stored, whose facts were left as they are. */
    public record BatchResult(int documents, int documentsCreated, int sourcesCreated, int runs, int runsUnchanged, int facts,
                              int superseded, int courtDecisions) {
    }

    /** Stores a batch in one transaction: all of it, or (on any failure) nothing. */
    @Transactional(rollbackFor = Exception.class)
    public BatchResult store(List<DocumentRun> batch) {
        // the reference checks read each statement's rows from a transition table: keep a batch's rows in memory
        jdbc.sql("set local work_mem = '128MB'").update();
        // Every statement planned for the tables as they are now: an import grows them by orders of magnitude on the
        // same pooled connections, and a cached generic plan made while they were small (the content-hash look-up as
        // a scan of the whole document table, the array searched element by element) took 11 s of a 142,100-fact
        // import into tables emptied after a first import (bench/facts). Planning a batch's dozen statements is nothing.
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        Map<String, NewDocument> distinct = new LinkedHashMap<>();
        for (DocumentRun r : batch) {
            distinct.putIfAbsent(r.document().key(), r.document());
        }
        DocumentBatches.StoredBatch stored = documents.store(new ArrayList<>(distinct.values()));
        // Court decisions are coded by the case-law module, never extracted: they get no run here.
        List<DocumentRun> runs = new ArrayList<>();
        int courtDecisions = 0;
        for (DocumentRun r : batch) {
            if (stored.byKey().get(r.document().key()).sourceType() == SourceType.COURT_DECISION) {
                courtDecisions++;
            } else if (r.extractor() != null) {
                runs.add(r);
            }
        }
        Map<String, Long> newRuns = insertRuns(runs, stored);
        int superseded = supersede(runs, stored, newRuns);
        int facts = copyFacts(runs, stored, newRuns);
        if (stored.documentsCreated() > 0 || !newRuns.isEmpty()) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("documents", distinct.size());
            after.put("documents_created", stored.documentsCreated());
            after.put("runs", newRuns.size());
            after.put("runs_unchanged", runs.size() - newRuns.size());
            after.put("facts", facts);
            after.put("superseded", superseded);
            audit.record("facts.import", "facts", null, after);
        }
        return new BatchResult(distinct.size(), stored.documentsCreated(), stored.sourcesCreated(), newRuns.size(),
                runs.size() - newRuns.size(), facts, superseded, courtDecisions);
    }

    private static String runKey(long documentId, String extractor) {
        return documentId + "\u0001" + extractor;
    }

    /**
     * Stores the runs that are not stored yet (a document created by this batch has none), copied with ids taken
     * from the sequence; returns their ids by document and extractor. A run another process stores meanwhile
     * fails the batch on the unique (document, extractor): storing the batch again then skips it.
     */
    private Map<String, Long> insertRuns(List<DocumentRun> runs, DocumentBatches.StoredBatch stored) {
        if (runs.isEmpty()) {
            return Map.of();
        }
        List<Long> known = new ArrayList<>();
        for (DocumentRun r : runs) {
            DocumentBatches.StoredDocument d = stored.byKey().get(r.document().key());
            if (!d.created()) {
                known.add(d.id());
            }
        }
        java.util.Set<String> existing = new java.util.HashSet<>();
        if (!known.isEmpty()) {
            jdbc.sql("select document_id, extractor from extraction_run where document_id = any(:documents)")
                    .param("documents", known.toArray(Long[]::new))
                    .query(rs -> {
                        existing.add(runKey(rs.getLong(1), rs.getString(2)));
                    });
        }
        Map<String, DocumentRun> fresh = new LinkedHashMap<>();
        for (DocumentRun r : runs) {
            String key = runKey(stored.byKey().get(r.document().key()).id(), r.extractor());
            if (!existing.contains(key)) {
                fresh.putIfAbsent(key, r);
            }
        }
        if (fresh.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = jdbc.sql("select nextval('extraction_run_id_seq') from generate_series(1, :n)").param("n", fresh.size())
                .query(Long.class).list();
        Map<String, Long> added = new HashMap<>();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (CopyRows rows = CopyRows.start(connection, "copy extraction_run (id, document_id, extractor, facts) from stdin")) {
            int i = 0;
            for (Map.Entry<String, DocumentRun> e : fresh.entrySet()) {
                long id = ids.get(i++);
                rows.number(id).number(stored.byKey().get(e.getValue().document().key()).id()).text(e.getValue().extractor())
                        .number(e.getValue().facts().size());
                rows.endRow();
                added.put(e.getKey(), id);
            }
            rows.finish();
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return added;
    }

    /** A new run of a document stored before supersedes its earlier runs' undecided suggestions. */
    private int supersede(List<DocumentRun> runs, DocumentBatches.StoredBatch stored, Map<String, Long> newRuns) {
        List<Long> documentIds = new ArrayList<>();
        List<Long> runIds = new ArrayList<>();
        for (DocumentRun r : runs) {
            DocumentBatches.StoredDocument d = stored.byKey().get(r.document().key());
            Long run = newRuns.get(runKey(d.id(), r.extractor()));
            if (run != null && !d.created()) {
                documentIds.add(d.id());
                runIds.add(run);
            }
        }
        if (documentIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                        update fact f set status = 'SUPERSEDED'
                        from unnest(:documents, :runs) as n(document_id, run_id)
                        where f.document_id = n.document_id and f.status = 'SUGGESTED' and f.run_id is not null
                          and f.run_id <> n.run_id""")
                .param("documents", documentIds.toArray(Long[]::new)).param("runs", runIds.toArray(Long[]::new)).update();
    }

    private int copyFacts(List<DocumentRun> runs, DocumentBatches.StoredBatch stored, Map<String, Long> newRuns) {
        if (newRuns.isEmpty()) {
            return 0;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        java.util.Set<Long> written = new java.util.HashSet<>();
        try (CopyRows rows = CopyRows.start(connection, """
                copy fact (run_id, document_id, source_id, type, country, org, role, counterpart, forms, victim_groups,
                           metric, value, qualifier, unit, period_from, period_to, event, event_date, year,
                           quote, start_offset, end_offset, paragraph, confidence, rule, extractor, data) from stdin""")) {
            for (DocumentRun r : runs) {
                DocumentBatches.StoredDocument d = stored.byKey().get(r.document().key());
                Long run = newRuns.get(runKey(d.id(), r.extractor()));
                if (run == null || !written.add(run)) {
                    // two keys with the same content are one document: its run is written once
                    continue;
                }
                for (FactToStore s : r.facts()) {
                    NewFact f = s.fact();
                    rows.number(run).number(d.id()).number(d.sourceId()).text(f.type()).text(f.country()).text(f.org())
                            .text(f.role()).text(f.counterpart()).textArray(f.forms()).textArray(f.victimGroups())
                            .text(f.metric()).number(numeric(f.value())).text(f.qualifier()).text(f.unit())
                            .text(f.periodFrom()).text(f.periodTo()).text(f.event()).text(f.eventDate()).number(f.year())
                            .text(f.quote()).number(f.start()).number(f.end()).text(f.paragraph())
                            .number((float) Math.max(0, Math.min(1, f.confidence()))).text(f.rule()).text(f.extractor())
                            .text(s.json() != null ? s.json() : json.writeValueAsString(f.data() == null ? Map.of() : f.data()));
                    rows.endRow();
                }
            }
            return Math.toIntExact(rows.finish());
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The value as PostgreSQL turns a double into numeric (15 significant digits), as {@link Facts} stores it. */
    static BigDecimal numeric(Double value) {
        return value == null ? null : new BigDecimal(value, FLOAT8).stripTrailingZeros();
    }
}
