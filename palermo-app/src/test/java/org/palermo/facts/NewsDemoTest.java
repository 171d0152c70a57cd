package org.palermo.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The news alerts loaded on first start: MEDIA documents of many outlets, their facts suggestions in the review
 * queue, and a citation index counted by publishers in which countries are cited by several of them.
 */
@PalermoIntegrationTest
class NewsDemoTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyAlertIsAMediaDocumentOfItsOutlet() {
        int documents = jdbc.sql("""
                        select count(*) from document d join source s on s.id = d.source_id
                        where s.source_type = 'MEDIA' and d.file_name like 'news-%'""").query(Integer.class).single();
        int distinctAlerts = (int) NewsAlerts.of(NewsDemo.bundled()).alerts().stream().map(NewsAlerts.Alert::text).distinct().count();
        assertThat(documents).isEqualTo(distinctAlerts);
        int outlets = jdbc.sql("""
                        select count(distinct s.publisher) from document d join source s on s.id = d.source_id
                        where s.source_type = 'MEDIA' and d.file_name like 'news-%'""").query(Integer.class).single();
        assertThat(outlets).isGreaterThan(1000);
        JsonNode first = new Http(port).get("/api/v1/documents/" + jdbc.sql("select id from document where file_name = 'news-0000'")
                .query(Long.class).single()).json();
        assertThat(first.get("source").get("name").asString()).isEqualTo("Daily Local (dailylocal.com)");
        assertThat(first.get("source_type").asString()).isEqualTo("MEDIA");
        int suggested = jdbc.sql("""
                        select count(*) from fact f join document d on d.id = f.document_id
                        where d.file_name like 'news-%' and f.run_id is not null""").query(Integer.class).single();
        assertThat(suggested).as("facts extracted from the alerts").isGreaterThan(500);
    }

    @Test
    void theCitationIndexCountedByPublishersHasCountriesCitedBySeveralOutlets() {
        Http researcher = new Http(port).as(TestAccounts.token(accounts, Role.RESEARCHER));
        List<String> several = new ArrayList<>();
        for (String role : List.of("ORIGIN", "DESTINATION")) {
            JsonNode index = researcher.get("/api/v1/citation-index?basis=all&count=publishers&role=" + role).json();
            for (JsonNode row : index) {
                // without the news, the only publishers are the US Department of State and two UN organs
                if (row.get("publishers").asInt() >= 5) {
                    several.add(role + " " + row.get("country").asString());
                }
            }
        }
        assertThat(several).as("countries cited by five or more publishers").hasSizeGreaterThanOrEqualTo(3);
    }
}
