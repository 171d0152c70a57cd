package org.palermo.registries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.answers.KeptAnswers;
import org.palermo.reference.Countries;
import org.palermo.reference.Country;
import org.palermo.system.ConflictException;
import org.palermo.system.InvalidInputException;
import org.palermo.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The treaty participation registry: every entry with its source, the standing of any country at any date, the
 * periods in which sources disagree, and the number of parties over time. Entries come from the bundled data sets
 * and seed statements ({@link RegistryData}), from analysts (audited), and from reviewed RATIFIED_PROTOCOL facts
 * of the documents (read from the facts module's {@code fact_view}, never copied).
 */
@Service
public class TreatyRegistry {

    public static final String INSTRUMENT = "TIP_PROTOCOL";
    public static final String INSTRUMENT_NAME = "Protocol to Prevent, Suppress and Punish Trafficking in Persons, "
            + "Especially Women and Children (2000)";
    /** The first year the Protocol could be signed (opened for signature 12 December 2000). */
    static final int FIRST_YEAR = 2000;

    private final JdbcClient jdbc;
    private final Audit audit;
    private final TransactionTemplate tx;
    private final KeptAnswers kept;

    TreatyRegistry(JdbcClient jdbc, Audit audit, TransactionTemplate tx, RegistryVersion version) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = tx;
        this.kept = new KeptAnswers(version, JsonMapper.builder().build(), 16, 8 << 20);
    }

    /** A new or corrected analyst entry, as sent. {@code date}: YYYY, YYYY-MM or YYYY-MM-DD. */
    public record NewEntry(String country, String action, String date, String source, String url, String quote,
                           String location, @JsonProperty("listed_as") String listedAs, String note) {
    }

    /** A country's page in the registry: its standing today, the disagreements, every entry (retracted ones too). */
    public record CountryTreaty(String country, String name, String instrument, TreatyStatus today,
                                List<TreatyDisagreement> disagreements, List<YearStanding> timeline, List<TreatyEntry> entries) {
    }

    /** The standing at the end of a year (today for this year). */
    public record YearStanding(int year, TreatyStanding standing, boolean certain, boolean disagreement) {
    }

    /** Parties at the end of a year: by the registry's verdict, and counted by each data set alone. */
    public record PartiesCount(int year, LocalDate date, int parties, @JsonProperty("by_source") Map<String, Integer> bySource) {
    }

    /** The registry's own entries and coverage, kept until they change. */
    private record Book(Map<String, List<TreatyEntry>> entries, Map<String, Map<String, LocalDate>> coverage,
                        Map<String, SourceKind> coverageKinds) {
    }

    public TreatyStatus status(String iso3, LocalDate date) {
        Country c = country(iso3);
        return statuses(c, book(), factEntries(c.iso3())).at(date);
    }

    /** Every country's standing at a date. */
    public List<TreatyStatus> statuses(LocalDate date) {
        Book book = book();
        Map<String, List<TreatyEntry>> facts = factEntriesByCountry(null);
        List<TreatyStatus> out = new ArrayList<>();
        for (Country c : Countries.bundled().all()) {
            out.add(statuses(c, book, facts.getOrDefault(c.iso3(), List.of())).at(date));
        }
        return out;
    }

    public CountryTreaty country(String iso3, LocalDate today) {
        Country c = country(iso3);
        Book book = book();
        List<TreatyEntry> facts = factEntries(c.iso3());
        TreatyStatuses s = statuses(c, book, facts);
        List<YearStanding> timeline = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= today.getYear(); y++) {
            TreatyStatus st = s.at(y == today.getYear() ? today : LocalDate.of(y, 12, 31));
            timeline.add(new YearStanding(y, st.standing(), st.certain(), st.disagreement()));
        }
        List<TreatyEntry> all = new ArrayList<>(allEntries(c.iso3()));
        all.addAll(facts);
        return new CountryTreaty(c.iso3(), c.name(), INSTRUMENT_NAME, s.at(today), s.disagreements(), timeline, all);
    }

    /** Parties at the end of each year from 2000 to this year (today for this year). */
    public List<PartiesCount> partiesOverTime(LocalDate today) {
        Book book = book();
        Map<String, List<TreatyEntry>> facts = factEntriesByCountry(null);
        List<TreatyStatuses> all = Countries.bundled().all().stream()
                .map(c -> statuses(c, book, facts.getOrDefault(c.iso3(), List.of()))).toList();
        List<PartiesCount> out = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= today.getYear(); y++) {
            LocalDate d = y == today.getYear() ? today : LocalDate.of(y, 12, 31);
            int parties = 0;
            Map<String, Integer> bySource = new TreeMap<>();
            for (TreatyStatuses s : all) {
                TreatyStatus st = s.at(d);
                if (st.standing().isParty()) {
                    parties++;
                }
                for (SourceVerdict v : st.sources()) {
                    boolean dataSet = v.kind() == SourceKind.TREATY_DATASET || v.kind() == SourceKind.RESEARCH_DATASET;
                    if (dataSet) {
                        bySource.merge(v.source(), v.standing().isParty() && v.certain() ? 1 : 0, Integer::sum);
                    }
                }
            }
            out.add(new PartiesCount(y, d, parties, bySource));
        }
        return out;
    }

    /** Adds an analyst's entry (with its source), audited in the same transaction. */
    public TreatyEntry add(NewEntry in) {
        Checked c = check(in);
        return tx.execute(status -> {
            long id = jdbc.sql("""
                            insert into treaty_entry (country, action, date_from, date_to, source, source_kind, location, quote,
                                                      listed_as, url, note, entered_by)
                            values (:country, :action, :from, :to, :source, 'ANALYST', :location, :quote, :listed, :url, :note, :by)
                            returning id""")
                    .param("country", c.country()).param("action", c.action().name()).param("from", c.from()).param("to", c.to())
                    .param("source", c.source()).param("location", blank(in.location())).param("quote", blank(in.quote()))
                    .param("listed", blank(in.listedAs())).param("url", c.url()).param("note", blank(in.note()))
                    .param("by", Actors.currentName())
                    .query(Long.class).single();
            TreatyEntry e = entry(id);
            audit.record("registries.treaty.add", target(e), null, e);
            return e;
        });
    }

    /** Corrects an analyst's entry; entries of data sets and documents are retracted instead, never rewritten. */
    public TreatyEntry correct(long id, NewEntry in) {
        Checked c = check(in);
        return tx.execute(status -> {
            TreatyEntry before = entryForUpdate(id);
            if (before.sourceKind() != SourceKind.ANALYST) {
                throw new ConflictException("Entry " + id + " comes from " + before.source() + " and is not rewritten: "
                        + "retract it with a reason and add your own entry with its source");
            }
            if (before.retracted()) {
                throw new ConflictException("Entry " + id + " was retracted on " + before.retractedAt() + "; add a new entry");
            }
            jdbc.sql("""
                            update treaty_entry set country = :country, action = :action, date_from = :from, date_to = :to,
                                   source = :source, location = :location, quote = :quote, listed_as = :listed, url = :url,
                                   note = :note, entered_by = :by, entered_at = now()
                            where id = :id""")
                    .param("country", c.country()).param("action", c.action().name()).param("from", c.from()).param("to", c.to())
                    .param("source", c.source()).param("location", blank(in.location())).param("quote", blank(in.quote()))
                    .param("listed", blank(in.listedAs())).param("url", c.url()).param("note", blank(in.note()))
                    .param("by", Actors.currentName()).param("id", id).update();
            TreatyEntry after = entry(id);
            audit.record("registries.treaty.correct", target(after), before, after);
            return after;
        });
    }

    /** Retracts any entry with a reason; it stays in the country's history, marked, and no longer counts. */
    public TreatyEntry retract(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "reason is required: say why the entry is retracted");
        }
        return tx.execute(status -> {
            TreatyEntry before = entryForUpdate(id);
            if (before.retracted()) {
                throw new ConflictException("Entry " + id + " was already retracted on " + before.retractedAt());
            }
            jdbc.sql("update treaty_entry set retracted_at = now(), retracted_by = :by, retraction_reason = :reason where id = :id")
                    .param("by", Actors.currentName()).param("reason", reason.strip()).param("id", id).update();
            TreatyEntry after = entry(id);
            audit.record("registries.treaty.retract", target(after), before, after);
            return after;
        });
    }

    public TreatyEntry entry(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(TreatyRegistry::row).optional()
                .orElseThrow(() -> new NotFoundException("No treaty entry with id " + id));
    }

    private TreatyEntry entryForUpdate(long id) {
        return jdbc.sql(SELECT + " where id = :id for update").param("id", id).query(TreatyRegistry::row).optional()
                .orElseThrow(() -> new NotFoundException("No treaty entry with id " + id));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final String SELECT = """
            select id, country, instrument, action, date_from, date_to, source, source_kind, document, document_id, anchor,
                   location, quote, listed_as, url, note, entered_by, entered_at, retracted_at, retracted_by, retraction_reason
            from treaty_entry""";

    private static TreatyEntry row(ResultSet rs, int i) throws SQLException {
        LocalDate from = rs.getObject(5, LocalDate.class);
        LocalDate to = rs.getObject(6, LocalDate.class);
        return new TreatyEntry(rs.getLong(1), rs.getString(2).strip(), rs.getString(3), TreatyAction.valueOf(rs.getString(4)),
                from, to, TreatyEntry.dateText(from, to), rs.getString(7), SourceKind.valueOf(rs.getString(8)), rs.getString(9),
                (Long) rs.getObject(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getString(16), null, rs.getString(17), instant(rs.getTimestamp(18)), instant(rs.getTimestamp(19)),
                rs.getString(20), rs.getString(21));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private List<TreatyEntry> allEntries(String iso3) {
        return jdbc.sql(SELECT + " where country = :c order by date_from, id").param("c", iso3).query(TreatyRegistry::row).list();
    }

    private Book book() {
        return kept.value("book", () -> {
            Map<String, List<TreatyEntry>> entries = new LinkedHashMap<>();
            jdbc.sql(SELECT + " where retracted_at is null order by date_from, id").query(TreatyRegistry::row).list()
                    .forEach(e -> entries.computeIfAbsent(e.country(), k -> new ArrayList<>()).add(e));
            Map<String, Map<String, LocalDate>> coverage = new LinkedHashMap<>();
            Map<String, SourceKind> kinds = new LinkedHashMap<>();
            jdbc.sql("""
                            select c.country, c.source, c.complete_until,
                                   coalesce((select min(e.source_kind) from treaty_entry e where e.source = c.source), 'TREATY_DATASET')
                            from treaty_coverage c""")
                    .query(rs -> {
                        coverage.computeIfAbsent(rs.getString(1).strip(), k -> new LinkedHashMap<>())
                                .put(rs.getString(2), rs.getObject(3, LocalDate.class));
                        kinds.put(rs.getString(2), SourceKind.valueOf(rs.getString(4)));
                    });
            return new Book(entries, coverage, kinds);
        }).value();
    }

    private static TreatyStatuses statuses(Country c, Book book, List<TreatyEntry> facts) {
        List<TreatyEntry> entries = new ArrayList<>(book.entries().getOrDefault(c.iso3(), List.of()));
        entries.addAll(facts);
        Map<String, LocalDate> coverage = book.coverage().getOrDefault(c.iso3(), Map.of());
        Map<String, SourceKind> kinds = new LinkedHashMap<>();
        coverage.keySet().forEach(s -> kinds.put(s, book.coverageKinds().get(s)));
        return new TreatyStatuses(c.iso3(), c.name(), entries, coverage, kinds);
    }

    private List<TreatyEntry> factEntries(String iso3) {
        return factEntriesByCountry(iso3).getOrDefault(iso3, List.of());
    }

    /**
     * Reviewed RATIFIED_PROTOCOL facts with a date, as entries of their document: the registry reads them where the
     * facts module keeps them, so a review decision shows at once and nothing is copied.
     */
    private Map<String, List<TreatyEntry>> factEntriesByCountry(String iso3) {
        Map<String, List<TreatyEntry>> out = new LinkedHashMap<>();
        jdbc.sql("""
                        select id, country, event_date, source_name, document_id, paragraph, quote
                        from fact_view
                        where type = 'event' and event = 'RATIFIED_PROTOCOL' and reviewed and event_date is not null
                          and country is not null and (cast(:c as text) is null or country = :c)
                        order by id""")
                .param("c", iso3)
                .query(rs -> {
                    LocalDate[] span = span(rs.getString(3));
                    if (span == null) {
                        return;
                    }
                    String country = rs.getString(2).strip();
                    String paragraph = rs.getString(6);
                    out.computeIfAbsent(country, k -> new ArrayList<>()).add(new TreatyEntry(null, country, INSTRUMENT,
                            TreatyAction.RATIFIED, span[0], span[1], TreatyEntry.dateText(span[0], span[1]), rs.getString(4),
                            SourceKind.DOCUMENT, null, (Long) rs.getObject(5), null, paragraph == null ? null : "¶" + paragraph,
                            rs.getString(7), null, null, "reviewed fact " + rs.getLong(1), rs.getLong(1), null, null, null, null, null));
                });
        return out;
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD as the interval of days it names; null when it is none of them. */
    static LocalDate[] span(String date) {
        if (date == null) {
            return null;
        }
        String d = date.strip();
        try {
            if (d.matches("\\d{4}")) {
                int y = Integer.parseInt(d);
                return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
            }
            if (d.matches("\\d{4}-\\d{2}")) {
                YearMonth m = YearMonth.parse(d);
                return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
            }
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(d);
                return new LocalDate[] {day, day};
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    private record Checked(String country, TreatyAction action, LocalDate from, LocalDate to, String source, String url) {
    }

    private Checked check(NewEntry in) {
        if (in == null) {
            throw new InvalidInputException("body", "send the entry as JSON: country, action, date, source");
        }
        String code = required("country", in.country()).toUpperCase(java.util.Locale.ROOT);
        Country c = Countries.bundled().byIso3(code)
                .orElseThrow(() -> new InvalidInputException("country", "country '" + in.country() + "' is not an ISO 3166 alpha-3 code"));
        TreatyAction action;
        try {
            action = TreatyAction.valueOf(required("action", in.action()).toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("action", "action '" + in.action() + "' is not one of " + java.util.Arrays.toString(TreatyAction.values()));
        }
        LocalDate[] span = span(required("date", in.date()));
        if (span == null) {
            throw new InvalidInputException("date", "date '" + in.date() + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (span[0].getYear() < FIRST_YEAR) {
            throw new InvalidInputException("date", "date " + in.date() + " is before the Protocol was opened for signature (2000)");
        }
        if (span[0].isAfter(LocalDate.now())) {
            throw new InvalidInputException("date", "date " + in.date() + " is in the future");
        }
        String source = required("source", in.source());
        if (source.length() > 500) {
            throw new InvalidInputException("source", "source is longer than 500 characters");
        }
        String url = blank(in.url());
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            throw new InvalidInputException("url", "url must start with http:// or https://");
        }
        return new Checked(c.iso3(), action, span[0], span[1], source, url);
    }

    static Country country(String iso3) {
        return Countries.bundled().byIso3(iso3 == null ? "" : iso3.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("No country with ISO3 code '" + iso3 + "'"));
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value.strip();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String target(TreatyEntry e) {
        return "treaty:" + e.country() + ":" + e.id();
    }
}
