package org.palermo.patterns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.palermo.accounts.Actors;
import org.palermo.statistics.CountryStatistics;
import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.RestController;

/**
 * The trends-and-patterns tool over HTTP (seed 003 rec. 17(a)): every analysis is a public JSON
 * endpoint with a CSV twin ({@code format=csv}) and a page. Answers carry their freshness:
 * {@code X-Data-Version} (bumped by every change to facts or sources) and {@code X-Computed-At}.
 * The public sees accepted facts; {@code basis=all} (suggestions too) needs an account.
 */
@Configuration(proxyBeanMethods = false)
class PatternsWeb {

    @Bean
    AccessRules patternsAccess() {
        return () -> List.of(
                AccessRule.publicRead("/api/v1/citation-index"),
                AccessRule.publicRead("/api/v1/citation-index/bands"),
                AccessRule.publicRead("/api/v1/flows"),
                AccessRule.publicRead("/api/v1/flows/imports"),
                AccessRule.publicRead("/api/v1/patterns/**"),
                AccessRule.publicRead("/patterns"),
                AccessRule.publicRead("/patterns/**"));
    }

    static HttpHeaders freshness(Fresh<?> f) {
        HttpHeaders h = new HttpHeaders();
        h.add("X-Data-Version", String.valueOf(f.dataVersion()));
        h.add("X-Computed-At", f.computedAt().toString());
        h.add("X-Cached", String.valueOf(f.cached()));
        h.add("Access-Control-Expose-Headers", "X-Data-Version, X-Computed-At, X-Cached");
        return h;
    }

    static Basis basis(String value) {
        Basis b = Basis.parse(value);
        if (b == Basis.ALL && Actors.current().isEmpty()) {
            throw new AccessDeniedException("basis=all includes unreviewed suggestions: sign in or send a token");
        }
        return b;
    }

    @RestController
    static class Api {
        private final CitationIndex citations;
        private final FlowMatrix flows;
        private final FlowImports imports;
        private final Trends trends;
        private final Changes changes;
        private final VictimProfiles victims;
        private final Development development;
        private final DataGaps gaps;
        private final PatternAnswers answers;

        Api(CitationIndex citations, FlowMatrix flows, FlowImports imports, Trends trends, Changes changes,
            VictimProfiles victims, Development development, DataGaps gaps, PatternAnswers answers) {
            this.answers = answers;
            this.citations = citations;
            this.flows = flows;
            this.imports = imports;
            this.trends = trends;
            this.changes = changes;
            this.victims = victims;
            this.development = development;
            this.gaps = gaps;
        }

        /**
         * The citation index (CONTRACTS.md §4): per country, the number of distinct sources reporting it
         * in {@code role}, banded VERY_HIGH … VERY_LOW (bands at /api/v1/citation-index/bands). Options:
         * {@code basis=accepted|all}, {@code from}/{@code to} years, {@code count=sources|publishers}.
         */
        @GetMapping(path = "/api/v1/citation-index", params = "!format")
        @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                array = @ArraySchema(schema = @Schema(implementation = CitationEntry.class))))
        ResponseEntity<byte[]> citationIndex(@RequestParam(required = false) String role,
                                             @RequestParam(required = false) String basis,
                                             @RequestParam(required = false) Integer from,
                                             @RequestParam(required = false) Integer to,
                                             @RequestParam(required = false) String count,
                                             @RequestHeader(name = "Accept-Encoding", required = false) String encoding) {
            Basis b = basis(basis);
            Period p = new Period(from, to);
            Counting c = Counting.parse(count);
            return answers.json("citation|" + CitationIndex.role(role) + "|" + b + "|" + p + "|" + c, encoding,
                    () -> citations.compute(role, b, p, c).value());
        }

        @GetMapping(path = "/api/v1/citation-index", params = "format=csv")
        ResponseEntity<String> citationIndexCsv(@RequestParam(required = false) String role,
                                                @RequestParam(required = false) String basis,
                                                @RequestParam(required = false) Integer from,
                                                @RequestParam(required = false) Integer to,
                                                @RequestParam(required = false) String count) {
            Fresh<List<CitationEntry>> f = citations.compute(role, basis(basis), new Period(from, to), Counting.parse(count));
            List<String> lines = new ArrayList<>();
            lines.add(CsvOut.line("country", "name", "region", "role", "level", "sources", "publishers", "facts", "first_year", "last_year"));
            String r = CitationIndex.role(role);
            f.value().forEach(e -> lines.add(CsvOut.line(e.country(), e.name(), e.region(), r, e.level(), e.sources(),
                    e.publishers(), e.facts(), e.firstYear(), e.lastYear())));
            return CsvOut.file("citation-index-" + r.toLowerCase() + ".csv", lines, f);
        }

        /** How source counts are banded into levels, and what counts as a source. */
        @GetMapping("/api/v1/citation-index/bands")
        Map<String, Object> bands() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("levels", citations.bands().describe());
            m.put("method", "UNODC, Trafficking in Persons: Global Patterns (2006): a country's citation count in a role is the number "
                    + "of distinct sources reporting it in that role; a flow fact cites its origin as ORIGIN and its destination as DESTINATION.");
            m.put("sources", "count=sources: each registered source (publication) once — each annual TIP report edition is one source; "
                    + "count=publishers: all editions of one publisher count once.");
            m.put("configuration", "palermo.patterns.citation.very-high, .high, .medium, .low");
            return m;
        }

        /**
         * Flows (CONTRACTS.md §4): origin → destination with the number of distinct sources and a weight
         * (sources relative to the most reported pair). Filters: {@code from}, {@code to}, {@code form},
         * {@code region} (M49 region or sub-region of either end), {@code country} (either end), {@code basis}.
         */
        @GetMapping(path = "/api/v1/flows", params = "!format")
        @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
                array = @ArraySchema(schema = @Schema(implementation = Flow.class))))
        ResponseEntity<byte[]> flows(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                                     @RequestParam(required = false) String form, @RequestParam(required = false) String region,
                                     @RequestParam(required = false) String country, @RequestParam(required = false) String basis,
                                     @RequestHeader(name = "Accept-Encoding", required = false) String encoding) {
            FlowQuery q = new FlowQuery(new Period(from, to), form, region, country, basis(basis));
            return answers.json("flows|" + q.key(), encoding, () -> flows.flows(q).value());
        }

        @GetMapping(path = "/api/v1/flows", params = "format=csv")
        ResponseEntity<String> flowsCsv(@RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                                        @RequestParam(required = false) String form, @RequestParam(required = false) String region,
                                        @RequestParam(required = false) String country, @RequestParam(required = false) String basis) {
            Fresh<List<Flow>> f = flows.flows(new FlowQuery(new Period(from, to), form, region, country, basis(basis)));
            List<String> lines = new ArrayList<>();
            lines.add(CsvOut.line("origin", "origin_name", "destination", "destination_name", "sources", "weight", "facts", "first_year", "last_year"));
            f.value().forEach(x -> lines.add(CsvOut.line(x.origin(), x.originName(), x.destination(), x.destinationName(),
                    x.sources(), x.weight(), x.facts(), x.firstYear(), x.lastYear())));
            return CsvOut.file("flows.csv", lines, f);
        }

        /** Every flows import (one per edge-list file) with the names that did not resolve. */
        @GetMapping("/api/v1/flows/imports")
        List<FlowImportReport> imports() {
            return imports.all();
        }

        /** Per year: sources, facts, flows and roles, for the world, a region or a country. */
        @GetMapping("/api/v1/patterns/trends")
        ResponseEntity<?> trends(@RequestParam(required = false) String country, @RequestParam(required = false) String region,
                                 @RequestParam(required = false) String basis, @RequestParam(required = false) String format) {
            Fresh<List<Trends.Year>> f = trends.byYear(country, region, basis(basis));
            if ("csv".equals(format)) {
                List<String> lines = new ArrayList<>();
                lines.add(CsvOut.line("year", "sources", "facts", "flows", "origin", "transit", "destination", "internal"));
                f.value().forEach(y -> lines.add(CsvOut.line(y.year(), y.sources(), y.facts(), y.flows(), y.origin(), y.transit(),
                        y.destination(), y.internal())));
                return CsvOut.file("trends.csv", lines, f);
            }
            return ResponseEntity.ok().headers(freshness(f)).body(f.value());
        }

        /** What changed between two periods ({@code before=2001-2005&after=2012-2016}), optionally for one country. */
        @GetMapping("/api/v1/patterns/changes")
        ResponseEntity<?> changes(@RequestParam(required = false) String before, @RequestParam(required = false) String after,
                                  @RequestParam(required = false) String country, @RequestParam(required = false) String basis,
                                  @RequestParam(required = false) String format) {
            Period a = before == null ? new Period(2001, 2005) : Period.parse("before", before);
            Period b = after == null ? new Period(2012, 2016) : Period.parse("after", after);
            Changes.Result r = changes.between(a, b, country, basis(basis));
            if ("csv".equals(format)) {
                List<String> lines = new ArrayList<>();
                lines.add(CsvOut.line("kind", "country", "role", "origin", "destination", "sources_before", "sources_after",
                        "country_name", "origin_name", "destination_name"));
                r.changes().forEach(c -> lines.add(CsvOut.line(c.kind(), c.country(), c.role(), c.origin(), c.destination(),
                        c.sourcesBefore(), c.sourcesAfter(), c.countryName(), c.originName(), c.destinationName())));
                return CsvOut.file("changes.csv", lines, new Fresh<>(r, r.dataVersion(), java.time.Instant.now(), false));
            }
            return ResponseEntity.ok().body(r);
        }

        /** Shares of victim groups and forms of exploitation, each with its basis stated. */
        @GetMapping("/api/v1/patterns/victim-profiles")
        ResponseEntity<?> victims(@RequestParam(required = false) String country, @RequestParam(required = false) String region,
                                  @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                                  @RequestParam(required = false) String basis, @RequestParam(required = false) String format) {
            Fresh<VictimProfiles.Profile> f = victims.profile(country, region, new Period(from, to), basis(basis));
            if ("csv".equals(format)) {
                List<String> lines = new ArrayList<>();
                lines.add(CsvOut.line("measure", "category", "count", "share", "basis", "year", "of_total", "countries"));
                f.value().groups().forEach(s -> lines.add(CsvOut.line("victim_group_mentions", s.category(), s.count(), s.share(), f.value().mentionsBasis())));
                f.value().forms().forEach(s -> lines.add(CsvOut.line("form_mentions", s.category(), s.count(), s.share(), f.value().mentionsBasis())));
                f.value().counts().forEach(s -> lines.add(CsvOut.line("victim_counts", s.category(), s.part(), s.share(), f.value().countsBasis())));
                String note = f.value().statisticsNote();
                for (Object row : f.value().statistics()) {
                    if (row instanceof VictimProfiles.PooledShare s) {
                        lines.add(CsvOut.line("national_statistics", "women_and_girls", s.womenAndGirls(), s.shareWomenAndGirls(), note, s.year(), s.total(), s.countries()));
                        lines.add(CsvOut.line("national_statistics", "children", s.children(), s.shareChildren(), note, s.year(), s.total(), s.countries()));
                    } else if (row instanceof CountryStatistics.Share s) {
                        lines.add(CsvOut.line("national_statistics", "women_and_girls", s.womenAndGirls(), s.shareWomenAndGirls(), note, s.year(), s.total(), 1));
                        lines.add(CsvOut.line("national_statistics", "children", s.children(), s.shareChildren(), note, s.year(), s.total(), 1));
                    }
                }
                return CsvOut.file("victim-profiles.csv", lines, f);
            }
            return ResponseEntity.ok().headers(freshness(f)).body(f.value());
        }

        /** Citation counts against the HDI, with correlations per region and the caveat. */
        @GetMapping("/api/v1/patterns/development")
        ResponseEntity<?> development(@RequestParam(required = false) String role, @RequestParam(required = false) String basis,
                                      @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
                                      @RequestParam(required = false) String format) {
            Fresh<Development.Result> f = development.compare(role == null ? "ORIGIN" : role, basis(basis), new Period(from, to));
            Development.Result r = f.value();
            if ("csv".equals(format)) {
                List<String> lines = new ArrayList<>();
                lines.add(CsvOut.line("country", "name", "region", "role", "sources", "level", "hdi", "hdi_year"));
                r.points().forEach(p -> lines.add(CsvOut.line(p.country(), p.name(), p.region(), r.role(), p.sources(), p.level(),
                        p.hdi(), p.hdiYear())));
                return CsvOut.file("development.csv", lines, f);
            }
            return ResponseEntity.ok().headers(freshness(f)).body(r);
        }

        /** Countries and years without data, single-source roles, sources by type, indicators never reported. */
        @GetMapping("/api/v1/patterns/gaps")
        ResponseEntity<?> gaps(@RequestParam(required = false) String basis, @RequestParam(required = false) String format) {
            Fresh<DataGaps.Gaps> f = gaps.gaps(basis(basis));
            if ("csv".equals(format)) {
                List<String> lines = new ArrayList<>();
                lines.add(CsvOut.line("country", "name", "region", "facts", "sources", "first_year", "last_year", "years_with_data",
                        "years_without_data", "single_source_roles", "sources_by_type"));
                f.value().countries().forEach(c -> lines.add(CsvOut.line(c.country(), c.name(), c.region(), c.facts(), c.sources(),
                        c.firstYear(), c.lastYear(), c.yearsWithData(), join(c.yearsWithoutData()), join(c.singleSourceRoles()),
                        c.sourcesByType().toString().replaceAll("[{}]", ""))));
                return CsvOut.file("data-gaps.csv", lines, f);
            }
            return ResponseEntity.ok().headers(freshness(f)).body(f.value());
        }

        private static String join(List<?> values) {
            return String.join(" ", values.stream().map(String::valueOf).toList());
        }
    }

    @Controller
    static class Pages {
        private final CitationIndex citations;
        private final FlowImports imports;

        Pages(CitationIndex citations, FlowImports imports) {
            this.citations = citations;
            this.imports = imports;
        }

        @GetMapping("/patterns")
        String index() {
            return "patterns/index";
        }

        @GetMapping("/patterns/citation-index")
        String citationIndex(Model model) {
            model.addAttribute("bands", citations.bands().describe());
            return "patterns/citation-index";
        }

        @GetMapping("/patterns/flows")
        String flows() {
            return "patterns/flows";
        }

        @GetMapping("/patterns/flows/imports")
        String imports(Model model) {
            List<FlowImportReport> all = imports.all();
            model.addAttribute("imports", all);
            model.addAttribute("unresolved", all.stream().mapToInt(i -> i.unresolved().size()).sum());
            model.addAttribute("facts", all.stream().mapToInt(FlowImportReport::facts).sum());
            return "patterns/imports";
        }

        @GetMapping("/patterns/trends")
        String trends() {
            return "patterns/trends";
        }

        @GetMapping("/patterns/victims")
        String victims() {
            return "patterns/victims";
        }

        @GetMapping("/patterns/development")
        String development() {
            return "patterns/development";
        }

        @GetMapping("/patterns/gaps")
        String gaps() {
            return "patterns/gaps";
        }
    }
}
