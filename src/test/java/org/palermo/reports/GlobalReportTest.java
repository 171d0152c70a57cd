package org.palermo.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

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
            assertThat(text).contains("4. Flows").contains("Figure 4.").contains("Myanmar").contains("Sources:");
        }
    }

    @Test
    void theVictimsChapterCountsTheCountriesThatPublishedATotal(@TempDir Path dir) throws Exception {
        String html = Files.readString(report.write(dir).html());
        var http = new org.palermo.support.Http(port);
        var rows = http.get("/api/v1/statistics?indicator=" + org.palermo.support.Http.q("Detected trafficking victims")
                + "&year=2019&dimension=Total&category=Total&sex=Total&age=Total").json();
        java.util.Set<String> countries = new java.util.TreeSet<>();
        rows.forEach(r -> countries.add(r.get("country").asString()));
        assertThat(countries).hasSizeGreaterThan(50);
        var table = org.jsoup.Jsoup.parse(html).getElementById("national-victims");
        assertThat(table).isNotNull();
        var row2019 = table.select("tr").stream().filter(tr -> tr.text().startsWith("2019 ")).findFirst().orElseThrow();
        assertThat(row2019.select("td").get(1).text()).isEqualTo(String.valueOf(countries.size()));
        assertThat(html).contains("Persons prosecuted").contains("Persons convicted");
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
}
