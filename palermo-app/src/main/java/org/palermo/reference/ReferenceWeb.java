package org.palermo.reference;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Countries and the HDI series over HTTP, and the countries page. */
@Configuration(proxyBeanMethods = false)
class ReferenceWeb {

    @Bean
    AccessRules referenceAccess() {
        return () -> List.of(
                AccessRule.publicRead("/api/v1/countries"),
                AccessRule.publicRead("/api/v1/countries/{iso3}/hdi"),
                AccessRule.publicRead("/countries"),
                AccessRule.publicRead("/geo/**"));
    }

    /** One country as the API serves it (CONTRACTS.md §4). */
    record CountryView(String iso3, String iso2, String name, String region, String subregion,
                       @JsonProperty("numeric") String numeric) {
        static CountryView of(Country c) {
            return new CountryView(c.iso3(), c.iso2(), c.name(), c.region(), c.subregion(), c.numeric());
        }
    }

    record HdiValue(int year, double value) {
    }

    @RestController
    static class Api {
        private final JdbcClient jdbc;

        Api(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        /** All ISO 3166-1 countries and territories with their UN M49 region and sub-region. */
        @GetMapping("/api/v1/countries")
        List<CountryView> countries() {
            return Countries.bundled().all().stream().map(CountryView::of).toList();
        }

        /** The UNDP Human Development Index series of one country. */
        @GetMapping("/api/v1/countries/{iso3}/hdi")
        List<HdiValue> hdi(@PathVariable String iso3) {
            Country c = Countries.bundled().byIso3(iso3)
                    .orElseThrow(() -> new org.palermo.system.NotFoundException("No country with ISO3 code '" + iso3 + "'"));
            return jdbc.sql("select year, value from hdi where iso3 = :c order by year").param("c", c.iso3())
                    .query((rs, i) -> new HdiValue(rs.getInt(1), rs.getDouble(2))).list();
        }
    }

    @Controller
    static class Pages {
        @GetMapping("/countries")
        String countries(Model model) {
            model.addAttribute("countries", Countries.bundled().all());
            return "reference/countries";
        }
    }
}
