package org.palermo.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.checklist.Pillar;
import org.palermo.reference.Countries;
import org.palermo.reference.Country;
import org.springframework.stereotype.Service;

/**
 * Possible overlaps and duplications between projects (seed 003 §II.B). A pair is a candidate when the two
 * projects share a beneficiary country, their periods overlap, and they share a pillar of the Framework or
 * an IATI sector code. Candidates are ranked by how alike they are: the TF-IDF cosine of their descriptions
 * (weight ½), the similarity of their implementing organisations' names (weight 0.3) and the share of
 * pillars and sectors they have in common (weight 0.2); a part that cannot be measured (no description on
 * either side, no implementer named) is left out and the others' weights are scaled up. Each pair says why in
 * words. A high score is a lead for a coordinator to look at, not a finding: the same recipient may hold
 * several separate grants in one year.
 */
@Service
public class Overlaps {

    static final double W_DESCRIPTION = 0.5;
    static final double W_RECIPIENTS = 0.3;
    static final double W_TOPICS = 0.2;

    public record Side(long id, String identifier, String title, List<String> funders, List<String> implementers,
                       @JsonProperty("start_date") LocalDate start, @JsonProperty("end_date") LocalDate end,
                       BigDecimal budget, String currency) {
    }

    public record Pair(Side first, Side second, List<String> countries, @JsonProperty("overlap_from") LocalDate from,
                       @JsonProperty("overlap_to") LocalDate to, @JsonProperty("overlap_days") long days,
                       @JsonProperty("shared_pillars") List<Pillar> sharedPillars,
                       @JsonProperty("shared_sectors") List<String> sharedSectors,
                       @JsonProperty("description_similarity") Double descriptionSimilarity,
                       @JsonProperty("shared_terms") List<String> sharedTerms,
                       @JsonProperty("recipient_similarity") Double recipientSimilarity,
                       @JsonProperty("topic_similarity") double topicSimilarity,
                       @JsonProperty("same_funder") boolean sameFunder, double score, String reason) {
    }

    public record Detection(int projects, int pairs, List<Pair> all) {
    }

    private final Projects projects;

    Overlaps(Projects projects) {
        this.projects = projects;
    }

    /** Every candidate pair over all projects, highest score first. */
    public Detection detect() {
        return detect(projects.find(Projects.Filter.ALL));
    }

    /** A project as the detection reads it: period as epoch days (open ends unbounded), topics, organisation names. */
    private record Info(int index, Project p, long from, long to, Set<String> topics, List<Name> implementers, Set<String> funders) {
    }

    /** An organisation name with its folded key and tokens, worked out once per name, not once per pair. */
    private record Name(String name, String key, Set<String> tokens) {
    }

    /** The detection over the projects given (pure: no database). */
    public static Detection detect(List<Project> all) {
        Map<Integer, String> texts = new HashMap<>();
        Map<String, Name> names = new HashMap<>();
        List<Info> infos = new ArrayList<>();
        Map<String, List<Info>> byCountry = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Project p = all.get(i);
            if (p.start() == null && p.end() == null) {
                continue;   // no period: nothing can be said to overlap it
            }
            texts.put(i, p.description());
            Set<String> topics = new TreeSet<>();
            p.pillars().forEach(x -> topics.add("pillar:" + x.name()));
            p.sectors().forEach(s -> topics.add("sector:" + s.vocabulary() + ":" + s.code()));
            if (topics.isEmpty()) {
                continue;   // neither pillar nor sector: no shared topic to find
            }
            List<Name> implementers = p.doers().stream()
                    .map(n -> names.computeIfAbsent(n, x -> new Name(x, OrgNames.key(x), OrgNames.tokens(x)))).toList();
            Set<String> funders = new LinkedHashSet<>();
            p.funders().forEach(f -> funders.add(names.computeIfAbsent(f, x -> new Name(x, OrgNames.key(x), OrgNames.tokens(x))).key()));
            Info info = new Info(i, p, p.start() == null ? Long.MIN_VALUE : p.start().toEpochDay(),
                    p.end() == null ? Long.MAX_VALUE : p.end().toEpochDay(), topics, implementers, funders);
            infos.add(info);
            for (String c : p.countryCodes()) {
                byCountry.computeIfAbsent(c, k -> new ArrayList<>()).add(info);
            }
        }
        TfIdf tfidf = new TfIdf(texts);
        Map<Long, Set<String>> candidates = new HashMap<>();
        Map<Long, Info[]> sides = new HashMap<>();
        for (var e : byCountry.entrySet()) {
            List<Info> list = e.getValue();
            list.sort(Comparator.comparingLong(Info::from));
            for (int i = 0; i < list.size(); i++) {
                Info a = list.get(i);
                for (int j = i + 1; j < list.size(); j++) {
                    Info b = list.get(j);
                    if (b.from() > a.to()) {
                        break;   // sorted by start: no later project overlaps a either
                    }
                    if (!sharesTopic(a, b)) {
                        continue;
                    }
                    Info first = a.index() < b.index() ? a : b;
                    Info second = first == a ? b : a;
                    long key = ((long) first.index() << 32) | second.index();
                    candidates.computeIfAbsent(key, k -> new TreeSet<>()).add(e.getKey());
                    sides.putIfAbsent(key, new Info[] {first, second});
                }
            }
        }
        List<Pair> pairs = new ArrayList<>(candidates.size());
        candidates.forEach((key, countries) -> {
            Info[] s = sides.get(key);
            pairs.add(pair(s[0], s[1], new ArrayList<>(countries), tfidf));
        });
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed()
                .thenComparing(p -> p.first().identifier()).thenComparing(p -> p.second().identifier()));
        return new Detection(all.size(), pairs.size(), pairs);
    }

    private static boolean sharesTopic(Info a, Info b) {
        for (String t : a.topics()) {
            if (b.topics().contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static Pair pair(Info a, Info b, List<String> countries, TfIdf tfidf) {
        Project x = a.p();
        Project y = b.p();
        long from = Math.max(a.from(), b.from());
        long to = Math.min(a.to(), b.to());
        LocalDate overlapFrom = from == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(from);
        LocalDate overlapTo = to == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(to);
        long days = overlapFrom == null || overlapTo == null ? -1 : ChronoUnit.DAYS.between(overlapFrom, overlapTo) + 1;

        Set<String> shared = new TreeSet<>(a.topics());
        shared.retainAll(b.topics());
        Set<String> union = new TreeSet<>(a.topics());
        union.addAll(b.topics());
        double topics = (double) shared.size() / union.size();
        List<Pillar> pillars = shared.stream().filter(t -> t.startsWith("pillar:")).map(t -> Pillar.valueOf(t.substring(7)))
                .sorted().toList();
        List<String> sectors = shared.stream().filter(t -> t.startsWith("sector:")).map(t -> t.substring(t.lastIndexOf(':') + 1)).toList();

        Double description = tfidf.cosine(a.index(), b.index());
        List<String> terms = description == null ? List.of() : tfidf.sharedTerms(a.index(), b.index(), 5);

        Double recipients = null;
        String bestA = null;
        String bestB = null;
        for (Name m : a.implementers()) {
            for (Name n : b.implementers()) {
                double s = m.key().equals(n.key()) ? 1.0 : OrgNames.similarity(m.tokens(), n.tokens());
                if (recipients == null || s > recipients) {
                    recipients = s;
                    bestA = m.name();
                    bestB = n.name();
                }
            }
        }
        double weights = W_TOPICS + (description == null ? 0 : W_DESCRIPTION) + (recipients == null ? 0 : W_RECIPIENTS);
        double score = (W_TOPICS * topics + (description == null ? 0 : W_DESCRIPTION * description)
                + (recipients == null ? 0 : W_RECIPIENTS * recipients)) / weights;
        boolean sameFunder = a.funders().stream().anyMatch(b.funders()::contains);

        StringBuilder reason = new StringBuilder();
        reason.append("Both for ").append(names(countries)).append(", ").append(period(overlapFrom, overlapTo, days)).append("; ");
        reason.append("both ").append(topicWords(pillars, sectors)).append("; ");
        if (recipients == null) {
            reason.append("implementers not compared (not named on both)");
        } else if (recipients >= 0.999) {
            reason.append("same implementer (").append(bestA).append(")");
            if (sameFunder) {
                reason.append(" and same funder: possibly separate grants to one organisation, or one listed twice");
            }
        } else if (recipients >= 0.3) {
            reason.append("similar implementers (").append(bestA).append(" / ").append(bestB).append(", ")
                    .append(percent(recipients)).append(")");
        } else {
            reason.append("different implementers (").append(bestA).append(" / ").append(bestB).append(")");
        }
        reason.append("; ");
        if (description == null) {
            reason.append("descriptions not compared (").append(x.description() == null && y.description() == null ? "neither has one"
                    : "only one has one").append(")");
        } else {
            reason.append("descriptions ").append(percent(description)).append(" alike");
            if (!terms.isEmpty()) {
                reason.append(" (shared terms: ").append(String.join(", ", terms)).append(")");
            }
        }
        boolean saidFunder = recipients != null && recipients >= 0.999 && sameFunder;
        reason.append(saidFunder ? "." : sameFunder ? "; same funder." : "; different funders.");
        return new Pair(side(x), side(y), countries, overlapFrom, overlapTo, days, pillars, sectors, round(description), terms,
                round(recipients), round(topics), sameFunder, round(score), reason.toString());
    }

    private static Side side(Project p) {
        return new Side(p.id(), p.identifier(), p.title(), p.funders(), p.doers(), p.start(), p.end(), p.budget(), p.currency());
    }

    private static String names(List<String> countries) {
        List<String> names = countries.stream()
                .map(c -> Countries.bundled().byIso3(c).map(Country::name).orElse(c)).toList();
        return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String period(LocalDate from, LocalDate to, long days) {
        if (from == null && to == null) {
            return "both open-ended";
        }
        if (from == null || to == null) {
            return "overlapping " + (from == null ? "until " + month(to) : "from " + month(from)) + " (one has an open end)";
        }
        long months = Math.round(days / 30.44);
        return "overlapping " + month(from) + "–" + month(to) + " (" + (months >= 1 ? months + (months == 1 ? " month" : " months")
                : days + (days == 1 ? " day" : " days")) + ")";
    }

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private static String month(LocalDate d) {
        return MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private static String topicWords(List<Pillar> pillars, List<String> sectors) {
        List<String> parts = new ArrayList<>();
        if (!pillars.isEmpty()) {
            parts.add(String.join(" and ", pillars.stream().map(p -> p.label().toLowerCase(Locale.ROOT)).toList()));
        }
        if (!sectors.isEmpty()) {
            parts.add("sector " + String.join(", ", sectors));
        }
        return String.join(", ", parts);
    }

    private static String percent(double v) {
        return Math.round(v * 100) + " %";
    }

    private static Double round(Double v) {
        return v == null ? null : Math.round(v * 1000) / 1000.0;
    }
}
