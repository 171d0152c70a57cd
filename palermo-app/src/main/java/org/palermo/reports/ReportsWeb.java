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
                AccessRule.publicRead("/reports/global.pdf"));
    }

    @Controller
    static class Pages {
        private final GlobalReport report;

        Pages(GlobalReport report) {
            this.report = report;
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
