package org.palermo.caselaw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unit: the Lucene index on its own — idempotent re-indexing, exact facet counts, escaped highlights, date order. */
class CaseSearchIndexTest {

    @TempDir
    Path dir;

    static IndexedDecision decision(String key, String text, LocalDate date, String purpose) {
        return new IndexedDecision(key, 1, "USA", "District Court", "Case " + key, date, date == null ? null : date.getYear(),
                null, "FIRST_INSTANCE", text, CaseLaw.facets("USA", date == null ? null : date.getYear(), "FIRST_INSTANCE",
                List.<String[]>of(new String[] {"purposes", purpose, "ACCEPTED"}, new String[] {"victims", "3", "ACCEPTED"})));
    }

    @Test
    void reIndexingIsIdempotentAndFacetsCountExactly() throws Exception {
        try (CaseSearchIndex index = new CaseSearchIndex(Files.createDirectories(dir.resolve("i")))) {
            for (int round = 0; round < 2; round++) {
                index.put(decision("A", "Workers held in debt bondage on a farm.", LocalDate.of(2010, 1, 2), "FORCED_LABOUR"));
                index.put(decision("B", "A maid kept in domestic servitude <b>unpaid</b>.", LocalDate.of(2012, 3, 4), "SERVITUDE"));
                index.put(decision("C", "Girls forced into prostitution.", null, "SEXUAL_EXPLOITATION"));
                index.commit("f" + round);
            }
            assertThat(index.size()).isEqualTo(3);
            assertThat(index.committedFingerprint()).isEqualTo("f1");

            CaseResults r = index.search(new CaseQuery("debt bondage domestic servitude", Map.of(), CaseQuery.Order.RELEVANCE, 1, 10));
            assertThat(r.total()).isEqualTo(2);
            assertThat(r.facets().get("purposes")).extracting(CaseResults.FacetCount::value).containsExactlyInAnyOrder("FORCED_LABOUR", "SERVITUDE");
            assertThat(r.facets().get("victims")).containsExactly(new CaseResults.FacetCount("2-5", 2));
            CaseResults.CaseHit maid = r.hits().stream().filter(h -> h.id().equals("B")).findFirst().orElseThrow();
            assertThat(maid.highlights().get(0)).contains("<mark>domestic</mark>").contains("&lt;b&gt;unpaid&lt;&#x2F;b&gt;")
                    .doesNotContain("<b>");

            CaseResults filtered = index.search(new CaseQuery("debt bondage domestic servitude",
                    Map.of("purposes", List.of("FORCED_LABOUR")), CaseQuery.Order.RELEVANCE, 1, 10));
            assertThat(filtered.total()).isEqualTo(1);
            assertThat(filtered.hits().get(0).id()).isEqualTo("A");
            // Sideways: the purpose counts are those without the purpose filter.
            assertThat(filtered.facets().get("purposes")).hasSize(2);

            CaseResults byDate = index.search(new CaseQuery("", Map.of(), CaseQuery.Order.DATE, 1, 10));
            assertThat(byDate.hits()).extracting(CaseResults.CaseHit::id).containsExactly("B", "A", "C");

            index.delete("A");
            index.commit("f2");
            assertThat(index.revisions()).containsOnlyKeys("B", "C");
        }
    }
}
