package org.palermo.profiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.palermo.caselaw.CaseLaw;
import org.palermo.reference.Countries;
import org.palermo.registries.ContactRole;
import org.palermo.registries.Directories;
import org.palermo.registries.TierYear;
import org.palermo.registries.TipTiers;
import org.palermo.registries.TreatyRegistry;
import org.palermo.registries.TreatyStatus;
import org.palermo.statistics.CountryStatistics;
import org.palermo.statistics.CountrySummaries;
import org.palermo.statistics.Observation;
import org.palermo.statistics.Statistics;
import org.palermo.statistics.StatisticsQuery;
import org.palermo.statistics.Submissions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the top of a country profile ({@link ProfileOverview}) from the registries, statistics, facts and case law. */
@Component
class Overviews {

    static final List<String> TRENDS = List.of("Detected trafficking victims", "Persons prosecuted", "Persons convicted");
    static final List<String> INSTITUTIONS = List.of("LEGISLATION_ADOPTED", "NATIONAL_ACTION_PLAN", "COORDINATION_BODY",
            "NATIONAL_RAPPORTEUR");
    static final int COUNTERPARTS = 6;
    private static final Pattern EDITION = Pattern.compile("^(.*?)[, ]+(?:[A-Za-z ]*?)?((?:19|20)\\d\\d)$");

    private final TreatyRegistry treaty;
    private final TipTiers tiers;
    private final Directories directories;
    private final Statistics statistics;
    private final CountrySummaries summaries;
    private final CaseLaw caseLaw;
    private final JdbcClient jdbc;

    Overviews(TreatyRegistry treaty, TipTiers tiers, Directories directories, Statistics statistics, CountrySummaries summaries,
              CaseLaw caseLaw, JdbcClient jdbc) {
        this.treaty = treaty;
        this.tiers = tiers;
        this.directories = directories;
        this.statistics = statistics;
        this.summaries = summaries;
        this.caseLaw = caseLaw;
        this.jdbc = jdbc;
    }

    ProfileOverview build(String iso3, boolean all, Map<String, Object> sections) {
        List<ProfileOverview.Missing> missing = new ArrayList<>();
        ProfileOverview.Protocol protocol = protocol(iso3);
        ProfileOverview.Tiers tierHistory = tiers(iso3);
        List<ProfileOverview.Trend> trends = trends(iso3);
        ProfileOverview.Counterparts counterparts = counterparts(iso3, all);
        ProfileOverview.Institutions institutions = institutions(iso3, all);
        ProfileOverview.Cases cases = cases(iso3);
        ProfileOverview.Registries registries = registries(iso3);
        add(missing, protocol.missing());
        add(missing, tierHistory.missing());
        trends.forEach(t -> add(missing, t.missing()));
        add(missing, counterparts.missing());
        add(missing, institutions.missing());
        add(missing, cases.missing());
        add(missing, registries.missing());
        if (!sections.containsKey("checklist")) {
            missing.add(CHECKLIST_MISSING);
        }
        if (!sections.containsKey("assistance")) {
            missing.add(ASSISTANCE_MISSING);
        }
        return new ProfileOverview(protocol, tierHistory, trends, counterparts, institutions, cases, registries, missing);
    }

    static final ProfileOverview.Missing CHECKLIST_MISSING = new ProfileOverview.Missing("checklist",
            "No self-assessment answers for this country.",
            "The country's focal point answers the checklist (the Framework for Action's measures by pillar); answers show here at once.");
    static final ProfileOverview.Missing ASSISTANCE_MISSING = new ProfileOverview.Missing("assistance",
            "No technical-assistance project or donor recorded for this country.",
            "Analysts add projects (or import IATI activity files); projects that benefit this country show here.");

    private static void add(List<ProfileOverview.Missing> list, ProfileOverview.Missing m) {
        if (m != null) {
            list.add(m);
        }
    }

    private ProfileOverview.Protocol protocol(String iso3) {
        TreatyRegistry.CountryTreaty c = treaty.country(iso3, LocalDate.now());
        TreatyStatus s = c.today();
        ProfileOverview.Missing missing = s.standing().name().equals("NO_RECORD")
                ? new ProfileOverview.Missing("protocol", "No source in the treaty registry speaks of this country's participation in the Protocol.",
                "An analyst adds an entry with its source (POST /api/v1/registries/treaty/entries: country, action, date, source).")
                : null;
        String signed = c.entries().stream().filter(e -> !e.retracted() && e.action() == org.palermo.registries.TreatyAction.SIGNED)
                .map(e -> e.date()).sorted().findFirst().orElse(null);
        return new ProfileOverview.Protocol(c.instrument(), s.standing().name(), s.standingLabel(), s.certain(), s.since(), s.says(),
                signed, s.source(), s.link(), s.asOf(), !c.disagreements().isEmpty(), s.sources(), c.disagreements(),
                "/registries/treaty/" + iso3, missing);
    }

    private ProfileOverview.Tiers tiers(String iso3) {
        List<TierYear> years = tiers.history(iso3);
        TierYear latest = null;
        for (TierYear t : years) {
            if (t.recorded()) {
                latest = t;
            }
        }
        ProfileOverview.Missing missing = years.isEmpty()
                ? new ProfileOverview.Missing("tiers", "No US TIP report tier for this country (the bundled series covers report years 2001–2015; "
                + "the United States ranks itself and is not in it).",
                "An analyst records a tier with its source: PUT /api/v1/registries/tiers/" + iso3 + "/{year}.")
                : null;
        return new ProfileOverview.Tiers(years, latest, TipTiers.SOURCE, "/registries/treaty/" + iso3, missing);
    }

    private List<ProfileOverview.Trend> trends(String iso3) {
        CountryStatistics s = summaries.forCountry(iso3);
        Map<String, CountryStatistics.Series> byIndicator = new LinkedHashMap<>();
        for (CountryStatistics.Chart chart : s.charts()) {
            for (CountryStatistics.Series series : chart.series()) {
                if (TRENDS.contains(series.indicator()) && "Total".equals(series.category()) && "Total".equals(series.sex())
                        && "Total".equals(series.age())) {
                    byIndicator.putIfAbsent(series.indicator(), series);
                }
            }
        }
        List<Observation> observations = statistics.find(new StatisticsQuery(List.of(iso3), TRENDS, List.of("Total"),
                List.of("Total"), List.of("Total"), List.of("Total"), List.of()));
        List<ProfileOverview.Trend> out = new ArrayList<>();
        for (String indicator : TRENDS) {
            CountryStatistics.Series series = byIndicator.get(indicator);
            List<ProfileOverview.Point> points = new ArrayList<>();
            if (series != null) {
                // from the first year with a published figure: the years before are the span of other indicators
                boolean started = false;
                for (CountryStatistics.Point p : series.points()) {
                    started |= p.valueText() != null;
                    if (started) {
                        points.add(new ProfileOverview.Point(p.year(), p.value(), p.valueText()));
                    }
                }
            }
            ProfileOverview.Point latest = null;
            for (ProfileOverview.Point p : points) {
                if (p.valueText() != null) {
                    latest = p;
                }
            }
            String source = sourcesOf(observations.stream().filter(o -> o.indicator().equals(indicator)).toList());
            ProfileOverview.Missing missing = latest == null
                    ? new ProfileOverview.Missing("trends", "No published national figure of \"" + indicator + "\" (total) for this country.",
                    "The focal point submits a year of statistics at /statistics/submissions; analysts validate and publish it, "
                            + "or import a newer GLOTIP release (./palermo import glotip FILE).")
                    : null;
            out.add(new ProfileOverview.Trend(indicator, points, latest, source, "/statistics/countries/" + iso3, missing));
        }
        return out;
    }

    static String sourcesOf(List<Observation> observations) {
        Set<String> names = new LinkedHashSet<>();
        observations.stream().map(Observation::source).distinct().sorted().forEach(s -> names.add(switch (s) {
            case "GLOTIP" -> "UNODC, Global Report on Trafficking in Persons data (GLOTIP)";
            case Submissions.SOURCE -> "national submissions validated and published in Palermo";
            default -> s;
        }));
        return names.isEmpty() ? null : String.join("; ", names);
    }

    private ProfileOverview.Counterparts counterparts(String iso3, boolean all) {
        // A flow fact "X is the origin of victims exploited in Y" says Y is a destination with X as its counterpart:
        // both ends are read, as the citation index does.
        Map<String, List<ProfileOverview.Counterpart>> byRole = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        List<String> sourceNames = new ArrayList<>();
        jdbc.sql("""
                        with cited as (
                            select role, trim(counterpart) as other, source_id, source_name
                            from fact_view where type = 'country_role' and country = :c and counterpart is not null
                              and role in ('ORIGIN', 'DESTINATION') and (:all or reviewed)
                            union all
                            select case role when 'ORIGIN' then 'DESTINATION' else 'ORIGIN' end, trim(country), source_id, source_name
                            from fact_view where type = 'country_role' and counterpart = :c and country is not null
                              and role in ('ORIGIN', 'DESTINATION') and (:all or reviewed))
                        select role, other, count(distinct source_id), array_agg(distinct source_name)
                        from cited where other <> :c group by role, other order by role, 3 desc, other""")
                .param("c", iso3).param("all", all)
                .query(rs -> {
                    String role = rs.getString(1);
                    totals.merge(role, 1, Integer::sum);
                    List<ProfileOverview.Counterpart> list = byRole.computeIfAbsent(role, r -> new ArrayList<>());
                    if (list.size() < COUNTERPARTS) {
                        String other = rs.getString(2);
                        list.add(new ProfileOverview.Counterpart(other, Countries.bundled().byIso3(other).map(c -> c.name()).orElse(other),
                                rs.getInt(3)));
                        for (Object n : (Object[]) rs.getArray(4).getArray()) {
                            sourceNames.add(String.valueOf(n));
                        }
                    }
                });
        // as ORIGIN, this country's counterparts are where its victims go; as DESTINATION, where its victims come from
        List<ProfileOverview.Counterpart> destinations = byRole.getOrDefault("ORIGIN", List.of());
        List<ProfileOverview.Counterpart> origins = byRole.getOrDefault("DESTINATION", List.of());
        String basis = all ? "reviewed facts and suggestions" : "reviewed facts";
        ProfileOverview.Missing missing = origins.isEmpty() && destinations.isEmpty()
                ? new ProfileOverview.Missing("counterparts", "No " + basis + " name a country of origin or destination linked with this country.",
                "Analysts ingest reports (./palermo ingest FILE or POST /api/v1/documents) or import flows (./palermo import flows); "
                        + "reviewers accept the suggested facts at /review.")
                : null;
        return new ProfileOverview.Counterparts(origins, destinations, totals.getOrDefault("DESTINATION", 0),
                totals.getOrDefault("ORIGIN", 0), "counted in distinct sources, " + basis,
                sourceNames.isEmpty() ? null : collapse(sourceNames), "/patterns/flows", missing);
    }

    /** Source names as one line, editions of a series collapsed ("… Trafficking in Persons Report 2001–2016 (16 editions)"). */
    static String collapse(List<String> names) {
        Map<String, Set<Integer>> series = new TreeMap<>();
        Set<String> single = new java.util.TreeSet<>();
        for (String name : names) {
            Matcher m = EDITION.matcher(name);
            if (m.matches()) {
                series.computeIfAbsent(name.substring(0, m.start(2)).strip(), k -> new java.util.TreeSet<>()).add(Integer.valueOf(m.group(2)));
            } else {
                single.add(name);
            }
        }
        List<String> parts = new ArrayList<>();
        series.forEach((prefix, years) -> {
            int lo = years.stream().min(Integer::compare).orElse(0);
            int hi = years.stream().max(Integer::compare).orElse(0);
            parts.add(years.size() == 1 ? prefix + " " + lo : prefix + " " + lo + "–" + hi + " (" + years.size() + " editions)");
        });
        parts.addAll(single);
        return String.join("; ", parts);
    }

    private ProfileOverview.Institutions institutions(String iso3, boolean all) {
        List<ProfileOverview.Institution> items = new ArrayList<>();
        jdbc.sql("""
                        select id, event, event_date, quote, source_name, document_id, reviewed
                        from fact_view where type = 'event' and country = :c and event = any(cast(:events as text[])) and (:all or reviewed)
                        order by event_date nulls last, id limit 12""")
                .param("c", iso3).param("events", INSTITUTIONS.toArray(String[]::new)).param("all", all)
                .query(rs -> {
                    Long doc = (Long) rs.getObject(6);
                    items.add(new ProfileOverview.Institution(rs.getString(2), label(rs.getString(2)), rs.getString(3), null,
                            rs.getString(4), rs.getString(5), doc == null ? null : "/documents/" + doc + "?fact=" + rs.getLong(1),
                            rs.getBoolean(7)));
                });
        for (Directories.PublicEntry e : directories.publishedContactPoints(iso3)) {
            if (e.category().equals(ContactRole.NATIONAL_RAPPORTEUR.name()) || e.category().equals(ContactRole.NATIONAL_COORDINATOR.name())) {
                items.add(new ProfileOverview.Institution(e.category(), e.categoryLabel(), null, e.name(), null, e.source(),
                        "/registries/contacts?country=" + iso3, true));
            }
        }
        int waiting = all ? 0 : jdbc.sql("""
                        select count(*) from fact_view where type = 'event' and country = :c and event = any(cast(:events as text[]))
                          and not reviewed""")
                .param("c", iso3).param("events", INSTITUTIONS.toArray(String[]::new)).query(Integer.class).single();
        ProfileOverview.Missing missing = items.isEmpty()
                ? new ProfileOverview.Missing("institutions", "No " + (all ? "fact" : "reviewed fact")
                + " about this country's laws, action plans, coordination body or national rapporteur"
                + (waiting == 1 ? "; 1 suggestion of the extractor awaits review" : waiting > 1 ? "; " + waiting
                + " suggestions of the extractor await review" : "") + ".",
                (waiting > 0 ? "Reviewers decide on them at /review; " : "")
                        + "analysts ingest the country's laws and reports (./palermo ingest); a focal point adds the coordinator or "
                        + "rapporteur to the contact points.")
                : null;
        return new ProfileOverview.Institutions(items, waiting, "/review?country=" + iso3 + "&type=event", missing);
    }

    static String label(String event) {
        return switch (event) {
            case "LEGISLATION_ADOPTED" -> "Law";
            case "NATIONAL_ACTION_PLAN" -> "National action plan";
            case "COORDINATION_BODY" -> "Coordination body";
            case "NATIONAL_RAPPORTEUR" -> "National rapporteur";
            default -> event;
        };
    }

    private ProfileOverview.Cases cases(String iso3) {
        long n = caseLaw.countsByCountry().stream().filter(c -> iso3.equals(c.country())).mapToLong(c -> c.decisions()).sum();
        ProfileOverview.Missing missing = n == 0
                ? new ProfileOverview.Missing("cases", "No court decision of this jurisdiction in the case-law database.",
                "Analysts import decisions (./palermo import cases FILE); they are coded on arrival.")
                : null;
        return new ProfileOverview.Cases(n, "/cases?country=" + iso3, "case-law database (court decisions with this jurisdiction)", missing);
    }

    private ProfileOverview.Registries registries(String iso3) {
        List<Directories.PublicEntry> contacts = directories.publishedContactPoints(iso3);
        List<Directories.PublicEntry> providers = directories.publishedServiceProviders(iso3);
        List<String> roles = contacts.stream().map(Directories.PublicEntry::categoryLabel).distinct().toList();
        ProfileOverview.Missing missing = contacts.isEmpty() && providers.isEmpty()
                ? new ProfileOverview.Missing("registries", "No published contact point or service provider for this country.",
                "The focal point (or an analyst) adds them one by one or from a CSV or XLSX file at /registries.")
                : null;
        return new ProfileOverview.Registries(contacts.size(), providers.size(), roles, "/registries/contacts?country=" + iso3,
                "/registries/providers?country=" + iso3, missing);
    }
}
