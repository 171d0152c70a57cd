package org.palermo.assistance;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import org.palermo.checklist.Pillar;
import org.palermo.reference.Countries;
import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import org.palermo.system.InvalidInputException;
import org.palermo.system.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartFile;

/**
 * The technical-assistance and donor registry over HTTP. Everyone reads projects, donors, overlaps, gaps and
 * the matrix, and downloads them (IATI XML, CSV); analysts and administrators import files and add or change
 * projects, each change audited.
 * <pre>
 * GET  /api/v1/assistance/projects[?country=&funder=&pillar=&year=&q=&limit=&offset=]   {total, projects}
 * GET  /api/v1/assistance/projects.xml | .csv (same filters)                            IATI 2.03 activity XML / CSV
 * GET  /api/v1/assistance/projects/{id}
 * POST /api/v1/assistance/projects, PUT /api/v1/assistance/projects/{id}                a project (JSON)
 * POST /api/v1/assistance/imports                                                       multipart "file" (repeatable): IATI XML or CSV
 * GET  /api/v1/assistance/donors | /codes
 * GET  /api/v1/assistance/overlaps[?country=&year=&min_score=&limit=&offset=] | overlaps.csv
 * GET  /api/v1/assistance/gaps[?country=] | gaps.csv
 * GET  /api/v1/assistance/matrix[?country=&funder=&pillar=] | matrix.csv
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
class AssistanceWeb {

    static final Role[] EDITORS = {Role.ANALYST, Role.ADMIN};

    @Bean
    AccessRules assistanceAccess() {
        return () -> List.of(
                AccessRule.publicRead("/api/v1/assistance/projects"),
                AccessRule.publicRead("/api/v1/assistance/projects.xml"),
                AccessRule.publicRead("/api/v1/assistance/projects.csv"),
                AccessRule.publicRead("/api/v1/assistance/projects/{id}"),
                AccessRule.of("POST", "/api/v1/assistance/projects", EDITORS),
                AccessRule.of("PUT", "/api/v1/assistance/projects/{id}", EDITORS),
                AccessRule.of("POST", "/api/v1/assistance/imports", EDITORS),
                AccessRule.publicRead("/api/v1/assistance/donors"),
                AccessRule.publicRead("/api/v1/assistance/codes"),
                AccessRule.publicRead("/api/v1/assistance/overlaps"),
                AccessRule.publicRead("/api/v1/assistance/overlaps.csv"),
                AccessRule.publicRead("/api/v1/assistance/gaps"),
                AccessRule.publicRead("/api/v1/assistance/gaps.csv"),
                AccessRule.publicRead("/api/v1/assistance/matrix"),
                AccessRule.publicRead("/api/v1/assistance/matrix.csv"),
                AccessRule.publicRead("/assistance"),
                AccessRule.publicRead("/assistance/projects/{id}"),
                AccessRule.publicRead("/assistance/overlaps"),
                AccessRule.publicRead("/assistance/gaps"),
                AccessRule.publicRead("/assistance/matrix"),
                AccessRule.publicRead("/assistance/donors"));
    }

    record ProjectPage(int total, int offset, int limit, List<Project> projects) {
    }

    record OverlapPage(@JsonProperty("projects_compared") int projects, @JsonProperty("pairs_total") int pairsTotal,
                       int total, int offset, int limit, String method, List<Overlaps.Pair> pairs) {
    }

    record ImportAnswer(int imported, int refused, List<AssistanceImports.FileOutcome> files) {
    }

    static final String METHOD = "Pairs with a beneficiary country in common, overlapping periods and a shared pillar or sector, "
            + "ranked by score = weighted mean of description TF-IDF cosine (0.5), implementer name similarity (0.3) and shared "
            + "pillars and sectors (0.2) over the parts that can be measured.";

    static Projects.Filter filter(String country, String funder, String pillar, Integer year, String q) {
        String c = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (c != null && !ProjectRules.knownCountry(c)) {
            throw new InvalidInputException("country", "'" + country + "' is not an ISO3 country code");
        }
        Pillar p = null;
        if (pillar != null && !pillar.isBlank()) {
            p = Pillar.parse(pillar).orElseThrow(() -> new InvalidInputException("pillar", "'" + pillar + "' is not a pillar (" + Pillar.codes() + ")"));
        }
        if (year != null && (year < 1900 || year > 2200)) {
            throw new InvalidInputException("year", "year " + year + " is out of range");
        }
        return new Projects.Filter(c, funder, p, year, q);
    }

    static List<Overlaps.Pair> select(List<Overlaps.Pair> all, String country, Integer year, Double minScore) {
        String c = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (c != null && !ProjectRules.knownCountry(c)) {
            throw new InvalidInputException("country", "'" + country + "' is not an ISO3 country code");
        }
        if (minScore != null && (minScore < 0 || minScore > 1)) {
            throw new InvalidInputException("min_score", "min_score is between 0 and 1");
        }
        return all.stream()
                .filter(p -> c == null || p.countries().contains(c))
                .filter(p -> year == null || ((p.from() == null || p.from().getYear() <= year) && (p.to() == null || p.to().getYear() >= year)))
                .filter(p -> minScore == null || p.score() >= minScore)
                .toList();
    }

    static <T> List<T> page(List<T> all, int offset, int limit) {
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset is 0 or more");
        }
        if (limit < 1 || limit > 5000) {
            throw new InvalidInputException("limit", "limit is between 1 and 5000");
        }
        return all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit));
    }

    static ResponseEntity<byte[]> download(String file, String type, byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(body);
    }

    @RestController
    static class Api {
        private final Projects projects;
        private final ProjectEdits edits;
        private final AssistanceImports imports;
        private final Overlaps overlaps;
        private final Gaps gaps;
        private final WhoWhatWhere matrix;
        private final AssistanceAnswers answers;

        Api(Projects projects, ProjectEdits edits, AssistanceImports imports, Overlaps overlaps, Gaps gaps, WhoWhatWhere matrix,
            AssistanceAnswers answers) {
            this.projects = projects;
            this.edits = edits;
            this.imports = imports;
            this.overlaps = overlaps;
            this.gaps = gaps;
            this.matrix = matrix;
            this.answers = answers;
        }

        @GetMapping("/api/v1/assistance/projects")
        ProjectPage list(@RequestParam(required = false) String country, @RequestParam(required = false) String funder,
                         @RequestParam(required = false) String pillar, @RequestParam(required = false) Integer year,
                         @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int offset,
                         @RequestParam(defaultValue = "100") int limit) {
            List<Project> all = projects.find(filter(country, funder, pillar, year, q));
            return new ProjectPage(all.size(), offset, limit, page(all, offset, limit));
        }

        /** The projects chosen by the same filters as IATI 2.03 activity XML (a file that imports back to the same projects). */
        @GetMapping("/api/v1/assistance/projects.xml")
        ResponseEntity<byte[]> iati(@RequestParam(required = false) String country, @RequestParam(required = false) String funder,
                                    @RequestParam(required = false) String pillar, @RequestParam(required = false) Integer year,
                                    @RequestParam(required = false) String q) {
            List<Project> all = projects.find(filter(country, funder, pillar, year, q));
            Map<String, String> wordings = new HashMap<>();
            projects.measures().byKey().values().forEach(i -> wordings.put(i.key(), i.wording()));
            return download("palermo-activities.xml", "application/xml;charset=UTF-8", IatiXml.write(all, wordings));
        }

        @GetMapping("/api/v1/assistance/projects.csv")
        ResponseEntity<byte[]> csv(@RequestParam(required = false) String country, @RequestParam(required = false) String funder,
                                   @RequestParam(required = false) String pillar, @RequestParam(required = false) Integer year,
                                   @RequestParam(required = false) String q) {
            return download("palermo-projects.csv", "text/csv;charset=UTF-8",
                    ProjectCsv.write(projects.find(filter(country, funder, pillar, year, q))));
        }

        @GetMapping("/api/v1/assistance/projects/{id}")
        Project get(@PathVariable long id) {
            return projects.get(id);
        }

        @PostMapping("/api/v1/assistance/projects")
        ResponseEntity<Project> create(@RequestBody ProjectInput body) {
            Project p = edits.create(body.toProject());
            return ResponseEntity.created(URI.create("/api/v1/assistance/projects/" + p.id())).body(p);
        }

        @PutMapping("/api/v1/assistance/projects/{id}")
        Project update(@PathVariable long id, @RequestBody ProjectInput body) {
            projects.get(id);
            return edits.update(id, body.toProject());
        }

        /**
         * Project files (multipart "file", repeatable), IATI activity XML 2.0x or CSV. Each file whole or not at all,
         * with each refused file's problems by line and field; one refused file does not stop the others.
         * 201 when some file was imported, 400 (problem+json, with the same "files") when every file was refused.
         */
        @PostMapping(path = "/api/v1/assistance/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
        ResponseEntity<?> importFiles(@RequestParam("file") List<MultipartFile> files, HttpServletRequest request) throws IOException {
            List<AssistanceImports.Upload> uploads = new ArrayList<>();
            for (MultipartFile f : files) {
                String name = f.getOriginalFilename() == null || f.getOriginalFilename().isBlank() ? f.getName() : f.getOriginalFilename();
                uploads.add(new AssistanceImports.Upload(name, f.getBytes()));
            }
            List<AssistanceImports.FileOutcome> out = imports.importFiles(uploads);
            int refused = (int) out.stream().filter(AssistanceImports.FileOutcome::refused).count();
            if (refused == out.size()) {
                AssistanceImports.FileOutcome first = out.get(0);
                String detail = first.notIati() != null ? first.file() + ": " + first.notIati()
                        : out.size() == 1 ? first.problems().get(0).toString() + (first.problems().size() > 1
                        ? " (and " + (first.problems().size() - 1) + " more)" : "")
                        : "Every file was refused";
                ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
                body.setInstance(URI.create(request.getRequestURI()));
                body.setProperty("field", "file");
                body.setProperty("files", out);
                return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
            }
            return ResponseEntity.status(HttpStatus.CREATED).body(new ImportAnswer(out.size() - refused, refused, out));
        }

        @GetMapping("/api/v1/assistance/donors")
        List<Projects.Donor> donors() {
            return projects.donors();
        }

        @GetMapping("/api/v1/assistance/codes")
        List<Projects.Code> codes() {
            return projects.codes();
        }

        @GetMapping("/api/v1/assistance/overlaps")
        OverlapPage overlaps(@RequestParam(required = false) String country, @RequestParam(required = false) Integer year,
                             @RequestParam(name = "min_score", required = false) Double minScore,
                             @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "100") int limit) {
            Overlaps.Detection d = answers.value("overlaps", overlaps::detect).value();
            List<Overlaps.Pair> chosen = select(d.all(), country, year, minScore);
            return new OverlapPage(d.projects(), d.pairs(), chosen.size(), offset, limit, METHOD, page(chosen, offset, limit));
        }

        @GetMapping("/api/v1/assistance/overlaps.csv")
        ResponseEntity<byte[]> overlapsCsv(@RequestParam(required = false) String country, @RequestParam(required = false) Integer year,
                                           @RequestParam(name = "min_score", required = false) Double minScore) {
            List<Overlaps.Pair> chosen = select(answers.value("overlaps", overlaps::detect).value().all(), country, year, minScore);
            StringBuilder csv = new StringBuilder("score,countries,overlap_from,overlap_to,first_id,first_identifier,first_title,"
                    + "second_id,second_identifier,second_title,shared_pillars,shared_sectors,description_similarity,"
                    + "recipient_similarity,topic_similarity,same_funder,reason\n");
            for (Overlaps.Pair p : chosen) {
                row(csv, String.valueOf(p.score()), String.join("; ", p.countries()), str(p.from()), str(p.to()),
                        String.valueOf(p.first().id()), p.first().identifier(), p.first().title(), String.valueOf(p.second().id()),
                        p.second().identifier(), p.second().title(), String.join("; ", p.sharedPillars().stream().map(Enum::name).toList()),
                        String.join("; ", p.sharedSectors()), str(p.descriptionSimilarity()), str(p.recipientSimilarity()),
                        String.valueOf(p.topicSimilarity()), String.valueOf(p.sameFunder()), p.reason());
            }
            return download("palermo-overlaps.csv", "text/csv;charset=UTF-8", csv.toString().getBytes(StandardCharsets.UTF_8));
        }

        @GetMapping("/api/v1/assistance/gaps")
        List<Gaps.Gap> gaps(@RequestParam(required = false) String country) {
            return gaps.find(country(country));
        }

        @GetMapping("/api/v1/assistance/gaps.csv")
        ResponseEntity<byte[]> gapsCsv(@RequestParam(required = false) String country) {
            StringBuilder csv = new StringBuilder("country,country_name,checklist,round,measure,pillar,status,needs,state,projects,explanation\n");
            for (Gaps.Gap g : gaps.find(country(country))) {
                row(csv, g.country(), g.countryName(), g.checklist(), g.round(), g.measure(), g.pillar(), g.status(), g.needs(),
                        g.state().name(), String.join("; ", g.projects().stream().map(Gaps.ProjectRef::identifier).toList()), g.explanation());
            }
            return download("palermo-gaps.csv", "text/csv;charset=UTF-8", csv.toString().getBytes(StandardCharsets.UTF_8));
        }

        @GetMapping("/api/v1/assistance/matrix")
        List<WhoWhatWhere.Cell> matrix(@RequestParam(required = false) String country, @RequestParam(required = false) String funder,
                                       @RequestParam(required = false) String pillar) {
            return cells(country, funder, pillar);
        }

        @GetMapping("/api/v1/assistance/matrix.csv")
        ResponseEntity<byte[]> matrixCsv(@RequestParam(required = false) String country, @RequestParam(required = false) String funder,
                                         @RequestParam(required = false) String pillar) {
            StringBuilder csv = new StringBuilder("where,name,region,pillar,funder,projects,budgets,first_year,last_year\n");
            for (WhoWhatWhere.Cell c : cells(country, funder, pillar)) {
                row(csv, c.where(), c.name(), String.valueOf(c.region()), c.pillar(), c.funder(), String.valueOf(c.projects()),
                        budgets(c.budgets()), str(c.firstYear()), str(c.lastYear()));
            }
            return download("palermo-who-what-where.csv", "text/csv;charset=UTF-8", csv.toString().getBytes(StandardCharsets.UTF_8));
        }

        private List<WhoWhatWhere.Cell> cells(String country, String funder, String pillar) {
            Projects.Filter f = filter(country, funder, pillar, null, null);
            String key = "matrix|" + f.country() + "|" + (f.funder() == null ? "" : OrgNames.key(f.funder())) + "|" + f.pillar();
            return answers.value(key, () -> WhoWhatWhere.matrix(projects.find(f)).stream()
                    .filter(c -> f.pillar() == null || c.pillar().equals(f.pillar().name()))
                    .filter(c -> f.funder() == null || OrgNames.key(c.funder()).equals(OrgNames.key(f.funder())))
                    .filter(c -> f.country() == null || c.where().equals(f.country()))
                    .toList()).value();
        }

        private static String country(String country) {
            if (country == null || country.isBlank()) {
                return null;
            }
            if (!Countries.bundled().isKnown(country.strip())) {
                throw new InvalidInputException("country", "'" + country + "' is not an ISO3 country code");
            }
            return country.strip().toUpperCase(Locale.ROOT);
        }
    }

    static String budgets(Map<String, BigDecimal> budgets) {
        return String.join("; ", budgets.entrySet().stream().map(e -> e.getValue().toPlainString() + " " + e.getKey()).toList());
    }

    static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            csv.append(i == 0 ? "" : ",").append(ProjectCsv.cell(cells[i] == null ? "" : cells[i]));
        }
        csv.append('\n');
    }

    /** A project the API refused lists every broken rule with its field. */
    @RestControllerAdvice(assignableTypes = Api.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Problems {
        @ExceptionHandler(ProjectRejected.class)
        ResponseEntity<ProblemDetail> rejected(ProjectRejected e, HttpServletRequest request) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            body.setInstance(URI.create(request.getRequestURI()));
            body.setProperty("field", e.field());
            body.setProperty("errors", e.problems());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
    }

    @Controller
    static class Pages {
        private final Projects projects;
        private final Overlaps overlaps;
        private final Gaps gaps;
        private final AssistanceAnswers answers;

        Pages(Projects projects, Overlaps overlaps, Gaps gaps, AssistanceAnswers answers) {
            this.projects = projects;
            this.overlaps = overlaps;
            this.gaps = gaps;
            this.answers = answers;
        }

        private void common(Model model, String country) {
            model.addAttribute("countries", Countries.bundled().all());
            model.addAttribute("country", country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT));
            model.addAttribute("countryName", country == null || country.isBlank() ? null
                    : Countries.bundled().byIso3(country.strip()).map(org.palermo.reference.Country::name).orElse(country));
            model.addAttribute("pillars", Pillar.values());
        }

        @GetMapping("/assistance")
        String index(@RequestParam(required = false) String country, @RequestParam(required = false) String funder,
                     @RequestParam(required = false) String pillar, @RequestParam(required = false) Integer year,
                     @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int offset, Model model) {
            Projects.Filter f = filter(country, funder, pillar, year, q);
            List<Project> all = projects.find(f);
            common(model, f.country());
            model.addAttribute("filter", f);
            model.addAttribute("total", all.size());
            model.addAttribute("offset", Math.max(0, offset));
            model.addAttribute("shown", page(all, Math.max(0, offset), 200));
            model.addAttribute("query", queryString(f));
            model.addAttribute("codes", projects.codes());
            return "assistance/index";
        }

        @GetMapping("/assistance/projects/{id}")
        String project(@PathVariable long id, Model model) {
            Project p = projects.get(id);
            model.addAttribute("p", p);
            Map<String, String> wordings = new HashMap<>();
            projects.measures().byKey().values().forEach(i -> wordings.put(i.key(), i.wording()));
            model.addAttribute("wordings", wordings);
            model.addAttribute("countryNames", p.countryCodes().stream()
                    .map(c -> Countries.bundled().byIso3(c).map(org.palermo.reference.Country::name).orElse(c)).toList());
            model.addAttribute("overlaps", answers.value("overlaps", overlaps::detect).value().all().stream()
                    .filter(x -> x.first().id() == id || x.second().id() == id).limit(50).toList());
            return "assistance/project";
        }

        @GetMapping("/assistance/overlaps")
        String overlaps(@RequestParam(required = false) String country, @RequestParam(required = false) Integer year,
                        @RequestParam(name = "min_score", required = false) Double minScore, @RequestParam(defaultValue = "0") int offset,
                        Model model) {
            Overlaps.Detection d = answers.value("overlaps", overlaps::detect).value();
            List<Overlaps.Pair> chosen = select(d.all(), country, year, minScore);
            common(model, country);
            model.addAttribute("year", year);
            model.addAttribute("minScore", minScore);
            model.addAttribute("detection", d);
            model.addAttribute("total", chosen.size());
            model.addAttribute("offset", Math.max(0, offset));
            model.addAttribute("pairs", page(chosen, Math.max(0, offset), 100));
            model.addAttribute("method", METHOD);
            return "assistance/overlaps";
        }

        @GetMapping("/assistance/gaps")
        String gaps(@RequestParam(required = false) String country, Model model) {
            common(model, country);
            model.addAttribute("gaps", gaps.find(model.getAttribute("country") == null ? null : (String) model.getAttribute("country")));
            return "assistance/gaps";
        }

        @GetMapping("/assistance/matrix")
        String matrix(@RequestParam(required = false) String country, @RequestParam(required = false) String funder,
                      @RequestParam(required = false) String pillar, Model model) {
            Projects.Filter f = filter(country, funder, pillar, null, null);
            common(model, f.country());
            model.addAttribute("filter", f);
            List<WhoWhatWhere.Cell> cells = WhoWhatWhere.matrix(projects.find(f)).stream()
                    .filter(c -> f.pillar() == null || c.pillar().equals(f.pillar().name()))
                    .filter(c -> f.funder() == null || OrgNames.key(c.funder()).equals(OrgNames.key(f.funder())))
                    .filter(c -> f.country() == null || c.where().equals(f.country()))
                    .toList();
            model.addAttribute("cells", page(cells, 0, 5000));
            model.addAttribute("truncated", cells.size() > 5000);
            model.addAttribute("query", queryString(f));
            return "assistance/matrix";
        }

        @GetMapping("/assistance/donors")
        String donors(Model model) {
            common(model, null);
            model.addAttribute("donors", projects.donors());
            return "assistance/donors";
        }

        private static String queryString(Projects.Filter f) {
            List<String> parts = new ArrayList<>();
            if (f.country() != null) {
                parts.add("country=" + f.country());
            }
            if (f.funder() != null && !f.funder().isBlank()) {
                parts.add("funder=" + java.net.URLEncoder.encode(f.funder(), StandardCharsets.UTF_8));
            }
            if (f.pillar() != null) {
                parts.add("pillar=" + f.pillar().name());
            }
            if (f.year() != null) {
                parts.add("year=" + f.year());
            }
            if (f.text() != null && !f.text().isBlank()) {
                parts.add("q=" + java.net.URLEncoder.encode(f.text(), StandardCharsets.UTF_8));
            }
            return String.join("&", parts);
        }
    }
}
