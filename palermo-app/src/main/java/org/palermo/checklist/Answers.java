package org.palermo.checklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.accounts.Principal;
import org.palermo.documents.DocumentDetail;
import org.palermo.documents.DocumentParagraph;
import org.palermo.documents.Documents;
import org.palermo.reference.Countries;
import org.palermo.reference.Country;
import org.palermo.system.ConflictException;
import org.palermo.system.InvalidInputException;
import org.palermo.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A country's answers in a round: saved by its focal point (or an analyst), each change one audit row with
 * the answer before and after, in the same transaction. Reads show what the reader may see ({@link Visibility}).
 */
@Service
public class Answers {

    /** One answer as sent: the measure's key in the round's version, a status, and optionally the rest. */
    public record Input(String measure, String status, String evidence, @JsonProperty("ta_needs") String taNeeds,
                        String obstacles, Boolean submit) {
    }

    /** An answer as kept. */
    public record Answer(String status, @JsonProperty("status_label") String statusLabel, Evidence evidence,
                         @JsonProperty("ta_needs") String taNeeds, String obstacles, boolean submitted, int revision,
                         @JsonProperty("updated_by") String updatedBy, @JsonProperty("updated_at") Instant updatedAt) {
    }

    /** The same measure's answer in the country's round before, and whether the measure was worded otherwise then. */
    public record Earlier(String round, String status, @JsonProperty("status_label") String statusLabel,
                          @JsonProperty("wording_changed") boolean wordingChanged, @JsonProperty("key") String key) {
    }

    /** A measure of the round with the country's answer (null when unanswered or not visible) and the one before. */
    public record Row(Checklists.Item measure, Answer answer, Earlier previous) {
    }

    public record CountryAnswers(Round round, String country, @JsonProperty("country_name") String countryName,
                                 boolean editable, List<Row> measures) {
    }

    private final JdbcClient jdbc;
    private final Rounds rounds;
    private final Checklists checklists;
    private final Documents documents;
    private final Audit audit;
    private final TransactionTemplate tx;

    Answers(JdbcClient jdbc, Rounds rounds, Checklists checklists, Documents documents, Audit audit, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.checklists = checklists;
        this.documents = documents;
        this.audit = audit;
        this.tx = tx;
    }

    static Country country(String iso3) {
        return Countries.bundled().byIso3(iso3 == null ? null : iso3.strip())
                .orElseThrow(() -> new NotFoundException("No country with ISO3 code '" + iso3 + "'"));
    }

    /** The round's measures with the country's answers as the current reader may see them. */
    public CountryAnswers forCountry(long roundId, String iso3) {
        return forCountry(roundId, iso3, Visibility.ofCurrentReader());
    }

    CountryAnswers forCountry(long roundId, String iso3, Visibility v) {
        Country c = country(iso3);
        Round round = rounds.visible(roundId, v);
        boolean drafts = v.seesDraftsOf(c.iso3());
        Map<Long, Answer> answers = new HashMap<>();
        jdbc.sql("""
                        select measure_id, status, evidence_document_id, evidence_anchor, evidence_url, evidence_excerpt,
                               ta_needs, obstacles, submitted, revision, updated_by, updated_at
                        from checklist_answer where round_id = :r and country = :c and (submitted or :drafts)""")
                .param("r", roundId).param("c", c.iso3()).param("drafts", drafts)
                .query(rs -> {
                    AnswerStatus s = AnswerStatus.valueOf(rs.getString(2));
                    Long doc = rs.getObject(3) == null ? null : rs.getLong(3);
                    Evidence e = doc == null && rs.getString(5) == null ? null
                            : new Evidence(doc, rs.getString(4), rs.getString(5), rs.getString(6));
                    answers.put(rs.getLong(1), new Answer(s.name(), s.label(), e, rs.getString(7), rs.getString(8),
                            rs.getBoolean(9), rs.getInt(10), rs.getString(11), rs.getTimestamp(12).toInstant()));
                });
        Map<Long, Earlier> earlier = previous(round, c.iso3(), v);
        List<Row> rows = new ArrayList<>();
        for (Checklists.Item item : checklists.items(round.versionId())) {
            rows.add(new Row(item, answers.get(item.measureId()), earlier.get(item.measureId())));
        }
        boolean editable = !round.closed() && Actors.current().map(p -> p.mayActFor(c.iso3())).orElse(false);
        return new CountryAnswers(round, c.iso3(), c.name(), editable, rows);
    }

    /** Each measure's answer in the latest earlier round of the same checklist where the country answered it. */
    private Map<Long, Earlier> previous(Round round, String iso3, Visibility v) {
        Map<Long, Earlier> out = new HashMap<>();
        jdbc.sql("""
                        select distinct on (a.measure_id) a.measure_id, r.name, a.status, pi.wording, pi.key, ci.wording
                        from checklist_answer a
                        join checklist_round r on r.id = a.round_id
                        join checklist_item pi on pi.version_id = r.version_id and pi.measure_id = a.measure_id
                        left join checklist_item ci on ci.version_id = :v and ci.measure_id = a.measure_id
                        where a.country = :c and r.checklist_id = :cl and (r.opened_at, r.id) < (:at, :id)
                          and (:all or a.country = :own or (r.published_at is not null and a.submitted))
                        order by a.measure_id, r.opened_at desc, r.id desc""")
                .param("v", round.versionId()).param("c", iso3).param("cl", round.checklist())
                .param("at", java.sql.Timestamp.from(round.openedAt())).param("id", round.id())
                .param("all", v.all()).param("own", v.own())
                .query(rs -> {
                    AnswerStatus s = AnswerStatus.valueOf(rs.getString(3));
                    boolean changed = rs.getString(6) != null && !rs.getString(6).equals(rs.getString(4));
                    out.put(rs.getLong(1), new Earlier(rs.getString(2), s.name(), s.label(), changed, rs.getString(5)));
                });
        return out;
    }

    /**
     * Saves answers for one country in one round, all or none: any bad answer is a 400 naming it, a focal
     * point of another country a 403 (audited), a closed round a 409.
     */
    public CountryAnswers save(long roundId, String iso3, List<Input> inputs) {
        Country c = country(iso3);
        Principal who = Actors.current().orElseThrow(() -> new AccessDeniedException("Sign in to answer the checklist"));
        Round round = rounds.get(roundId);
        String target = Rounds.target(round) + "/" + c.iso3();
        if (!who.mayActFor(c.iso3())) {
            audit.refused(who.name(), "checklist.answer", target, who.role() + " for "
                    + (who.country() == null ? "no country" : who.country()) + " may not answer for " + c.iso3());
            throw new AccessDeniedException("Your account may not answer for " + c.iso3());
        }
        if (round.closed()) {
            throw new ConflictException("Round '" + round.name() + "' is closed: its answers can no longer change");
        }
        if (inputs == null || inputs.isEmpty()) {
            throw new InvalidInputException("answers", "send at least one answer: {\"answers\": [{\"measure\": \"a.1\", \"status\": \"IN_PLACE\"}]}");
        }
        Map<String, Checklists.Item> byKey = new LinkedHashMap<>();
        checklists.items(round.versionId()).forEach(i -> byKey.put(i.key().toLowerCase(java.util.Locale.ROOT), i));
        List<Prepared> prepared = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            prepared.add(prepare(inputs.get(i), "answers[" + i + "]", byKey, round, seen));
        }
        tx.executeWithoutResult(status -> {
            for (Prepared p : prepared) {
                write(round, c.iso3(), p, target);
            }
        });
        return forCountry(roundId, c.iso3(), Visibility.of(who));
    }

    private record Prepared(Checklists.Item item, AnswerStatus status, Evidence evidence, String taNeeds, String obstacles,
                            Boolean submit) {
    }

    private Prepared prepare(Input in, String at, Map<String, Checklists.Item> byKey, Round round, java.util.Set<Long> seen) {
        if (in == null || in.measure() == null || in.measure().isBlank()) {
            throw new InvalidInputException(at + ".measure", at + ": which measure? give its key (e.g. a.1)");
        }
        Checklists.Item item = byKey.get(in.measure().strip().toLowerCase(java.util.Locale.ROOT));
        if (item == null) {
            throw new InvalidInputException(at + ".measure", at + ": '" + in.measure().strip() + "' is not a measure of "
                    + round.checklist() + " version " + round.versionLabel());
        }
        if (!item.answerable()) {
            throw new InvalidInputException(at + ".measure", at + ": " + item.key() + " is addressed to the "
                    + item.addressee().toLowerCase(java.util.Locale.ROOT) + ", not to States: it is not answered by countries");
        }
        if (!seen.add(item.measureId())) {
            throw new InvalidInputException(at + ".measure", at + ": " + item.key() + " is answered twice in one request");
        }
        AnswerStatus status = AnswerStatus.parse(in.status()).orElseThrow(() -> new InvalidInputException(at + ".status",
                at + ": status '" + (in.status() == null ? "" : in.status()) + "' is not one of " + AnswerStatus.codes()));
        String taNeeds = text(in.taNeeds(), at + ".ta_needs");
        String obstacles = text(in.obstacles(), at + ".obstacles");
        return new Prepared(item, status, evidence(in.evidence(), at + ".evidence"), taNeeds, obstacles, in.submit());
    }

    private static String text(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.strip().length() > 4000) {
            throw new InvalidInputException(field, field + ": at most 4,000 characters");
        }
        return s.strip();
    }

    private Evidence evidence(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = Evidence.document(text);
        if (m.matches()) {
            long id = Long.parseLong(m.group(1));
            DocumentDetail d;
            try {
                d = documents.get(id);
            } catch (NotFoundException e) {
                throw new InvalidInputException(field, field + ": there is no document " + id);
            }
            DocumentParagraph p = d.paragraphs().stream().filter(x -> x.anchor().equals(m.group(2))).findFirst()
                    .orElseThrow(() -> new InvalidInputException(field, field + ": document " + id + " has no paragraph #"
                            + m.group(2) + " (anchors look like p21, b7)"));
            String excerpt = p.text().strip().replaceAll("\\s+", " ");
            return new Evidence(id, p.anchor(), null, excerpt.length() > 280 ? excerpt.substring(0, 279) + "…" : excerpt);
        }
        if (Evidence.link(text)) {
            return new Evidence(null, null, text.strip(), null);
        }
        throw new InvalidInputException(field, field + ": evidence cites a document paragraph (/documents/1#p21) or is an http(s) link");
    }

    private void write(Round round, String iso3, Prepared p, String target) {
        record Before(String status, String evidence, String taNeeds, String obstacles, boolean submitted, int revision) {
        }
        Before before = jdbc.sql("""
                        select status, coalesce('/documents/' || evidence_document_id || '#' || evidence_anchor, evidence_url),
                               ta_needs, obstacles, submitted, revision
                        from checklist_answer where round_id = :r and measure_id = :m and country = :c for update""")
                .param("r", round.id()).param("m", p.item().measureId()).param("c", iso3)
                .query((rs, i) -> new Before(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getInt(6)))
                .optional().orElse(null);
        boolean submitted = p.submit() != null ? p.submit() : before != null && before.submitted();
        Evidence e = p.evidence();
        jdbc.sql("""
                        insert into checklist_answer (round_id, measure_id, country, status, evidence_document_id, evidence_anchor,
                                                      evidence_url, evidence_excerpt, ta_needs, obstacles, submitted, updated_by)
                        values (:r, :m, :c, :s, :doc, :anchor, :url, :excerpt, :needs, :obstacles, :submitted, :by)
                        on conflict (round_id, measure_id, country) do update set
                            status = excluded.status, evidence_document_id = excluded.evidence_document_id,
                            evidence_anchor = excluded.evidence_anchor, evidence_url = excluded.evidence_url,
                            evidence_excerpt = excluded.evidence_excerpt, ta_needs = excluded.ta_needs,
                            obstacles = excluded.obstacles, submitted = excluded.submitted, updated_by = excluded.updated_by,
                            updated_at = now(), revision = checklist_answer.revision + 1""")
                .param("r", round.id()).param("m", p.item().measureId()).param("c", iso3).param("s", p.status().name())
                .param("doc", e == null ? null : e.documentId()).param("anchor", e == null ? null : e.anchor())
                .param("url", e == null ? null : e.url()).param("excerpt", e == null ? null : e.excerpt())
                .param("needs", p.taNeeds()).param("obstacles", p.obstacles()).param("submitted", submitted)
                .param("by", Actors.currentName())
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", p.status().name());
        after.put("evidence", e == null ? null : e.href());
        after.put("ta_needs", p.taNeeds());
        after.put("obstacles", p.obstacles());
        after.put("submitted", submitted);
        after.put("revision", before == null ? 1 : before.revision() + 1);
        audit.record("checklist.answer", target + "/" + p.item().key(), before, after);
    }
}
