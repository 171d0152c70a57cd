package org.palermo.caselaw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Unit: reading import records, and the reasons a bad one gives. */
class CaseFilesTest {

    @Test
    void aLineOfTheUnodcExtractIsReadWithItsHumanCoding() throws Exception {
        NewDecision d = CaseFiles.fromJson("""
                {"id": "USA003", "jurisdiction": "USA", "court": "U.S. Court of Appeals for the Third Circuit",
                 "name": "United States v. Jimenez-Calderon et al.", "decision_date_raw": "6/9/06", "source_url": "https://example.org/x",
                 "text": "Four minors were discovered.", "labels": {"acts": ["RECRUITMENT"], "purposes": ["SEXUAL_EXPLOITATION"],
                 "form": "TRANSNATIONAL", "organized_criminal_group": null, "victims": 4, "minors_involved": true, "sectors": ["Commercial sexual exploitation"]}}""");
        assertThat(d.key()).isEqualTo("USA003");
        assertThat(d.dateText()).isEqualTo("6/9/06");
        assertThat(d.level()).isEqualTo("APPEAL");
        assertThat(d.humanCoding()).containsEntry(CodingField.VICTIMS, List.of("4"))
                .containsEntry(CodingField.MINORS_INVOLVED, List.of("true"))
                .containsEntry(CodingField.FORM, List.of("TRANSNATIONAL"))
                .doesNotContainKey(CodingField.ORGANIZED_CRIMINAL_GROUP);
    }

    @Test
    void badLinesSayWhatIsWrong() {
        assertThatThrownBy(() -> CaseFiles.fromJson("{not json")).hasMessageStartingWith("not JSON");
        assertThatThrownBy(() -> CaseFiles.fromJson("[1, 2]")).hasMessage("not a JSON object");
        assertThatThrownBy(() -> CaseFiles.fromJson("{\"id\": \"X\"}")).hasMessage("no \"text\"");
        assertThatThrownBy(() -> CaseFiles.fromJson("{\"id\": \"X\", \"text\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}"))
                .hasMessageContaining("too long (5242880 characters");
        assertThatThrownBy(() -> CaseFiles.fromJson("{\"text\": \"t\", \"labels\": {\"purposes\": [\"FUN\"]}}"))
                .hasMessageContaining("labels.purposes: unknown value 'FUN'");
        assertThatThrownBy(() -> CaseFiles.fromJson("{\"text\": \"t\", \"jurisdiction\": \"United States\"}"))
                .hasMessageContaining("not an ISO 3166-1 alpha-3 code");
    }

    @Test
    void csvRowsGoThroughAColumnMapping() throws Exception {
        List<String> header = List.of("Case ID", "Country", "Summary", "Purpose", "Date");
        Map<String, Integer> columns = CaseFiles.columns(header, Map.of("id", "Case ID", "jurisdiction", "Country",
                "text", "Summary", "purposes", "Purpose", "decision_date", "Date"));
        NewDecision d = CaseFiles.fromCsv(List.of("GBR-1", "gbr", "Workers were held in debt.", "forced labour; servitude", "2019"), columns);
        assertThat(d.key()).isEqualTo("GBR-1");
        assertThat(d.jurisdiction()).isEqualTo("GBR");
        assertThat(d.humanCoding()).containsEntry(CodingField.PURPOSES, List.of("FORCED_LABOUR", "SERVITUDE"));
        assertThatThrownBy(() -> CaseFiles.columns(header, Map.of("text", "Body"))).hasMessageContaining("no column 'Body'");
    }

    @Test
    void withoutAnIdTheKeyComesFromTheText() throws Exception {
        String a = CaseFiles.fromJson("{\"text\": \"Same text\"}").key();
        assertThat(a).startsWith("sha-").isEqualTo(CaseFiles.fromJson("{\"text\": \"Same text\"}").key());
    }
}
