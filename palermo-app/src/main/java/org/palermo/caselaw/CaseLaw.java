package org.palermo.caselaw;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.coding.CaseCoder;
import org.palermo.coding.CaseLabels;
import org.palermo.coding.CodedCase;
import org.palermo.coding.Evidence;
import org.palermo.coding.LabelConfidence;
import org.palermo.documents.Documents;
import org.palermo.documents.IngestResult;
import org.palermo.documents.SourceType;
import org.palermo.documents.Upload;
import org.palermo.reference.Countries;
import org.palermo.system.InvalidInputException;
import org.palermo.system.NotFoundException;
import org.palermo.documents.UnreadableDocumentException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case-law database: court decisions, their text (a COURT_DECISION document, so paragraphs and
 * offsets work as for any document) and their coding, value by value with who it came from.
 * Importing is one transaction per decision: the document, the decision, its coding and its audit
 * row land together or not at all. A decision that arrives without human coding is coded by the
 * automatic coder, whose values are kept as suggestions with their quotes until a reviewer decides.
 */
@Service
public class CaseLaw {

    /** Source the bundled and imported decisions are filed under when the caller names none. */
    public static final String DEFAULT_SOURCE = "Court decisions (imported)";

    private final JdbcClient jdbc;
    private final Documents documents;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private volatile CaseCoder coder;

    CaseLaw(JdbcClient jdbc, Documents documents, Audit audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
    }

    // ---- import ----

    /**
     * Stores one decision, or updates the one imported under the same key. The same record again
     * changes nothing (status UNCHANGED).
     */
    @Transactional(rollbackFor = Exception.class)
    public ImportOutcome importDecision(NewDecision d, String sourceName) throws BadCaseLineException {
        if (d.jurisdiction() != null && !Countries.bundled().isKnown(d.jurisdiction())) {
            throw new BadCaseLineException("unknown jurisdiction '" + d.jurisdiction() + "' (not an ISO 3166-1 alpha-3 code)");
        }
        String hash = CaseFiles.sha256(d.toString());
        record Existing(long id, String hash, long documentId) {
        }
        Optional<Existing> existing = jdbc.sql("select id, content_sha256, document_id from court_decision where case_key = :k for update")
                .param("k", d.key()).query((rs, i) -> new Existing(rs.getLong(1), rs.getString(2), rs.getLong(3))).optional();
        if (existing.isPresent() && existing.get().hash().equals(hash)) {
            return new ImportOutcome(d.key(), "UNCHANGED", null, 0);
        }
        DecisionDate date = DecisionDate.read(d.dateText(), d.jurisdiction(), LocalDate.now());
        IngestResult doc;
        try {
            doc = documents.ingest(new Upload(d.key().replaceAll("[^A-Za-z0-9._-]", "_") + ".txt",
                    d.text().getBytes(StandardCharsets.UTF_8), SourceType.COURT_DECISION,
                    sourceName == null ? DEFAULT_SOURCE : sourceName, d.jurisdiction()));
        } catch (UnreadableDocumentException e) {
            throw new BadCaseLineException("text: " + e.reason());
        }
        if (doc.created()) {
            documents.retitle(doc.documentId(), d.name() == null ? d.key() : d.name());
        }
        long id;
        boolean textChanged = existing.isEmpty() || existing.get().documentId() != doc.documentId();
        var sql = existing.isPresent()
                ? jdbc.sql("""
                        update court_decision set jurisdiction = :j, court = :court, name = :name, case_number = :num,
                            decision_date = :date, decision_year = :year, decision_date_text = :dtext, date_warning = :warn,
                            level = :level, outcome = :outcome, sentences = :sentences, source_url = :url,
                            document_id = :doc, human_coded = :human, content_sha256 = :hash,
                            revision = nextval('court_decision_revision'), imported_at = now(), imported_by = :by
                        where id = :id returning id""").param("id", existing.get().id())
                : jdbc.sql("""
                        insert into court_decision (case_key, jurisdiction, court, name, case_number, decision_date,
                            decision_year, decision_date_text, date_warning, level, outcome, sentences, source_url,
                            document_id, human_coded, content_sha256, imported_by)
                        values (:key, :j, :court, :name, :num, :date, :year, :dtext, :warn, :level, :outcome, :sentences,
                            :url, :doc, :human, :hash, :by) returning id""").param("key", d.key());
        id = sql.param("j", d.jurisdiction()).param("court", d.court()).param("name", d.name()).param("num", d.caseNumber())
                .param("date", date.date()).param("year", date.year()).param("dtext", date.text()).param("warn", date.warning())
                .param("level", d.level()).param("outcome", d.outcome()).param("sentences", d.sentences())
                .param("url", d.sourceUrl()).param("doc", doc.documentId()).param("human", d.humanCoding() != null)
                .param("hash", hash).param("by", Actors.currentName())
                .query(Long.class).single();

        if (existing.isPresent()) {
            // Human decisions by reviewers stay; what the file or the coder said before is replaced.
            jdbc.sql("""
                    delete from case_coding where decision_id = :id
                      and (origin = 'IMPORTED' or status = 'SUGGESTED' or (origin = 'CODER' and :textChanged))""")
                    .param("id", id).param("textChanged", textChanged).update();
        }
        Set<CodingField> decided = decidedFields(id);
        int suggestions = 0;
        if (d.humanCoding() != null) {
            for (Map.Entry<CodingField, List<String>> e : d.humanCoding().entrySet()) {
                if (!decided.contains(e.getKey())) {
                    for (String value : e.getValue()) {
                        insert(id, e.getKey(), value, "IMPORTED", "ACCEPTED", null);
                    }
                }
            }
        } else {
            String text = documents.plainText(doc.documentId());
            for (Suggestion s : suggest(d.key(), text)) {
                if (!decided.contains(s.field())) {
                    insert(id, s.field(), s.value(), "CODER", "SUGGESTED", s.evidence());
                    suggestions++;
                }
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("case", d.key());
        after.put("document", doc.documentId());
        after.put("human_coded", d.humanCoding() != null);
        after.put("suggestions", suggestions);
        if (date.warning() != null) {
            after.put("date_warning", date.warning());
        }
        audit.record(existing.isPresent() ? "case.update" : "case.import", "case:" + d.key(),
                existing.map(e -> Map.of("sha256", e.hash())).orElse(null), after);
        events.publishEvent(new DecisionsChanged());
        if (suggestions > 0) {
            events.publishEvent(new DecisionCoded(d.key(), id, doc.documentId(), suggestions));
        }
        String warning = date.warning() == null ? null : "'" + date.text() + "': " + date.warning();
        return new ImportOutcome(d.key(), existing.isPresent() ? "UPDATED" : "CREATED", warning, suggestions);
    }

    /**
     * A COURT_DECISION document ingested on its own (not through a case import) becomes a decision
     * too, coded by the automatic coder. Runs after the ingesting transaction committed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, rollbackFor = Exception.class)
    public Optional<ImportOutcome> adoptDocument(long documentId, String country) {
        boolean known = jdbc.sql("select exists (select 1 from court_decision where document_id = :d)")
                .param("d", documentId).query(Boolean.class).single();
        if (known) {
            return Optional.empty();
        }
        var doc = documents.get(documentId);
        String text = documents.plainText(documentId);
        String source = doc.source() == null ? DEFAULT_SOURCE : doc.source().name();
        try {
            return Optional.of(importDecision(new NewDecision("doc-" + documentId, country, null, doc.title(), null, null, null,
                    null, null, null, text, null, null), source));
        } catch (BadCaseLineException e) {
            throw new InvalidInputException("document", e.getMessage());
        }
    }

    private record Suggestion(CodingField field, String value, Evidence evidence) {
    }

    private List<Suggestion> suggest(String key, String text) {
        CodedCase coded = coder().code(key, text);
        CaseLabels l = coded.labels();
        List<Suggestion> out = new ArrayList<>();
        addAll(out, coded, text, CodingField.ACTS, l.acts() == null ? null : l.acts().stream().map(Enum::name).toList());
        addAll(out, coded, text, CodingField.MEANS, l.means() == null ? null : l.means().stream().map(Enum::name).toList());
        addAll(out, coded, text, CodingField.PURPOSES, l.purposes() == null ? null : l.purposes().stream().map(Enum::name).toList());
        add(out, coded, text, CodingField.FORM, l.form() == null ? null : l.form().name());
        add(out, coded, text, CodingField.ORGANIZED_CRIMINAL_GROUP, l.organizedCriminalGroup());
        add(out, coded, text, CodingField.VICTIMS, l.victims());
        if (l.victims() != null) {
            add(out, coded, text, CodingField.VICTIMS_IS_MINIMUM, l.victimsIsMinimum());
        }
        add(out, coded, text, CodingField.MINORS_INVOLVED, l.minorsInvolved());
        add(out, coded, text, CodingField.FEMALE_VICTIMS, l.femaleVictims());
        add(out, coded, text, CodingField.MALE_VICTIMS, l.maleVictims());
        add(out, coded, text, CodingField.FEMALE_DEFENDANTS, l.femaleDefendants());
        add(out, coded, text, CodingField.MALE_DEFENDANTS, l.maleDefendants());
        addAll(out, coded, text, CodingField.SECTORS, l.sectors());
        addAll(out, coded, text, CodingField.VICTIM_NATIONALITIES, l.victimNationalities());
        addAll(out, coded, text, CodingField.DEFENDANT_NATIONALITIES, l.defendantNationalities());
        return out;
    }

    private static void addAll(List<Suggestion> out, CodedCase coded, String text, CodingField field, List<String> values) {
        if (values != null) {
            for (String v : values) {
                Evidence e = coded.evidence().getOrDefault(field.json() + "." + v, values.size() == 1 ? coded.evidence().get(field.json()) : null);
                out.add(new Suggestion(field, field.normalise(v), exact(e, text)));
            }
        }
    }

    private static void add(List<Suggestion> out, CodedCase coded, String text, CodingField field, Object value) {
        if (value != null) {
            out.add(new Suggestion(field, field.normalise(value.toString()), exact(coded.evidence().get(field.json()), text)));
        }
    }

    /** A quote is kept only if it is exactly the text at its offsets: never a quote pointing elsewhere. */
    private static Evidence exact(Evidence e, String text) {
        if (e == null || e.start() < 0 || e.end() > text.length() || e.start() > e.end()
                || !text.substring(e.start(), e.end()).equals(e.quote())) {
            return null;
        }
        return e;
    }

    private CaseCoder coder() {
        CaseCoder c = coder;
        if (c == null) {
            synchronized (this) {
                if (coder == null) {
                    coder = new CaseCoder();
                }
                c = coder;
            }
        }
        return c;
    }

    private Set<CodingField> decidedFields(long decisionId) {
        Set<CodingField> out = EnumSet.noneOf(CodingField.class);
        jdbc.sql("select distinct field from case_coding where decision_id = :id and (origin = 'REVIEWED' or decided_by is not null and origin = 'CODER')")
                .param("id", decisionId).query(String.class).list()
                .forEach(f -> CodingField.byJson(f).ifPresent(out::add));
        return out;
    }

    private void insert(long decisionId, CodingField field, String value, String origin, String status, Evidence e) {
        boolean coder = origin.equals("CODER");
        jdbc.sql("""
                        insert into case_coding (decision_id, field, value, origin, status, quote, start_offset, end_offset, decided_by, decided_at,
                                                 rule, coder, confidence)
                        values (:d, :f, :v, :o, :s, :q, :start, :end, :by, case when cast(:by as text) is null then null else now() end,
                                :rule, :coder, :conf)""")
                .param("d", decisionId).param("f", field.json()).param("v", value).param("o", origin).param("s", status)
                .param("q", e == null ? null : e.quote()).param("start", e == null ? null : e.start())
                .param("end", e == null ? null : e.end())
                .param("by", coder ? null : Actors.currentName())
                .param("rule", coder ? LabelConfidence.rule(field.json()) : null)
                .param("coder", coder ? LabelConfidence.CODER : null)
                .param("conf", coder ? LabelConfidence.of(field.json()) : null)
                .update();
    }

    // ---- review ----

    /** A reviewer accepts a value the coder suggested. */
    @Transactional
    public CodedValue accept(String key, long codingId) {
        return decide(key, codingId, "ACCEPTED");
    }

    /** A reviewer rejects a value (suggested or not): it no longer counts. */
    @Transactional
    public CodedValue reject(String key, long codingId) {
        return decide(key, codingId, "REJECTED");
    }

    /**
     * A reviewer sets a field: every value that counted for it is rejected and {@code values} take their
     * place (none: the field is unknown).
     */
    @Transactional
    public List<CodedValue> correct(String key, String fieldName, List<String> values) {
        long id = decisionId(key);
        CodingField field = CodingField.byJson(fieldName)
                .orElseThrow(() -> new InvalidInputException("field", "Unknown coded field '" + fieldName + "'"));
        List<String> normalised = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            try {
                String n = field.normalise(v);
                if (!normalised.contains(n)) {
                    normalised.add(n);
                }
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("values", e.getMessage());
            }
        }
        if (!field.isList() && normalised.size() > 1) {
            throw new InvalidInputException("values", field.json() + " takes one value");
        }
        List<CodedValue> before = coding(id).stream().filter(c -> c.field().equals(field.json()) && c.counts()).toList();
        // The coder's values this correction keeps count as accepted, the others as corrected (for each rule's accuracy).
        jdbc.sql("""
                update case_coding set status = 'REJECTED', decided_by = :by, decided_at = now(), bulk_step_id = null,
                       decision = case when origin <> 'CODER' then decision when value in (:values) then 'ACCEPTED' else 'CORRECTED' end
                where decision_id = :id and field = :f and status <> 'REJECTED'""")
                .param("by", Actors.currentName()).param("id", id).param("f", field.json())
                .param("values", normalised.isEmpty() ? List.of("") : normalised).update();
        for (String v : normalised) {
            insert(id, field, v, "REVIEWED", "ACCEPTED", null);
        }
        touch(id);
        audit.record("case.coding.correct", "case:" + key, Map.of("field", field.json(), "values", before.stream().map(CodedValue::value).toList()),
                Map.of("field", field.json(), "values", normalised));
        return coding(id).stream().filter(c -> c.field().equals(field.json())).toList();
    }

    private CodedValue decide(String key, long codingId, String status) {
        long id = decisionId(key);
        CodedValue before = coding(id).stream().filter(c -> c.id() == codingId).findFirst()
                .orElseThrow(() -> new NotFoundException("Decision " + key + " has no coded value " + codingId));
        jdbc.sql("""
                update case_coding set status = :s, decided_by = :by, decided_at = now(), bulk_step_id = null,
                       decision = case when origin = 'CODER' then :s else decision end
                where id = :c""")
                .param("s", status).param("by", Actors.currentName()).param("c", codingId).update();
        touch(id);
        audit.record("case.coding." + status.toLowerCase(java.util.Locale.ROOT), "case:" + key + "/coding:" + codingId,
                Map.of("status", before.status()), Map.of("status", status, "field", before.field(), "value", before.value()));
        return coding(id).stream().filter(c -> c.id() == codingId).findFirst().orElseThrow();
    }

    private void touch(long decisionId) {
        jdbc.sql("update court_decision set revision = nextval('court_decision_revision') where id = :id").param("id", decisionId).update();
        events.publishEvent(new DecisionsChanged());
    }

    private long decisionId(String key) {
        return jdbc.sql("select id from court_decision where case_key = :k").param("k", key).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("No decision with id " + key));
    }

    // ---- reading ----

    public Optional<DecisionView> find(String key) {
        return jdbc.sql("""
                        select d.id, d.case_key, d.jurisdiction, d.court, d.name, d.case_number, d.decision_date, d.decision_year,
                               d.decision_date_text, d.date_warning, d.level, d.outcome, d.sentences, d.source_url, d.document_id,
                               d.human_coded, doc.plain_text
                        from court_decision d join document doc on doc.id = d.document_id
                        where d.case_key = :k""")
                .param("k", key)
                .query((rs, i) -> new DecisionView(rs.getString(2), trim(rs.getString(3)), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, LocalDate.class), (Integer) rs.getObject(8), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                        rs.getLong(15), rs.getBoolean(16), rs.getString(17), coding(rs.getLong(1))))
                .optional();
    }

    public DecisionView get(String key) {
        return find(key).orElseThrow(() -> new NotFoundException("No decision with id " + key));
    }

    /** Decisions per jurisdiction, most first (decisions without a jurisdiction are left out). */
    public List<CountryCaseCount> countsByCountry() {
        return jdbc.sql("""
                        select jurisdiction, count(*) from court_decision where jurisdiction is not null
                        group by jurisdiction order by count(*) desc, jurisdiction""")
                .query((rs, i) -> new CountryCaseCount(rs.getString(1).strip(), rs.getLong(2))).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from court_decision").query(Long.class).single();
    }

    List<CodedValue> coding(long decisionId) {
        return jdbc.sql("""
                        select id, field, value, origin, status, quote, start_offset, end_offset, decided_by, rule, confidence, decision
                        from case_coding where decision_id = :id order by id""")
                .param("id", decisionId).query(CaseLaw::codedValue).list();
    }

    private static CodedValue codedValue(ResultSet rs, int i) throws SQLException {
        return new CodedValue(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), (Integer) rs.getObject(7), (Integer) rs.getObject(8), rs.getString(9), rs.getString(10),
                rs.getObject(11) == null ? null : rs.getDouble(11), rs.getString(12));
    }

    // ---- for the search index ----

    /** Changes whenever a decision or its coding changes. */
    String fingerprint() {
        return jdbc.sql("select count(*) || ':' || coalesce(max(revision), 0) || ':' || coalesce(sum(revision), 0) from court_decision")
                .query(String.class).single();
    }

    Map<String, Long> revisions() {
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("select case_key, revision from court_decision").query((rs, i) -> out.put(rs.getString(1), rs.getLong(2))).list();
        return out;
    }

    List<IndexedDecision> forIndex(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        record Row(long id, String key, long revision, String jurisdiction, String court, String name, LocalDate date,
                   Integer year, String dateText, String level, String text) {
        }
        List<Row> rows = jdbc.sql("""
                        select d.id, d.case_key, d.revision, d.jurisdiction, d.court, d.name, d.decision_date, d.decision_year,
                               d.decision_date_text, d.level, doc.plain_text
                        from court_decision d join document doc on doc.id = d.document_id
                        where d.case_key in (:keys)""")
                .param("keys", List.copyOf(keys))
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), trim(rs.getString(4)), rs.getString(5),
                        rs.getString(6), rs.getObject(7, LocalDate.class), (Integer) rs.getObject(8), rs.getString(9),
                        rs.getString(10), rs.getString(11)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String[]>> coding = new HashMap<>();
        jdbc.sql("select decision_id, field, value, status from case_coding where decision_id in (:ids) and status <> 'REJECTED' order by id")
                .param("ids", rows.stream().map(Row::id).toList())
                .query((rs, i) -> coding.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)}))
                .list();
        List<IndexedDecision> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(new IndexedDecision(r.key(), r.revision(), r.jurisdiction(), r.court(), r.name(), r.date(), r.year(),
                    r.dateText(), r.level(), r.text(), facets(r.jurisdiction(), r.year(), r.level(), coding.getOrDefault(r.id(), List.of()))));
        }
        return out;
    }

    /** The facet values of one decision; the number of victims goes into ranges. */
    static Map<String, List<String>> facets(String jurisdiction, Integer year, String level, List<String[]> coding) {
        Map<String, List<String>> f = new LinkedHashMap<>();
        if (jurisdiction != null) {
            f.put("jurisdiction", List.of(jurisdiction));
        }
        if (year != null) {
            f.put("year", List.of(year.toString()));
        }
        if (level != null) {
            f.put("level", List.of(level));
        }
        boolean suggested = false;
        for (String[] c : coding) {
            String value = c[0].equals("victims") ? victimsRange(Integer.parseInt(c[1])) : c[1];
            List<String> values = f.computeIfAbsent(c[0], k -> new ArrayList<>());
            if (!values.contains(value)) {
                values.add(value);
            }
            suggested |= "SUGGESTED".equals(c[2]);
        }
        f.put("coding", List.of(coding.isEmpty() ? "NONE" : suggested ? "SUGGESTED" : "HUMAN"));
        return f;
    }

    static String victimsRange(int n) {
        if (n <= 1) {
            return n == 0 ? "0" : "1";
        }
        if (n <= 5) {
            return "2-5";
        }
        if (n <= 20) {
            return "6-20";
        }
        return n <= 100 ? "21-100" : "over 100";
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }
}
