package org.palermo.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The global report builds as HTML and PDF from the demo data, with its six sections, figures and their sources. */
@PalermoIntegrationTest
class GlobalReportTest {

    @Autowired
    GlobalReport report;
    @LocalServerPort
    int port;

    @Test
    void theReportIsWrittenAsHtmlAndPdf(@TempDir Path dir) throws Exception {
        GlobalReport.Files2 files = report.write(dir);
        String html = Files.readString(files.html());
        assertThat(html).contains("1. Coverage", "2. Victims", "3. Offenders", "4. Flows", "5. Responses", "6. Gaps")
                .contains("<svg").containsPattern("Trafficking in Persons Report \\d{4}–2016 \\(\\d+ editions\\)");
        try (PDDocument pdf = Loader.loadPDF(files.pdf().toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(6);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("4. Flows").contains("Figure 4.").contains("Myanmar").contains("Sources:")
                    .contains("5. Responses").contains("Figure 7.").contains("Persons convicted by form of exploitation");
        }
        assertThat(report.hasNoData()).as("with the demo data the report rests on figures").isFalse();
    }

    @Test
    void theVictimsChapterCountsTheCountriesThatPublishedATotal(@TempDir Path dir) throws Exception {
        String html = Files.readString(report.write(dir).html());
        Map<String, JsonNode> published = firstPerCountry("Detected trafficking victims", "Total", "Total", 2019);
        assertThat(published).hasSizeGreaterThan(50);
        var table = Jsoup.parse(html).getElementById("national-victims");
        assertThat(table).isNotNull();
        var row2019 = table.select("tr").stream().filter(tr -> tr.text().startsWith("2019 ")).findFirst().orElseThrow();
        assertThat(row2019.select("td").get(1).text()).isEqualTo(String.valueOf(published.size()));
        assertThat(number(row2019.select("td").get(2))).isEqualTo(sum(published));
    }

    @Test
    void theResponsesChapterCountsCountriesAndAddsTotalsWithinOneIndicator(@TempDir Path dir) throws Exception {
        Element chapter = Jsoup.parse(Files.readString(report.write(dir).html())).getElementById("responses");
        assertThat(chapter).isNotNull();
        assertThat(chapter.text()).contains("Persons brought into formal contact", "Offences of trafficking in persons")
                .contains("Sources: UNODC, Global Report on Trafficking in Persons data (GLOTIP)");
        Element row2019 = chapter.select("#national-responses tr").stream()
                .filter(tr -> !tr.select("td").isEmpty() && tr.select("td").get(0).text().equals("2019")).findFirst().orElseThrow();
        for (String indicator : java.util.List.of("Persons prosecuted", "Persons convicted")) {
            Map<String, JsonNode> published = firstPerCountry(indicator, "Total", "Total", 2019);
            assertThat(published).as(indicator).hasSizeGreaterThan(20);
            String cell = "td[data-indicator='" + indicator + "'][data-measure=";
            assertThat(row2019.selectFirst(cell + "countries]").text()).as(indicator).isEqualTo(String.valueOf(published.size()));
            assertThat(number(row2019.selectFirst(cell + "total]"))).as(indicator).isEqualTo(sum(published));
            long suppressed = published.values().stream().filter(r -> r.get("value").isNull()).count();
            assertThat(row2019.selectFirst(cell + "suppressed]").text()).as(indicator).isEqualTo(String.valueOf(suppressed));
        }
        // convictions by form: the sum within the one dimension, per form
        Map<String, JsonNode> sexual = firstPerCountry("Persons convicted", "by form of exploitation", "Sexual exploitation", 2019);
        assertThat(sexual).isNotEmpty();
        Element formRow = chapter.select("#convicted-by-form tr").stream()
                .filter(tr -> !tr.select("td").isEmpty() && tr.select("td").get(0).text().equals("2019")).findFirst().orElseThrow();
        assertThat(number(formRow.select("td").get(2))).isEqualTo(sum(sexual));
    }

    @Test
    void theReportsPageOffersBothDownloads() {
        Http http = new Http(port);
        assertThat(http.get("/reports").body()).contains("/reports/global.pdf").contains("/reports/global.html");
        Http.Response pdf = http.get("/reports/global.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
    }

    /** The published figures of one indicator, dimension and category (sex and age "Total") for a year, first per country, from the public API. */
    private Map<String, JsonNode> firstPerCountry(String indicator, String dimension, String category, int year) {
        JsonNode rows = new Http(port).get("/api/v1/statistics?indicator=" + Http.q(indicator) + "&dimension=" + Http.q(dimension)
                + "&category=" + Http.q(category) + "&sex=Total&age=Total&year=" + year).json();
        Map<String, JsonNode> first = new LinkedHashMap<>();
        rows.forEach(r -> {
            if (!r.get("country").isNull()) {
                first.putIfAbsent(r.get("country").asString(), r);
            }
        });
        return first;
    }

    private static long sum(Map<String, JsonNode> rows) {
        return rows.values().stream().filter(r -> !r.get("value").isNull()).mapToLong(r -> r.get("value").asLong()).sum();
    }

    private static long number(Element cell) {
        return Long.parseLong(cell.text().replace(",", ""));
    }
}
