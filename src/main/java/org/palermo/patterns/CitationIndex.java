package org.palermo.patterns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.palermo.reference.Countries;
import org.palermo.reference.Country;
import org.palermo.system.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The UNODC citation index: for each country and role, how many distinct sources report the country
 * in that role, banded VERY_HIGH … VERY_LOW. A flow fact counts for both ends: "victims from Nigeria
 * exploited in Italy" cites Nigeria as origin and Italy as destination.
 */
@Service
public class CitationIndex {

    static final Set<String> ROLES = Set.of("ORIGIN", "TRANSIT", "DESTINATION", "INTERNAL");

    private final JdbcClient jdbc;
    private final LiveCache cache;
    private final CitationBands bands;

    CitationIndex(JdbcClient jdbc, LiveCache cache, CitationBands bands) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.bands = bands;
    }

    public CitationBands bands() {
        return bands;
    }

    public Fresh<List<CitationEntry>> compute(String role, Basis basis, Period period, Counting counting) {
        String r = role(role);
        return cache.get("citation|" + r + "|" + basis + "|" + period + "|" + counting,
                () -> read(r, basis, period, counting));
    }

    static String role(String role) {
        if (role == null || role.isBlank()) {
            throw new InvalidInputException("role", "role is required: ORIGIN, TRANSIT or DESTINATION");
        }
        String r = role.strip().toUpperCase(Locale.ROOT);
        if (!ROLES.contains(r)) {
            throw new InvalidInputException("role", "role is ORIGIN, TRANSIT, DESTINATION or INTERNAL, not '" + role + "'");
        }
        return r;
    }

    private List<CitationEntry> read(String role, Basis basis, Period period, Counting counting) {
        // the role a flow fact's other end plays: ORIGIN X → counterpart is DESTINATION, and back
        String mirrored = role.equals("DESTINATION") ? "ORIGIN" : role.equals("ORIGIN") ? "DESTINATION" : null;
        // one scan: a fact cites its country in its role, and a flow fact cites its counterpart in the mirrored role
        String cited = "select case when role = :role then country else counterpart end as country, source_id, year"
                + " from fact_view where type = 'country_role'"
                + " and ((role = :role and country is not null) or (role = :mirrored and counterpart is not null))"
                + " and (:all or reviewed) and (:from < 0 or year >= :from) and (:to < 0 or year <= :to)";
        List<CitationEntry> rows = new ArrayList<>();
        jdbc.sql("with cited as (" + cited + "),"
                        + " per_source as (select country, source_id, count(*) as facts, min(year) as first_year, max(year) as last_year"
                        + "  from cited group by country, source_id)"
                        + " select p.country, count(*), count(distinct coalesce(s.publisher, s.name)), sum(p.facts),"
                        + "  min(p.first_year), max(p.last_year)"
                        + " from per_source p join source s on s.id = p.source_id group by p.country")
                .param("role", role).param("mirrored", mirrored == null ? "" : mirrored)
                .param("all", basis == Basis.ALL)
                .param("from", period.from() == null ? -1 : period.from())
                .param("to", period.to() == null ? -1 : period.to())
                .query(rs -> {
                    String iso3 = rs.getString(1).strip();
                    int sources = rs.getInt(2);
                    int publishers = rs.getInt(3);
                    Country c = Countries.bundled().byIso3(iso3).orElse(null);
                    int counted = counting == Counting.PUBLISHERS ? publishers : sources;
                    rows.add(new CitationEntry(iso3, bands.level(counted), counted, publishers, rs.getInt(4),
                            c == null ? iso3 : c.name(), c == null ? null : c.region(),
                            (Integer) rs.getObject(5), (Integer) rs.getObject(6)));
                });
        rows.sort(Comparator.comparingInt(CitationEntry::sources).reversed().thenComparing(CitationEntry::country));
        return rows;
    }
}
