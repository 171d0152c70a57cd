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
        // the page links its stylesheet (the CSP allows no inline style) and carries the checklist and assistance cards
        assertThat(doc.select("link[rel=stylesheet][href=/css/country-report.css]")).hasSize(1);
        assertThat(doc.select("style, [style]")).isEmpty();
        assertThat(http.get("/css/country-report.css").status()).isEqualTo(200);
        JsonNode sections = http.get("/api/v1/countries/NGA/profile").json().get("sections");
        JsonNode checklist = sections.get("checklist");
        if (checklist.get("round").isNull()) {
            assertThat(doc.getElementById("checklist").text()).contains("No published self-assessment of Nigeria");
        } else {
            assertThat(doc.select("#checklist table.pillars tbody tr")).hasSize(checklist.get("pillars").size());
        }
        JsonNode assistance = sections.get("assistance");
        String projects = assistance.get("projects").asString();
        String budget = "USD " + millions(assistance.get("budgets").get("USD").asDouble()) + " million";
        var card = doc.getElementById("assistance");
        assertThat(card.select(".headline .projects").text()).isEqualTo(projects);
        assertThat(card.select(".headline .budget").text()).isEqualTo(budget);
        assertThat(card.select("th").eachText()).noneMatch(h -> h.equalsIgnoreCase("id"));
        assertThat(card.text()).doesNotContain("budgets:").doesNotContain("Usd");

        Http.Response pdf = http.get("/reports/countries/NGA.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        byte[] bytes = http.getBytes("/reports/countries/NGA.pdf");
        Path kept = Path.of("target", "screenshots", "country-report-NGA.pdf");   // for a person to look at
        Files.createDirectories(kept.getParent());
        Files.write(kept, bytes);
        try (PDDocument d = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(d);
            assertThat(text).contains("Nigeria").contains("since " + since).contains("US TIP report tiers")
                    .contains("Detected victims, prosecutions, convictions").contains("Main counterparts in flows")
                    .contains("What is missing, and how to add it")
                    .contains("Self-assessment checklist").contains("Technical assistance and donors")
                    .contains(projects + " projects").contains(budget);
            // nothing runs past the right margin of an A4 page
            for (int n = 1; n <= d.getNumberOfPages(); n++) {
                float width = d.getPage(n - 1).getMediaBox().getWidth();
                assertThat(rightmostText(d, n)).as("rightmost text on page " + n + " of " + width + " pt").isLessThan(width - 20);
            }
        }
        assertThat(http.get("/reports/countries/XYZ").status()).isEqualTo(404);
    }

    /** A sum in millions as a reader is shown it: one decimal, none when it is whole (3.3; 12). */
    private static String millions(double amount) {
        String m = String.format(java.util.Locale.ROOT, "%.1f", amount / 1e6);
        return m.endsWith(".0") ? m.substring(0, m.length() - 2) : m;
    }

    /** The right edge, in points, of the rightmost glyph on a page. */
    private static float rightmostText(PDDocument d, int page) throws java.io.IOException {
        float[] right = {0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> positions) {
                for (org.apache.pdfbox.text.TextPosition t : positions) {
                    right[0] = Math.max(right[0], t.getXDirAdj() + t.getWidthDirAdj());
                }
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(d);
        return right[0];
    }

    @Test
    void theReportIsWrittenAsTwoFilesNamedAfterTheCountry(@TempDir Path out) throws Exception {
        CountryReport.Written written = report.write("nga", out);
        assertThat(written.empty()).isFalse();
        String html = Files.readString(out.resolve("country-report-NGA.html"));
        assertThat(Jsoup.parse(html).getElementById("protocol").text()).contains("Party since");
        assertThat(Jsoup.parse(html).select("style").html()).as("a file read on its own carries its stylesheet").contains(".tcard");
        try (PDDocument d = Loader.loadPDF(out.resolve("country-report-NGA.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(d)).contains("Nigeria").contains("Palermo Protocol");
        }
    }
}
