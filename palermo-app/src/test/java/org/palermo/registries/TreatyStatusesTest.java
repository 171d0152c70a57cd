package org.palermo.registries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The standing at a date from entries of several sources, with the bundled data's real cases: Greece (seed 003:
 * not a party in 2009; seed 004: ratified in 2011; UNTC: 2011-01-11), Albania (UNTC 2002-08-21, Kelley &amp;
 * Simmons 2004), Chad (UNTC accession 2009-08-18; Kelley &amp; Simmons: not ratified by 2011), Japan (signed only,
 * data sets end in 2013).
 */
class TreatyStatusesTest {

    static final String UNTC = "UNTC";
    static final String KS = "K&S";
    static final String SEED003 = "seed 003 (2009)";
    static final String SEED004 = "seed 004 (2012)";
    static final LocalDate UNTC_END = LocalDate.of(2013, 10, 17);
    static final LocalDate KS_END = LocalDate.of(2011, 12, 31);

    static TreatyEntry entry(String country, TreatyAction action, String date, String source, SourceKind kind) {
        LocalDate[] span = TreatyRegistry.span(date);
        return new TreatyEntry(1L, country, TreatyRegistry.INSTRUMENT, action, span[0], span[1], TreatyEntry.dateText(span[0], span[1]),
                source, kind, null, null, null, null, null, null, null, null, null, "test", null, null, null, null);
    }

    static TreatyStatuses statuses(String country, List<TreatyEntry> entries, boolean untc, boolean ks) {
        Map<String, LocalDate> coverage = new java.util.LinkedHashMap<>();
        Map<String, SourceKind> kinds = new java.util.LinkedHashMap<>();
        if (untc) {
            coverage.put(UNTC, UNTC_END);
            kinds.put(UNTC, SourceKind.TREATY_DATASET);
        }
        if (ks) {
            coverage.put(KS, KS_END);
            kinds.put(KS, SourceKind.RESEARCH_DATASET);
        }
        return new TreatyStatuses(country, country, entries, coverage, kinds);
    }

    TreatyStatuses greece() {
        return statuses("GRC", List.of(
                entry("GRC", TreatyAction.SIGNED, "2000-12-13", UNTC, SourceKind.TREATY_DATASET),
                entry("GRC", TreatyAction.RATIFIED, "2011-01-11", UNTC, SourceKind.TREATY_DATASET),
                entry("GRC", TreatyAction.RATIFIED, "2011", KS, SourceKind.RESEARCH_DATASET),
                entry("GRC", TreatyAction.NOT_PARTY, "2009", SEED003, SourceKind.DOCUMENT),
                entry("GRC", TreatyAction.RATIFIED, "2011", SEED004, SourceKind.DOCUMENT)), true, true);
    }

    @Test
    void greeceIsANonPartyIn2009AndAPartyFrom2011AndTheSourcesNeverDisagree() {
        TreatyStatus in2009 = greece().at(LocalDate.of(2009, 6, 30));
        assertThat(in2009.standing()).isEqualTo(TreatyStanding.SIGNATORY);
        assertThat(in2009.certain()).isTrue();
        assertThat(in2009.disagreement()).isFalse();
        SourceVerdict seed003 = in2009.sources().stream().filter(v -> v.source().equals(SEED003)).findFirst().orElseThrow();
        assertThat(seed003.standing().isParty()).isFalse();
        assertThat(seed003.says()).contains("not a party (2009)");

        TreatyStatus in2012 = greece().at(LocalDate.of(2012, 3, 1));
        assertThat(in2012.standing()).isEqualTo(TreatyStanding.PARTY);
        assertThat(in2012.since()).isEqualTo("2011-01-11");
        assertThat(in2012.source()).isEqualTo(UNTC);
        assertThat(in2012.sources()).extracting(SourceVerdict::source).contains(SEED004, KS);
        assertThat(in2012.sources()).allMatch(v -> v.standing() == TreatyStanding.PARTY || !v.certain());
        assertThat(greece().disagreements()).isEmpty();
    }

    @Test
    void withinTheYearASourceGivesOnlyTheYearOfItIsNotCertain() {
        // 5 January 2011: the depositary says not yet (ratified on the 11th); "ratified in 2011" cannot tell
        TreatyStatus s = greece().at(LocalDate.of(2011, 1, 5));
        assertThat(s.standing()).isEqualTo(TreatyStanding.SIGNATORY);
        assertThat(s.disagreement()).isFalse();
        SourceVerdict ks = s.sources().stream().filter(v -> v.source().equals(KS)).findFirst().orElseThrow();
        assertThat(ks.certain()).isFalse();
        assertThat(ks.says()).contains("in 2011").contains("day is not given");
    }

    @Test
    void albaniaShowsTheDisagreementBetweenTheTreatyCollectionAndKelleyAndSimmons() {
        TreatyStatuses albania = statuses("ALB", List.of(
                entry("ALB", TreatyAction.SIGNED, "2000-12-12", UNTC, SourceKind.TREATY_DATASET),
                entry("ALB", TreatyAction.RATIFIED, "2002-08-21", UNTC, SourceKind.TREATY_DATASET),
                entry("ALB", TreatyAction.RATIFIED, "2004", KS, SourceKind.RESEARCH_DATASET)), true, true);
        TreatyStatus in2003 = albania.at(LocalDate.of(2003, 6, 30));
        assertThat(in2003.standing()).isEqualTo(TreatyStanding.PARTY);
        assertThat(in2003.disagreement()).isTrue();
        assertThat(albania.at(LocalDate.of(2005, 1, 1)).disagreement()).isFalse();
        List<TreatyDisagreement> d = albania.disagreements();
        assertThat(d).hasSize(1);
        assertThat(d.get(0).from()).isEqualTo(LocalDate.of(2002, 8, 21));
        assertThat(d.get(0).to()).isEqualTo(LocalDate.of(2003, 12, 31));
    }

    @Test
    void chadIsAPartyForTheTreatyCollectionWhileKelleyAndSimmonsListItAsNotRatifiedBy2011() {
        TreatyStatuses chad = statuses("TCD", List.of(
                entry("TCD", TreatyAction.ACCEDED, "2009-08-18", UNTC, SourceKind.TREATY_DATASET),
                entry("TCD", TreatyAction.NOT_PARTY, "2009", SEED003, SourceKind.DOCUMENT)), true, true);
        List<TreatyDisagreement> d = chad.disagreements();
        assertThat(d).hasSize(1);
        assertThat(d.get(0).from()).isEqualTo(LocalDate.of(2009, 8, 18));
        assertThat(d.get(0).to()).isEqualTo(KS_END);
        assertThat(chad.at(LocalDate.of(2010, 6, 1)).says()).isEqualTo("accession 2009-08-18");
        // seed 003 (2009) does not contradict an accession in August 2009
        assertThat(chad.at(LocalDate.of(2008, 12, 31)).disagreement()).isFalse();
    }

    @Test
    void afterTheDataSetsEndANonPartyIsReportedAsOfItsLatestRecord() {
        TreatyStatuses japan = statuses("JPN", List.of(
                entry("JPN", TreatyAction.SIGNED, "2002-12-09", UNTC, SourceKind.TREATY_DATASET)), true, true);
        TreatyStatus today = japan.at(LocalDate.of(2026, 1, 1));
        assertThat(today.standing()).isEqualTo(TreatyStanding.SIGNATORY);
        assertThat(today.certain()).isFalse();
        assertThat(today.asOf()).isEqualTo(UNTC_END);
        // an analyst records the acceptance of 2017: a party from then, never a disagreement with the old data
        TreatyStatuses later = statuses("JPN", List.of(
                entry("JPN", TreatyAction.SIGNED, "2002-12-09", UNTC, SourceKind.TREATY_DATASET),
                entry("JPN", TreatyAction.ACCEPTED, "2017-07-11", "UNTC, checked 2026", SourceKind.ANALYST)), true, true);
        assertThat(later.at(LocalDate.of(2026, 1, 1)).standing()).isEqualTo(TreatyStanding.PARTY);
        assertThat(later.at(LocalDate.of(2026, 1, 1)).since()).isEqualTo("2017-07-11");
        assertThat(later.at(LocalDate.of(2012, 1, 1)).standing()).isEqualTo(TreatyStanding.SIGNATORY);
        assertThat(later.disagreements()).isEmpty();
    }

    @Test
    void aCountryNoSourceSpeaksOfHasNoRecord() {
        assertThat(statuses("XKX", List.of(), false, false).at(LocalDate.of(2010, 1, 1)).standing()).isEqualTo(TreatyStanding.NO_RECORD);
    }
}
