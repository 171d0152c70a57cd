package org.palermo.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.palermo.documents.Documents;
import org.palermo.facts.FactQuery;
import org.palermo.facts.FactRow;
import org.palermo.facts.Facts;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.system.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

/** Importing an edge list: provenance to the line, unresolved names listed, a second import changes nothing. */
@PalermoIntegrationTest
class FlowImportsTest {

    @Autowired
    FlowImports imports;
    @Autowired
    Documents documents;
    @Autowired
    Facts facts;

    @Test
    void eachLineBecomesAQuotedFactOrAListedName() {
        // places no demo fact names, and a year before the TIP reports, so other tests see the demo data unchanged
        String text = "Pitcairn,Tokelau\nAtlantis,Niue\nGuinea Bissau,Nauru\n\nNiue,Xanadu-" + System.nanoTime() + "\n";
        FlowImportReport r = imports.importFile("edgelist1990.txt", text.getBytes(StandardCharsets.UTF_8), null);
        assertThat(r.created()).isTrue();
        assertThat(r.year()).isEqualTo(1990);
        assertThat(r.source()).isEqualTo("US Department of State, Trafficking in Persons Report 1990");
        assertThat(r.lines()).isEqualTo(4);
        assertThat(r.facts()).isEqualTo(2);
        assertThat(r.unresolved()).extracting(FlowImportReport.Unresolved::name).containsExactly("Atlantis", r.unresolved().get(1).name());
        assertThat(r.unresolved().get(0).lineNo()).isEqualTo(2);
        assertThat(r.unresolved().get(1).side()).isEqualTo("destination");

        String stored = documents.plainText(r.documentId());
        List<FactRow> rows = facts.find(new FactQuery(r.documentId(), null, null, null, 0, 10, 0));
        assertThat(rows).hasSize(2);
        for (FactRow f : rows) {
            assertThat(stored.substring(f.start(), f.end())).isEqualTo(f.quote());
            assertThat(f.status()).isEqualTo("ACCEPTED");
        }
        assertThat(rows).extracting(FactRow::country, FactRow::counterpart, FactRow::year)
                .contains(org.assertj.core.groups.Tuple.tuple("PCN", "TKL", 1990), org.assertj.core.groups.Tuple.tuple("GNB", "NRU", 1990));

        FlowImportReport again = imports.importFile("edgelist1990.txt", text.getBytes(StandardCharsets.UTF_8), null);
        assertThat(again.created()).isFalse();
        assertThat(facts.find(new FactQuery(r.documentId(), null, null, null, 0, 10, 0))).hasSize(2);
    }

    @Test
    void aFileThatIsNotAnEdgeListIsRefusedByLine() {
        assertThatThrownBy(() -> imports.importFile("edgelist2003.txt", "Nigeria,Italy\nthree,fields,here\n".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("edgelist2003.txt line 2");
        assertThatThrownBy(() -> imports.importFile("pairs.txt", "Nigeria,Italy\n".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("--year");
    }

    @Test
    void yearsComeFromFileNames() {
        assertThat(FlowImports.yearOf("edgelist2016.txt")).contains(2016);
        assertThat(FlowImports.yearOf("pairs.txt")).isEmpty();
    }
}
