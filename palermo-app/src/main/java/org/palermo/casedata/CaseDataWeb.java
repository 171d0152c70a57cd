package org.palermo.casedata;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.accounts.Principal;
import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import org.palermo.system.InvalidInputException;
import org.palermo.system.NotFoundException;
import org.palermo.system.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Case data over HTTP. Who may call what:
 * <ul>
 *   <li>everyone: protected aggregates (JSON, CSV, the page) — all through {@link CaseAggregates};</li>
 *   <li>ANALYST, ADMIN: the records one by one and the list of data sets;</li>
 *   <li>ANALYST, ADMIN and a FOCAL_POINT for its own country: importing a CTDC file.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class CaseDataWeb {

    @Bean
    AccessRules caseDataAccess() {
        return () -> List.of(
                AccessRule.publicRead("/api/v1/case-data/aggregates"),
                AccessRule.publicRead("/api/v1/case-data/aggregates.csv"),
                AccessRule.publicRead("/case-data"),
                AccessRule.of("GET", "/api/v1/case-data/records", Role.ANALYST, Role.ADMIN),
                AccessRule.of("GET", "/api/v1/case-data/datasets", Role.ANALYST, Role.ADMIN),
                AccessRule.of("POST", "/api/v1/case-data/imports", Role.FOCAL_POINT, Role.ANALYST, Role.ADMIN),
                AccessRule.of("GET", "/case-data/records", Role.ANALYST, Role.ADMIN));
    }

    /** Filters of the aggregates, from request parameters (only these names are read). */
    static Map<String, String> filters(String country, String citizenship, String year, String sex, String ageBand) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("country", country);
        f.put("citizenship", citizenship);
        f.put("year", year);
        f.put("sex", sex);
        f.put("age_band", ageBand);
        return f;
    }

    /** A data set filter is for analysts only: comparing data sets could reveal what the aggregates hide. */
    static Long datasetFilter(Long dataset) {
        if (dataset == null) {
            return null;
        }
        boolean analyst = Actors.current().map(p -> p.is(Role.ANALYST) || p.is(Role.ADMIN)).orElse(false);
        if (!analyst) {
            throw new InvalidInputException("dataset", "Only analysts may restrict aggregates to one data set");
        }
        return dataset;
    }

    @RestController
    static class Api {
        private final CaseAggregates aggregates;
        private final CaseRecords records;
        private final Audit audit;

        Api(CaseAggregates aggregates, CaseRecords records, Audit audit) {
            this.aggregates = aggregates;
            this.records = records;
            this.audit = audit;
        }

        /**
         * Counts of case records, broken down by up to four of sex, age_band, citizenship, country, year,
         * form, means, recruiter; filtered by the quasi-identifiers. Every number went through the
         * disclosure rules and says which protection it got.
         */
        @GetMapping("/api/v1/case-data/aggregates")
        CaseAggregates.Published aggregates(@RequestParam(required = false) String by,
                                            @RequestParam(required = false) String country,
                                            @RequestParam(required = false) String citizenship,
                                            @RequestParam(required = false) String year,
                                            @RequestParam(required = false) String sex,
                                            @RequestParam(name = "age_band", required = false) String ageBand,
                                            @RequestParam(required = false) Long dataset) {
            return aggregates.aggregate(CaseAggregates.Query.parse(by, filters(country, citizenship, year, sex, ageBand),
                    datasetFilter(dataset)));
        }

        /** The same answer as CSV. */
        @GetMapping(path = "/api/v1/case-data/aggregates.csv", produces = "text/csv")
        ResponseEntity<String> aggregatesCsv(@RequestParam(required = false) String by,
                                             @RequestParam(required = false) String country,
                                             @RequestParam(required = false) String citizenship,
                                             @RequestParam(required = false) String year,
                                             @RequestParam(required = false) String sex,
                                             @RequestParam(name = "age_band", required = false) String ageBand,
                                             @RequestParam(required = false) Long dataset) {
            CaseAggregates.Published p = aggregates(by, country, citizenship, year, sex, ageBand, dataset);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-data-aggregates.csv\"")
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .body(CaseAggregates.csv(p));
        }

        /** Records one by one (analysts and administrators only). */
        @GetMapping("/api/v1/case-data/records")
        Map<String, Object> records(@RequestParam(required = false) Long dataset, @RequestParam(defaultValue = "100") int limit,
                                    @RequestParam(defaultValue = "0") int offset) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("total", records.count(dataset));
            body.put("records", records.records(dataset, limit, offset));
            return body;
        }

        @GetMapping("/api/v1/case-data/datasets")
        List<CaseRecords.Dataset> datasets() {
            return records.datasets();
        }

        /**
         * Imports one CTDC file (multipart field "file"). A focal point imports only for its own country.
         * 201 with the import report; 200 if the same file was imported before; 400 naming the column
         * or the lines when the file is refused (nothing is written).
         */
        @PostMapping(path = "/api/v1/case-data/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
        ResponseEntity<CaseRecords.ImportResult> importFile(@RequestParam("file") MultipartFile file,
                                                            @RequestParam(required = false) String country,
                                                            @RequestParam(name = "skip_bad_rows", defaultValue = "false") boolean skipBadRows,
                                                            HttpServletRequest request) throws IOException {
            Principal who = Actors.current().orElseThrow();
            String target = country;
            if (who.is(Role.FOCAL_POINT)) {
                target = country == null || country.isBlank() ? who.country() : country;
                if (!who.mayActFor(target.strip())) {
                    audit.refused(who.name(), "casedata.import", "country:" + target.strip().toUpperCase(Locale.ROOT),
                            "focal point for " + who.country() + " may not import case data for another country");
                    throw new AccessDeniedException("A focal point for " + who.country()
                            + " may import case data for " + who.country() + " only");
                }
            }
            String name = file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename();
            try (InputStream in = file.getInputStream()) {
                CaseRecords.ImportResult result = records.importCtdc(name, in,
                        new CaseRecords.ImportOptions(target, skipBadRows, false));
                return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
            }
        }

        /** A refused file lists its bad rows by line. */
        @ExceptionHandler(CaseRecords.BadRowsException.class)
        ResponseEntity<ProblemDetail> badRows(CaseRecords.BadRowsException e, HttpServletRequest request) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            body.setInstance(URI.create(request.getRequestURI()));
            body.setProperty("field", "file");
            body.setProperty("rows", e.problems());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
    }

    @Controller
    static class Pages {
        private final CaseAggregates aggregates;
        private final CaseRecords records;

        Pages(CaseAggregates aggregates, CaseRecords records) {
            this.aggregates = aggregates;
            this.records = records;
        }

        /** The published table and chart; bad parameters are shown on the page, not as an error page. */
        @GetMapping("/case-data")
        String page(@RequestParam(defaultValue = "sex,age_band") String by,
                    @RequestParam(required = false) String country,
                    @RequestParam(required = false) String citizenship,
                    @RequestParam(required = false) String year,
                    @RequestParam(required = false) String sex,
                    @RequestParam(name = "age_band", required = false) String ageBand,
                    HttpServletRequest request, Model model) {
            model.addAttribute("dimensions", Dimension.values());
            model.addAttribute("by", by);
            model.addAttribute("filters", filters(country, citizenship, year, sex, ageBand));
            try {
                CaseAggregates.Published p = aggregates.aggregate(
                        CaseAggregates.Query.parse(by, filters(country, citizenship, year, sex, ageBand), null));
                model.addAttribute("result", p);
                String query = request.getQueryString();
                model.addAttribute("csv", "/api/v1/case-data/aggregates.csv" + (query == null ? "" : "?" + query));
            } catch (InvalidInputException e) {
                model.addAttribute("error", e.getMessage());
            }
            return "casedata/aggregates";
        }

        @GetMapping("/case-data/records")
        String records(@RequestParam(required = false) Long dataset, @RequestParam(defaultValue = "0") int offset, Model model) {
            if (dataset != null && records.dataset(dataset).isEmpty()) {
                throw new NotFoundException("No case data set " + dataset);
            }
            model.addAttribute("datasets", records.datasets());
            model.addAttribute("dataset", dataset);
            model.addAttribute("total", records.count(dataset));
            model.addAttribute("offset", Math.max(0, offset));
            model.addAttribute("records", records.records(dataset, 200, offset));
            return "casedata/records";
        }
    }
}
