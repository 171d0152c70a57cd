package org.palermo.statistics;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.accounts.Principal;
import org.palermo.reference.Countries;
import org.palermo.system.InvalidInputException;
import org.palermo.system.NotFoundException;
import org.palermo.system.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * National submissions and their workflow: draft → submitted → validated → published, or returned
 * with comments. Focal points act for their own country only; analysts and administrators validate,
 * return and publish. A refused attempt is audited on its own (it must outlive the refusal); every
 * change is audited in the transaction that makes it. Publishing turns the figures into observations;
 * figures changed after validation need to go through the workflow again.
 */
@Service
public class Submissions {

    public static final String SOURCE = "National submission";
    public static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "VALIDATED", "PUBLISHED", "RETURNED");

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Audit audit;
    private final ValidationRules rules;

    Submissions(JdbcClient jdbc, TransactionTemplate tx, Audit audit, ValidationRules rules) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.audit = audit;
        this.rules = rules;
    }

    public List<Submission.Summary> list() {
        Principal p = actor();
        boolean own = p.role() == Role.FOCAL_POINT;
        return jdbc.sql("""
                        select s.id, s.country, c.name, s.year, s.status, s.revision,
                               (select count(*) from stat_submission_value v where v.submission_id = s.id), s.updated_by, s.updated_at
                        from stat_submission s join country c on c.iso3 = s.country
                        where (:country = '' or s.country = :country)
                        order by s.updated_at desc, s.id desc""")
                .param("country", own ? p.country() : "")
                .query((rs, i) -> new Submission.Summary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8), rs.getTimestamp(9).toInstant()))
                .list();
    }

    /** Starts the submission for a country and year, or returns the one that exists. */
    public Submission create(String country, Integer year) {
        if (country == null || country.isBlank()) {
            throw new InvalidInputException("country", "country is required (ISO 3166 alpha-3)");
        }
        String iso3 = Statistics.checkCountry(country);
        int y = checkYear(year);
        guard(iso3, "statistics.submission.create", "country:" + iso3 + "/" + y);
        Long id = tx.execute(status -> {
            Optional<Long> existing = idFor(iso3, y);
            if (existing.isPresent()) {
                return existing.get();
            }
            long created;
            try {
                created = jdbc.sql("""
                                insert into stat_submission (country, year, status, created_by, updated_by)
                                values (:c, :y, 'DRAFT', :by, :by) returning id""")
                        .param("c", iso3).param("y", y).param("by", Actors.currentName()).query(Long.class).single();
            } catch (DuplicateKeyException raced) {
                return idFor(iso3, y).orElseThrow(() -> raced);
            }
            event(created, "create", null, "DRAFT", 1, null, null);
            audit.record("statistics.submission.create", target(created), null, Map.of("country", iso3, "year", y));
            return created;
        });
        return get(id);
    }

    public Submission get(long id) {
        Head head = head(id);
        guard(head.country(), "statistics.submission.read", target(id));
        return load(head);
    }

    public long idOf(String country, int year) {
        return idFor(country, year).orElseThrow(() -> new NotFoundException("No submission for " + country + " " + year));
    }

    /** Replaces the figures (blank values are "not reported"). Editing validated or published figures reopens the draft. */
    public Submission saveValues(long id, List<ValueInput> inputs) {
        Head head = head(id);
        guard(head.country(), "statistics.submission.edit", target(id));
        if (inputs == null) {
            throw new InvalidInputException("values", "values are required: a list of {indicator, dimension, category, sex, age, value}");
        }
        List<SubmissionValue> values = parse(inputs);
        List<RuleViolation> unknown = rules.checkKnown(values);
        if (!unknown.isEmpty()) {
            throw new SubmissionRejectedException("The figures were not saved", unknown);
        }
        tx.executeWithoutResult(status -> {
            Head h = lock(id);
            if (h.status().equals("SUBMITTED")) {
                throw new InvalidInputException("status", "Submission " + id + " is submitted and waits for validation; "
                        + "an analyst must return it before its figures can change");
            }
            Map<String, Long> before = valueMap(id);
            Map<String, Long> after = new LinkedHashMap<>();
            values.forEach(v -> after.put(v.key(), v.value()));
            Map<String, Object> diff = diff(before, after);
            if (diff.isEmpty()) {
                return;
            }
            jdbc.sql("delete from stat_submission_value where submission_id = :id").param("id", id).update();
            for (SubmissionValue v : values) {
                jdbc.sql("""
                                insert into stat_submission_value (submission_id, indicator, dimension, category, sex, age, value, cell)
                                values (:id, :i, :d, :c, :s, :a, :v, :cell)""")
                        .param("id", id).param("i", v.indicator()).param("d", v.dimension()).param("c", v.category())
                        .param("s", v.sex()).param("a", v.age()).param("v", v.value()).param("cell", v.cell()).update();
            }
            boolean reopen = h.status().equals("VALIDATED") || h.status().equals("PUBLISHED");
            int revision = reopen ? h.revision() + 1 : h.revision();
            jdbc.sql("update stat_submission set status = 'DRAFT', revision = :r, updated_by = :by, updated_at = now() where id = :id")
                    .param("r", revision).param("by", Actors.currentName()).param("id", id).update();
            event(id, reopen ? "reopen" : "edit", h.status(), "DRAFT", revision, null, diff);
            audit.record("statistics.submission.edit", target(id), Map.of("status", h.status(), "revision", h.revision()),
                    Map.of("status", "DRAFT", "revision", revision, "changes", diff));
        });
        return get(id);
    }

    public Submission saveSpreadsheet(long id, String fileName, byte[] content) {
        Head head = head(id);
        guard(head.country(), "statistics.submission.upload", target(id));
        return saveValues(id, SubmissionSheets.read(fileName, content, head.country(), head.year()));
    }

    public byte[] spreadsheet(long id) {
        Submission s = get(id);
        return SubmissionSheets.template(s.country(), s.year(), templateRows(), s.values(), rules.all());
    }

    /** A blank template for a country and year. */
    public byte[] template(String country, Integer year) {
        String iso3 = Statistics.checkCountry(country);
        int y = checkYear(year);
        guard(iso3, "statistics.template", "country:" + iso3 + "/" + y);
        return SubmissionSheets.template(iso3, y, templateRows(), List.of(), rules.all());
    }

    public List<SubmissionSheets.TemplateRow> templateRows() {
        return jdbc.sql("""
                        select x.indicator, x.dimension, c.name, b.sex, b.age
                        from stat_indicator_dimension x
                        join stat_indicator i on i.name = x.indicator
                        join stat_dimension d on d.name = x.dimension
                        join stat_category c on c.dimension = x.dimension
                        cross join stat_breakdown b
                        order by i.position, d.position, c.position, b.position""")
                .query((rs, n) -> new SubmissionSheets.TemplateRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** Draft (or returned) → submitted, when every comparison rule holds; otherwise refused naming the rules. */
    public Submission submit(long id) {
        Head head = head(id);
        guard(head.country(), "statistics.submission.submit", target(id));
        return transition(id, List.of("DRAFT", "RETURNED"), "SUBMITTED", "submit", null, true);
    }

    public Submission validate(long id) {
        analystOnly(id, "statistics.submission.validate");
        return transition(id, List.of("SUBMITTED"), "VALIDATED", "validate", null, true);
    }

    public Submission returnWithComment(long id, String comment) {
        analystOnly(id, "statistics.submission.return");
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "A returned submission needs a comment saying what to change");
        }
        return transition(id, List.of("SUBMITTED", "VALIDATED"), "RETURNED", "return", comment.strip(), false);
    }

    /** Validated → published: the figures become public observations; the ones they replace move to history. */
    public Submission publish(long id) {
        analystOnly(id, "statistics.submission.publish");
        tx.executeWithoutResult(status -> {
            Head h = lock(id);
            requireStatus(h, List.of("VALIDATED"), "publish");
            String name = Countries.bundled().byIso3(h.country()).map(c -> c.name()).orElse(h.country());
            int changed = jdbc.sql("""
                            insert into stat_observation_history (observation_id, country, country_name, indicator, dimension, category,
                                category_text, sex, age, year, value, value_text, source, occurrence, release_id, submission_id,
                                replaced_by_submission, reason)
                            select o.id, o.country, o.country_name, o.indicator, o.dimension, o.category, o.category_text, o.sex, o.age,
                                   o.year, o.value, o.value_text, o.source, o.occurrence, o.release_id, o.submission_id, :id,
                                   case when v.value is null then 'WITHDRAWN' else 'CHANGED' end
                            from stat_observation o
                            left join stat_submission_value v on v.submission_id = :id and v.indicator = o.indicator
                                 and v.dimension = o.dimension and v.category = o.category and v.sex = o.sex and v.age = o.age
                            where o.submission_id = :id and (v.value is null or v.value <> o.value)""")
                    .param("id", id).update();
            jdbc.sql("delete from stat_observation where submission_id = :id").param("id", id).update();
            int published = jdbc.sql("""
                            insert into stat_observation (country, country_name, indicator, dimension, category, category_text, sex, age,
                                year, value, value_text, unit, source, occurrence, row_key, submission_id)
                            select s.country, :name, v.indicator, v.dimension, v.category, v.category, v.sex, v.age, s.year, v.value,
                                   v.value::text, i.unit, :source, 1,
                                   md5(concat_ws(chr(1), :source, s.country, v.indicator, v.dimension, v.category, v.sex, v.age,
                                                 s.year::text, '1'))::uuid,
                                   s.id
                            from stat_submission s join stat_submission_value v on v.submission_id = s.id
                            join stat_indicator i on i.name = v.indicator
                            where s.id = :id""")
                    .param("id", id).param("name", name).param("source", SOURCE).update();
            jdbc.sql("""
                            update stat_submission set status = 'PUBLISHED', published_at = now(), updated_by = :by, updated_at = now()
                            where id = :id""")
                    .param("by", Actors.currentName()).param("id", id).update();
            event(id, "publish", h.status(), "PUBLISHED", h.revision(), null, Map.of("published", published, "replaced", changed));
            audit.record("statistics.submission.publish", target(id), Map.of("status", h.status()),
                    Map.of("status", "PUBLISHED", "revision", h.revision(), "figures", published, "replaced", changed));
        });
        return get(id);
    }

    private Submission transition(long id, List<String> from, String to, String action, String comment, boolean checkRules) {
        tx.executeWithoutResult(status -> {
            Head h = lock(id);
            requireStatus(h, from, action);
            List<SubmissionValue> values = values(id);
            if (checkRules) {
                if (values.isEmpty()) {
                    throw new InvalidInputException("values", "Submission " + id + " has no figures yet");
                }
                List<RuleViolation> violations = rules.checkComparisons(values);
                if (!violations.isEmpty()) {
                    throw new SubmissionRejectedException("Submission " + id + " breaks " + violations.size() + " validation rule"
                            + (violations.size() == 1 ? "" : "s"), violations);
                }
            }
            jdbc.sql("update stat_submission set status = :to, comment = :comment, updated_by = :by, updated_at = now() where id = :id")
                    .param("to", to).param("comment", comment).param("by", Actors.currentName()).param("id", id).update();
            event(id, action, h.status(), to, h.revision(), comment, null);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("status", to);
            after.put("revision", h.revision());
            if (comment != null) {
                after.put("comment", comment);
            }
            audit.record("statistics.submission." + action, target(id), Map.of("status", h.status()), after);
        });
        return get(id);
    }

    private static void requireStatus(Head h, List<String> from, String action) {
        if (!from.contains(h.status())) {
            throw new InvalidInputException("status", "Cannot " + action + " submission " + h.id() + ": it is " + h.status()
                    + " (needs " + String.join(" or ", from) + ")");
        }
    }

    /** The most submissions one bulk step takes. */
    static final int MAX_BULK = 500;

    /** What a bulk step did with one submission: done, or refused with the reason (the rule it breaks, the status it is in). */
    public record BulkOutcome(long id, String country, Integer year, boolean done, String status, String error) {
    }

    /** A bulk step: how many submissions it did and refused, and the outcome of each. */
    public record BulkResult(String action, long done, long refused, List<BulkOutcome> results) {
    }

    /**
     * Validates, or publishes, a backlog of submissions at once. Each submission goes through the same
     * step, checks and audit entry as on its own, in its own transaction: one that breaks a rule, is in
     * another status or does not exist is reported with the reason and the others go on. The step as a
     * whole is audited too (who, which, how many done and refused).
     */
    public BulkResult bulk(String action, List<Long> ids) {
        if (!"validate".equals(action) && !"publish".equals(action)) {
            throw new InvalidInputException("action", "A bulk step is 'validate' or 'publish', not '" + action + "'");
        }
        List<Long> distinct = ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (distinct.isEmpty()) {
            throw new InvalidInputException("ids", "Name the submissions to " + action + " (ids)");
        }
        if (distinct.size() > MAX_BULK) {
            throw new InvalidInputException("ids", "At most " + MAX_BULK + " submissions in one step, not " + distinct.size());
        }
        List<BulkOutcome> outcomes = new ArrayList<>();
        for (long id : distinct) {
            try {
                Submission s = "validate".equals(action) ? validate(id) : publish(id);
                outcomes.add(new BulkOutcome(id, s.country(), s.year(), true, s.status(), null));
            } catch (NotFoundException e) {
                outcomes.add(new BulkOutcome(id, null, null, false, null, e.getMessage()));
            } catch (InvalidInputException e) {
                Head h = head(id);
                outcomes.add(new BulkOutcome(id, h.country(), h.year(), false, h.status(), e.getMessage()));
            }
        }
        long done = outcomes.stream().filter(BulkOutcome::done).count();
        BulkResult result = new BulkResult(action, done, outcomes.size() - done, outcomes);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("done", result.done());
        after.put("refused", result.refused());
        after.put("ids", distinct);
        audit.record("statistics.submission.bulk-" + action, "stat_submission:bulk", null, after);
        return result;
    }

    private List<SubmissionValue> parse(List<ValueInput> inputs) {
        List<SubmissionValue> values = new ArrayList<>();
        List<RuleViolation> errors = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            ValueInput in = inputs.get(i);
            String cell = in.cell() == null || in.cell().isBlank() ? "values[" + i + "]" : in.cell();
            String raw = in.value() == null ? "" : in.value().strip().replace(",", "");
            if (raw.isEmpty()) {
                continue;
            }
            if (!raw.matches("-?\\d{1,15}")) {
                errors.add(new RuleViolation("number", "A whole number", cell + ": '" + in.value() + "' is not a whole number",
                        List.of(cell)));
                continue;
            }
            String category = blankDefault(in.category());
            String dimension = blankDefault(in.dimension());
            if (!dimension.equals("Total") && !dimension.equals(CountrySummaries.FORM)) {
                category = category.toUpperCase(java.util.Locale.ROOT);
            }
            SubmissionValue v = new SubmissionValue(strip(in.indicator()), dimension, category, blankDefault(in.sex()),
                    blankDefault(in.age()), Long.parseLong(raw), cell);
            String previous = seen.put(v.key(), cell);
            if (previous != null) {
                errors.add(new RuleViolation("unique_cell", "One figure per cell", cell + ": " + v.label() + " is already given in "
                        + previous, List.of(cell, previous)));
                continue;
            }
            values.add(v);
        }
        if (!errors.isEmpty()) {
            throw new SubmissionRejectedException("The figures were not saved", errors);
        }
        return values;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static String blankDefault(String s) {
        return s == null || s.isBlank() ? "Total" : s.strip();
    }

    static int checkYear(Integer year) {
        if (year == null) {
            throw new InvalidInputException("year", "year is required");
        }
        int now = Year.now().getValue();
        if (year > now) {
            throw new InvalidInputException("year", "year " + year + " is in the future");
        }
        if (year < 1990) {
            throw new InvalidInputException("year", "year " + year + " is before 1990");
        }
        return year;
    }

    /** Focal points act for their own country only; refusals are audited outside the refused transaction. */
    private void guard(String country, String action, String target) {
        Principal p = actor();
        if (!p.mayActFor(country)) {
            audit.refused(p.name(), action, target, p.role() + " for " + (p.country() == null ? "no country" : p.country())
                    + " may not act for " + country);
            throw new AccessDeniedException("Your account may not act for " + country);
        }
    }

    /** Validating, returning and publishing: analysts and administrators only (404 first for an unknown submission). */
    private void analystOnly(long id, String action) {
        head(id);
        Principal p = actor();
        if (p.role() != Role.ANALYST && p.role() != Role.ADMIN) {
            audit.refused(p.name(), action, target(id), p.role() + " may not " + action.substring(action.lastIndexOf('.') + 1));
            throw new AccessDeniedException("Only analysts and administrators may do this");
        }
    }

    private static Principal actor() {
        return Actors.current().orElseThrow(() -> new AccessDeniedException("Sign in to work on submissions"));
    }

    private record Head(long id, String country, int year, String status, int revision) {
    }

    private Head head(long id) {
        return jdbc.sql("select id, country, year, status, revision from stat_submission where id = :id").param("id", id)
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5)))
                .optional().orElseThrow(() -> new NotFoundException("No submission with id " + id));
    }

    private Head lock(long id) {
        return jdbc.sql("select id, country, year, status, revision from stat_submission where id = :id for update").param("id", id)
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5)))
                .optional().orElseThrow(() -> new NotFoundException("No submission with id " + id));
    }

    private Optional<Long> idFor(String country, int year) {
        return jdbc.sql("select id from stat_submission where country = :c and year = :y").param("c", country).param("y", year)
                .query(Long.class).optional();
    }

    private Submission load(Head head) {
        long id = head.id();
        record Row(String country, String name, int year, String status, int revision, String comment, String createdBy,
                   java.time.Instant createdAt, String updatedBy, java.time.Instant updatedAt, java.time.Instant publishedAt) {
        }
        Row r = jdbc.sql("""
                        select s.country, c.name, s.year, s.status, s.revision, s.comment, s.created_by, s.created_at, s.updated_by,
                               s.updated_at, s.published_at
                        from stat_submission s join country c on c.iso3 = s.country where s.id = :id""")
                .param("id", id)
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(), rs.getString(9),
                        rs.getTimestamp(10).toInstant(), rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant()))
                .single();
        List<SubmissionValue> values = values(id);
        List<Submission.Event> history = jdbc.sql("""
                        select at, actor, action, from_status, to_status, revision, comment, changes::text
                        from stat_submission_event where submission_id = :id order by id""")
                .param("id", id)
                .query((rs, i) -> new Submission.Event(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getInt(6), rs.getString(7), rs.getString(8)))
                .list();
        return new Submission(id, r.country(), r.name(), r.year(), r.status(), r.revision(), r.comment(), r.createdBy(),
                r.createdAt(), r.updatedBy(), r.updatedAt(), r.publishedAt(), values,
                r.publishedAt() == null ? List.of() : changesSincePublished(id, values), history);
    }

    private List<SubmissionValue> values(long id) {
        return jdbc.sql("""
                        select v.indicator, v.dimension, v.category, v.sex, v.age, v.value, v.cell
                        from stat_submission_value v
                        join stat_indicator i on i.name = v.indicator join stat_dimension d on d.name = v.dimension
                        left join stat_category c on c.dimension = v.dimension and c.name = v.category
                        left join stat_breakdown b on b.sex = v.sex and b.age = v.age
                        where v.submission_id = :id
                        order by i.position, d.position, c.position nulls last, v.category, b.position nulls last""")
                .param("id", id)
                .query((rs, i) -> new SubmissionValue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7)))
                .list();
    }

    private Map<String, Long> valueMap(long id) {
        Map<String, Long> map = new LinkedHashMap<>();
        values(id).forEach(v -> map.put(v.key(), v.value()));
        return map;
    }

    private List<Submission.Change> changesSincePublished(long id, List<SubmissionValue> values) {
        Map<String, Long> published = new LinkedHashMap<>();
        jdbc.sql("select indicator, dimension, category, sex, age, value from stat_observation where submission_id = :id")
                .param("id", id)
                .query((rs, i) -> published.put(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), rs.getLong(6)))
                .list();
        Map<String, Long> current = new LinkedHashMap<>();
        values.forEach(v -> current.put(v.key(), v.value()));
        List<Submission.Change> changes = new ArrayList<>();
        for (var e : current.entrySet()) {
            Long before = published.get(e.getKey());
            if (!e.getValue().equals(before)) {
                changes.add(change(e.getKey(), before, e.getValue()));
            }
        }
        for (var e : published.entrySet()) {
            if (!current.containsKey(e.getKey())) {
                changes.add(change(e.getKey(), e.getValue(), null));
            }
        }
        return changes;
    }

    private static Submission.Change change(String key, Long before, Long after) {
        String[] k = key.split("\\|", -1);
        return new Submission.Change(k[0], k[1], k[2], k[3], k[4], before, after);
    }

    private static Map<String, Object> diff(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Object> diff = new LinkedHashMap<>();
        for (var e : after.entrySet()) {
            Long b = before.get(e.getKey());
            if (!e.getValue().equals(b)) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("before", b);
                d.put("after", e.getValue());
                diff.put(e.getKey(), d);
            }
        }
        for (var e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("before", e.getValue());
                d.put("after", null);
                diff.put(e.getKey(), d);
            }
        }
        return diff;
    }

    private void event(long id, String action, String from, String to, int revision, String comment, Map<String, ?> changes) {
        jdbc.sql("""
                        insert into stat_submission_event (submission_id, actor, action, from_status, to_status, revision, comment, changes)
                        values (:id, :actor, :action, :from, :to, :rev, :comment, cast(:changes as jsonb))""")
                .param("id", id).param("actor", Actors.currentName()).param("action", action).param("from", from).param("to", to)
                .param("rev", revision).param("comment", comment).param("changes", changes == null ? null : json(changes))
                .update();
    }

    private static String json(Map<String, ?> map) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(map);
    }

    private static String target(long id) {
        return "stat_submission:" + id;
    }
}
