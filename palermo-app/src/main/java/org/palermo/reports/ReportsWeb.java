package org.palermo.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The reports page and the global report as HTML and PDF, built on request from the accepted facts. */
@Configuration(proxyBeanMethods = false)
class ReportsWeb {

    @Bean
    AccessRules reportsAccess() {
        return () -> List.of(
                AccessRule.publicRead("/reports"),
                AccessRule.publicRead("/reports/global.html"),
                AccessRule.publicRead("/reports/global.pdf"),
                AccessRule.publicRead("/reports/countries"),
                AccessRule.publicRead("/reports/countries/{iso3}"),
                AccessRule.publicRead("/reports/countries/{iso3}.pdf"));
    }

    @Controller
    static class Pages {
        private final GlobalReport report;
        private final CountryReport countries;

        Pages(GlobalReport report, CountryReport countries) {
            this.report = report;
            this.countries = countries;
        }

        /** The form on /reports sends the country here. */
        @GetMapping("/reports/countries")
        String country(@org.springframework.web.bind.annotation.RequestParam(required = false) String country) {
            String iso3 = country == null ? "" : country.strip().toUpperCase(java.util.Locale.ROOT);
            if (!iso3.matches("[A-Z]{3}")) {
                throw new org.palermo.system.InvalidInputException("country", "country '" + country + "' is not an ISO 3166 alpha-3 code");
            }
            return "redirect:/reports/countries/" + iso3;
        }

        /** A country report as HTML: the top of the profile, the detail, what is missing. */
        @GetMapping("/reports/countries/{iso3}")
        ResponseEntity<String> countryHtml(@org.springframework.web.bind.annotation.PathVariable String iso3) {
            return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8)).body(countries.html(iso3));
        }

        @GetMapping("/reports/countries/{iso3}.pdf")
        ResponseEntity<byte[]> countryPdf(@org.springframework.web.bind.annotation.PathVariable String iso3) {
            byte[] pdf = countries.pdf(iso3);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"palermo-country-report-"
                            + iso3.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]", "") + ".pdf\"")
                    .body(pdf);
        }

        @GetMapping("/reports")
        String reports() {
            return "reports/index";
        }

        @GetMapping("/reports/global.html")
        ResponseEntity<String> html() {
            String html = report.html();
            // a standalone document with its own stylesheet: allowed by hash, the rest of the page policy unchanged
            return ResponseEntity.ok().header("Content-Security-Policy", org.palermo.system.ContentSecurity.withStyleHashesOf(html))
                    .contentType(new MediaType("text", "html", StandardCharsets.UTF_8)).body(html);
        }

        @GetMapping("/reports/global.pdf")
        ResponseEntity<byte[]> pdf() {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"palermo-global-report.pdf\"")
                    .body(report.pdf());
        }
    }
}
