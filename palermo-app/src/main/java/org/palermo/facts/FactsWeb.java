package org.palermo.facts;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.caselaw.CaseReview;
import org.palermo.documents.DocumentDetail;
import org.palermo.documents.Documents;
import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import org.palermo.system.InvalidInputException;
import org.palermo.system.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Facts over HTTP and the reviewer's queue. */
@Configuration(proxyBeanMethods = false)
class FactsWeb {

    static final Role[] REVIEWERS = {Role.REVIEWER, Role.ANALYST, Role.ADMIN};

    @Bean
    AccessRules factsAccess() {
        return () -> List.of(
                AccessRule.publicRead("/api/v1/documents/{id}/facts"),
                AccessRule.of("GET", "/api/v1/facts", Role.RESEARCHER, Role.REVIEWER, Role.ANALYST, Role.ADMIN),
                AccessRule.of("GET", "/api/v1/facts/{id}", Role.RESEARCHER, Role.REVIEWER, Role.ANALYST, Role.ADMIN),
                AccessRule.of("POST", "/api/v1/facts/{id}/decision", REVIEWERS),
                AccessRule.of("GET", "/review", REVIEWERS),
                AccessRule.of("GET", "/review/rules", REVIEWERS),
                AccessRule.of("GET", "/api/v1/facts/rules", REVIEWERS),
                AccessRule.of("GET", "/api/v1/facts/bulk-accept", REVIEWERS),
                AccessRule.of("GET", "/api/v1/facts/bulk-accept/preview", REVIEWERS),
                AccessRule.of("GET", "/api/v1/facts/bulk-accept/{id}", REVIEWERS),
                AccessRule.of("POST", "/api/v1/facts/bulk-accept", REVIEWERS),
                AccessRule.of("POST", "/api/v1/facts/bulk-accept/{id}/undo", REVIEWERS),
                AccessRule.of("POST", "/api/v1/documents/{id}/extract", Role.ANALYST, Role.ADMIN));
    }

    /** A reviewer's decision as the API takes it. */
    record DecisionRequest(Decision decision, Map<String, Object> corrections, String comment) {
    }

    /** A bulk accept as the API takes it: the queue's filter, the threshold, and optionally the previewed count. */
    record BulkRequest(Long document, String country, String type,
                       @JsonProperty("min_confidence") Double minConfidence, Integer expected) {
        BulkFilter filter() {
            checkFilters(country, type, null);
            return new BulkFilter(document, country, type, minConfidence);
        }
    }

    /** A bulk step with the facts it accepted. */
    record BulkStepFacts(BulkStep step, @JsonProperty("fact_ids") List<Long> factIds) {
    }

    /** A fact as the public sees it on a document: reviewed facts and, marked as such, suggestions. */
    record PublicFact(long id, String type, String status, @JsonProperty("reviewed") boolean reviewed, String country,
                      String role, String counterpart, List<String> forms, String metric, Double value, String event,
                      String quote, Integer start, Integer end, String paragraph, double confidence, String rule) {
        static PublicFact of(FactRow f) {
            return new PublicFact(f.id(), f.type(), f.status(), f.isReviewed(), f.country(), f.role(), f.counterpart(),
                    f.forms(), f.metric(), f.value(), f.event(), f.quote(), f.start(), f.end(), f.paragraph(),
                    f.confidence(), f.rule());
        }
    }

    static final List<String> TYPES = List.of("statistic", "country_role", "event");
    static final List<String> STATUSES = List.of("SUGGESTED", "ACCEPTED", "CORRECTED", "REJECTED", "SUPERSEDED");

    /** Filters are checked at the edge: a wrong value is a 400 naming it, never an empty answer or a 500. */
    static void checkFilters(String country, String type, String status) {
        if (country != null && !country.isBlank() && !org.palermo.reference.Countries.bundled().isKnown(country)) {
            throw new InvalidInputException("country", "Unknown ISO 3166-1 alpha-3 country code '" + country + "'");
        }
        if (type != null && !type.isBlank() && !TYPES.contains(type)) {
            throw new InvalidInputException("type", "type is one of " + TYPES);
        }
        if (status != null && !status.isBlank() && !status.equals("ALL") && !STATUSES.contains(status.toUpperCase())) {
            throw new InvalidInputException("status", "status is one of " + STATUSES);
        }
    }

    @RestController
    static class Api {
        private final Facts facts;
        private final FactExtraction extraction;
        private final RuleAccuracies accuracies;
        private final BulkSteps bulk;

        Api(Facts facts, FactExtraction extraction, RuleAccuracies accuracies, BulkSteps bulk) {
            this.facts = facts;
            this.extraction = extraction;
            this.accuracies = accuracies;
            this.bulk = bulk;
        }

        /**
         * Each rule's accuracy learned from the decisions (per extractor version), with its undecided
         * suggestions; {@code rule} and {@code extractor} narrow it to one rule.
         */
        @GetMapping("/api/v1/facts/rules")
        List<RuleAccuracy> rules(@RequestParam(required = false) String rule,
                                 @RequestParam(required = false) String extractor) {
            return accuracies.listWithSuggestions(rule, extractor);
        }

        /** How many undecided suggestions a bulk accept with this filter and threshold would accept now. */
        @GetMapping("/api/v1/facts/bulk-accept/preview")
        BulkSteps.Preview previewBulk(@RequestParam(required = false) Long document,
                                      @RequestParam(required = false) String country,
                                      @RequestParam(required = false) String type,
                                      @RequestParam(name = "min_confidence", required = false) Double minConfidence) {
            return bulk.preview(new BulkRequest(document, country, type, minConfidence, null).filter());
        }

        /** Accepts the undecided suggestions at or above the threshold within the filter, as one bulk step. */
        @PostMapping("/api/v1/facts/bulk-accept")
        org.springframework.http.ResponseEntity<BulkStep> acceptBulk(@RequestBody BulkRequest request) {
            BulkStep step = bulk.accept(request.filter(), request.expected());
            return org.springframework.http.ResponseEntity.status(201).body(step);
        }

        /** The latest bulk steps, newest first. */
        @GetMapping("/api/v1/facts/bulk-accept")
        List<BulkStep> bulkSteps(@RequestParam(defaultValue = "20") int limit) {
            return bulk.recent(limit);
        }

        @GetMapping("/api/v1/facts/bulk-accept/{id}")
        BulkStepFacts bulkStep(@PathVariable long id) {
            return new BulkStepFacts(bulk.get(id), bulk.factsOf(id));
        }

        /** Returns the facts of a bulk step that nobody has decided on since to the suggestions. */
        @PostMapping("/api/v1/facts/bulk-accept/{id}/undo")
        BulkStep undoBulk(@PathVariable long id) {
            return bulk.undo(id);
        }

        /** Extracts the document again with the current extractor; reviewed facts are kept. */
        @PostMapping("/api/v1/documents/{id}/extract")
        Map<String, Object> reextract(@PathVariable long id) {
            Facts.Rerun run = extraction.reextract(id);
            return Map.of("document", id, "suggestions", run.suggestions(), "added", run.added(),
                    "superseded", run.superseded());
        }

        /** Facts drawn from one document (not rejected), with the words they came from. */
        @GetMapping("/api/v1/documents/{id}/facts")
        List<PublicFact> ofDocument(@PathVariable long id) {
            return facts.find(new FactQuery(id, null, null, null, 0, 1000, 0)).stream()
                    .filter(f -> !f.status().equals("REJECTED") && !f.status().equals("SUPERSEDED"))
                    .map(PublicFact::of).toList();
        }

        /** Facts with their provenance; filter by document, country, type, status and minimum confidence. */
        @GetMapping("/api/v1/facts")
        List<FactRow> find(@RequestParam(required = false) Long document,
                           @RequestParam(required = false) String country,
                           @RequestParam(required = false) String type,
                           @RequestParam(required = false) String status,
                           @RequestParam(name = "min_confidence", defaultValue = "0") double minConfidence,
                           @RequestParam(defaultValue = "200") int limit,
                           @RequestParam(defaultValue = "0") int offset) {
            checkFilters(country, type, status);
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                throw new org.palermo.system.InvalidInputException("min_confidence", "min_confidence must be between 0 and 1");
            }
            return facts.find(new FactQuery(document, country == null ? null : country.toUpperCase(), type,
                    status == null ? null : status.toUpperCase(), minConfidence, limit, offset));
        }

        @GetMapping("/api/v1/facts/{id}")
        FactRow get(@PathVariable long id) {
            return facts.get(id);
        }

        /** Accept, correct (with corrections), reject, or reopen a fact. */
        @PostMapping("/api/v1/facts/{id}/decision")
        FactRow decide(@PathVariable long id, @RequestBody DecisionRequest request) {
            if (request.decision() == null) {
                throw new InvalidInputException("decision", "decision is one of ACCEPT, CORRECT, REJECT, REOPEN");
            }
            return facts.decide(id, request.decision(), request.corrections(), request.comment());
        }
    }

    /** The kinds of item the review queue holds: facts drawn from documents, and court decisions' coded labels. */
    static final List<String> KINDS = List.of("all", "fact", "case_label");

    @Controller
    static class Pages {
        private final Facts facts;
        private final Documents documents;
        private final RuleAccuracies accuracies;
        private final BulkSteps bulk;
        private final CaseReview caseReview;
        private final org.palermo.caselaw.CaseLaw caseLaw;

        Pages(Facts facts, Documents documents, RuleAccuracies accuracies, BulkSteps bulk, CaseReview caseReview,
              org.palermo.caselaw.CaseLaw caseLaw) {
            this.caseLaw = caseLaw;
            this.facts = facts;
            this.documents = documents;
            this.accuracies = accuracies;
            this.bulk = bulk;
            this.caseReview = caseReview;
        }

        /** Every rule with its accuracy learned from the decisions and its undecided suggestions; the case coder's rules below. */
        @GetMapping("/review/rules")
        String rules(Model model) {
            model.addAttribute("rules", accuracies.listWithSuggestions(null, null));
            model.addAttribute("caseRules", caseReview.rules(null));
            return "facts/rules";
        }

        /** The review queue: one document at a time, paragraph by paragraph, keyboard first. */
        @GetMapping("/review")
        String queue(@RequestParam(required = false) Long document,
                     @RequestParam(required = false) String country,
                     @RequestParam(required = false) String type,
                     @RequestParam(defaultValue = "SUGGESTED") String status,
                     @RequestParam(name = "min_confidence", defaultValue = "0") double minConfidence,
                     @RequestParam(name = "bulk_step", required = false) Long bulkStep,
                     @RequestParam(defaultValue = "all") String kind,
                     @RequestParam(name = "case_bulk_step", required = false) Long caseBulkStep,
                     @RequestParam(name = "case", required = false) String caseKey,
                     Model model) {
            if (caseKey != null && !caseKey.isBlank()) {
                // One court decision: its labels are those drawn from its text (the decision's document).
                document = caseLaw.get(caseKey.strip()).documentId();
                kind = "case_label";
            }
            checkFilters(country, type, status);
            if (!KINDS.contains(kind)) {
                throw new InvalidInputException("kind", "kind is one of " + KINDS);
            }
            // A fact type narrows the queue to facts; coded labels have no such type.
            boolean showFacts = !kind.equals("case_label");
            boolean showCases = !kind.equals("fact") && blank(type) == null;
            List<FactRow> rows = !showFacts ? List.of() : facts.find(new FactQuery(document, blank(country), blank(type),
                    status.equals("ALL") ? null : status, minConfidence, 300, 0));
            List<CaseReview.Item> caseItems = !showCases ? List.of()
                    : caseReview.queue(new CaseReview.Filter(status, blank(country), null, minConfidence, document), 300);
            Map<String, String> caseRules = new java.util.HashMap<>();
            for (CaseReview.RuleFigures r : caseReview.rules(null)) {
                caseRules.put(r.rule() + "|" + r.coder(), r.summary());
            }
            model.addAttribute("kind", kind);
            model.addAttribute("caseItems", caseItems);
            model.addAttribute("caseCounts", caseReview.countsByStatus());
            model.addAttribute("caseRules", caseRules);
            model.addAttribute("caseBulkStep", caseBulkStep == null ? null : caseReview.step(caseBulkStep));
            model.addAttribute("facts", rows);
            model.addAttribute("counts", facts.countsByStatus());
            model.addAttribute("documents", documents.list());
            model.addAttribute("document", document);
            model.addAttribute("country", country);
            model.addAttribute("type", type);
            model.addAttribute("status", status);
            model.addAttribute("minConfidence", minConfidence);
            Map<Long, String> contexts = new java.util.HashMap<>();
            Map<Long, DocumentDetail> cache = new java.util.HashMap<>();
            for (FactRow f : rows) {
                if (f.documentId() != null && f.start() != null) {
                    DocumentDetail d = cache.computeIfAbsent(f.documentId(), documents::get);
                    d.paragraphs().stream().filter(p -> p.start() <= f.start() && f.start() < p.end()).findFirst()
                            .ifPresent(p -> contexts.put(f.id(), p.anchor()));
                }
            }
            model.addAttribute("anchors", contexts);
            model.addAttribute("accuracy", accuracies.table());
            model.addAttribute("bulkSteps", bulk.recent(5));
            model.addAttribute("bulkStep", bulkStep == null ? null : bulk.get(bulkStep));
            return "facts/review";
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }
}
