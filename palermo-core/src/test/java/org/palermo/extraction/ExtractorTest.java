package org.palermo.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ExtractorTest {

    static final List<String> SEEDS = List.of("000_d14f16574e34a7cb.txt", "001_0bd699d9b48985bb.txt",
            "002_52d87d0c56c80136.txt", "003_c276802e9332dae9.txt", "004_09290eec35e0abef.txt");

    static String seed(String name) {
        try (InputStream in = ExtractorTest.class.getClassLoader().getResourceAsStream("data/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void emptyTextHasNoFacts() {
        Extractor extractor = new Extractor();
        assertThat(extractor.extract("", Hints.none())).isEmpty();
        assertThat(extractor.extract("   \n\n  \t", null)).isEmpty();
        assertThat(extractor.extract(null, Hints.none())).isEmpty();
    }

    @Test
    void everyQuoteOfTheSeedsIsExactAndNumbered() {
        Extractor extractor = new Extractor();
        for (String name : SEEDS) {
            String text = seed(name);
            List<Fact> facts = extractor.extract(text, Hints.none());
            assertThat(facts).as(name).isNotEmpty();
            for (Fact f : facts) {
                Evidence e = f.evidence();
                assertThat(text.substring(e.start(), e.end())).as(name).isEqualTo(e.quote());
                assertThat(e.extractor()).isEqualTo(Extractor.VERSION);
                assertThat(e.confidence()).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void aLongSingleLineIsCutIntoBoundedSentences() {
        String line = seed(SEEDS.get(0)).replace('\n', ' ');
        StringBuilder big = new StringBuilder();
        while (big.length() < 2_000_000) {
            big.append(line).append(' ');
        }
        String junk = "1234567890 ,,, 12.34.56 ---- aaaa ".repeat(30_000);
        Extractor extractor = new Extractor();
        List<Fact> facts = extractor.extract(big.toString(), Hints.none());
        assertThat(facts).isNotEmpty();
        assertThat(facts).allSatisfy(f -> assertThat(f.evidence().quote().length()).isLessThanOrEqualTo(Sentences.MAX_LENGTH));
        assertThat(extractor.extract(junk, Hints.none())).isEmpty();
    }

    @Test
    void jsonHasTheContractsShape() {
        Statistic s = TestSentences.statistics("Lithuania reported that 42 investigations had been initiated in 1999-2002.").get(0);
        Map<String, Object> json = s.toJson("doc.txt");
        assertThat(json).containsKeys("doc", "type", "country", "org", "period", "metric", "value", "qualifier", "unit",
                "quote", "start", "end", "paragraph", "confidence");
        assertThat(json.get("type")).isEqualTo("statistic");
        assertThat(json.get("value")).isEqualTo(42L);
        assertThat(json.get("metric")).isEqualTo("investigations");
        assertThat(json.get("period")).isEqualTo(Map.of("from", "1999", "to", "2002", "text", "1999-2002"));
    }

    @Test
    void aNarrativeAboutOneCountryIsAboutItWithoutHints() {
        String narrative = "Mexico is a source, transit, and destination country for men, women, and children subjected "
                + "to sex trafficking and forced labor. Traffickers exploit Mexican women in the United States. The "
                + "government of Mexico identified 1,038 victims. Mexico operated 12 shelters.\n\nThe government "
                + "convicted 18 traffickers, and authorities in Mexico trained 350 officers.";
        assertThat(DocumentSubject.of(narrative, Lexicon.bundled()).iso3()).isEqualTo("MEX");
        assertThat(TestSentences.statistics(narrative)).extracting(Statistic::country).containsOnly("MEX");
        assertThat(DocumentSubject.of(seed(SEEDS.get(0)), Lexicon.bundled()).iso3()).isNull();
    }

    @Test
    void aTitleNamingOneCountryMakesItTheDocumentsCountry() {
        String release = "FOR IMMEDIATE RELEASE\n\nNigeria: agency rescues 45 victims bound for Mali\n\nThe agency "
                + "intercepted 45 Nigerian women who were being taken to Mali and Burkina Faso. Nigerian girls continue "
                + "to be trafficked to Mali, Libya and Europe. Victims were repatriated from Mali and Ghana.";
        assertThat(DocumentSubject.of(release, Lexicon.bundled()).iso3()).isEqualTo("NGA");
        assertThat(new Extractor().extract(release, Hints.none())).filteredOn(CountryRole.class::isInstance)
                .map(CountryRole.class::cast).extracting(CountryRole::country, CountryRole::role, CountryRole::counterpart)
                .contains(org.assertj.core.groups.Tuple.tuple("NGA", Role.ORIGIN, "BFA"));
    }

    @Test
    void theParagraphNumberIsTheDocumentsOwn() {
        String text = "21. Ukraine reported that a total of 785 crimes had been under investigation.\n";
        assertThat(TestSentences.statistics(text).get(0).evidence().paragraph()).isEqualTo("21");
    }
}
