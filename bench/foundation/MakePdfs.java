import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes N PDFs of the seed text, 45 lines a page: java MakePdfs.java SEED_DIR OUT_DIR N. */
public class MakePdfs {
    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        int n = Integer.parseInt(args[2]);
        List<String> lines = new ArrayList<>();
        try (var files = Files.list(seeds)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String para : Files.readString(f).split("\n")) {
                    String clean = para.replaceAll("[^\\x20-\\x7E]", " ");
                    for (int i = 0; i < clean.length(); i += 95) {
                        lines.add(clean.substring(i, Math.min(clean.length(), i + 95)));
                    }
                }
            }
        }
        int pages = 0;
        for (int k = 0; k < n; k++) {
            try (PDDocument doc = new PDDocument()) {
                for (int start = 0; start < 900 && start < lines.size(); start += 45) {
                    PDPage page = new PDPage();
                    doc.addPage(page);
                    pages++;
                    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                        s.beginText();
                        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
                        s.newLineAtOffset(40, 750);
                        s.showText("Benchmark copy " + k);
                        for (int i = start; i < Math.min(start + 45, lines.size()); i++) {
                            s.newLineAtOffset(0, -15);
                            s.showText(lines.get(i));
                        }
                        s.endText();
                    }
                }
                doc.save(out.resolve("copy-" + k + ".pdf").toFile());
            }
        }
        System.out.println(pages);
    }
}
