package org.palermo.profiles;

import java.util.List;

import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Country profiles: the API and the page. */
@Configuration(proxyBeanMethods = false)
class ProfilesWeb {

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
         * Everything known about one country: HDI, roles in flows, institutional events, what the sources say,
         * sources by type, and the sections other modules add (statistics, cases). {@code facts=all} also
         * includes the extractor's suggestions, each marked {@code reviewed: false}.
         */
        @GetMapping("/api/v1/countries/{iso3}/profile")
        CountryProfile profile(@PathVariable String iso3, @RequestParam(defaultValue = "reviewed") String facts) {
            return profiles.profile(iso3, "all".equalsIgnoreCase(facts));
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
            model.addAttribute("p", profiles.profile(iso3, "all".equalsIgnoreCase(facts)));
            model.addAttribute("all", "all".equalsIgnoreCase(facts));
            return "profiles/country";
        }
    }
}
