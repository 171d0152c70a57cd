package org.palermo.checklist;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Needs for technical assistance that countries stated in their published self-assessments (rec. 19(b):
 * "define needs for technical assistance"): for each country and checklist, those of its latest published
 * round in which it submitted answers. What the technical-assistance registry matches projects against.
 */
@Service
public class ChecklistNeeds {

    public record Need(String country, String checklist, @JsonProperty("round_id") long roundId,
                       @JsonProperty("round") String roundName, @JsonProperty("round_opened") LocalDate roundOpened,
                       @JsonProperty("measure_id") long measureId, String key, Pillar pillar,
                       @JsonProperty("group_name") String groupName, String wording, String status,
                       String needs) {
    }

    private final JdbcClient jdbc;

    ChecklistNeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Public needs, of one country or (null) of all, by country, checklist and measure order. */
    public List<Need> published(String iso3) {
        return jdbc.sql("""
                        with latest as (
                            select distinct on (a.country, r.checklist_id) a.country, r.checklist_id, r.id as round_id
                            from checklist_answer a join checklist_round r on r.id = a.round_id
                            where a.submitted and r.published_at is not null and (:c = '' or a.country = :c)
                            order by a.country, r.checklist_id, r.opened_at desc, r.id desc)
                        select a.country, r.checklist_id, r.id, r.name, r.opened_at, a.measure_id, i.key, i.pillar, i.group_name,
                               i.wording, a.status, a.ta_needs
                        from latest l
                        join checklist_round r on r.id = l.round_id
                        join checklist_answer a on a.round_id = l.round_id and a.country = l.country
                        join checklist_item i on i.version_id = r.version_id and i.measure_id = a.measure_id
                        where a.submitted and a.ta_needs is not null
                        order by a.country, r.checklist_id, i.position""")
                .param("c", iso3 == null ? "" : iso3.strip().toUpperCase(java.util.Locale.ROOT))
                .query((rs, i) -> new Need(rs.getString(1).strip(), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant().atZone(ZoneOffset.UTC).toLocalDate(), rs.getLong(6), rs.getString(7),
                        Pillar.parse(rs.getString(8)).orElse(null), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12)))
                .list();
    }
}
