package org.palermo.profiles;

import java.util.ArrayList;
import java.util.List;

import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Country profiles: the API and the page. */
@Configuration(proxyBeanMethods = false)
class ProfilesWeb {

    /** Sections other modules contribute that the top of the page lays out (the rest stay below). */
    static final List<String> TOP_SECTIONS = List.of("checklist", "assistance");

    @Bean
    AccessRules profilesAccess() {
        return () -> List.of(
                AccessRule.publicRead("/api/v1/countries/{iso3}/profile"),
                AccessRule.publicRead("/countries/{iso3}"));
    }

    @RestController
    static class Api {
        private final CountryProfiles profiles;

        Api(CountryProfiles profiles) {
            this.profiles = profiles;
        }

        /**
         * Everything known about one country: {@code overview} (Protocol standing, tier history, trends of detected
         * victims, prosecutions and convictions, main counterparts, laws and institutions, court decisions, registries,
         * and what is missing), HDI, roles in flows, institutional events, what the sources say, sources by type, and
         * the sections other modules add (statistics, cases, checklist, assistance). {@code facts=all} also includes
         * the extractor's suggestions, each marked {@code reviewed: false}. Kept until any data change (weak ETag, gzip).
         */
        @GetMapping(value = "/api/v1/countries/{iso3}/profile", produces = "application/json")
        ResponseEntity<byte[]> profile(@PathVariable String iso3, @RequestParam(defaultValue = "reviewed") String facts,
                                       @RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String encoding) {
            return profiles.json(iso3, "all".equalsIgnoreCase(facts)).json(encoding, HttpHeaders.EMPTY);
        }
    }

    @Controller
    static class Pages {
        private final CountryProfiles profiles;

        Pages(CountryProfiles profiles) {
            this.profiles = profiles;
        }

        @GetMapping("/countries/{iso3}")
        String profile(@PathVariable String iso3, @RequestParam(defaultValue = "reviewed") String facts, Model model) {
            CountryProfile p = profiles.profile(iso3, "all".equalsIgnoreCase(facts));
            model.addAttribute("p", p);
            model.addAttribute("all", "all".equalsIgnoreCase(facts));
            model.addAttribute("g", ProfileGraphics.drawings(p));
            model.addAttribute("top", TopSections.of(p));
            List<SectionView> others = new ArrayList<>();
            p.sections().forEach((key, value) -> {
                if (!TOP_SECTIONS.contains(key) && !key.equals("statistics") && !key.equals("cases")) {
                    others.add(SectionView.of(key, value));
                }
            });
            model.addAttribute("otherSections", others);
            return "profiles/country";
        }
    }
}
