package org.palermo.registries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The standing of one country at any date, from the entries of every source (pure: no database).
 *
 * <p>Each entry is a claim over time. An act dated by an interval [from, to] (a day, a month, a year) makes the
 * country a party for certain from {@code to} on, and says it was not one before {@code from}; between the two the
 * source cannot tell. A statement "not a party" dated [from, to] is certain before {@code from} (and on the day
 * itself when it is dated by a day); "a party" dated so is certain from {@code to} on. A source that lists every
 * act up to a date (its coverage) says "not a party" of a country without an act up to that date. So seed 003's
 * "Greece: not a party (2009)" and seed 004's "Greece ratified in 2011" never contradict each other, while the UN
 * Treaty Collection's "Albania ratified on 2002-08-21" and Kelley &amp; Simmons' "2004" do, in 2002–2003.
 */
final class TreatyStatuses {

    private final String country;
    private final String name;
    /** Entries by source, in the order the sources are trusted. */
    private final Map<String, List<TreatyEntry>> bySource;
    private final Map<String, SourceKind> kinds;
    private final Map<String, LocalDate> coverage;

    TreatyStatuses(String country, String name, List<TreatyEntry> entries, Map<String, LocalDate> coverage,
                   Map<String, SourceKind> coverageKinds) {
        this.country = country;
        this.name = name;
        this.coverage = Map.copyOf(coverage);
        Map<String, SourceKind> kinds = new LinkedHashMap<>(coverageKinds);
        Map<String, List<TreatyEntry>> by = new LinkedHashMap<>();
        entries.stream().filter(e -> !e.retracted())
                .sorted(Comparator.comparing(TreatyEntry::sourceKind).thenComparing(TreatyEntry::from))
                .forEach(e -> {
                    by.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e);
                    kinds.putIfAbsent(e.source(), e.sourceKind());
                });
        coverage.keySet().forEach(s -> by.computeIfAbsent(s, k -> new ArrayList<>()));
        Map<String, List<TreatyEntry>> ordered = new LinkedHashMap<>();
        by.keySet().stream().sorted(Comparator.comparing((String s) -> kinds.get(s)).thenComparing(s -> s))
                .forEach(s -> ordered.put(s, by.get(s)));
        this.bySource = ordered;
        this.kinds = kinds;
    }

    /** The standing at {@code date}: the most trusted certain verdict, else the most trusted uncertain one. */
    TreatyStatus at(LocalDate date) {
        List<SourceVerdict> verdicts = new ArrayList<>();
        bySource.forEach((source, entries) -> verdict(source, entries, date).ifPresent(verdicts::add));
        // among certain verdicts of non-parties, the most specific one: a source that does not list signatures
        // says "not a party", not "not a signatory"
        Optional<SourceVerdict> trusted = verdicts.stream().filter(SourceVerdict::certain).findFirst();
        SourceVerdict best = trusted.flatMap(t -> verdicts.stream()
                        .filter(v -> v.certain() && v.standing().isParty() == t.standing().isParty())
                        .min(Comparator.comparingInt(v -> specificity(v.standing()))))
                .or(() -> verdicts.stream().filter(v -> v.asOf() == null).findFirst())
                .or(() -> verdicts.stream().max(Comparator.comparing(SourceVerdict::asOf)))
                .orElse(null);
        boolean disagreement = disagree(verdicts);
        if (best == null) {
            return new TreatyStatus(country, name, date, TreatyStanding.NO_RECORD, TreatyStanding.NO_RECORD.label(), false,
                    null, "no source in the registry speaks of this country", null, null, null, null, false, verdicts);
        }
        return new TreatyStatus(country, name, date, best.standing(), best.standing().label(), best.certain(), best.since(),
                best.says(), best.source(), best.kind(), best.link(), best.asOf(), disagreement, verdicts);
    }

    /** Periods in which certain verdicts disagree, with what each source says. */
    List<TreatyDisagreement> disagreements() {
        TreeSet<LocalDate> points = new TreeSet<>();
        bySource.values().forEach(list -> list.forEach(e -> {
            points.add(e.from());
            points.add(e.from().minusDays(1));
            points.add(e.to());
            points.add(e.to().plusDays(1));
        }));
        coverage.values().forEach(d -> {
            points.add(d);
            points.add(d.plusDays(1));
        });
        List<TreatyDisagreement> out = new ArrayList<>();
        LocalDate start = null;
        List<SourceVerdict> startVerdicts = null;
        LocalDate previous = null;
        for (LocalDate d : points) {
            List<SourceVerdict> verdicts = new ArrayList<>();
            bySource.forEach((source, entries) -> verdict(source, entries, d).filter(SourceVerdict::certain).ifPresent(verdicts::add));
            boolean differ = disagree(verdicts);
            if (differ && start == null) {
                start = d;
                startVerdicts = verdicts;
            } else if (!differ && start != null) {
                out.add(new TreatyDisagreement(start, d.minusDays(1), startVerdicts));
                start = null;
            }
            previous = d;
        }
        if (start != null) {
            out.add(new TreatyDisagreement(start, previous, startVerdicts));
        }
        return out;
    }

    private static int specificity(TreatyStanding s) {
        return switch (s) {
            case IN_PROCESS -> 0;
            case SIGNATORY -> 1;
            default -> 2;
        };
    }

    private static boolean disagree(List<SourceVerdict> verdicts) {
        return verdicts.stream().filter(SourceVerdict::certain).map(v -> v.standing().isParty()).distinct().count() > 1;
    }

    /** One source's verdict at a date; when it says nothing of the date, its latest record before it (not certain). */
    private Optional<SourceVerdict> verdict(String source, List<TreatyEntry> entries, LocalDate date) {
        Optional<SourceVerdict> now = verdictOn(source, entries, date, null);
        if (now.isPresent()) {
            return now;
        }
        // the latest day before `date` on which the source said something for certain
        LocalDate latest = null;
        LocalDate covered = coverage.get(source);
        if (covered != null && covered.isBefore(date)) {
            latest = covered;
        }
        for (TreatyEntry e : entries) {
            if (e.action() == TreatyAction.NOT_PARTY || e.action() == TreatyAction.IN_PROCESS) {
                LocalDate last = e.to().isBefore(date) ? e.to() : null;
                if (last != null && (latest == null || last.isAfter(latest))) {
                    latest = last;
                }
            }
        }
        if (latest == null) {
            return signedOnly(source, entries, date);
        }
        LocalDate asOf = latest;
        return verdictOn(source, entries, asOf, asOf);
    }

    private Optional<SourceVerdict> verdictOn(String source, List<TreatyEntry> entries, LocalDate date, LocalDate asOf) {
        SourceKind kind = kinds.get(source);
        boolean stale = asOf != null;
        // a party for certain: an act whose whole interval lies on or before the date, or a statement "a party" so dated
        for (TreatyEntry e : entries) {
            if ((e.action().makesParty() || e.action() == TreatyAction.PARTY) && !e.to().isAfter(date)) {
                String says = e.action() == TreatyAction.PARTY ? "a party by " + e.date() : e.action().noun() + " " + e.date();
                return Optional.of(new SourceVerdict(source, kind, TreatyStanding.PARTY, !stale,
                        e.action().makesParty() ? e.date() : null, says, asOf, e.link(), idOf(e)));
            }
        }
        boolean signed = entries.stream().anyMatch(e -> e.action() == TreatyAction.SIGNED && !e.to().isAfter(date));
        String signature = entries.stream().filter(e -> e.action() == TreatyAction.SIGNED && !e.to().isAfter(date))
                .map(e -> "signed " + e.date() + "; ").findFirst().orElse("");
        // an act dated by a month or year that contains the date: it may have happened before or after it
        for (TreatyEntry e : entries) {
            if (e.action().makesParty() && !e.from().isAfter(date) && e.to().isAfter(date)) {
                return Optional.of(new SourceVerdict(source, kind, TreatyStanding.PARTY, false, e.date(),
                        signature + e.action().noun() + " in " + e.date() + " (the day is not given)", asOf, e.link(), idOf(e)));
            }
        }
        // not a party for certain: a later act, a statement so dated, or a source complete up to the date
        TreatyEntry laterAct = entries.stream().filter(e -> e.action().makesParty() && date.isBefore(e.from()))
                .findFirst().orElse(null);
        TreatyEntry statement = entries.stream()
                .filter(e -> (e.action() == TreatyAction.NOT_PARTY || e.action() == TreatyAction.IN_PROCESS)
                        && (date.isBefore(e.from()) || (e.from().equals(e.to()) && !date.isAfter(e.to()))))
                .findFirst().orElse(null);
        LocalDate covered = coverage.get(source);
        boolean complete = covered != null && !date.isAfter(covered);
        if (laterAct != null || statement != null || complete) {
            TreatyEntry basis = statement != null ? statement : laterAct;
            TreatyStanding standing = statement != null && statement.action() == TreatyAction.IN_PROCESS ? TreatyStanding.IN_PROCESS
                    : signed ? TreatyStanding.SIGNATORY : TreatyStanding.NOT_PARTY;
            String says = signature + (statement != null ? statement.action().noun() + " (" + statement.date() + ")"
                    : laterAct != null ? "not yet a party (" + laterAct.action().noun() + " " + laterAct.date() + ")"
                    : "no ratification or accession listed up to " + covered);
            return Optional.of(new SourceVerdict(source, kind, standing, !stale, null, says, asOf,
                    basis == null ? null : basis.link(), basis == null ? List.of() : idOf(basis)));
        }
        // a statement "not a party" dated by a year that contains the date
        for (TreatyEntry e : entries) {
            if ((e.action() == TreatyAction.NOT_PARTY || e.action() == TreatyAction.IN_PROCESS)
                    && !e.from().isAfter(date) && !e.to().isBefore(date)) {
                TreatyStanding standing = e.action() == TreatyAction.IN_PROCESS ? TreatyStanding.IN_PROCESS
                        : signed ? TreatyStanding.SIGNATORY : TreatyStanding.NOT_PARTY;
                return Optional.of(new SourceVerdict(source, kind, standing, false, null,
                        signature + e.action().noun() + " (" + e.date() + ")", asOf, e.link(), idOf(e)));
            }
        }
        return Optional.empty();
    }

    /** A signature alone, from a source that says nothing else: it does not tell whether the country became a party since. */
    private Optional<SourceVerdict> signedOnly(String source, List<TreatyEntry> entries, LocalDate date) {
        return entries.stream().filter(e -> e.action() == TreatyAction.SIGNED && !e.to().isAfter(date)).findFirst()
                .map(s -> new SourceVerdict(source, kinds.get(source), TreatyStanding.SIGNATORY, false, null, "signed " + s.date(),
                        null, s.link(), idOf(s)));
    }

    /** The registry entries behind a verdict (a fact read from the facts module has none: its link names it). */
    private static List<Long> idOf(TreatyEntry e) {
        return e.id() == null ? List.of() : List.of(e.id());
    }
}
