package org.palermo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.palermo.support.TestFiles;

class PlainTextTest {

    @Test
    void textFilesAreKeptExactly() throws Exception {
        String text = "21. Ukraine reported that…\r\n\r\n22. Next.";
        PlainText.Read read = PlainText.read("report.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.text()).isEqualTo(text);
    }

    @Test
    void legacyEncodedTextIsReadNotRefused() throws Exception {
        byte[] latin = "Côte d’Ivoire reported".getBytes("windows-1252");
        assertThat(PlainText.read("old.txt", new ByteArrayInputStream(latin)).text()).isEqualTo("Côte d’Ivoire reported");
    }

    @Test
    void pdfDocxAndHtmlBecomeText() throws Exception {
        assertThat(PlainText.read("r.pdf", new ByteArrayInputStream(TestFiles.pdf("42 investigations were opened in 2003."))).text())
                .contains("42 investigations were opened in 2003.");
        assertThat(PlainText.read("r.docx", new ByteArrayInputStream(TestFiles.docx("1. First paragraph.", "2. Second paragraph."))).text())
                .contains("1. First paragraph.").contains("2. Second paragraph.");
        String html = "<html><head><title>Country report</title><script>alert(1)</script></head><body><p>Victims from Nigeria.</p></body></html>";
        PlainText.Read read = PlainText.read("r.html", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        assertThat(read.text()).contains("Victims from Nigeria.").doesNotContain("alert(1)");
        assertThat(read.title()).isEqualTo("Country report");
    }

    @Test
    void truncatedPdfBinaryAndUnknownTypesAreRefusedWithTheirNames() throws Exception {
        byte[] whole = TestFiles.pdf("Some text");
        byte[] truncated = Arrays.copyOf(whole, whole.length / 3);
        assertThatThrownBy(() -> PlainText.read("broken.pdf", new ByteArrayInputStream(truncated)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("broken.pdf: ");
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        assertThatThrownBy(() -> PlainText.read("blob.txt", new ByteArrayInputStream(binary)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("blob.txt: binary content, not text");
        assertThatThrownBy(() -> PlainText.read("sheet.exe", new ByteArrayInputStream(binary)))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageContaining("unsupported file type '.exe'");
        assertThatThrownBy(() -> PlainText.read("fake.pdf", new ByteArrayInputStream("just text".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UnreadableDocumentException.class).hasMessageStartingWith("fake.pdf: ");
    }

    @Test
    void aDocxWithBrokenXmlIsRefusedInWordsWithoutTheParsersClassNames() throws Exception {
        // a bit flipped inside the body's tag, as the fuzz corpus makes them
        byte[] docx = rewriteEntry(TestFiles.docx("1. First paragraph."), "word/document.xml",
                xml -> xml.replaceFirst("<w:body>", "<w:body\u0006>"));
        assertThatThrownBy(() -> PlainText.read("flipped.docx", new ByteArrayInputStream(docx)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("flipped.docx: cannot be parsed as .docx: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("org.apache").doesNotContain("error: "));
    }

    private static byte[] rewriteEntry(byte[] zip, String name, java.util.function.UnaryOperator<String> change) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip));
             java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                if (e.getName().equals(name)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                z.write(content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
