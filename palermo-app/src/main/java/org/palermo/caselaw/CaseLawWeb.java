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
                AccessRule.publicRead("/cases"),
                AccessRule.publicRead("/cases/{id}"));
    }

    @RestController
    static class Api {
        private final CaseLaw caseLaw;
        private final CaseIndex index;

        Api(CaseLaw caseLaw, CaseIndex index) {
            this.caseLaw = caseLaw;
            this.index = index;
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
                "minors_involved", "victims", "female_victims", "male_victims", "organized_criminal_group", "level", "coding");

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
