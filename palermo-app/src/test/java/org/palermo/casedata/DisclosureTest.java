package org.palermo.casedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The disclosure rule on small hand-made tables, and its invariants on many random ones. */
class DisclosureTest {

    private static CrossTab table(List<Dimension> dims) {
        return new CrossTab(dims);
    }

    private static void add(CrossTab t, long count, String... values) {
        String[][] v = new String[values.length][];
        for (int i = 0; i < values.length; i++) {
            v[i] = values[i] == null ? new String[0] : values[i].split("\\|");
        }
        t.add(v, count);
    }

    private static long key(CrossTab t, String... values) {
        long k = 0;
        for (int d = 0; d < values.length; d++) {
            k = CrossTab.with(k, d, values[d].equals("all") ? CrossTab.ALL : t.codeOf(d, values[d]));
        }
        return k;
    }

    @Test
    void aSmallCellIsSuppressedAndTheNextSmallestToo() {
        CrossTab t = table(List.of(Dimension.SEX));
        add(t, 100, "female");
        add(t, 30, "male");
        add(t, 2, "transgender");
        Disclosure.Protected p = Disclosure.protect(t);
        assertThat(p.protection(key(t, "female"))).isEqualTo(Disclosure.Protection.K_ANONYMOUS);
        assertThat(p.protection(key(t, "transgender"))).isEqualTo(Disclosure.Protection.SUPPRESSED);
        assertThat(p.protection(key(t, "male"))).as("else 132 - 100 would give transgender away").isEqualTo(Disclosure.Protection.SUPPRESSED);
        assertThat(p.protection(key(t, "all"))).isEqualTo(Disclosure.Protection.K_ANONYMOUS);
    }

    @Test
    void hiddenCellsTogetherCoverAtLeastElevenRecords() {
        CrossTab t = table(List.of(Dimension.YEAR));
        add(t, 3, "2016");
        add(t, 4, "2017");
        add(t, 12, "2018");
        add(t, 50, "2019");
        Disclosure.Protected p = Disclosure.protect(t);
        assertThat(p.protection(key(t, "2016"))).isEqualTo(Disclosure.Protection.SUPPRESSED);
        assertThat(p.protection(key(t, "2017"))).isEqualTo(Disclosure.Protection.SUPPRESSED);
        assertThat(p.protection(key(t, "2018"))).as("3 + 4 = 7 < 11: one more is hidden").isEqualTo(Disclosure.Protection.SUPPRESSED);
        assertThat(p.protection(key(t, "2019"))).isEqualTo(Disclosure.Protection.K_ANONYMOUS);
    }

    @Test
    void aTotalBelowElevenIsSuppressedWithItsOnlyCell() {
        CrossTab t = table(List.of(Dimension.COUNTRY, Dimension.SEX));
        add(t, 8, "NGA", "female");
        add(t, 40, "GHA", "female");
        add(t, 40, "GHA", "male");
        Disclosure.Protected p = Disclosure.protect(t);
        assertThat(p.protection(key(t, "NGA", "female"))).isEqualTo(Disclosure.Protection.SUPPRESSED);
        assertThat(p.protection(key(t, "NGA", "all"))).isEqualTo(Disclosure.Protection.SUPPRESSED);
        assertThat(p.protection(key(t, "GHA", "male"))).isEqualTo(Disclosure.Protection.K_ANONYMOUS);
        assertInvariants(p);
    }

    @Test
    void aRareFormAmongManyWomenShowsAsBelowFive() {
        CrossTab t = table(List.of(Dimension.SEX, Dimension.FORM));
        add(t, 60, "female", "sexual_exploitation");
        add(t, 3, "female", "forced_marriage");
        add(t, 20, "female", "sexual_exploitation|forced_labour");
        add(t, 40, "male", "forced_labour");
        Disclosure.Protected p = Disclosure.protect(t);
        assertThat(p.protection(key(t, "female", "forced_marriage"))).isEqualTo(Disclosure.Protection.SMALL_COUNT);
        assertThat(p.table().count(key(t, "female", "sexual_exploitation"))).isEqualTo(80);
        assertThat(p.table().count(key(t, "female", "all"))).as("each woman once").isEqualTo(83);
        assertInvariants(p);
    }

    @Test
    void theRulesHoldOnRandomTables() {
        SplittableRandom random = new SplittableRandom(42);
        List<Dimension> pool = List.of(Dimension.SEX, Dimension.AGE_BAND, Dimension.COUNTRY, Dimension.YEAR, Dimension.FORM);
        for (int n = 0; n < 300; n++) {
            List<Dimension> dims = new ArrayList<>();
            for (Dimension d : pool) {
                if (random.nextDouble() < 0.5) {
                    dims.add(d);
                }
            }
            if (dims.isEmpty()) {
                dims.add(Dimension.SEX);
            }
            CrossTab t = table(dims);
            int groups = 1 + random.nextInt(60);
            for (int g = 0; g < groups; g++) {
                String[] values = new String[dims.size()];
                for (int d = 0; d < dims.size(); d++) {
                    values[d] = dims.get(d).isMultiValued()
                            ? (random.nextBoolean() ? "a" : "a|b")
                            : "v" + random.nextInt(4);
                }
                add(t, 1 + random.nextInt(random.nextBoolean() ? 6 : 60), values);
            }
            assertInvariants(Disclosure.protect(t));
        }
    }

    /** No published QI cell covers fewer than k; no published count is below 5; no line gives a hidden number away. */
    static void assertInvariants(Disclosure.Protected p) {
        CrossTab t = p.table();
        Dimension[] dims = t.dimensions();
        for (int slot = 0; slot < t.capacity(); slot++) {
            if (!t.occupied(slot)) {
                continue;
            }
            long key = t.keyAt(slot);
            if (p.protection(key) == Disclosure.Protection.K_ANONYMOUS) {
                assertThat(t.countAt(slot)).isGreaterThanOrEqualTo(Disclosure.SMALL_COUNT);
                long classKey = key;
                for (int d = 0; d < dims.length; d++) {
                    if (dims[d].isMultiValued()) {
                        classKey = CrossTab.with(classKey, d, CrossTab.ALL);
                    }
                }
                assertThat(t.count(classKey)).isGreaterThanOrEqualTo(Disclosure.K);
            }
            for (int d = 0; d < dims.length; d++) {
                if (dims[d].isMultiValued() || CrossTab.coord(key, d) != CrossTab.ALL) {
                    continue;
                }
                int hidden = p.protection(key) == Disclosure.Protection.K_ANONYMOUS ? 0 : 1;
                long hiddenSum = 0;
                for (int s2 = 0; s2 < t.capacity(); s2++) {
                    if (!t.occupied(s2)) {
                        continue;
                    }
                    long other = t.keyAt(s2);
                    if (CrossTab.coord(other, d) != CrossTab.ALL && CrossTab.with(other, d, CrossTab.ALL) == key
                            && p.protection(other) != Disclosure.Protection.K_ANONYMOUS) {
                        hidden++;
                        hiddenSum += t.countAt(s2);
                    }
                }
                assertThat(hidden).as("hidden numbers in a line").isNotEqualTo(1);
                if (hidden > 0 && p.protection(key) == Disclosure.Protection.K_ANONYMOUS) {
                    assertThat(hiddenSum).isGreaterThanOrEqualTo(Disclosure.SMALL_COUNT);
                }
            }
        }
    }
}
