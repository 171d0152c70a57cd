package org.palermo.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@PalermoIntegrationTest
class CountryProfileTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    @Test
    void anAcceptedFactAppearsInTheProfileWithItsQuoteAndSource() {
        Http http = new Http(port);
        Http analyst = http.as(TestAccounts.token(accounts, Role.ANALYST));
        Http reviewer = http.as(TestAccounts.token(accounts, Role.REVIEWER));
        int n = 100 + new java.util.Random().nextInt(800);
        String text = "Note " + UUID.randomUUID() + "\n\n3. Mongolia reported that in 2019, " + n + " persons had been prosecuted.\n";
        long doc = analyst.postFile("/api/v1/documents", "file", "mng.txt", text.getBytes(StandardCharsets.UTF_8))
                .json().get("id").asLong();
        JsonNode fact = reviewer.get("/api/v1/facts?document=" + doc).json().get(0);
        assertThat(fact.get("country").asString()).isEqualTo("MNG");

        assertThat(quotes(http.get("/api/v1/countries/MNG/profile").json())).doesNotContain(fact.get("quote").asString());
        JsonNode all = http.get("/api/v1/countries/MNG/profile?facts=all").json();
        assertThat(all.get("facts_basis").asString()).isEqualTo("reviewed facts and suggestions");
        assertThat(quotes(all)).contains(fact.get("quote").asString());

        reviewer.postJson("/api/v1/facts/" + fact.get("id").asLong() + "/decision", "{\"decision\":\"ACCEPT\"}");
        JsonNode reviewed = http.get("/api/v1/countries/MNG/profile").json();
        assertThat(reviewed.get("name").asString()).isEqualTo("Mongolia");
        assertThat(reviewed.get("region").asString()).isEqualTo("Asia");
        assertThat(reviewed.get("hdi").get("value").asDouble()).isBetween(0.5, 0.9);
        JsonNode says = null;
        for (JsonNode s : reviewed.get("what_the_sources_say")) {
            if (s.get("fact_id").asLong() == fact.get("id").asLong()) {
                says = s;
            }
        }
        assertThat(says).isNotNull();
        assertThat(says.get("summary").asString()).isEqualTo("persons_prosecuted = " + n);
        assertThat(says.get("reviewed").asBoolean()).isTrue();
        assertThat(says.get("paragraph").asString()).isEqualTo("3");

        String page = http.get("/countries/MNG").body();
        assertThat(page).contains("Mongolia").contains(fact.get("quote").asString());
    }

    @Test
    void aCountryNamedAsDestinationOfFlowsIsADestinationInItsProfile() {
        JsonNode roles = new Http(port).get("/api/v1/countries/THA/profile").json().get("roles");
        JsonNode destination = null;
        for (JsonNode r : roles) {
            if (r.get("role").asString().equals("DESTINATION")) {
                destination = r;
            }
        }
        assertThat(destination).as("the TIP reports name Thailand as a destination of Myanmar, Cambodia, Laos").isNotNull();
        assertThat(destination.get("counterparts").toString()).contains("MMR").contains("KHM").contains("LAO");
        assertThat(destination.get("sources").asInt()).isGreaterThanOrEqualTo(16);
    }

    @Test
    void anUnknownCountryIsA404() {
        Http.Response r = new Http(port).get("/api/v1/countries/XYZ/profile");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("detail").asString()).contains("XYZ");
    }

    private static java.util.List<String> quotes(JsonNode profile) {
        java.util.List<String> q = new java.util.ArrayList<>();
        profile.get("what_the_sources_say").forEach(s -> q.add(s.get("quote").asString()));
        return q;
    }
}
