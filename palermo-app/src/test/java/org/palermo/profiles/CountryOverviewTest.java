package org.palermo.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.reference.Countries;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.palermo.text.CsvReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The top of the country profile over the API: each part from its own module, with its source, checked against the
 * bundled files and the other modules' own endpoints; empty parts say what is missing and how to add it; a change in
 * a registry is in the very next answer although profiles are kept.
 */
@PalermoIntegrationTest
class CountryOverviewTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    @Test
    void nigeriasOverviewHasItsProtocolStandingTiersTrendsAndNamedCounterpartsEachWithItsSource() throws Exception {
        Http http = new Http(port);
        JsonNode o = http.get("/api/v1/countries/NGA/profile").json().get("overview");
        List<String> untc = bundled("data/registries/protocol-status.csv").stream().filter(r -> r.get(0).equals("NGA")).findFirst().orElseThrow();

        JsonNode protocol = o.get("protocol");
        assertThat(protocol.get("standing").asString()).isEqualTo("PARTY");
        assertThat(protocol.get("since").asString()).isEqualTo(untc.get(3));
        assertThat(protocol.get("signed").asString()).isEqualTo(untc.get(2));
        assertThat(protocol.get("source").asString()).startsWith("UN Treaty Collection");
        assertThat(protocol.get("missing").isNull()).isTrue();

        JsonNode tiers = o.get("tiers");
        long bundledYears = bundled("data/registries/tip-tiers.csv").stream().filter(r -> r.get(0).equals("NGA")).count();
        assertThat(tiers.get("years")).hasSize((int) bundledYears);
        assertThat(tiers.get("source").asString()).contains("Trafficking in Persons Report");

        for (JsonNode trend : o.get("trends")) {
            String indicator = trend.get("indicator").asString();
            JsonNode published = http.get("/api/v1/statistics?country=NGA&dimension=Total&category=Total&sex=Total&age=Total&indicator="
                    + Http.q(indicator)).json();
            int lastYear = 0;
            String lastText = null;
            for (JsonNode obs : published) {
                if (obs.get("year").asInt() >= lastYear && !obs.get("value_text").isNull()) {
                    lastYear = obs.get("year").asInt();
                    lastText = obs.get("value_text").asString();
                }
            }
            assertThat(trend.get("latest").get("year").asInt()).as(indicator).isEqualTo(lastYear);
            assertThat(trend.get("latest").get("value_text").asString()).as(indicator).isEqualTo(lastText);
            assertThat(trend.get("source").asString()).contains("GLOTIP");
        }

        JsonNode cp = o.get("counterparts");
        assertThat(cp.get("origins").size() + cp.get("destinations").size()).isGreaterThan(4);
        for (JsonNode c : cp.get("destinations")) {
            assertThat(c.get("name").asString()).isEqualTo(Countries.bundled().byIso3(c.get("iso3").asString()).orElseThrow().name());
            assertThat(c.get("sources").asInt()).isPositive();
        }
        assertThat(cp.get("source").asString()).contains("Trafficking in Persons Report");
        // the counterparts the profile's own detail lists as destinations of Nigerian victims
        JsonNode roles = http.get("/api/v1/countries/NGA/profile").json().get("roles");
        for (JsonNode r : roles) {
            if (r.get("role").asString().equals("ORIGIN")) {
                assertThat(r.get("counterparts").toString()).contains(cp.get("destinations").get(0).get("iso3").asString());
            }
        }
    }

    @Test
    void emptyPartsSayWhatIsMissingAndHowToAddIt() {
        // Antarctica: no treaty record, no tier, no figure, no flow, and no checklist or assistance module answered for it
        JsonNode o = new Http(port).get("/api/v1/countries/ATA/profile").json().get("overview");
        assertThat(o.get("protocol").get("standing").asString()).isEqualTo("NO_RECORD");
        assertThat(o.get("protocol").get("missing").get("how").asString()).contains("/api/v1/registries/treaty/entries");
        assertThat(o.get("tiers").get("missing").get("how").asString()).contains("/api/v1/registries/tiers/ATA/");
        assertThat(o.get("trends").get(0).get("missing").get("how").asString()).contains("/statistics/submissions");
        assertThat(o.get("counterparts").get("missing").get("how").asString()).contains("/review");
        List<String> parts = new java.util.ArrayList<>();
        o.get("missing").forEach(m -> parts.add(m.get("part").asString()));
        assertThat(parts).contains("protocol", "tiers", "trends", "counterparts", "institutions", "cases", "registries");
        String page = new Http(port).get("/countries/ATA").body();
        assertThat(page).contains("No source in the treaty registry speaks of this country");
    }

    @Test
    void aRegistryChangeIsInTheVeryNextProfileAnswerAndAnUnchangedProfileAnswers304() {
        Http http = new Http(port);
        Http.Response first = http.get("/api/v1/countries/MLI/profile");
        String etag = first.header("ETag");
        assertThat(etag).startsWith("W/");
        Http.Response same = http.withHeader("If-None-Match", etag).get("/api/v1/countries/MLI/profile");
        assertThat(same.status()).isEqualTo(304);
        int before = first.json().get("overview").get("registries").get("contact_points").asInt();

        Http focal = http.as(TestAccounts.token(accounts, Role.FOCAL_POINT, "MLI"));
        assertThat(focal.postJson("/api/v1/registries/contacts", "{\"country\":\"MLI\",\"organisation\":\"Comité national\","
                + "\"role\":\"NATIONAL_COORDINATOR\",\"source\":\"décret 2011\"}").status()).isEqualTo(201);
        JsonNode after = http.get("/api/v1/countries/MLI/profile").json().get("overview");
        assertThat(after.get("registries").get("contact_points").asInt()).isEqualTo(before + 1);
        assertThat(after.get("institutions").get("items").toString()).contains("Comité national").contains("National coordinator");
        assertThat(http.withHeader("If-None-Match", etag).get("/api/v1/countries/MLI/profile").status()).isEqualTo(200);
    }

    static List<List<String>> bundled(String resource) throws Exception {
        try (var in = CountryOverviewTest.class.getClassLoader().getResourceAsStream(resource)) {
            List<List<String>> rows = CsvReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
            return rows.subList(1, rows.size());
        }
    }
}
