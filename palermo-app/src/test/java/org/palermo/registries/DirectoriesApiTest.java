package org.palermo.registries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.accounts.Audit;
import org.palermo.accounts.AuditEntry;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The contact-point network and the provider directory over real HTTP: who may change what, what the public and
 * signed-in practitioners see, the audit with before and after, and CSV / XLSX files in and out.
 */
@PalermoIntegrationTest
class DirectoriesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Audit audit;

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String contact(String country, String organisation, String email, boolean published) {
        return "{\"country\":\"" + country + "\",\"organisation\":\"" + organisation + "\",\"role\":\"NATIONAL_CONTACT_POINT\","
                + "\"languages\":[\"en\",\"ha\"],\"channels\":[\"EMAIL\",\"PHONE\"],\"person_name\":\"Desk officer " + organisation + "\","
                + "\"email\":\"" + email + "\",\"phone\":\"+234 9 123 4567\",\"source\":\"notification to the Secretariat\","
                + "\"published\":" + published + "}";
    }

    @Test
    void aFocalPointAddsItsCountrysContactPointAndThePublicSeesItWithoutThePersonalDetails() {
        String org = "Agency " + unique();
        Http focal = new Http(port).as(TestAccounts.token(accounts, Role.FOCAL_POINT, "NGA"));
        Http.Response created = focal.postJson("/api/v1/registries/contacts", contact("NGA", org, "desk@naptip.example", true));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        JsonNode publicView = find(new Http(port).get("/api/v1/registries/contacts?country=NGA").json(), org);
        assertThat(publicView.get("role_label").asString()).isEqualTo("National contact point");
        assertThat(publicView.get("languages").toString()).contains("ha");
        assertThat(publicView.has("email")).isFalse();
        assertThat(publicView.has("person_name")).isFalse();
        assertThat(new Http(port).get("/api/v1/registries/contacts.csv?country=NGA").body()).contains(org).doesNotContain("desk@naptip.example");

        Http researcher = new Http(port).as(TestAccounts.token(accounts, Role.RESEARCHER));
        JsonNode practitionerView = researcher.get("/api/v1/registries/contacts/" + id).json();
        assertThat(practitionerView.get("email").asString()).isEqualTo("desk@naptip.example");
        assertThat(practitionerView.get("person_name").asString()).contains(org);

        AuditEntry a = audit.find("registries.contact.create", null, 50).stream().filter(e -> e.target().equals("contact:" + id))
                .findFirst().orElseThrow();
        assertThat(a.before()).isNull();
        assertThat(a.after()).contains(org);
    }

    @Test
    void aFocalPointMayNotChangeAnotherCountrysEntriesAndTheRefusalIsAudited() {
        Http focal = new Http(port).as(TestAccounts.token(accounts, Role.FOCAL_POINT, "NGA"));
        String org = "Ghana office " + unique();
        Http.Response refused = focal.postJson("/api/v1/registries/contacts", contact("GHA", org, "a@b.example", true));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("NGA").contains("GHA");
        assertThat(audit.find("registries.contact.create", null, 50))
                .anyMatch(e -> e.outcome().equals("REFUSED") && e.detail().contains("may not change entries of GHA"));
        assertThat(new Http(port).get("/api/v1/registries/contacts?country=GHA").body()).doesNotContain(org);

        // one of Ghana's entries, made by an analyst: the Nigerian focal point can neither change nor delete it
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        long id = analyst.postJson("/api/v1/registries/contacts", contact("GHA", org, "a@b.example", true)).json().get("id").asLong();
        assertThat(focal.putJson("/api/v1/registries/contacts/" + id, "{\"organisation\":\"taken over\"}").status()).isEqualTo(403);
        assertThat(focal.delete("/api/v1/registries/contacts/" + id + "?reason=mine").status()).isEqualTo(403);
        assertThat(new Http(port).as(TestAccounts.token(accounts, Role.RESEARCHER))
                .postJson("/api/v1/registries/contacts", contact("NGA", org, "a@b.example", true)).status()).isEqualTo(403);
        assertThat(new Http(port).postJson("/api/v1/registries/contacts", contact("NGA", org, "a@b.example", true)).status()).isEqualTo(401);
    }

    @Test
    void everyChangeIsAuditedWithBeforeAndAfterAndAnUnpublishedEntryIsNotPublic() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        String org = "Central authority " + unique();
        long id = analyst.postJson("/api/v1/registries/contacts", contact("KEN", org, "old@ken.example", false)).json().get("id").asLong();
        assertThat(new Http(port).get("/api/v1/registries/contacts/" + id).status()).isEqualTo(404);
        assertThat(new Http(port).get("/api/v1/registries/contacts?country=KEN").body()).doesNotContain(org);
        assertThat(analyst.get("/api/v1/registries/contacts?country=KEN").body()).contains(org);

        Http.Response changed = analyst.putJson("/api/v1/registries/contacts/" + id, "{\"email\":\"new@ken.example\",\"published\":true}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(new Http(port).get("/api/v1/registries/contacts/" + id).status()).isEqualTo(200);
        AuditEntry update = audit.find("registries.contact.update", null, 50).stream().filter(e -> e.target().equals("contact:" + id))
                .findFirst().orElseThrow();
        assertThat(update.before()).contains("old@ken.example");
        assertThat(update.after()).contains("new@ken.example");

        Http.Response badField = analyst.putJson("/api/v1/registries/contacts/" + id, "{\"role\":\"AMBASSADOR\"}");
        assertThat(badField.status()).isEqualTo(400);
        assertThat(badField.json().get("field").asString()).isEqualTo("role");
        assertThat(analyst.putJson("/api/v1/registries/contacts/" + id, "{\"e_mail\":\"x@y.example\"}").json().get("field").asString())
                .isEqualTo("e_mail");

        assertThat(analyst.delete("/api/v1/registries/contacts/" + id).status()).isEqualTo(400);
        assertThat(analyst.delete("/api/v1/registries/contacts/" + id + "?reason=" + Http.q("the office closed")).status()).isEqualTo(204);
        assertThat(analyst.get("/api/v1/registries/contacts/" + id).status()).isEqualTo(404);
        AuditEntry deleted = audit.find("registries.contact.delete", null, 50).stream().filter(e -> e.target().equals("contact:" + id))
                .findFirst().orElseThrow();
        assertThat(deleted.before()).contains(org);
        assertThat(deleted.after()).contains("the office closed");
    }

    @Test
    void aBadFileIsRejectedWholeNamingFileLineAndFieldWhileTheOtherFileIsImported() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        String tag = unique();
        String good = "country,organisation,role,languages,channels,source\n"
                + "NGA,Police unit " + tag + ",POLICE_FOCAL_POINT,en;yo,PHONE,national reply 2024\n"
                + "BEN,Ministry " + tag + ",central authority,fr,EMAIL;POST,national reply 2024\n";
        String bad = "country,organisation,role,email,source\n"
                + "TGO,Bureau " + tag + ",NATIONAL_COORDINATOR,ok@tg.example,reply\n"
                + "TGO,Second " + tag + ",AMBASSADOR,ok@tg.example,reply\n"
                + "TGO,Third " + tag + ",LIAISON_OFFICER,not-an-address,reply\n"
                + "XXX,Fourth " + tag + ",LIAISON_OFFICER,x@tg.example,\n";
        Http.Response r = postTwo(analyst, "/api/v1/registries/contacts/imports", "good.csv", good, "bad.csv", bad);
        assertThat(r.status()).isEqualTo(200);
        JsonNode files = r.json().get("files");
        assertThat(files.get(0).get("outcome").asString()).isEqualTo("IMPORTED");
        assertThat(files.get(0).get("created").asInt()).isEqualTo(2);
        assertThat(files.get(1).get("outcome").asString()).isEqualTo("REJECTED");
        List<String> errors = new java.util.ArrayList<>();
        files.get(1).get("errors").forEach(e -> errors.add(e.get("file").asString() + ":" + e.get("line").asInt() + ":" + e.get("field").asString()));
        assertThat(errors).containsExactlyInAnyOrder("bad.csv:3:role", "bad.csv:4:email", "bad.csv:5:country", "bad.csv:5:source");
        assertThat(analyst.get("/api/v1/registries/contacts?country=TGO").body()).doesNotContain(tag);
        assertThat(analyst.get("/api/v1/registries/contacts?country=BEN").body()).contains("Ministry " + tag).contains("CENTRAL_AUTHORITY");

        Http.Response none = postTwo(analyst, "/api/v1/registries/contacts/imports", "bad.csv", bad, "empty.csv", "");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");
        assertThat(none.json().get("files")).hasSize(2);
    }

    @Test
    void aFocalPointsFileWithAnotherCountrysRowKeepsNothingAndIsAudited() {
        Http focal = new Http(port).as(TestAccounts.token(accounts, Role.FOCAL_POINT, "NGA"));
        String tag = unique();
        String file = "country,name,type,services,target_groups,city,latitude,longitude,source\n"
                + "NGA,Shelter " + tag + ",SHELTER,SHELTER;MEDICAL,WOMEN;GIRLS,Benin City,6.335,5.627,state list\n"
                + "GHA,Centre " + tag + ",CONSULTATION_CENTRE,LEGAL,WOMEN,Accra,5.6,-0.19,state list\n";
        Http.Response r = focal.postFile("/api/v1/registries/providers/imports", "file", "providers.csv", file.getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).isEqualTo(400);
        JsonNode error = r.json().get("files").get(0).get("errors").get(0);
        assertThat(error.get("line").asInt()).isEqualTo(3);
        assertThat(error.get("field").asString()).isEqualTo("country");
        assertThat(focal.get("/api/v1/registries/providers?country=NGA").body()).doesNotContain(tag);
        assertThat(audit.find("registries.provider.import", null, 50)).anyMatch(e -> e.outcome().equals("REFUSED")
                && e.target().equals("file:providers.csv"));
    }

    @Test
    void providersRoundTripThroughXlsxAndThePublicSeesLocationsRounded() {
        Http analyst = new Http(port).as(TestAccounts.token(accounts, Role.ANALYST));
        String tag = unique();
        String file = "country,name,type,state_run,services,target_groups,languages,city,latitude,longitude,hotline,person_name,email,source\n"
                + "MLT,Refuge " + tag + ",REFUGE,false,SHELTER;PSYCHOLOGICAL,WOMEN;CHILDREN,mt;en,Valletta,35.8989,14.5146,+356 179,"
                + "Ms A,refuge@mt.example,national directory\n"
                + "MLT,Legal desk " + tag + ",LEGAL_AID,true,LEGAL,WOMEN;MEN,en,Msida,35.8975,14.4891,,,,national directory\n";
        assertThat(analyst.postFile("/api/v1/registries/providers/imports", "file", "mlt.csv", file.getBytes(StandardCharsets.UTF_8))
                .json().get("files").get(0).get("created").asInt()).isEqualTo(2);
        String before = analyst.get("/api/v1/registries/providers?country=MLT").body();

        JsonNode publicRefuge = find(new Http(port).get("/api/v1/registries/providers?country=MLT").json(), "Refuge " + tag);
        assertThat(publicRefuge.get("latitude").asDouble()).isEqualTo(35.9);
        assertThat(publicRefuge.get("longitude").asDouble()).isEqualTo(14.5);
        assertThat(publicRefuge.has("email")).isFalse();
        assertThat(publicRefuge.get("hotline").asString()).isEqualTo("+356 179");

        byte[] xlsx = analyst.getBytes("/api/v1/registries/providers.xlsx?country=MLT");
        assertThat(xlsx[0]).isEqualTo((byte) 'P');
        Http.Response again = analyst.postFile("/api/v1/registries/providers/imports", "file", "mlt.xlsx", xlsx);
        assertThat(again.json().get("files").get(0).get("outcome").asString()).isEqualTo("IMPORTED");
        assertThat(again.json().get("files").get(0).get("created").asInt()).isZero();
        assertThat(again.json().get("files").get(0).get("updated").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(withoutTimes(analyst.get("/api/v1/registries/providers?country=MLT").body())).isEqualTo(withoutTimes(before));
    }

    private static String withoutTimes(String json) {
        return json.replaceAll("\"updated_at\":\"[^\"]*\"", "").replaceAll("\"updated_by\":\"[^\"]*\"", "");
    }

    private static JsonNode find(JsonNode list, String name) {
        for (JsonNode n : list) {
            String v = n.has("organisation") ? n.get("organisation").asString() : n.get("name").asString();
            if (v.equals(name)) {
                return n;
            }
        }
        throw new AssertionError(name + " not listed");
    }

    private static Http.Response postTwo(Http http, String path, String name1, String content1, String name2, String content2) {
        return http.postFiles(path, "file", List.of(name1, name2), List.of(content1.getBytes(StandardCharsets.UTF_8),
                content2.getBytes(StandardCharsets.UTF_8)));
    }
}
