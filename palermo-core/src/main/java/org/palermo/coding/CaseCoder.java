package org.palermo.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Codes a court decision from its text alone, the way the UNODC case-law database codes it:
 * Protocol acts, means and purposes, form, organized criminal group, number of victims, minors,
 * sex of victims and defendants, sectors; each label with the quote it was read from.
 * Stateless and thread-safe; one instance can code any number of decisions.
 */
public final class CaseCoder {

    private final ProtocolElements<Act> acts;
    private final ProtocolElements<Means> means;
    private final ProtocolElements<Purpose> purposes;
    private final Conventions conventions = new Conventions();
    private final VictimCount victimCount = new VictimCount();
    private final Minors minors = new Minors();
    private final VictimSex victimSex = new VictimSex();
    private final DefendantSex defendantSex;
    private final People people = new People(GivenNames.bundled());
    private final Nationalities nationalities = new Nationalities(Places.bundled());
    private final FormReader form = new FormReader(Places.bundled());
    private final OrganizedGroup organizedGroup = new OrganizedGroup();
    private final Sectors sectors = new Sectors();

    /** The coder with the whole bundled cue lexicon. */
    public CaseCoder() {
        this(cue -> true);
    }

    /** A coder using only the cues {@code keep} accepts (cross-validation drops unreliable cue families). */
    CaseCoder(Predicate<Cue> keep) {
        this(keep, DefendantSex.SEVERAL_UNSTATED_INCLUDE_A_WOMAN);
    }

    /** As above, with the learned convention of {@link DefendantSex} given (cross-validation learns it on the training folds). */
    CaseCoder(Predicate<Cue> keep, boolean severalDefendantsOfUnstatedSexIncludeAWoman) {
        defendantSex = new DefendantSex(severalDefendantsOfUnstatedSexIncludeAWoman);
        CueLexicon lexicon = CueLexicon.bundled().filter(keep);
        acts = new ProtocolElements<>("acts", Act.class, lexicon);
        means = new ProtocolElements<>("means", Means.class, lexicon);
        purposes = new ProtocolElements<>("purposes", Purpose.class, lexicon);
    }

    /** Codes one decision; {@code text} is the decision's plain text, quotes are offsets into it. */
    public CodedCase code(String id, String text) {
        DecisionText decision = new DecisionText(text == null ? "" : text);
        Map<String, Evidence> evidence = new LinkedHashMap<>();

        Map<Act, Evidence> actsFound = acts.read(decision);
        Map<Means, Evidence> meansFound = means.read(decision);
        Map<Purpose, Evidence> purposesFound = purposes.read(decision);
        conventions.apply(decision, actsFound, meansFound, purposesFound);
        putAll(evidence, "acts", actsFound);
        putAll(evidence, "means", meansFound);
        putAll(evidence, "purposes", purposesFound);

        Reading<Form> formRead = put(evidence, "form", form.read(decision));
        Reading<Boolean> group = put(evidence, "organized_criminal_group", organizedGroup.read(decision));
        VictimCount.Count count = victimCount.read(decision);
        if (count.evidence() != null) {
            evidence.put("victims", count.evidence());
        }
        Reading<Boolean> minor = put(evidence, "minors_involved", minors.read(decision));
        VictimSex.Sexes victims = victimSex.read(decision);
        put(evidence, "female_victims", victims.female());
        put(evidence, "male_victims", victims.male());
        People.Cast cast = people.read(decision);
        DefendantSex.Sexes defendants = defendantSex.read(cast);
        if (!defendants.male().present() && !defendants.female().present()) {
            defendants = defendantSex.unnamed(firstOffence(purposesFound, actsFound, meansFound));
        }
        Nationalities.Found nationality = nationalities.read(decision, cast);
        putAll(evidence, "victim_nationalities", nationality.victims());
        putAll(evidence, "defendant_nationalities", nationality.defendants());
        put(evidence, "female_defendants", defendants.female());
        put(evidence, "male_defendants", defendants.male());
        List<String> sectorList = sectors.read(decision, purposesFound.containsKey(Purpose.SEXUAL_EXPLOITATION), evidence);

        CaseLabels labels = new CaseLabels(
                ProtocolElements.codes(actsFound),
                ProtocolElements.codes(meansFound),
                ProtocolElements.codes(purposesFound),
                formRead.value(),
                group.value(),
                count.victims(),
                count.isMinimum(),
                minor.value(),
                victims.female().value(),
                victims.male().value(),
                defendants.female().value(),
                defendants.male().value(),
                sectorList,
                nationality.victims().isEmpty() ? null : Nationalities.codes(nationality.victims()),
                nationality.defendants().isEmpty() ? null : Nationalities.codes(nationality.defendants()));
        return new CodedCase(id, labels, evidence);
    }

    /** The quote of the first exploitation, act or means found: what somebody did, so somebody is the defendant. */
    private static Evidence firstOffence(Map<Purpose, Evidence> purposes, Map<Act, Evidence> acts, Map<Means, Evidence> means) {
        Evidence first = null;
        for (Map<?, Evidence> found : List.of(purposes, acts, means)) {
            for (Evidence e : found.values()) {
                if (first == null || e.start() < first.start()) {
                    first = e;
                }
            }
        }
        return first;
    }

    private static void putAll(Map<String, Evidence> evidence, String field, Map<?, Evidence> found) {
        boolean first = true;
        for (Map.Entry<?, Evidence> e : found.entrySet()) {
            if (first) {
                evidence.put(field, e.getValue());
                first = false;
            }
            String key = e.getKey() instanceof Enum<?> code ? code.name() : e.getKey().toString();
            evidence.put(field + "." + key, e.getValue());
        }
    }

    private static <T> Reading<T> put(Map<String, Evidence> evidence, String field, Reading<T> reading) {
        if (reading.present() && reading.evidence() != null) {
            evidence.put(field, reading.evidence());
        }
        return reading;
    }
}
