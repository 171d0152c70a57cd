package org.palermo.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Nigeria's country report as HTML and PDF, over HTTP and as the files {@code ./palermo report country} writes:
 * the top of the profile with its sources, then the detail.
 */
@PalermoIntegrationTest
class CountryReportTest {

    @LocalServerPort
    int port;
    @Autowired
    CountryReport report;

    @Test
    void theReportPageAndItsPdfCarryTheProfileTopWithSources() throws Exception {
        Http http = new Http(port);
        JsonNode o = http.get("/api/v1/countries/NGA/profile").json().get("overview");
        String since = o.get("protocol").get("since").asString();
        Http.Response page = http.get("/reports/countries/NGA");
        assertThat(page.status()).isEqualTo(200);
        var doc = Jsoup.parse(page.body());
        assertThat(doc.getElementById("protocol").text()).contains("Party").contains("since " + since).contains("Source: UN Treaty Collection");
        assertThat(doc.select("#tiers svg g.tier-year")).hasSize(o.get("tiers").get("years").size());
        assertThat(doc.select("#trends svg.sparkline")).hasSize(3);
        assertThat(doc.getElementById("counterparts").text()).contains(o.get("counterparts").get("destinations").get(0).get("name").asString());

        Http.Response pdf = http.get("/reports/countries/NGA.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        try (PDDocument d = Loader.loadPDF(http.getBytes("/reports/countries/NGA.pdf"))) {
            String text = new PDFTextStripper().getText(d);
            assertThat(text).contains("Nigeria").contains("since " + since).contains("US TIP report tiers")
                    .contains("Detected victims, prosecutions, convictions").contains("Main counterparts in flows")
                    .contains("What is missing, and how to add it");
        }
        assertThat(http.get("/reports/countries/XYZ").status()).isEqualTo(404);
    }

    @Test
    void theReportIsWrittenAsTwoFilesNamedAfterTheCountry(@TempDir Path out) throws Exception {
        CountryReport.Written written = report.write("nga", out);
        assertThat(written.empty()).isFalse();
        String html = Files.readString(out.resolve("country-report-NGA.html"));
        assertThat(Jsoup.parse(html).getElementById("protocol").text()).contains("Party since");
        try (PDDocument d = Loader.loadPDF(out.resolve("country-report-NGA.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(d)).contains("Nigeria").contains("Palermo Protocol");
        }
    }
}
