package org.palermo.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.system.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Importing releases: the same file again changes nothing; a newer export replaces values and keeps
 * the old ones in history; unplaceable rows are reported by line. Test releases use their own source
 * name so the bundled GLOTIP data other tests read stay as they are.
 */
@PalermoIntegrationTest
class GlotipImportTest {

    static final String HEADER = "UNODC,\r\n14/04/2026\r\nIso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,"
            + "Unit of measurement,txtVALUE,Source\r\n";

    @Autowired
    GlotipImport glotip;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void theBundledFileAgainChangesNothing() {
        int before = count();
        ImportReport same = glotip.importFile("data_glotip.csv", SeedStatistics.bundled());
        assertThat(same.alreadyImported()).isTrue();
        assertThat(same.rows()).isEqualTo(58769);
        assertThat(same.perIndicator()).containsEntry("Detected trafficking victims", 39485).containsEntry("Persons convicted", 8431);
        assertThat(same.conflicts()).isEqualTo(284);
        assertThat(same.duplicateKeys()).isEqualTo(492);
        assertThat(same.notes()).hasSize(26).allSatisfy(n -> assertThat(n.reason()).contains("Sark"));

        // The same content in different bytes (LF line ends) goes through the whole merge and still changes nothing.
        byte[] lf = new String(SeedStatistics.bundled(), StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
        ImportReport again = glotip.importFile("data_glotip-lf.csv", lf);
        assertThat(again.alreadyImported()).isFalse();
        assertThat(again.inserted()).isZero();
        assertThat(again.changed()).isZero();
        assertThat(again.withdrawn()).isZero();
        assertThat(again.unchanged()).isEqualTo(58769);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aNewerExportReplacesValuesAndKeepsHistory() {
        String source = "GLOTIP-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        String v1 = HEADER
                + row("GHA", "Ghana", "Detected trafficking victims", "Total", "Total", "2019", "<5", source)
                + row("GHA", "Ghana", "Persons convicted", "Total", "Total", "2019", "\"1,234\"", source)
                + row("GHA", "Ghana", "Persons prosecuted", "Total", "Total", "2019", "40", source)
                + row("GHA", "Ghana", "Persons prosecuted", "Total", "Total", "2019", "41", source)
                + row("GHA", "Ghana", "Detected trafficking victims", "by citizenship", "Nigerian", "2019", "7", source);
        ImportReport first = glotip.importFile("v1.csv", v1.getBytes(StandardCharsets.UTF_8));
        assertThat(first.inserted()).isEqualTo(5);
        assertThat(first.conflicts()).isEqualTo(1);

        JsonNode citizenship = api("country=GHA&dimension=by+citizenship&year=2019", source);
        assertThat(citizenship.get(0).get("category").asString()).isEqualTo("NGA");
        assertThat(citizenship.get(0).get("category_text").asString()).isEqualTo("Nigerian");

        String v2 = HEADER
                + row("GHA", "Ghana", "Detected trafficking victims", "Total", "Total", "2019", "12", source)
                + row("GHA", "Ghana", "Persons convicted", "Total", "Total", "2019", "\"1,234\"", source)
                + row("GHA", "Ghana", "Persons prosecuted", "Total", "Total", "2019", "40", source)
                + row("GHA", "Ghana", "Persons prosecuted", "Total", "Total", "2019", "41", source)
                + row("GHA", "Ghana", "Offences of trafficking in persons", "Total", "Total", "2019", "3", source);
        ImportReport second = glotip.importFile("v2.csv", v2.getBytes(StandardCharsets.UTF_8));
        assertThat(second.inserted()).isEqualTo(1);
        assertThat(second.changed()).isEqualTo(1);
        assertThat(second.withdrawn()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(3);

        JsonNode victims = api("country=GHA&indicator=Detected+trafficking+victims&dimension=Total&year=2019", source);
        assertThat(victims).hasSize(1);
        assertThat(victims.get(0).get("value").asLong()).isEqualTo(12);
        List<String> history = jdbc.sql("select value_text || ':' || reason from stat_observation_history where source = :s order by id")
                .param("s", source).query(String.class).list();
        assertThat(history).containsExactlyInAnyOrder("<5:CHANGED", "7:WITHDRAWN");

        ImportReport third = glotip.importFile("v2.csv", v2.getBytes(StandardCharsets.UTF_8));
        assertThat(third.alreadyImported()).isTrue();
    }

    @Test
    void rowsThatCannotBePlacedAreReportedByLineAndTheOthersAreKept() {
        String source = "GLOTIP-TEST-" + UUID.randomUUID().toString().substring(0, 8);
        String file = HEADER
                + row("KEN", "Kenya", "Persons convicted", "Total", "Total", "2019", "5", source)
                + row("KEN", "Kenya", "Persons convicted", "Total", "Total", "20x9", "5", source)
                + row("KEN", "Kenya", "Persons prosecuted", "Total", "Total", "2019", "many", source)
                + "KEN,Kenya,Africa\r\n";
        ImportReport r = glotip.importFile("bad-rows.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(r.inserted()).isEqualTo(1);
        assertThat(r.notPlaced()).extracting(ImportReport.Problem::line).containsExactly(5, 6, 7);
        assertThat(r.notPlaced().get(0).reason()).contains("20x9");
        assertThat(r.notPlaced().get(1).reason()).contains("'many'");
        assertThat(r.notPlaced().get(2).reason()).contains("fields");
    }

    @Test
    void aFileThatIsNotAGlotipExportChangesNothing() {
        int before = count();
        assertThatThrownBy(() -> glotip.importFile("other.csv", "a,b,c\r\n1,2,3\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Iso3_code");
        assertThatThrownBy(() -> glotip.importFile("cut.csv", (HEADER.replace(",txtVALUE", "") + "X\r\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("missing column(s) txtVALUE");
        assertThatThrownBy(() -> glotip.importFile("fake.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a spreadsheet");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void importingOverHttpNeedsAnAnalyst() {
        Http.Response anonymous = new Http(port).postFile("/api/v1/statistics/imports", "file", "x.csv", new byte[] {1});
        assertThat(anonymous.status()).isEqualTo(401);
    }

    private JsonNode api(String query, String source) {
        JsonNode all = new Http(port).get("/api/v1/statistics?" + query).json();
        tools.jackson.databind.node.ArrayNode mine = tools.jackson.databind.json.JsonMapper.builder().build().createArrayNode();
        all.forEach(n -> {
            if (n.get("source").asString().equals(source)) {
                mine.add(n);
            }
        });
        return mine;
    }

    private int count() {
        return jdbc.sql("select count(*) from stat_observation").query(Integer.class).single();
    }

    static String row(String iso3, String name, String indicator, String dimension, String category, String year, String value,
                      String source) {
        return String.join(",", iso3, name, "Africa", "Sub-Saharan Africa", indicator, dimension, category, "Total", "Total", year,
                "Counts", value, source) + "\r\n";
    }
}
