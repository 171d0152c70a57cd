package org.palermo.casedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading CTDC files by column name, against the bundled sample and dictionary. */
class CtdcColumnsTest {

    static List<List<String>> rows(String resource) throws IOException {
        try (InputStream in = CtdcColumnsTest.class.getClassLoader().getResourceAsStream(resource)) {
            CsvRows rows = new CsvRows(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<List<String>> all = new ArrayList<>();
            List<String> row;
            while ((row = rows.next()) != null) {
                all.add(row);
            }
            return all;
        }
    }

    @Test
    void theTwelveSampleRowsOfThe2020LayoutRead() throws IOException {
        List<List<String>> rows = rows(SyntheticCtdc.LAYOUT);
        assertThat(rows.get(0)).hasSize(64);
        CtdcColumns columns = CtdcColumns.of(rows.get(0));
        List<CaseRecord> records = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            records.add(columns.read(rows.get(i), i + 1));
        }
        assertThat(records).hasSize(12);
        CaseRecord first = records.get(0);
        assertThat(first.year()).isEqualTo(2002);
        assertThat(first.sex()).isEqualTo("female");
        assertThat(first.ageBand()).isEqualTo("18-20");
        assertThat(first.citizenship()).isEqualTo("COL");
        assertThat(first.forms()).containsExactly("sexual_exploitation");
        assertThat(records.get(5).recruiter()).containsExactly("family");
        assertThat(records.get(10).ageBand()).isEqualTo("9-17");
        assertThat(records.get(10).minor()).isTrue();
        assertThat(records.get(10).exploitedIn()).isEqualTo("KHM");
        assertThat(records.get(7).exploitedIn()).isEqualTo("IND");
        assertThat(records.get(7).citizenship()).isNull();
        assertThat(columns.ignoredColumns()).contains("majorityStatusAtExploit", "majorityEntry", "meansOfControlConcatenated")
                .anyMatch(c -> c.startsWith("By using this data you agree"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"name", "Name", "first_name", "Surname", "date_of_birth", "DOB", "dateOfBirth", "Address",
            "home_address", "phone_number", "Email", "e-mail", "passport", "passport_no", "Full Name"})
    void aColumnThatIdentifiesAPersonRefusesTheFileByName(String column) {
        assertThatThrownBy(() -> CtdcColumns.of(List.of("yearOfRegistration", "gender", column)))
                .isInstanceOf(IdentifyingColumnException.class)
                .hasMessageContaining("'" + column + "'")
                .hasMessageContaining("Nothing was imported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Datasource", "CountryOfExploitation", "citizenship", "RecruiterRelationship", "typeOfExploitConcatenated",
            "meansOfControlThreatOfLawEnforcement", "majorityStatusAtExploit", "traffickMonths"})
    void ctdcColumnsAreNotMistakenForIdentifyingOnes(String column) {
        assertThat(CtdcColumns.isIdentifying(column)).isFalse();
    }

    @Test
    void badValuesNameTheColumnAndTheValue() {
        CtdcColumns columns = CtdcColumns.of(List.of("yearOfRegistration", "gender", "citizenship", "isForcedLabour"));
        assertThatThrownBy(() -> columns.read(List.of("20x8", "Female", "PH", "1"), 7))
                .hasMessageContaining("yearOfRegistration").hasMessageContaining("20x8");
        assertThatThrownBy(() -> columns.read(List.of("2018", "Femail", "PH", "1"), 7)).hasMessageContaining("gender");
        assertThatThrownBy(() -> columns.read(List.of("2018", "Female", "ZZ", "1"), 7)).hasMessageContaining("citizenship");
        assertThatThrownBy(() -> columns.read(List.of("2018", "Female", "PH", "yes"), 7)).hasMessageContaining("isForcedLabour");
        assertThatThrownBy(() -> columns.read(List.of("2018", "Female"), 7)).hasMessageContaining("has 2 fields");
        CaseRecord ok = columns.read(List.of("2018", "Woman", "PHL", "-99"), 7);
        assertThat(ok.sex()).isEqualTo("female");
        assertThat(ok.citizenship()).isEqualTo("PHL");
        assertThat(ok.forms()).isEmpty();
    }

    @Test
    void theDictionarysBroadAgeBandsAreTheOnesPublished() throws IOException {
        List<List<String>> lookups = rows("data/casedata/CTDC_DATA_DICTIONARY_2017_Lookups.csv");
        List<String> bands = new ArrayList<>();
        boolean in = false;
        for (List<String> row : lookups) {
            if (!row.get(0).isBlank()) {
                in = row.get(0).strip().equals("Age range 2");
                continue;
            }
            if (in && row.size() > 1 && !row.get(1).isBlank()) {
                bands.add(row.get(1).strip().replace("--", "-"));
            }
        }
        assertThat(bands).isEqualTo(CtdcColumns.AGE_BANDS);
    }

    @Test
    void everyVariableOfTheDictionaryIsReadOrDeliberatelyIgnored() throws IOException {
        List<List<String>> main = rows("data/casedata/CTDC_DATA_DICTIONARY_2017_Main.csv");
        List<String> variables = main.subList(1, main.size()).stream().map(r -> r.get(0).strip()).filter(s -> !s.isEmpty()).toList();
        assertThat(variables).hasSizeGreaterThan(60);
        CtdcColumns columns = CtdcColumns.of(variables);
        assertThat(columns.ignoredColumns()).containsExactlyInAnyOrder("majorityStatusAtExploit", "MajorityEntry",
                "meansOfControlConcatenated", "typeOfLabourConcatenated", "typeOfSexConcatenated");
    }

    @Test
    void quotedFieldsMaySpanLinesAndTheLineNumbersStayRight() throws IOException {
        CsvRows rows = new CsvRows(new StringReader("a,b\n\"x\ny\",2\nz,3\n"));
        rows.next();
        assertThat(rows.next()).containsExactly("x\ny", "2");
        assertThat(rows.rowLine()).isEqualTo(2);
        assertThat(rows.next()).containsExactly("z", "3");
        assertThat(rows.rowLine()).isEqualTo(4);
        assertThat(rows.next()).isNull();
    }
}
