package org.palermo.profiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.palermo.reference.Countries;
import org.palermo.reference.Country;
import org.palermo.system.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Builds country profiles from the facts module's read view and the sections other modules contribute. */
@Service
public class CountryProfiles {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CountryProfiles.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<ProfileSection> sections;
    private final Overviews overviews;
    private final ProfileAnswers answers;

    CountryProfiles(JdbcClient jdbc, ObjectProvider<ProfileSection> sections, Overviews overviews, ProfileAnswers answers) {
        this.jdbc = jdbc;
        this.sections = sections;
        this.overviews = overviews;
        this.answers = answers;
    }

    /**
     * @param includeSuggestions false: reviewed facts only (what the public reads by default);
     *                           true: also the extractor's suggestions, each marked as such
     */
    public CountryProfile profile(String iso3, boolean includeSuggestions) {
        Country c = country(iso3);
        return answers.kept().value(key(c, includeSuggestions), () -> build(c, includeSuggestions)).value();
    }

    /** The profile as JSON bytes (plain, gzip, ETag), kept until any data it rests on change. */
    org.palermo.answers.Answer json(String iso3, boolean includeSuggestions) {
        Country c = country(iso3);
        return answers.kept().json(key(c, includeSuggestions), () -> profile(c.iso3(), includeSuggestions));
    }

    private static Country country(String iso3) {
        return Countries.bundled().byIso3(iso3 == null ? "" : iso3.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("No country with ISO3 code '" + iso3 + "'"));
    }

    private static String key(Country c, boolean includeSuggestions) {
        return c.iso3() + (includeSuggestions ? ":all" : ":reviewed");
    }

    private CountryProfile build(Country c, boolean includeSuggestions) {
        String code = c.iso3();
        CountryProfile.Hdi hdi = jdbc.sql("select year, value from hdi where iso3 = :c order by year desc limit 1")
                .param("c", code).query((rs, i) -> new CountryProfile.Hdi(rs.getInt(1), rs.getDouble(2)))
                .optional().orElse(new CountryProfile.Hdi(null, null));
        Map<String, Object> extra = new LinkedHashMap<>();
        sections.orderedStream().forEach(s -> {
            try {
                s.forCountry(code).ifPresent(v -> extra.put(s.key(), v));
            } catch (RuntimeException e) {
                // one module's failure leaves its section out (and says so), not the whole profile
                log.warn("Profile section '{}' failed for {}: {}", s.key(), code, e.toString());
                extra.put(s.key(), Map.of("error", "this section could not be computed; the error is in the server's log"));
            }
        });
        return new CountryProfile(c.iso3(), c.iso2(), c.name(), c.region(), c.subregion(), hdi,
                overviews.build(code, includeSuggestions, extra),
                includeSuggestions ? "reviewed facts and suggestions" : "reviewed facts only",
                roles(code, includeSuggestions), events(code, includeSuggestions), says(code, includeSuggestions),
                sources(code, includeSuggestions), extra);
    }

    private List<CountryProfile.RoleSummary> roles(String iso3, boolean all) {
        // A flow fact "X is the origin of victims exploited in Y" also says Y is a destination with X as its
        // counterpart: the profile reads both ends, as the citation index does.
        return jdbc.sql("""
                        with cited as (
                            select role, source_id, reviewed, trim(counterpart) as counterpart, year, forms
                            from fact_view where type = 'country_role' and country = :c and (:all or reviewed)
                            union all
                            select case role when 'ORIGIN' then 'DESTINATION' else 'ORIGIN' end, source_id, reviewed,
                                   trim(country), year, forms
                            from fact_view where type = 'country_role' and counterpart = :c
                              and role in ('ORIGIN', 'DESTINATION') and country is not null and (:all or reviewed))
                        select f.role, count(distinct f.source_id), count(*), count(*) filter (where f.reviewed),
                               array_remove(array_agg(distinct f.counterpart), null),
                               (select array_agg(distinct x) from cited c2 cross join unnest(c2.forms) x where c2.role = f.role),
                               min(f.year), max(f.year)
                        from cited f
                        group by f.role order by f.role""")
                .param("c", iso3).param("all", all)
                .query((rs, i) -> new CountryProfile.RoleSummary(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        strings(rs.getArray(5)), strings(rs.getArray(6)),
                        rs.getObject(7) == null ? null : rs.getInt(7), rs.getObject(8) == null ? null : rs.getInt(8)))
                .list();
    }

    private List<CountryProfile.EventItem> events(String iso3, boolean all) {
        return jdbc.sql("""
                        select id, event, event_date, quote, source_name, document_id, paragraph, reviewed
                        from fact_view where type = 'event' and country = :c and (:all or reviewed)
                        order by event_date nulls last, id limit 200""")
                .param("c", iso3).param("all", all)
                .query((rs, i) -> new CountryProfile.EventItem(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6) == null ? null : rs.getLong(6),
                        rs.getString(7), rs.getBoolean(8)))
                .list();
    }

    private List<CountryProfile.SourceSays> says(String iso3, boolean all) {
        return jdbc.sql("""
                        select id, type,
                               case type when 'statistic' then metric || ' = ' || trim_scale(value)::text || coalesce(' (' || qualifier || ')', '')
                                         when 'country_role' then role || coalesce(' ↔ ' || trim(counterpart), '')
                                         else event || coalesce(' ' || event_date, '') end,
                               quote, source_name, document_id, paragraph, reviewed
                        from fact_view
                        where country = :c and document_id is not null and (:all or reviewed)
                          and rule is distinct from 'curated'
                        order by reviewed desc, id limit 100""")
                .param("c", iso3).param("all", all)
                .query((rs, i) -> new CountryProfile.SourceSays(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6) == null ? null : rs.getLong(6),
                        rs.getString(7), rs.getBoolean(8)))
                .list();
    }

    private List<CountryProfile.SourceCount> sources(String iso3, boolean all) {
        return jdbc.sql("""
                        select source_type, count(distinct source_id) from fact_view
                        where (country = :c or counterpart = :c) and (:all or reviewed)
                        group by source_type order by 2 desc""")
                .param("c", iso3).param("all", all)
                .query((rs, i) -> new CountryProfile.SourceCount(rs.getString(1), rs.getInt(2)))
                .list();
    }

    private static List<String> strings(java.sql.Array a) throws java.sql.SQLException {
        if (a == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) a.getArray()) {
            if (o != null) {
                out.add(o.toString().strip());
            }
        }
        out.sort(null);
        return out;
    }
}
