package org.palermo.registries;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.reference.Country;
import org.palermo.system.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** The US TIP report tier of each country per report year: a history, corrected by analysts with a source (audited). */
@Service
public class TipTiers {

    public static final String SOURCE = "US Department of State, Trafficking in Persons Report (tiers as coded by Kelley, "
            + "Scorecard Diplomacy, 2017)";

    private final JdbcClient jdbc;
    private final Audit audit;
    private final TransactionTemplate tx;

    TipTiers(JdbcClient jdbc, Audit audit, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = tx;
    }

    /** A tier as sent by an analyst: {@code tier} null (or "NONE") for a year without a tier. */
    public record TierInput(String tier, @JsonProperty("special_case") Boolean specialCase, String source, String note) {
    }

    /** The years of the reports held, first to last. */
    public record Span(int first, int last) {
    }

    /** Every report year from the first to the last the registry holds for any country, with gaps marked. */
    public List<TierYear> history(String iso3) {
        Country c = TreatyRegistry.country(iso3);
        Span span = span();
        if (span == null) {
            return List.of();
        }
        Map<Integer, TierYear> byYear = new HashMap<>();
        jdbc.sql("select report_year, tier, special_case, source, note from tip_tier where country = :c")
                .param("c", c.iso3())
                .query(rs -> {
                    String t = rs.getString(2);
                    byYear.put(rs.getInt(1), new TierYear(rs.getInt(1), t == null ? null : Tier.valueOf(t), rs.getBoolean(3), true,
                            rs.getString(4), rs.getString(5)));
                });
        if (byYear.isEmpty()) {
            return List.of();
        }
        List<TierYear> out = new ArrayList<>();
        for (int y = span.first(); y <= span.last(); y++) {
            out.add(byYear.getOrDefault(y, new TierYear(y, null, false, false, null, null)));
        }
        return out;
    }

    /** Every country's row in one report year. */
    public Map<String, TierYear> ofYear(int year) {
        Map<String, TierYear> out = new java.util.LinkedHashMap<>();
        jdbc.sql("select country, tier, special_case, source, note from tip_tier where report_year = :y order by country")
                .param("y", year)
                .query(rs -> {
                    String t = rs.getString(2);
                    out.put(rs.getString(1).strip(), new TierYear(year, t == null ? null : Tier.valueOf(t), rs.getBoolean(3), true,
                            rs.getString(4), rs.getString(5)));
                });
        return out;
    }

    public Span span() {
        List<Span> spans = jdbc.sql("select min(report_year), max(report_year) from tip_tier having count(*) > 0")
                .query((rs, i) -> new Span(rs.getInt(1), rs.getInt(2))).list();
        return spans.isEmpty() ? null : spans.get(0);
    }

    /** How many countries were in each tier in each report year. */
    public Map<Integer, Map<String, Integer>> countsByYear() {
        Map<Integer, Map<String, Integer>> out = new java.util.TreeMap<>();
        jdbc.sql("""
                        select report_year, coalesce(tier, case when special_case then 'SPECIAL_CASE' else 'NONE' end), count(*)
                        from tip_tier group by 1, 2 order by 1, 2""")
                .query(rs -> {
                    out.computeIfAbsent(rs.getInt(1), y -> new java.util.LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
                });
        return out;
    }

    /** Sets (or corrects) one country-year, audited with the value before. */
    public TierYear set(String iso3, int year, TierInput in) {
        Country c = TreatyRegistry.country(iso3);
        if (year < 2001 || year > java.time.Year.now().getValue()) {
            throw new InvalidInputException("year", "report year " + year + " is not between 2001 (the first report) and this year");
        }
        if (in == null || in.source() == null || in.source().isBlank()) {
            throw new InvalidInputException("source", "source is required: name the report or document the tier comes from");
        }
        Tier tier = null;
        if (in.tier() != null && !in.tier().isBlank() && !in.tier().equalsIgnoreCase("NONE")) {
            try {
                tier = Tier.valueOf(in.tier().strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("tier", "tier '" + in.tier() + "' is not one of TIER_1, TIER_2, TIER_2_WATCH_LIST, TIER_3, NONE");
            }
        }
        boolean special = Boolean.TRUE.equals(in.specialCase());
        if (special && tier != null) {
            throw new InvalidInputException("special_case", "a special case has no tier");
        }
        Tier t = tier;
        return tx.execute(status -> {
            TierYear before = jdbc.sql("select report_year, tier, special_case, source, note from tip_tier where country = :c and report_year = :y for update")
                    .param("c", c.iso3()).param("y", year)
                    .query((rs, i) -> new TierYear(rs.getInt(1), rs.getString(2) == null ? null : Tier.valueOf(rs.getString(2)),
                            rs.getBoolean(3), true, rs.getString(4), rs.getString(5)))
                    .optional().orElse(null);
            jdbc.sql("""
                            insert into tip_tier (country, report_year, tier, special_case, source, note, updated_by)
                            values (:c, :y, :t, :s, :src, :note, :by)
                            on conflict (country, report_year) do update set tier = excluded.tier, special_case = excluded.special_case,
                                source = excluded.source, note = excluded.note, updated_by = excluded.updated_by, updated_at = now()""")
                    .param("c", c.iso3()).param("y", year).param("t", t == null ? null : t.name()).param("s", special)
                    .param("src", in.source().strip()).param("note", in.note() == null || in.note().isBlank() ? null : in.note().strip())
                    .param("by", Actors.currentName()).update();
            TierYear after = new TierYear(year, t, special, true, in.source().strip(), in.note());
            audit.record("registries.tier.set", "tier:" + c.iso3() + ":" + year, before, after);
            return after;
        });
    }
}
