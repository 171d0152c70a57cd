package org.palermo.checklist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.reference.Countries;
import org.palermo.reference.Country;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Progress by pillar (or topic), per country and round, and the comparison with the country's M49 region.
 * A group's progress is the mean score of its measures answerable by States (a measure in place 1, partly ½,
 * planned ¼, not in place or unanswered 0; "not applicable" leaves it out); a group with no answer at all has
 * no progress (null), not zero. Rounds worded by different versions are compared measure by measure through
 * the measures' identities. Everything is computed from the answers at the moment of asking: an answer
 * shows in the next reading.
 */
@Service
public class Progress {

    public record Group(String code, String name, Pillar pillar, int measures, int answered,
                        @JsonProperty("not_applicable") int notApplicable, Double progress) {
    }

    public record RoundProgress(Round round, int measures, int answered, Double overall, List<Group> groups) {
    }

    public record Average(String code, String name, Double progress, int countries) {
    }

    /** The mean progress of other countries of a region (M49 region or subregion) in the same round. */
    public record RegionAverage(String level, String name, int countries, Double overall, List<Average> groups) {
    }

    public record Change(String key, @JsonProperty("previous_key") String previousKey, String wording,
                         @JsonProperty("wording_changed") boolean wordingChanged, String from, String to, Double delta) {
    }

    public record CountryProgress(String checklist, String title, String country, @JsonProperty("country_name") String countryName,
                                  String region, String subregion, RoundProgress latest, List<RoundProgress> rounds,
                                  List<RegionAverage> comparison, List<Change> changes) {
    }

    public record CountryRow(String country, String name, String region, String subregion, int answered, int measures,
                             Double overall, Map<String, Double> groups) {
    }

    public record RoundComparison(Round round, List<Group> groups, List<CountryRow> countries, List<RegionAverage> regions) {
    }

    private final JdbcClient jdbc;
    private final Checklists checklists;
    private final Rounds rounds;

    Progress(JdbcClient jdbc, Checklists checklists, Rounds rounds) {
        this.jdbc = jdbc;
        this.checklists = checklists;
        this.rounds = rounds;
    }

    /** Answers visible to the reader in one round: country → measure → status. */
    private Map<String, Map<Long, AnswerStatus>> answers(Round round, Visibility v, String onlyCountry) {
        Map<String, Map<Long, AnswerStatus>> out = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.country, a.measure_id, a.status from checklist_answer a
                        where a.round_id = :r and (:c = '' or a.country = :c)
                          and (:all or a.country = :own or (:published and a.submitted))""")
                .param("r", round.id()).param("c", onlyCountry == null ? "" : onlyCountry)
                .param("all", v.all()).param("own", v.own()).param("published", round.published())
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1).strip(), k -> new HashMap<>())
                            .put(rs.getLong(2), AnswerStatus.valueOf(rs.getString(3)));
                });
        return out;
    }

    private static RoundProgress score(Round round, List<Checklists.Item> items, Map<Long, AnswerStatus> answers) {
        Map<String, List<Checklists.Item>> byGroup = new LinkedHashMap<>();
        items.stream().filter(Checklists.Item::answerable).forEach(i -> byGroup.computeIfAbsent(i.groupCode(), k -> new ArrayList<>()).add(i));
        List<Group> groups = new ArrayList<>();
        int allMeasures = 0;
        int allAnswered = 0;
        int allNa = 0;
        double allSum = 0;
        for (List<Checklists.Item> members : byGroup.values()) {
            int answered = 0;
            int na = 0;
            double sum = 0;
            for (Checklists.Item i : members) {
                AnswerStatus s = answers.get(i.measureId());
                if (s != null) {
                    answered++;
                    if (s.applicable()) {
                        sum += s.score();
                    } else {
                        na++;
                    }
                }
            }
            Checklists.Item first = members.get(0);
            int counted = members.size() - na;
            groups.add(new Group(first.groupCode(), first.groupName(), first.pillar(), members.size(), answered, na,
                    answered == 0 || counted == 0 ? null : sum / counted));
            allMeasures += members.size();
            allAnswered += answered;
            allNa += na;
            allSum += sum;
        }
        int counted = allMeasures - allNa;
        return new RoundProgress(round, allMeasures, allAnswered, allAnswered == 0 || counted == 0 ? null : allSum / counted, groups);
    }

    /** A country's progress in each round where the reader sees answers of it, the latest against its region. */
    public CountryProgress country(String checklistId, String iso3) {
        return country(checklistId, iso3, Visibility.ofCurrentReader());
    }

    CountryProgress country(String checklistId, String iso3, Visibility v) {
        Country c = Answers.country(iso3);
        Checklists.Checklist checklist = checklists.get(checklistId);
        List<RoundProgress> history = new ArrayList<>();
        Map<Long, Map<Long, AnswerStatus>> byRound = new HashMap<>();
        Map<Long, List<Checklists.Item>> itemsByVersion = new HashMap<>();
        for (Round r : rounds.list(checklist.id(), v)) {
            Map<Long, AnswerStatus> mine = answers(r, v, c.iso3()).getOrDefault(c.iso3(), Map.of());
            if (mine.isEmpty()) {
                continue;
            }
            List<Checklists.Item> items = itemsByVersion.computeIfAbsent(r.versionId(), checklists::items);
            history.add(score(r, items, mine));
            byRound.put(r.id(), mine);
        }
        RoundProgress latest = history.isEmpty() ? null : history.get(history.size() - 1);
        List<RegionAverage> comparison = List.of();
        List<Change> changes = List.of();
        if (latest != null) {
            Round r = latest.round();
            List<Checklists.Item> items = itemsByVersion.get(r.versionId());
            Map<String, RoundProgress> others = new LinkedHashMap<>();
            answers(r, v, null).forEach((iso, a) -> {
                if (!iso.equals(c.iso3())) {
                    others.put(iso, score(r, items, a));
                }
            });
            comparison = new ArrayList<>();
            if (c.subregion() != null) {
                comparison.add(average("subregion", c.subregion(), latest.groups(), others, x -> c.subregion().equals(x.subregion())));
            }
            if (c.region() != null) {
                comparison.add(average("region", c.region(), latest.groups(), others, x -> c.region().equals(x.region())));
            }
            if (history.size() > 1) {
                RoundProgress before = history.get(history.size() - 2);
                changes = changes(itemsByVersion.get(before.round().versionId()), byRound.get(before.round().id()),
                        items, byRound.get(r.id()));
            }
        }
        return new CountryProgress(checklist.id(), checklist.title(), c.iso3(), c.name(), c.region(), c.subregion(), latest,
                history, comparison, changes);
    }

    private static RegionAverage average(String level, String name, List<Group> groups, Map<String, RoundProgress> others,
                                         java.util.function.Predicate<Country> in) {
        List<RoundProgress> members = others.entrySet().stream()
                .filter(e -> Countries.bundled().byIso3(e.getKey()).filter(in).isPresent()).map(Map.Entry::getValue).toList();
        List<Average> averages = new ArrayList<>();
        for (Group g : groups) {
            List<Double> values = members.stream().flatMap(m -> m.groups().stream())
                    .filter(x -> x.code().equals(g.code()) && x.progress() != null).map(Group::progress).toList();
            averages.add(new Average(g.code(), g.name(), mean(values), values.size()));
        }
        List<Double> overall = members.stream().map(RoundProgress::overall).filter(Objects::nonNull).toList();
        return new RegionAverage(level, name, members.size(), mean(overall), averages);
    }

    private static Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** Measures answered in both rounds, matched by identity, with their status then and now. */
    private static List<Change> changes(List<Checklists.Item> beforeItems, Map<Long, AnswerStatus> before,
                                        List<Checklists.Item> nowItems, Map<Long, AnswerStatus> now) {
        Map<Long, Checklists.Item> then = new HashMap<>();
        beforeItems.forEach(i -> then.put(i.measureId(), i));
        List<Change> out = new ArrayList<>();
        for (Checklists.Item i : nowItems) {
            AnswerStatus a = before.get(i.measureId());
            AnswerStatus b = now.get(i.measureId());
            Checklists.Item old = then.get(i.measureId());
            if (a == null || b == null || old == null) {
                continue;
            }
            Double delta = a.applicable() && b.applicable() ? b.score() - a.score() : null;
            out.add(new Change(i.key(), old.key().equals(i.key()) ? null : old.key(), i.wording(),
                    !old.wording().equals(i.wording()), a.name(), b.name(), delta));
        }
        return out;
    }

    /** Every country with visible answers in a round, with its progress by group, and the regions' means. */
    public RoundComparison round(long roundId) {
        return round(roundId, Visibility.ofCurrentReader());
    }

    RoundComparison round(long roundId, Visibility v) {
        Round r = rounds.visible(roundId, v);
        List<Checklists.Item> items = checklists.items(r.versionId());
        Map<String, RoundProgress> byCountry = new LinkedHashMap<>();
        answers(r, v, null).forEach((iso, a) -> byCountry.put(iso, score(r, items, a)));
        List<Group> groups = score(r, items, Map.of()).groups();
        List<CountryRow> rows = new ArrayList<>();
        Map<String, List<String>> regions = new LinkedHashMap<>();
        byCountry.forEach((iso, p) -> {
            Country c = Countries.bundled().byIso3(iso).orElse(null);
            Map<String, Double> g = new LinkedHashMap<>();
            p.groups().forEach(x -> g.put(x.code(), x.progress()));
            rows.add(new CountryRow(iso, c == null ? iso : c.name(), c == null ? null : c.region(), c == null ? null : c.subregion(),
                    p.answered(), p.measures(), p.overall(), g));
            if (c != null) {
                if (c.region() != null) {
                    regions.computeIfAbsent("region|" + c.region(), k -> new ArrayList<>()).add(iso);
                }
                if (c.subregion() != null) {
                    regions.computeIfAbsent("subregion|" + c.subregion(), k -> new ArrayList<>()).add(iso);
                }
            }
        });
        rows.sort(Comparator.comparing(CountryRow::name));
        List<RegionAverage> averages = new ArrayList<>();
        regions.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String[] key = e.getKey().split("\\|", 2);
            Map<String, RoundProgress> members = new LinkedHashMap<>();
            e.getValue().forEach(iso -> members.put(iso, byCountry.get(iso)));
            averages.add(average(key[0], key[1], groups, members, x -> true));
        });
        return new RoundComparison(r, groups, rows, averages);
    }
}
