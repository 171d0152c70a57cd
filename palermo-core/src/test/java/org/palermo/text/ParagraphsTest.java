package org.palermo.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    private static String seed(String file) throws IOException {
        try (InputStream in = ParagraphsTest.class.getClassLoader().getResourceAsStream("data/seeds/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void findsTheReportsOwnParagraphNumbers() throws IOException {
        String text = seed("000_d14f16574e34a7cb.txt");
        List<Paragraph> paragraphs = Paragraphs.split(text);
        Paragraph p21 = paragraphs.stream().filter(p -> "21".equals(p.number())).findFirst().orElseThrow();
        assertThat(p21.anchor()).isEqualTo("p21");
        assertThat(p21.textOf(text)).startsWith("21. Ukraine reported that, between March 1998");
        List<String> numbers = paragraphs.stream().map(Paragraph::number).filter(n -> n != null).toList();
        assertThat(numbers).contains("1", "21", "88");
    }

    @Test
    void joinsAParagraphContinuedAfterAPageBreak() throws IOException {
        String text = seed("000_d14f16574e34a7cb.txt");
        Paragraph p7 = Paragraphs.split(text).stream().filter(p -> "7".equals(p.number())).findFirst().orElseThrow();
        // ¶7 runs on after a blank line with "offences,⁷ there was a clear indication …"
        assertThat(p7.textOf(text)).contains("there was a clear indication that the number of investigations was increasing");
    }

    @Test
    void readsDashedNumbersAndKeepsDuplicateNumbersApart() throws IOException {
        String text = seed("001_0bd699d9b48985bb.txt");
        List<Paragraph> paragraphs = Paragraphs.split(text);
        Paragraph p4 = paragraphs.stream().filter(p -> "4".equals(p.number())).findFirst().orElseThrow();
        assertThat(p4.textOf(text)).startsWith("- 4. The Commission was informed of the construction of a database");

        String annexed = "1. First.\n\n2. Second.\n\nAnnex\n\n1. Again one.";
        List<String> anchors = Paragraphs.split(annexed).stream().map(Paragraph::anchor).toList();
        assertThat(anchors).containsExactly("p1", "p2", "b1", "p1-2");
    }

    @Test
    void offsetsIndexTheUnchangedText() throws IOException {
        String text = seed("004_09290eec35e0abef.txt");
        for (Paragraph p : Paragraphs.split(text)) {
            String body = text.substring(p.start(), p.end());
            assertThat(body).isEqualTo(body.strip()).isNotEmpty();
            assertThat(Paragraphs.at(Paragraphs.split(text), p.start())).isEqualTo(p);
        }
    }

    @Test
    void emptyAndBlankTextHaveNoParagraphs() {
        assertThat(Paragraphs.split("")).isEmpty();
        assertThat(Paragraphs.split("\n \n\t\n")).isEmpty();
    }
}
