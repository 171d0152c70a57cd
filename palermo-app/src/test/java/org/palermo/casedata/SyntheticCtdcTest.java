package org.palermo.casedata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The synthetic CTDC generator: the real layout, readable by the importer, plausible proportions, repeatable. */
class SyntheticCtdcTest {

    @Test
    void theSameSeedGivesTheSameRecords() {
        SyntheticCtdc a = new SyntheticCtdc(7);
        SyntheticCtdc b = new SyntheticCtdc(7);
        for (int i = 0; i < 100; i++) {
            assertThat(a.nextRow()).isEqualTo(b.nextRow());
        }
        assertThat(new SyntheticCtdc(8).nextRow()).isNotEqualTo(new SyntheticCtdc(7).nextRow());
    }

    @Test
    void tenThousandRecordsImportAndLookLikeCtdc() {
        SyntheticCtdc generator = new SyntheticCtdc(2017);
        assertThat(generator.header()).hasSize(64);
        CtdcColumns columns = CtdcColumns.of(generator.header());
        List<CaseRecord> records = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            records.add(columns.read(generator.nextRow(), i + 2));
        }
        double female = records.stream().filter(r -> "female".equals(r.sex())).count() / 10_000.0;
        assertThat(female).isBetween(0.62, 0.78);
        Map<String, Integer> forms = new HashMap<>();
        records.forEach(r -> r.forms().forEach(f -> forms.merge(f, 1, Integer::sum)));
        List<String> top = forms.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).limit(2).toList();
        assertThat(top).containsExactlyInAnyOrder("sexual_exploitation", "forced_labour");
        Map<String, Integer> citizenship = new HashMap<>();
        records.stream().filter(r -> r.citizenship() != null).forEach(r -> citizenship.merge(r.citizenship(), 1, Integer::sum));
        String mostCommon = citizenship.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue)).orElseThrow().getKey();
        assertThat(mostCommon).isIn("PHL", "UKR", "USA", "KHM", "IDN", "MDA");
        long minors = records.stream().filter(r -> Boolean.TRUE.equals(r.minor())).count();
        assertThat(minors / 10_000.0).isBetween(0.08, 0.25);
        assertThat(records.stream().filter(r -> r.ageBand() == null).count()).as("many ages are missing, as in CTDC").isGreaterThan(2000);
    }
}
