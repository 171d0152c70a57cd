package org.palermo.checklist;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import org.palermo.reference.Countries;
import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import org.palermo.system.InvalidInputException;
import org.palermo.system.NotFoundException;
import org.palermo.system.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The self-assessment checklist over HTTP. Who may do what:
 * <ul>
 *   <li>everyone: the checklists, their versions and measures, published rounds with the submitted answers
 *       in them, each country's progress and the regional comparison, the stated needs;</li>
 *   <li>FOCAL_POINT (own country only, else 403), ANALYST, ADMIN: answering ({@code PUT …/rounds/{id}/countries/{iso3}});
 *       a focal point also sees its own country's drafts and rounds not yet published;</li>
 *   <li>ANALYST, ADMIN: importing a checklist version, opening, publishing and closing rounds; they see every answer.</li>
 * </ul>
 * <pre>
 * GET  /api/v1/checklist                                   checklists with versions
 * GET  /api/v1/checklist/{checklist}[?version=]            one checklist: versions, rounds, measures of a version
 * POST /api/v1/checklist/versions                          multipart "file" (repeatable), optional "title": new versions
 * POST /api/v1/checklist/rounds                            {"checklist", "name"}: open a round on the latest version
 * POST /api/v1/checklist/rounds/{id}/publish | /close
 * GET  /api/v1/checklist/rounds/{id}                       every country's progress by group, region means
 * GET  /api/v1/checklist/rounds/{id}/progress.csv          the same as CSV
 * GET  /api/v1/checklist/rounds/{id}/countries/{iso3}      the country's answers
 * PUT  /api/v1/checklist/rounds/{id}/countries/{iso3}      {"answers": [{"measure", "status", "evidence", "ta_needs", "obstacles", "submit"}]}
 * GET  /api/v1/checklist/countries/{iso3}[?checklist=]     progress over rounds, against the region
 * GET  /api/v1/checklist/needs[?country=]                  needs for technical assistance stated in published rounds
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
class ChecklistWeb {

    static final Role[] MANAGERS = {Role.ANALYST, Role.ADMIN};
    static final Role[] ANSWERERS = {Role.FOCAL_POINT, Role.ANALYST, Role.ADMIN};

    @Bean
    AccessRules checklistAccess() {
        return () -> List.of(
                AccessRule.publicRead("/api/v1/checklist"),
                AccessRule.publicRead("/api/v1/checklist/{checklist}"),
                AccessRule.publicRead("/api/v1/checklist/needs"),
                AccessRule.publicRead("/api/v1/checklist/countries/{iso3}"),
                AccessRule.publicRead("/api/v1/checklist/rounds/{id}"),
                AccessRule.publicRead("/api/v1/checklist/rounds/{id}/progress.csv"),
                AccessRule.publicRead("/api/v1/checklist/rounds/{id}/countries/{iso3}"),
                AccessRule.of("PUT", "/api/v1/checklist/rounds/{id}/countries/{iso3}", ANSWERERS),
                AccessRule.of("POST", "/api/v1/checklist/versions", MANAGERS),
                AccessRule.of("POST", "/api/v1/checklist/rounds", MANAGERS),
                AccessRule.of("POST", "/api/v1/checklist/rounds/{id}/publish", MANAGERS),
                AccessRule.of("POST", "/api/v1/checklist/rounds/{id}/close", MANAGERS),
                AccessRule.publicRead("/checklist"),
                AccessRule.publicRead("/checklist/{iso3}"));
    }

    record NewRound(String checklist, String name) {
    }

    record AnswersBody(List<Answers.Input> answers) {
    }

    /** One file of a version import: what it did, or why it was refused (nothing of it kept). */
    record FileOutcome(String file, String outcome, Checklists.Imported imported, List<ImportProblem> problems) {
    }

    record ImportAnswer(int imported, int refused, List<FileOutcome> files) {
    }

    record ChecklistView(String id, String title, String description, List<Checklists.Version> versions, List<Round> rounds,
                         @JsonProperty("version") String shownVersion, List<Checklists.Item> measures) {
    }

    @RestController
    static class Api {
        private final Checklists checklists;
        private final Rounds rounds;
        private final Answers answers;
        private final Progress progress;
        private final ChecklistNeeds needs;

        Api(Checklists checklists, Rounds rounds, Answers answers, Progress progress, ChecklistNeeds needs) {
            this.checklists = checklists;
            this.rounds = rounds;
            this.answers = answers;
            this.progress = progress;
            this.needs = needs;
        }

        @GetMapping("/api/v1/checklist")
        List<Checklists.Checklist> list() {
            return checklists.list();
        }

        /** A checklist with its versions, the rounds the reader may see and the measures of a version (latest by default). */
        @GetMapping("/api/v1/checklist/{checklist}")
        ChecklistView checklist(@PathVariable String checklist, @RequestParam(required = false) String version) {
            Checklists.Checklist c = checklists.get(checklist);
            Checklists.Version v = checklists.version(c.id(), version);
            return new ChecklistView(c.id(), c.title(), c.description(), c.versions(), rounds.list(c.id(), Visibility.ofCurrentReader()),
                    v.label(), checklists.items(v.id()));
        }

        /**
         * New checklist versions, one per file (multipart "file", repeatable). Each file is imported whole in its
         * own transaction or refused whole with every bad line and field; a refused file does not stop the others.
         * 201 when a version was added, 200 when every file was already imported, 400 when every file was refused.
         */
        @PostMapping(path = "/api/v1/checklist/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
        ResponseEntity<?> importVersions(@RequestParam("file") List<MultipartFile> files,
                                         @RequestParam(required = false) String title,
                                         HttpServletRequest request) throws IOException {
            List<FileOutcome> out = new ArrayList<>();
            int imported = 0;
            int refused = 0;
            for (MultipartFile f : files) {
                String name = f.getOriginalFilename() == null || f.getOriginalFilename().isBlank() ? f.getName() : f.getOriginalFilename();
                try {
                    Checklists.Imported r = checklists.importVersion(name, f.getBytes(), title);
                    out.add(new FileOutcome(name, r.alreadyImported() ? "unchanged" : "imported", r, List.of()));
                    imported += r.alreadyImported() ? 0 : 1;
                } catch (ChecklistFileRejected e) {
                    out.add(new FileOutcome(name, "refused", null, e.problems()));
                    refused++;
                }
            }
            ImportAnswer answer = new ImportAnswer(imported, refused, out);
            if (refused == files.size()) {
                ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused == 1
                        ? out.get(0).problems().get(0).toString() : "Every file was refused: " + out.stream()
                        .map(FileOutcome::file).reduce((a, b) -> a + ", " + b).orElse(""));
                body.setInstance(URI.create(request.getRequestURI()));
                body.setProperty("field", "file");
                body.setProperty("files", out);
                return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
            }
            return ResponseEntity.status(imported > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(answer);
        }

        @PostMapping("/api/v1/checklist/rounds")
        ResponseEntity<Round> open(@RequestBody NewRound body) {
            Round r = rounds.open(body.checklist(), body.name());
            return ResponseEntity.created(URI.create("/api/v1/checklist/rounds/" + r.id())).body(r);
        }

        @PostMapping("/api/v1/checklist/rounds/{id}/publish")
        Round publish(@PathVariable long id) {
            return rounds.publish(id);
        }

        @PostMapping("/api/v1/checklist/rounds/{id}/close")
        Round close(@PathVariable long id) {
            return rounds.close(id);
        }

        @GetMapping("/api/v1/checklist/rounds/{id}")
        Progress.RoundComparison round(@PathVariable long id) {
            return progress.round(id);
        }

        @GetMapping("/api/v1/checklist/rounds/{id}/progress.csv")
        ResponseEntity<byte[]> roundCsv(@PathVariable long id) {
            Progress.RoundComparison c = progress.round(id);
            StringBuilder csv = new StringBuilder("country,name,region,subregion,answered,measures,overall");
            c.groups().forEach(g -> csv.append(',').append(csvCell(g.code())));
            csv.append('\n');
            for (Progress.CountryRow row : c.countries()) {
                csv.append(row.country()).append(',').append(csvCell(row.name())).append(',').append(csvCell(row.region()))
                        .append(',').append(csvCell(row.subregion())).append(',').append(row.answered()).append(',')
                        .append(row.measures()).append(',').append(number(row.overall()));
                c.groups().forEach(g -> csv.append(',').append(number(row.groups().get(g.code()))));
                csv.append('\n');
            }
            String file = "checklist-" + c.round().checklist() + "-" + c.round().name().replaceAll("[^A-Za-z0-9._-]", "_") + ".csv";
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                    .body(csv.toString().getBytes(StandardCharsets.UTF_8));
        }

        @GetMapping("/api/v1/checklist/rounds/{id}/countries/{iso3}")
        Answers.CountryAnswers countryAnswers(@PathVariable long id, @PathVariable String iso3) {
            return answers.forCountry(id, iso3);
        }

        @PutMapping("/api/v1/checklist/rounds/{id}/countries/{iso3}")
        Answers.CountryAnswers answer(@PathVariable long id, @PathVariable String iso3, @RequestBody AnswersBody body) {
            return answers.save(id, iso3, body == null ? null : body.answers());
        }

        @GetMapping("/api/v1/checklist/countries/{iso3}")
        Progress.CountryProgress country(@PathVariable String iso3,
                                         @RequestParam(defaultValue = Checklists.FRAMEWORK) String checklist) {
            return progress.country(checklist, iso3);
        }

        @GetMapping("/api/v1/checklist/needs")
        List<ChecklistNeeds.Need> needs(@RequestParam(required = false) String country) {
            if (country != null && !country.isBlank() && !Countries.bundled().isKnown(country.strip())) {
                throw new InvalidInputException("country", "'" + country + "' is not an ISO3 country code");
            }
            return needs.published(country);
        }
    }

    static String csvCell(String s) {
        if (s == null) {
            return "";
        }
        String safe = s.matches("^[=+\\-@].*") ? "'" + s : s;   // no formula injection in spreadsheets
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    static String number(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.3f", d);
    }

    @Controller
    static class Pages {
        private final Checklists checklists;
        private final Rounds rounds;
        private final Answers answers;
        private final Progress progress;

        Pages(Checklists checklists, Rounds rounds, Answers answers, Progress progress) {
            this.checklists = checklists;
            this.rounds = rounds;
            this.answers = answers;
            this.progress = progress;
        }

        /** The checklists, their rounds and, for the round chosen (the latest the reader sees), every country's progress. */
        @GetMapping("/checklist")
        String index(@RequestParam(defaultValue = Checklists.FRAMEWORK) String checklist,
                     @RequestParam(required = false) Long round, Model model) {
            Visibility v = Visibility.ofCurrentReader();
            Checklists.Checklist c = checklists.get(checklist);
            List<Round> list = rounds.list(c.id(), v);
            Round chosen = round != null ? rounds.visible(round, v) : list.isEmpty() ? null : list.get(list.size() - 1);
            if (chosen != null && !chosen.checklist().equals(c.id())) {
                throw new NotFoundException("Round " + round + " is not a round of " + c.id());
            }
            model.addAttribute("checklists", checklists.list());
            model.addAttribute("checklist", c);
            model.addAttribute("rounds", list);
            model.addAttribute("round", chosen);
            model.addAttribute("comparison", chosen == null ? null : progress.round(chosen.id(), v));
            model.addAttribute("measures", checklists.items(c.latest().id()));
            model.addAttribute("manager", v.all());
            model.addAttribute("ownCountry", v.ownCountry());
            model.addAttribute("countries", Countries.bundled().all());
            return "checklist/index";
        }

        /** A country: progress by group over rounds against its region, and the answers of one round (a form for those who may answer). */
        @GetMapping("/checklist/{iso3}")
        String country(@PathVariable String iso3, @RequestParam(defaultValue = Checklists.FRAMEWORK) String checklist,
                       @RequestParam(required = false) Long round, Model model) {
            Visibility v = Visibility.ofCurrentReader();
            Checklists.Checklist c = checklists.get(checklist);
            Progress.CountryProgress p = progress.country(c.id(), iso3, v);
            List<Round> list = rounds.list(c.id(), v);
            Round chosen = round != null ? rounds.visible(round, v)
                    : list.stream().filter(r -> !r.closed()).reduce((a, b) -> b)
                    .orElse(p.latest() != null ? p.latest().round() : list.isEmpty() ? null : list.get(list.size() - 1));
            if (chosen != null && !chosen.checklist().equals(c.id())) {
                throw new NotFoundException("Round " + round + " is not a round of " + c.id());
            }
            model.addAttribute("checklists", checklists.list());
            model.addAttribute("checklist", c);
            model.addAttribute("p", p);
            model.addAttribute("rounds", list);
            model.addAttribute("round", chosen);
            model.addAttribute("answers", chosen == null ? null : answers.forCountry(chosen.id(), p.country(), v));
            model.addAttribute("statuses", AnswerStatus.values());
            return "checklist/country";
        }
    }
}
