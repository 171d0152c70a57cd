package org.palermo.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.palermo.documents.Documents;
import org.palermo.documents.IngestResult;
import org.palermo.documents.SourceType;
import org.palermo.documents.Upload;
import org.palermo.documents.PlainText;
import org.palermo.documents.UnreadableDocumentException;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", description = "Add documents (.txt, .html, .pdf, .docx; folders are read recursively) to the database; the same content twice changes nothing.")
class IngestCommand implements Callable<Integer> {

    @Mixin
    Database database;

    @Option(names = "--source-type", paramLabel = "TYPE",
            description = "OFFICIAL_STATISTICS, INTERNATIONAL_ORGANISATION, NGO, ACADEMIC, CONFERENCE_PAPER, MEDIA, COURT_DECISION or STATE_REPLY")
    String sourceType;

    @Option(names = "--source", paramLabel = "NAME", description = "Source to file the documents under (default: one per document)")
    String source;

    @Option(names = "--country", paramLabel = "ISO3", description = "Country the documents are about")
    String country;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or folders to ingest")
    List<Path> inputs;

    @Override
    public Integer call() throws IOException {
        SourceType type = SourceType.parse(sourceType, "--source-type");
        List<Path> files = expand(inputs);
        int failed = 0;
        int created = 0;
        int unchanged = 0;
        try (ConfigurableApplicationContext context = database.open()) {
            Documents documents = context.getBean(Documents.class);
            try (ProgressBar bar = files.size() > 3 ? new ProgressBarBuilder().setTaskName("Ingesting")
                    .setInitialMax(files.size()).setStyle(ProgressBarStyle.ASCII).setConsumer(
                            new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build() : null) {
                for (Path file : files) {
                    try {
                        byte[] bytes = readBounded(file);
                        IngestResult r = documents.ingest(new Upload(file.getFileName().toString(), bytes, type, source, country));
                        if (r.created()) {
                            created++;
                            System.out.println("ingested " + file + " as document " + r.documentId() + " (" + r.paragraphs() + " paragraphs)");
                        } else {
                            unchanged++;
                            System.out.println("unchanged " + file + " (same content as document " + r.documentId() + ")");
                        }
                    } catch (UnreadableDocumentException e) {
                        failed++;
                        System.err.println("error: " + file + ": " + e.reason());
                    } catch (RuntimeException e) {
                        failed++;
                        System.err.println("error: " + file + ": " + Launcher.oneLine(e));
                    }
                    if (bar != null) {
                        bar.step();
                    }
                }
            }
        }
        System.out.println(created + " ingested, " + unchanged + " unchanged, " + failed + " failed");
        return failed > 0 ? 1 : 0;
    }

    private static byte[] readBounded(Path file) throws UnreadableDocumentException {
        try {
            if (Files.size(file) > PlainText.MAX_BYTES) {
                throw new UnreadableDocumentException(file.getFileName().toString(), "larger than " + PlainText.MAX_BYTES / (1024 * 1024) + " MB");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableDocumentException(file.getFileName().toString(), "cannot be read: " + e.getMessage());
        }
    }

    static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> PlainText.EXTENSIONS.contains(PlainText.extension(f.getFileName().toString())))
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
