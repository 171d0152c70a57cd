package org.palermo.registries;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.palermo.accounts.Actors;
import org.palermo.reference.Countries;
import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import org.palermo.system.InvalidInputException;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The registries over HTTP. Published registry data is public; personal contact details need an account; analysts
 * and administrators edit the treaty registry and the tiers; focal points (own country), analysts and
 * administrators edit the contact points and providers.
 *
 * <pre>
 * GET  /api/v1/registries/treaty?date=YYYY-MM-DD[&amp;standing=]   every country's standing at a date (default today)
 * GET  /api/v1/registries/treaty/parties                       parties at the end of each year, by the registry and by data set
 * GET  /api/v1/registries/treaty/{iso3}[?date=]                a country: standing, disagreements, year by year, every entry
 * GET  /api/v1/registries/treaty/entries/{id}
 * POST /api/v1/registries/treaty/entries                       an analyst's entry with its source (201)
 * PUT  /api/v1/registries/treaty/entries/{id}                  corrects an analyst's entry
 * POST /api/v1/registries/treaty/entries/{id}/retract          {"reason": …}
 * GET  /api/v1/registries/tiers?year=, /api/v1/registries/tiers/{iso3}; PUT /api/v1/registries/tiers/{iso3}/{year}
 * GET|POST /api/v1/registries/contacts, GET|PUT|DELETE …/contacts/{id}, GET …/contacts.csv|.xlsx, POST …/contacts/imports
 * the same for /api/v1/registries/providers
 * </pre>
 */
@Configuration(proxyBeanMethods = false)
class RegistriesWeb {

    static final Role[] EDITORS = {Role.ANALYST, Role.ADMIN};
    static final Role[] DIRECTORY_EDITORS = {Role.FOCAL_POINT, Role.ANALYST, Role.ADMIN};
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @Bean
    AccessRules registriesAccess() {
        List<AccessRule> rules = new ArrayList<>(List.of(
                AccessRule.publicRead("/api/v1/registries/treaty"),
                AccessRule.publicRead("/api/v1/registries/treaty/parties"),
                AccessRule.publicRead("/api/v1/registries/treaty/{iso3}"),
                AccessRule.publicRead("/api/v1/registries/treaty/entries/{id}"),
                AccessRule.of("POST", "/api/v1/registries/treaty/entries", EDITORS),
                AccessRule.of("PUT", "/api/v1/registries/treaty/entries/{id}", EDITORS),
                AccessRule.of("POST", "/api/v1/registries/treaty/entries/{id}/retract", EDITORS),
                AccessRule.publicRead("/api/v1/registries/tiers"),
                AccessRule.publicRead("/api/v1/registries/tiers/{iso3}"),
                AccessRule.of("PUT", "/api/v1/registries/tiers/{iso3}/{year}", EDITORS),
                AccessRule.publicRead("/registries"),
                AccessRule.publicRead("/registries/treaty"),
                AccessRule.publicRead("/registries/treaty/{iso3}"),
                AccessRule.publicRead("/registries/contacts"),
                AccessRule.publicRead("/registries/providers")));
        for (String kind : List.of("contacts", "providers")) {
            String base = "/api/v1/registries/" + kind;
            rules.add(AccessRule.publicRead(base));
            rules.add(AccessRule.publicRead(base + ".csv"));
            rules.add(AccessRule.publicRead(base + ".xlsx"));
            rules.add(AccessRule.publicRead(base + "/{id}"));
            rules.add(AccessRule.of("POST", base, DIRECTORY_EDITORS));
            rules.add(AccessRule.of("PUT", base + "/{id}", DIRECTORY_EDITORS));
            rules.add(AccessRule.of("DELETE", base + "/{id}", DIRECTORY_EDITORS));
            rules.add(AccessRule.of("POST", base + "/imports", DIRECTORY_EDITORS));
        }
        return () -> rules;
    }

    static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now();
        }
        LocalDate[] span = TreatyRegistry.span(text);
        if (span == null) {
            throw new InvalidInputException("date", "date '" + text + "' is not YYYY-MM-DD (or YYYY for the end of a year)");
        }
        return span[1];
    }

    /** Every country's standing at a date, with the counts by standing. */
    record TreatyAtDate(LocalDate date, String instrument, Map<TreatyStanding, Integer> counts, int disagreements,
                        List<TreatyStatus> countries) {
    }

    static TreatyAtDate atDate(TreatyRegistry registry, LocalDate date, String standing) {
        List<TreatyStatus> all = registry.statuses(date);
        Map<TreatyStanding, Integer> counts = new EnumMap<>(TreatyStanding.class);
        for (TreatyStanding s : TreatyStanding.values()) {
            counts.put(s, 0);
        }
        all.forEach(s -> counts.merge(s.standing(), 1, Integer::sum));
        int disagreements = (int) all.stream().filter(TreatyStatus::disagreement).count();
        List<TreatyStatus> shown = all;
        if (standing != null && !standing.isBlank()) {
            TreatyStanding wanted;
            try {
                wanted = TreatyStanding.valueOf(standing.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("standing", "standing '" + standing + "' is not one of "
                        + java.util.Arrays.toString(TreatyStanding.values()));
            }
            shown = all.stream().filter(s -> s.standing() == wanted).toList();
        }
        return new TreatyAtDate(date, TreatyRegistry.INSTRUMENT_NAME, counts, disagreements, shown);
    }

    @RestController
    static class TreatyApi {
        private final TreatyRegistry registry;
        private final TipTiers tiers;

        TreatyApi(TreatyRegistry registry, TipTiers tiers) {
            this.registry = registry;
            this.tiers = tiers;
        }

        /** Every country's standing towards the Protocol at a date (default today), each with every source's verdict. */
        @GetMapping("/api/v1/registries/treaty")
        TreatyAtDate treaty(@RequestParam(required = false) String date, @RequestParam(required = false) String standing) {
            return atDate(registry, date(date), standing);
        }

        /** Parties at the end of each year since 2000, by the registry's verdict and by each data set alone. */
        @GetMapping("/api/v1/registries/treaty/parties")
        List<TreatyRegistry.PartiesCount> parties() {
            return registry.partiesOverTime(LocalDate.now());
        }

        /** One country: standing today (and at {@code date} if given), disagreements, the standing year by year, every entry. */
        @GetMapping("/api/v1/registries/treaty/{iso3}")
        Map<String, Object> country(@PathVariable String iso3, @RequestParam(required = false) String date) {
            TreatyRegistry.CountryTreaty c = registry.country(iso3, LocalDate.now());
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("country", c.country());
            out.put("name", c.name());
            out.put("instrument", c.instrument());
            out.put("today", c.today());
            if (date != null && !date.isBlank()) {
                out.put("at_date", registry.status(iso3, date(date)));
            }
            out.put("disagreements", c.disagreements());
            out.put("timeline", c.timeline());
            out.put("entries", c.entries());
            return out;
        }

        @GetMapping("/api/v1/registries/treaty/entries/{id}")
        TreatyEntry entry(@PathVariable long id) {
            return registry.entry(id);
        }

        /** Adds an entry: {country, action, date (YYYY, YYYY-MM or YYYY-MM-DD), source, url?, quote?, location?, note?}. */
        @PostMapping("/api/v1/registries/treaty/entries")
        ResponseEntity<TreatyEntry> add(@RequestBody TreatyRegistry.NewEntry entry) {
            TreatyEntry e = registry.add(entry);
            return ResponseEntity.created(URI.create("/api/v1/registries/treaty/entries/" + e.id())).body(e);
        }

        @PutMapping("/api/v1/registries/treaty/entries/{id}")
        TreatyEntry correct(@PathVariable long id, @RequestBody TreatyRegistry.NewEntry entry) {
            return registry.correct(id, entry);
        }

        record Reason(String reason) {
        }

        @PostMapping("/api/v1/registries/treaty/entries/{id}/retract")
        TreatyEntry retract(@PathVariable long id, @RequestBody(required = false) Reason reason) {
            return registry.retract(id, reason == null ? null : reason.reason());
        }

        record TiersOfYear(int year, String source, List<Map<String, Object>> countries) {
        }

        /** Every country's tier in one report year (default: the latest held). */
        @GetMapping("/api/v1/registries/tiers")
        TiersOfYear tiers(@RequestParam(required = false) Integer year) {
            TipTiers.Span span = tiers.span();
            int y = year != null ? year : span == null ? LocalDate.now().getYear() : span.last();
            List<Map<String, Object>> out = new ArrayList<>();
            tiers.ofYear(y).forEach((iso3, t) -> {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("country", iso3);
                m.put("name", Countries.bundled().byIso3(iso3).map(c -> c.name()).orElse(iso3));
                m.put("tier", t.tier());
                m.put("label", t.label());
                m.put("special_case", t.specialCase());
                m.put("source", t.source());
                out.add(m);
            });
            return new TiersOfYear(y, TipTiers.SOURCE, out);
        }

        /** A country's tier in every report year held, with the years it has none. */
        @GetMapping("/api/v1/registries/tiers/{iso3}")
        Map<String, Object> tierHistory(@PathVariable String iso3) {
            var c = TreatyRegistry.country(iso3);
            return Map.of("country", c.iso3(), "name", c.name(), "source", TipTiers.SOURCE, "years", tiers.history(c.iso3()));
        }

        @PutMapping("/api/v1/registries/tiers/{iso3}/{year}")
        TierYear setTier(@PathVariable String iso3, @PathVariable int year, @RequestBody TipTiers.TierInput tier) {
            return tiers.set(iso3, year, tier);
        }
    }

    @RestController
    static class DirectoryApi {
        private final Directories directories;
        private final DirectoryFiles files;

        DirectoryApi(Directories directories, DirectoryFiles files) {
            this.directories = directories;
            this.files = files;
        }

        // contact points

        /** Published contact points (any account: with the person's details; editors: also unpublished ones). */
        @GetMapping("/api/v1/registries/contacts")
        List<Map<String, Object>> contacts(@RequestParam(required = false) String country, @RequestParam(required = false) String role) {
            return directories.list(Directory.CONTACT_POINTS, country, role);
        }

        @GetMapping("/api/v1/registries/contacts/{id}")
        Map<String, Object> contact(@PathVariable long id) {
            return directories.get(Directory.CONTACT_POINTS, id);
        }

        @PostMapping("/api/v1/registries/contacts")
        ResponseEntity<Map<String, Object>> createContact(@RequestBody(required = false) Map<String, Object> body) {
            return created(Directory.CONTACT_POINTS, directories.create(Directory.CONTACT_POINTS, body));
        }

        @PutMapping("/api/v1/registries/contacts/{id}")
        Map<String, Object> updateContact(@PathVariable long id, @RequestBody(required = false) Map<String, Object> body) {
            return directories.update(Directory.CONTACT_POINTS, id, body);
        }

        @DeleteMapping("/api/v1/registries/contacts/{id}")
        ResponseEntity<Void> deleteContact(@PathVariable long id, @RequestParam(required = false) String reason) {
            directories.delete(Directory.CONTACT_POINTS, id, reason);
            return ResponseEntity.noContent().build();
        }

        @GetMapping("/api/v1/registries/contacts.csv")
        ResponseEntity<byte[]> contactsCsv(@RequestParam(required = false) String country) {
            return csv(Directory.CONTACT_POINTS, country);
        }

        @GetMapping("/api/v1/registries/contacts.xlsx")
        ResponseEntity<byte[]> contactsXlsx(@RequestParam(required = false) String country) {
            return xlsx(Directory.CONTACT_POINTS, country);
        }

        /** CSV or XLSX files (field {@code file}, repeatable): each imported whole or rejected with its bad rows. */
        @PostMapping("/api/v1/registries/contacts/imports")
        ResponseEntity<?> importContacts(@RequestParam("file") List<MultipartFile> upload) throws IOException {
            return imported(Directory.CONTACT_POINTS, upload);
        }

        // service providers

        @GetMapping("/api/v1/registries/providers")
        List<Map<String, Object>> providers(@RequestParam(required = false) String country, @RequestParam(required = false) String type) {
            return directories.list(Directory.SERVICE_PROVIDERS, country, type);
        }

        @GetMapping("/api/v1/registries/providers/{id}")
        Map<String, Object> provider(@PathVariable long id) {
            return directories.get(Directory.SERVICE_PROVIDERS, id);
        }

        @PostMapping("/api/v1/registries/providers")
        ResponseEntity<Map<String, Object>> createProvider(@RequestBody(required = false) Map<String, Object> body) {
            return created(Directory.SERVICE_PROVIDERS, directories.create(Directory.SERVICE_PROVIDERS, body));
        }

        @PutMapping("/api/v1/registries/providers/{id}")
        Map<String, Object> updateProvider(@PathVariable long id, @RequestBody(required = false) Map<String, Object> body) {
            return directories.update(Directory.SERVICE_PROVIDERS, id, body);
        }

        @DeleteMapping("/api/v1/registries/providers/{id}")
        ResponseEntity<Void> deleteProvider(@PathVariable long id, @RequestParam(required = false) String reason) {
            directories.delete(Directory.SERVICE_PROVIDERS, id, reason);
            return ResponseEntity.noContent().build();
        }

        @GetMapping("/api/v1/registries/providers.csv")
        ResponseEntity<byte[]> providersCsv(@RequestParam(required = false) String country) {
            return csv(Directory.SERVICE_PROVIDERS, country);
        }

        @GetMapping("/api/v1/registries/providers.xlsx")
        ResponseEntity<byte[]> providersXlsx(@RequestParam(required = false) String country) {
            return xlsx(Directory.SERVICE_PROVIDERS, country);
        }

        @PostMapping("/api/v1/registries/providers/imports")
        ResponseEntity<?> importProviders(@RequestParam("file") List<MultipartFile> upload) throws IOException {
            return imported(Directory.SERVICE_PROVIDERS, upload);
        }

        private static ResponseEntity<Map<String, Object>> created(Directory d, Map<String, Object> entry) {
            return ResponseEntity.created(URI.create("/api/v1/registries/" + d.path() + "/" + entry.get("id"))).body(entry);
        }

        private ResponseEntity<byte[]> csv(Directory d, String country) {
            byte[] body = files.csv(d, directories.list(d, country, null));
            return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName(d, country, "csv")).build().toString())
                    .body(body);
        }

        private ResponseEntity<byte[]> xlsx(Directory d, String country) {
            byte[] body = files.xlsx(d, directories.list(d, country, null));
            return ResponseEntity.ok().contentType(XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName(d, country, "xlsx")).build().toString())
                    .body(body);
        }

        private static String fileName(Directory d, String country, String ext) {
            return d.path() + (country == null || country.isBlank() ? "" : "-" + country.strip().toUpperCase(java.util.Locale.ROOT)
                    .replaceAll("[^A-Z]", "")) + "." + ext;
        }

        /** 200 with each file's outcome when any file was imported; 400 (problem+json, with the outcomes) when none was. */
        private ResponseEntity<?> imported(Directory d, List<MultipartFile> upload) throws IOException {
            if (Actors.current().isEmpty()) {
                throw new org.springframework.security.access.AccessDeniedException("Sign in to import");
            }
            List<DirectoryFiles.Upload> list = new ArrayList<>();
            for (MultipartFile f : upload) {
                list.add(new DirectoryFiles.Upload(f.getOriginalFilename(), f.getBytes()));
            }
            DirectoryFiles.ImportReport report = files.importFiles(d, list);
            if (report.allRejected()) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "No file was imported: "
                        + report.files().stream().map(f -> f.file() + " (" + f.errors().size() + " errors)").toList());
                problem.setProperty("files", report.files());
                return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
            }
            return ResponseEntity.ok(report);
        }
    }

    @Controller
    static class Pages {
        private final TreatyRegistry registry;
        private final TipTiers tiers;
        private final Directories directories;

        Pages(TreatyRegistry registry, TipTiers tiers, Directories directories) {
            this.registry = registry;
            this.tiers = tiers;
            this.directories = directories;
        }

        @GetMapping("/registries")
        String index() {
            return "registries/index";
        }

        @GetMapping("/registries/treaty")
        String treaty(@RequestParam(required = false) String date, @RequestParam(required = false) String standing, Model model) {
            LocalDate d = date(date);
            model.addAttribute("t", atDate(registry, d, standing));
            model.addAttribute("standing", standing == null ? "" : standing);
            model.addAttribute("standings", TreatyStanding.values());
            List<TreatyRegistry.PartiesCount> parties = registry.partiesOverTime(LocalDate.now());
            model.addAttribute("parties", parties);
            model.addAttribute("partiesChart", RegistryCharts.parties(parties));
            return "registries/treaty";
        }

        @GetMapping("/registries/treaty/{iso3}")
        String country(@PathVariable String iso3, Model model) {
            TreatyRegistry.CountryTreaty c = registry.country(iso3, LocalDate.now());
            model.addAttribute("c", c);
            model.addAttribute("tiers", tiers.history(c.country()));
            model.addAttribute("tierStrip", RegistryCharts.tierStrip(tiers.history(c.country())));
            model.addAttribute("editor", Actors.current().map(p -> p.role() == Role.ANALYST || p.role() == Role.ADMIN).orElse(false));
            model.addAttribute("actions", TreatyAction.values());
            return "registries/country";
        }

        @GetMapping("/registries/contacts")
        String contacts(@RequestParam(required = false) String country, Model model) {
            model.addAttribute("rows", directories.list(Directory.CONTACT_POINTS, country, null));
            model.addAttribute("country", country == null ? "" : country.strip().toUpperCase(java.util.Locale.ROOT));
            model.addAttribute("signedIn", Actors.current().isPresent());
            return "registries/contacts";
        }

        @GetMapping("/registries/providers")
        String providers(@RequestParam(required = false) String country, Model model) {
            model.addAttribute("rows", directories.list(Directory.SERVICE_PROVIDERS, country, null));
            model.addAttribute("country", country == null ? "" : country.strip().toUpperCase(java.util.Locale.ROOT));
            model.addAttribute("signedIn", Actors.current().isPresent());
            return "registries/providers";
        }
    }
}
