package org.palermo.statistics;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Statistics over HTTP. Reads of published figures are public; submissions need a focal point (own
 * country), an analyst or an administrator; validating and publishing need an analyst or administrator.
 *
 * <pre>
 * GET  /api/v1/statistics?country=&indicator=&dimension=&category=&sex=&age=&year=   published figures (CONTRACTS §4)
 * GET  /api/v1/statistics.csv | .xlsx (same parameters)                              downloads of any selection
 * GET  /api/v1/statistics/indicators | /rules | /conflicts | /map | /countries/{iso3}
 * POST /api/v1/statistics/imports                                                     a newer GLOTIP export (analyst)
 * GET|POST /api/v1/statistics/submissions, GET /api/v1/statistics/submissions/{id}
 * PUT  /api/v1/statistics/submissions/{id}/values, GET|POST …/{id}/spreadsheet, GET /api/v1/statistics/template
 * POST …/{id}/submit | /validate | /return | /publish
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
class StatisticsWeb {

    static final Role[] SUBMITTERS = {Role.FOCAL_POINT, Role.ANALYST, Role.ADMIN};
    static final Role[] VALIDATORS = {Role.ANALYST, Role.ADMIN};

    @Bean
    AccessRules statisticsAccess() {
        return () -> List.of(
                AccessRule.publicRead("/api/v1/statistics"),
                AccessRule.publicRead("/api/v1/statistics.csv"),
                AccessRule.publicRead("/api/v1/statistics.xlsx"),
                AccessRule.publicRead("/api/v1/statistics/indicators"),
                AccessRule.publicRead("/api/v1/statistics/rules"),
                AccessRule.publicRead("/api/v1/statistics/conflicts"),
                AccessRule.publicRead("/api/v1/statistics/map"),
                AccessRule.publicRead("/api/v1/statistics/countries/{iso3}"),
                AccessRule.of("POST", "/api/v1/statistics/imports", VALIDATORS),
                AccessRule.of("GET", "/api/v1/statistics/template", SUBMITTERS),
                AccessRule.of("GET", "/api/v1/statistics/submissions", SUBMITTERS),
                AccessRule.of("POST", "/api/v1/statistics/submissions", SUBMITTERS),
                AccessRule.of("GET", "/api/v1/statistics/submissions/{id}", SUBMITTERS),
                AccessRule.of("PUT", "/api/v1/statistics/submissions/{id}/values", SUBMITTERS),
                AccessRule.of("GET", "/api/v1/statistics/submissions/{id}/spreadsheet", SUBMITTERS),
                AccessRule.of("POST", "/api/v1/statistics/submissions/{id}/spreadsheet", SUBMITTERS),
                AccessRule.of("POST", "/api/v1/statistics/submissions/{id}/submit", SUBMITTERS),
                AccessRule.of("POST", "/api/v1/statistics/submissions/{id}/validate", VALIDATORS),
                AccessRule.of("POST", "/api/v1/statistics/submissions/{id}/return", VALIDATORS),
                AccessRule.of("POST", "/api/v1/statistics/submissions/{id}/publish", VALIDATORS),
                AccessRule.of("POST", "/api/v1/statistics/submissions/bulk", VALIDATORS),
                AccessRule.publicRead("/statistics"),
                AccessRule.publicRead("/statistics/countries/{iso3}"),
                AccessRule.publicRead("/statistics/data-quality"),
                AccessRule.of("GET", "/statistics/submissions", SUBMITTERS),
                AccessRule.of("GET", "/statistics/submissions/{id}", SUBMITTERS));
    }

    /**
     * The selection as the request gives it. Each parameter may repeat, and a value is taken whole: a published
     * category such as "China, Taiwan Province of China" is one value, not two (Spring would split a single value
     * at its commas). Country codes and years hold no commas, so "NGA,GHA" still means both.
     */
    static StatisticsQuery query(HttpServletRequest request) {
        List<Integer> years = clean(split(request, "year")).stream().map(y -> {
            if (!y.matches("\\d{4}")) {
                throw new InvalidInputException("year", "year '" + y + "' is not a year (YYYY)");
            }
            return Integer.parseInt(y);
        }).toList();
        return new StatisticsQuery(clean(split(request, "country")), clean(whole(request, "indicator")), clean(whole(request, "dimension")),
                clean(whole(request, "category")), clean(whole(request, "sex")), clean(whole(request, "age")), years);
    }

    private static List<String> whole(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }

    private static List<String> split(HttpServletRequest request, String name) {
        return whole(request, name).stream().flatMap(v -> java.util.Arrays.stream(v.split(","))).toList();
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    record NewSubmission(String country, Integer year) {
    }

    record Values(List<ValueInput> values) {
    }

    record BulkStep(String action, List<Long> ids) {
    }

    record Comment(String comment) {
    }

    /** The map's figures: each country's total (dimension, category, sex and age "Total") for an indicator and year. */
    record MapAnswer(String indicator, int year, String dimension, String category, String sex, String age,
                     List<Statistics.CountryValue> countries) {
        MapAnswer(String indicator, int year, List<Statistics.CountryValue> countries) {
            this(indicator, year, Statistics.TOTAL, Statistics.TOTAL, Statistics.TOTAL, Statistics.TOTAL, countries);
        }
    }

    @RestController
    static class Api {
        private final Statistics statistics;
        private final CountrySummaries summaries;
        private final ValidationRules rules;
        private final Submissions submissions;
        private final GlotipImport glotip;
        private final PublicAnswers answers;

        Api(Statistics statistics, CountrySummaries summaries, ValidationRules rules, Submissions submissions, GlotipImport glotip,
            PublicAnswers answers) {
            this.answers = answers;
            this.statistics = statistics;
            this.summaries = summaries;
            this.rules = rules;
            this.submissions = submissions;
            this.glotip = glotip;
        }

        /**
         * Published figures (GLOTIP releases and published national submissions); every parameter may repeat.
         * The public answers here are kept as bytes until the published data change ({@link PublicAnswers}).
         */
        @GetMapping("/api/v1/statistics")
        @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                array = @ArraySchema(schema = @Schema(implementation = Observation.class))))
        ResponseEntity<byte[]> find(@RequestParam(required = false) List<String> country,
                                    @RequestParam(required = false) List<String> indicator,
                                    @RequestParam(required = false) List<String> dimension,
                                    @RequestParam(required = false) List<String> category,
                                    @RequestParam(required = false) List<String> sex, @RequestParam(required = false) List<String> age,
                                    @RequestParam(required = false) List<String> year,
                                    @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String encoding,
                                    HttpServletRequest request) {
            // the parameters above describe the API; their values are read whole from the request (see query)
            StatisticsQuery q = query(request);
            return answers.json("statistics?" + q, encoding, () -> statistics.select(statistics.checked(q)));
        }

        /** The same selection as CSV. */
        @GetMapping("/api/v1/statistics.csv")
        ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) List<String> country,
                                                  @RequestParam(required = false) List<String> indicator,
                                                  @RequestParam(required = false) List<String> dimension,
                                                  @RequestParam(required = false) List<String> category,
                                                  @RequestParam(required = false) List<String> sex,
                                                  @RequestParam(required = false) List<String> age,
                                                  @RequestParam(required = false) List<String> year,
                                                  HttpServletRequest request) {
            StatisticsQuery q = statistics.checked(query(request));
            return download("statistics.csv", MediaType.parseMediaType("text/csv;charset=UTF-8"),
                    out -> Downloads.csv(statistics, q, out));
        }

        /** The same selection as an XLSX workbook. */
        @GetMapping("/api/v1/statistics.xlsx")
        ResponseEntity<StreamingResponseBody> xlsx(@RequestParam(required = false) List<String> country,
                                                   @RequestParam(required = false) List<String> indicator,
                                                   @RequestParam(required = false) List<String> dimension,
                                                   @RequestParam(required = false) List<String> category,
                                                   @RequestParam(required = false) List<String> sex,
                                                   @RequestParam(required = false) List<String> age,
                                                   @RequestParam(required = false) List<String> year,
                                                  HttpServletRequest request) {
            StatisticsQuery q = statistics.checked(query(request));
            return download("statistics.xlsx", XLSX, out -> Downloads.xlsx(statistics, q, out));
        }

        /** Indicators with their dimensions and the years that have figures. */
        @GetMapping("/api/v1/statistics/indicators")
        List<Statistics.Indicator> indicators() {
            return statistics.indicators();
        }

        /** The validation rules applied to national submissions. */
        @GetMapping("/api/v1/statistics/rules")
        List<ValidationRules.Rule> rules() {
            return rules.all();
        }

        /** Keys a source published more than once; {@code values_differ} marks the conflicts. */
        @GetMapping("/api/v1/statistics/conflicts")
        List<Statistics.Conflict> conflicts(@RequestParam(required = false) String country) {
            return statistics.conflicts(country == null || country.isBlank() ? null : country);
        }

        /** Each country's figure (dimension, category, sex and age "Total") for an indicator and year, with its HDI. */
        @GetMapping("/api/v1/statistics/map")
        @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json", schema = @Schema(implementation = MapAnswer.class)))
        ResponseEntity<byte[]> map(@RequestParam String indicator, @RequestParam int year,
                                   @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String encoding) {
            return answers.json("map?" + indicator.strip() + "|" + year, encoding,
                    () -> new MapAnswer(statistics.canonicalIndicator(indicator), year, statistics.byCountry(indicator, year)));
        }

        /** One country's series, shares and notes on missing or suppressed figures. */
        @GetMapping("/api/v1/statistics/countries/{iso3}")
        @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                schema = @Schema(implementation = CountryStatistics.class)))
        ResponseEntity<byte[]> country(@PathVariable String iso3,
                                       @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String encoding) {
            return answers.json("countries/" + iso3.strip(), encoding, () -> summaries.forCountry(iso3));
        }

        /** Imports a newer GLOTIP export (CSV or XLSX); 200 with the report. */
        @PostMapping(path = "/api/v1/statistics/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
        ImportReport importRelease(@RequestParam("file") MultipartFile file) throws IOException {
            return glotip.importFile(file.getOriginalFilename() == null ? "upload.csv" : file.getOriginalFilename(), file.getBytes());
        }

        @GetMapping("/api/v1/statistics/template")
        ResponseEntity<byte[]> template(@RequestParam String country, @RequestParam Integer year) {
            byte[] bytes = submissions.template(country, year);
            return attachment("statistics-" + country.strip().toUpperCase() + "-" + year + ".xlsx", bytes);
        }

        @GetMapping("/api/v1/statistics/submissions")
        List<Submission.Summary> submissions() {
            return submissions.list();
        }

        /** Starts (or finds) the submission of a country for a year: {@code {"country": "NGA", "year": 2023}}. */
        @PostMapping("/api/v1/statistics/submissions")
        ResponseEntity<Submission> create(@RequestBody NewSubmission body) {
            Submission s = submissions.create(body.country(), body.year());
            return ResponseEntity.created(URI.create("/api/v1/statistics/submissions/" + s.id())).body(s);
        }

        @GetMapping("/api/v1/statistics/submissions/{id}")
        Submission submission(@PathVariable long id) {
            return submissions.get(id);
        }

        /** Replaces the figures: {@code {"values": [{"indicator", "dimension", "category", "sex", "age", "value"}]}}. */
        @PutMapping("/api/v1/statistics/submissions/{id}/values")
        Submission values(@PathVariable long id, @RequestBody Values body) {
            return submissions.saveValues(id, body.values());
        }

        @GetMapping("/api/v1/statistics/submissions/{id}/spreadsheet")
        ResponseEntity<byte[]> spreadsheet(@PathVariable long id) {
            Submission s = submissions.get(id);
            return attachment("statistics-" + s.country() + "-" + s.year() + ".xlsx", submissions.spreadsheet(id));
        }

        @PostMapping(path = "/api/v1/statistics/submissions/{id}/spreadsheet", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
        Submission upload(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
            return submissions.saveSpreadsheet(id, file.getOriginalFilename(), file.getBytes());
        }

        @PostMapping("/api/v1/statistics/submissions/{id}/submit")
        Submission submit(@PathVariable long id) {
            return submissions.submit(id);
        }

        @PostMapping("/api/v1/statistics/submissions/{id}/validate")
        Submission validate(@PathVariable long id) {
            return submissions.validate(id);
        }

        @PostMapping("/api/v1/statistics/submissions/{id}/return")
        Submission returnIt(@PathVariable long id, @RequestBody(required = false) Comment body) {
            return submissions.returnWithComment(id, body == null ? null : body.comment());
        }

        @PostMapping("/api/v1/statistics/submissions/{id}/publish")
        Submission publish(@PathVariable long id) {
            return submissions.publish(id);
        }

        /**
         * Validates or publishes a backlog: {@code {"action": "validate"|"publish", "ids": [1, 2]}}. Each submission
         * is done or refused on its own; the answer lists every outcome with its reason.
         */
        @PostMapping("/api/v1/statistics/submissions/bulk")
        Submissions.BulkResult bulk(@RequestBody(required = false) BulkStep body) {
            if (body == null) {
                throw new InvalidInputException("action", "Send {\"action\": \"validate\" or \"publish\", \"ids\": [...]}");
            }
            return submissions.bulk(body.action(), body.ids());
        }
    }

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    static ResponseEntity<StreamingResponseBody> download(String name, MediaType type, StreamingResponseBody body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }

    static ResponseEntity<byte[]> attachment(String name, byte[] bytes) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    /** Refused submissions answer 400 with every error: its rule, message and cells. */
    @RestControllerAdvice(assignableTypes = Api.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Problems {
        @ExceptionHandler(SubmissionRejectedException.class)
        ResponseEntity<ProblemDetail> rejected(SubmissionRejectedException e, HttpServletRequest request) {
            ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
            body.setInstance(URI.create(request.getRequestURI()));
            if (e.field() != null) {
                body.setProperty("field", e.field());
            }
            body.setProperty("errors", e.errors());
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
        }
    }
}
