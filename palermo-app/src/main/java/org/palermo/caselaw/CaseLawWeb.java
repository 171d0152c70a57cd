package org.palermo.caselaw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import org.palermo.system.InvalidInputException;
import org.palermo.system.NotFoundException;
import org.palermo.system.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Case law over HTTP. Routes, and who may call them:
 * <pre>
 * GET  /api/v1/cases                                   public  search: hits with highlights, facet counts, total
 * GET  /api/v1/cases/countries                         public  decisions per jurisdiction
 * GET  /api/v1/cases/{id}                              public  one decision, its text and every coded value
 * POST /api/v1/cases/{id}/coding/{codingId}/accept     REVIEWER, ANALYST, ADMIN
 * POST /api/v1/cases/{id}/coding/{codingId}/reject     REVIEWER, ANALYST, ADMIN
 * PUT  /api/v1/cases/{id}/coding/{field}               REVIEWER, ANALYST, ADMIN  {"values": [...]}
 * POST /api/v1/cases/index                             ANALYST, ADMIN  rebuild the search index
 * POST /api/v1/cases/imports                           ANALYST, ADMIN  upload decisions (multipart): JSONL, CSV with a
 *                                                      column mapping, or one .txt/.pdf/.docx/.html with its metadata;
 *                                                      one transaction per file, bad lines named, each coded on arrival
 * GET  /api/v1/cases/review                            REVIEWER, ANALYST, ADMIN  the coder's values for review
 * GET  /api/v1/cases/coding-rules                      REVIEWER, ANALYST, ADMIN  each coder rule's accuracy
 * GET  /api/v1/cases/bulk-accept/preview               REVIEWER, ANALYST, ADMIN
 * POST /api/v1/cases/bulk-accept                       REVIEWER, ANALYST, ADMIN  {"jurisdiction", "field", "min_confidence", "expected"}
 * POST /api/v1/cases/bulk-accept/{id}/undo             REVIEWER, ANALYST, ADMIN
 * GET  /cases, /cases/{id}                             public  the search page and a decision's page
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
class CaseLawWeb {

    @Bean
    AccessRules caseLawAccess() {
        return () -> List.of(
                AccessRule.publicRead("/api/v1/cases"),
                AccessRule.publicRead("/api/v1/cases/countries"),
                AccessRule.publicRead("/api/v1/cases/{id}"),
                AccessRule.of("POST", "/api/v1/cases/{id}/coding/{codingId}/accept", Role.REVIEWER, Role.ANALYST, Role.ADMIN),
                AccessRule.of("POST", "/api/v1/cases/{id}/coding/{codingId}/reject", Role.REVIEWER, Role.ANALYST, Role.ADMIN),
                AccessRule.of("PUT", "/api/v1/cases/{id}/coding/{field}", Role.REVIEWER, Role.ANALYST, Role.ADMIN),
                AccessRule.of("POST", "/api/v1/cases/index", Role.ANALYST, Role.ADMIN),
                AccessRule.of("POST", "/api/v1/cases/imports", Role.ANALYST, Role.ADMIN),
                AccessRule.of("GET", "/api/v1/cases/review", Role.REVIEWER, Role.ANALYST, Role.ADMIN),
                AccessRule.of("GET", "/api/v1/cases/coding-rules", Role.REVIEWER, Role.ANALYST, Role.ADMIN),
                AccessRule.of("GET", "/api/v1/cases/bulk-accept/preview", Role.REVIEWER, Role.ANALYST, Role.ADMIN),
                AccessRule.of("POST", "/api/v1/cases/bulk-accept", Role.REVIEWER, Role.ANALYST, Role.ADMIN),
                AccessRule.of("POST", "/api/v1/cases/bulk-accept/{id}/undo", Role.REVIEWER, Role.ANALYST, Role.ADMIN),
                AccessRule.publicRead("/cases"),
                AccessRule.publicRead("/cases/{id}"));
    }

    @RestController
    static class Api {
        private final CaseLaw caseLaw;
        private final CaseIndex index;
        private final CaseUploads uploads;
        private final CaseReview review;

        Api(CaseLaw caseLaw, CaseIndex index, CaseUploads uploads, CaseReview review) {
            this.caseLaw = caseLaw;
            this.index = index;
            this.uploads = uploads;
            this.review = review;
        }

        /**
         * Upload decisions: {@code file} (.jsonl, .csv, or one .txt/.pdf/.docx/.html decision), {@code format}
         * (jsonl|csv|document, default from the file name), {@code map} (CSV: FIELD=COLUMN, repeatable),
         * {@code source}, and for one document its metadata ({@code id}, {@code name}, {@code court},
         * {@code jurisdiction}, {@code decision_date}, {@code level}, {@code outcome}, {@code case_number},
         * {@code source_url}). 201 with what was imported; 400 naming every bad line, nothing imported.
         */
        @PostMapping(path = "/api/v1/cases/imports", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
        org.springframework.http.ResponseEntity<?> upload(@RequestParam("file") org.springframework.web.multipart.MultipartFile file,
                                                          @RequestParam MultiValueMap<String, String> form,
                                                          jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
            CaseUploads.Result result = uploads.upload(file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename(),
                    file.getBytes(), form);
            if (!result.report().errors().isEmpty()) {
                org.springframework.http.ProblemDetail problem = org.springframework.http.ProblemDetail.forStatusAndDetail(
                        HttpStatus.BAD_REQUEST, result.problem());
                problem.setTitle("Bad Request");
                problem.setInstance(java.net.URI.create(request.getRequestURI()));
                problem.setProperty("field", "file");
                problem.setProperty("errors", result.report().errors().stream()
                        .map(e -> Map.of("line", e.line(), "reason", e.reason())).toList());
                return org.springframework.http.ResponseEntity.badRequest()
                        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
            }
            return org.springframework.http.ResponseEntity.status(result.report().created() > 0 ? HttpStatus.CREATED : HttpStatus.OK)
                    .body(result.summary());
        }

        /** The coder's values for review: status (SUGGESTED by default), jurisdiction, field, min_confidence. */
        @GetMapping("/api/v1/cases/review")
        List<CaseReview.Item> reviewQueue(@RequestParam(required = false) String status,
                                          @RequestParam(required = false) String jurisdiction,
                                          @RequestParam(required = false) String field,
                                          @RequestParam(name = "min_confidence", defaultValue = "0") double minConfidence,
                                          @RequestParam(defaultValue = "200") int limit) {
            return review.queue(filter(status, jurisdiction, field, minConfidence), limit);
        }

        /** Each coder rule's record (one-by-one decisions; bulk acceptances apart), per coder version. */
        @GetMapping("/api/v1/cases/coding-rules")
        List<CaseReview.RuleFigures> codingRules(@RequestParam(required = false) String rule) {
            return review.rules(rule);
        }

        @GetMapping("/api/v1/cases/bulk-accept/preview")
        CaseReview.Preview previewBulk(@RequestParam(required = false) String jurisdiction,
                                       @RequestParam(required = false) String field,
                                       @RequestParam(name = "min_confidence", required = false) Double minConfidence) {
            return review.preview(filter("SUGGESTED", jurisdiction, field, minConfidence == null ? 0 : minConfidence));
        }

        /** A bulk accept as the API takes it. */
        record BulkRequest(String jurisdiction, String field,
                           @com.fasterxml.jackson.annotation.JsonProperty("min_confidence") Double minConfidence, Integer expected) {
        }

        @PostMapping("/api/v1/cases/bulk-accept")
        org.springframework.http.ResponseEntity<CaseReview.BulkStep> acceptBulk(@RequestBody BulkRequest body) {
            if (body == null) {
                throw new InvalidInputException("min_confidence", "Send {\"min_confidence\": 0.9} and optionally jurisdiction, field, expected");
            }
            CaseReview.BulkStep step = review.accept(filter("SUGGESTED", body.jurisdiction(), body.field(),
                    body.minConfidence() == null ? 0 : body.minConfidence()), body.expected());
            return org.springframework.http.ResponseEntity.status(HttpStatus.CREATED).body(step);
        }

        @PostMapping("/api/v1/cases/bulk-accept/{id}/undo")
        CaseReview.BulkStep undoBulk(@PathVariable long id) {
            return review.undo(id);
        }

        private static CaseReview.Filter filter(String status, String jurisdiction, String field, double minConfidence) {
            if (jurisdiction != null && !jurisdiction.isBlank() && !org.palermo.reference.Countries.bundled().isKnown(jurisdiction.strip().toUpperCase(java.util.Locale.ROOT))) {
                throw new InvalidInputException("jurisdiction", "Unknown ISO 3166-1 alpha-3 country code '" + jurisdiction + "'");
            }
            if (status != null && !status.isBlank() && !List.of("SUGGESTED", "ACCEPTED", "CORRECTED", "REJECTED", "ALL")
                    .contains(status.toUpperCase(java.util.Locale.ROOT))) {
                throw new InvalidInputException("status", "status is one of SUGGESTED, ACCEPTED, CORRECTED, REJECTED, ALL");
            }
            return new CaseReview.Filter(status, jurisdiction, field, minConfidence);
        }

        /**
         * Search: {@code q} words; filters {@code purpose}, {@code form}, {@code country}, {@code act}, {@code means},
         * {@code sector}, {@code year}, {@code level}, {@code minors}, {@code coding} (or any facet's name), repeatable;
         * {@code sort} relevance|date; {@code page} from 1; {@code size} up to 100.
         */
        @GetMapping("/api/v1/cases")
        CaseResults search(@RequestParam MultiValueMap<String, String> params) {
            return index.search(CaseSearchParams.read(params));
        }

        @GetMapping("/api/v1/cases/countries")
        List<CountryCaseCount> countries() {
            return caseLaw.countsByCountry();
        }

        @GetMapping("/api/v1/cases/{id}")
        DecisionView get(@PathVariable String id) {
            return caseLaw.get(id);
        }

        @PostMapping("/api/v1/cases/{id}/coding/{codingId}/accept")
        CodedValue accept(@PathVariable String id, @PathVariable long codingId) {
            return caseLaw.accept(id, codingId);
        }

        @PostMapping("/api/v1/cases/{id}/coding/{codingId}/reject")
        CodedValue reject(@PathVariable String id, @PathVariable long codingId) {
            return caseLaw.reject(id, codingId);
        }

        /** The values a reviewer sets for one field. */
        record Correction(List<String> values) {
        }

        @PutMapping("/api/v1/cases/{id}/coding/{field}")
        List<CodedValue> correct(@PathVariable String id, @PathVariable String field, @RequestBody Correction body) {
            if (body == null || body.values() == null) {
                throw new InvalidInputException("values", "Send {\"values\": [...]} (an empty list makes the field unknown)");
            }
            return caseLaw.correct(id, field, body.values());
        }

        @PostMapping("/api/v1/cases/index")
        CaseIndex.Sync rebuild() {
            return index.rebuild();
        }
    }

    @Controller
    static class Pages {
        private final CaseLaw caseLaw;
        private final CaseIndex index;

        Pages(CaseLaw caseLaw, CaseIndex index) {
            this.caseLaw = caseLaw;
            this.index = index;
        }

        /** The facets the search page offers, in order. */
        static final List<String> PAGE_FACETS = List.of("purposes", "form", "acts", "means", "sectors", "jurisdiction", "year",
                "minors_involved", "victims", "female_victims", "male_victims", "female_defendants", "male_defendants",
                "victim_nationalities", "defendant_nationalities", "organized_criminal_group", "level", "coding");

        @GetMapping("/cases")
        String search(@RequestParam MultiValueMap<String, String> params, Model model) {
            CaseQuery query;
            try {
                query = CaseSearchParams.read(params);
            } catch (InvalidInputException e) {
                model.addAttribute("error", e.getMessage());
                query = CaseQuery.words(params.getFirst("q"));
            }
            CaseResults results = index.search(query);
            List<FacetBox> facets = new ArrayList<>();
            for (String dim : PAGE_FACETS) {
                List<FacetOption> options = new ArrayList<>();
                List<String> selected = query.filters().getOrDefault(dim, List.of());
                for (CaseResults.FacetCount c : results.facets().getOrDefault(dim, List.of())) {
                    options.add(new FacetOption(c.value(), Labels.value(dim, c.value()), c.count(), selected.contains(c.value())));
                }
                for (String s : selected) {
                    if (options.stream().noneMatch(o -> o.value().equals(s))) {
                        options.add(new FacetOption(s, Labels.value(dim, s), 0, true));
                    }
                }
                if (!options.isEmpty()) {
                    facets.add(new FacetBox(dim, Labels.field(dim), options));
                }
            }
            model.addAttribute("query", query);
            model.addAttribute("results", results);
            model.addAttribute("facets", facets);
            model.addAttribute("hits", results.hits().stream().map(Pages::hitView).toList());
            model.addAttribute("previous", query.page() > 1 ? pageUrl(params, query.page() - 1) : null);
            model.addAttribute("next", query.page() < results.pages() ? pageUrl(params, query.page() + 1) : null);
            return "caselaw/search";
        }

        @GetMapping("/cases/{id}")
        String decision(@PathVariable String id, Model model) {
            DecisionView d;
            try {
                d = caseLaw.get(id);
            } catch (NotFoundException e) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
            }
            List<FieldView> fields = new ArrayList<>();
            for (CodingField f : CodingField.values()) {
                List<ValueView> values = d.coding().stream().filter(c -> c.field().equals(f.json()))
                        .map(c -> new ValueView(c, Labels.value(f.json(), c.value()))).toList();
                fields.add(new FieldView(f.json(), Labels.field(f.json()), values));
            }
            model.addAttribute("decision", d);
            model.addAttribute("jurisdictionName", Labels.value("jurisdiction", d.jurisdiction()));
            model.addAttribute("fields", fields);
            model.addAttribute("pieces", TextMarks.cut(d.text(), d.coding()));
            return "caselaw/decision";
        }

        record FacetBox(String dim, String label, List<FacetOption> options) {
        }

        record FacetOption(String value, String label, long count, boolean selected) {
        }

        record HitView(CaseResults.CaseHit hit, String jurisdictionName, Map<String, String> coding) {
        }

        record FieldView(String name, String label, List<ValueView> values) {
        }

        record ValueView(CodedValue value, String label) {
        }

        private static HitView hitView(CaseResults.CaseHit h) {
            Map<String, String> coding = new LinkedHashMap<>();
            for (String dim : List.of("purposes", "form", "acts", "means")) {
                List<String> values = h.coding().get(dim);
                if (values != null) {
                    coding.put(Labels.field(dim), String.join(", ", values.stream().map(v -> Labels.value(dim, v)).toList()));
                }
            }
            return new HitView(h, Labels.value("jurisdiction", h.jurisdiction()), coding);
        }

        private static String pageUrl(MultiValueMap<String, String> params, int page) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/cases");
            params.forEach((k, v) -> {
                if (!k.equals("page")) {
                    v.forEach(value -> b.queryParam(k, value));
                }
            });
            return b.queryParam("page", page).encode().build().toUriString();
        }
    }
}
