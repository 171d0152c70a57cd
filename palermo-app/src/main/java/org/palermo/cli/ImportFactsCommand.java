package org.palermo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.palermo.documents.SourceType;
import org.palermo.facts.FactBatches;
import org.palermo.facts.FactImport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./palermo import facts FACTS... --docs INPUT...}: the output of {@code extract} or {@code bulk-extract}
 * loaded as suggestions, with the documents it was drawn from. Problems go to stderr by file and line.
 */
@Command(name = "facts", description = "Load facts written by extract or bulk-extract (JSONL files or a directory of part files) as "
        + "suggestions, with their documents (--docs: the same inputs the extractor read); importing twice changes nothing.")
public class ImportFactsCommand implements Callable<Integer> {

    @Mixin
    Database database;

    @Option(names = "--docs", required = true, arity = "1..*", paramLabel = "INPUT",
            description = "The documents the facts were extracted from: JSONL files of {\"id\", \"text\", \"country\"} lines "
                    + "(optionally \"title\", \"source\", \"source_type\", \"publisher\", \"url\", \"published\"), or .txt, .html, "
                    + ".pdf, .docx files and folders of them (a file's name is its id)")
    List<Path> docs;

    @Option(names = "--source-type", paramLabel = "TYPE",
            description = "Type of the sources the documents are filed under (default INTERNATIONAL_ORGANISATION; e.g. MEDIA)")
    String sourceType;

    @Option(names = "--source", paramLabel = "NAME", description = "One source for every document (default: a JSONL line's own "
            + "\"source\", else one source per document named after it)")
    String source;

    @Option(names = "--country", paramLabel = "ISO3", description = "Country the documents are about (unless a JSONL line gives its own)")
    String country;

    @Option(names = "--batch", paramLabel = "N", description = "Facts per transaction (default ${DEFAULT-VALUE})", defaultValue = "50000")
    int batch;

    @Parameters(paramLabel = "FACTS", arity = "1..*", description = "Facts files (JSONL, .gz) or directories of part files")
    List<Path> facts;

    @Override
    public Integer call() throws IOException {
        FactImport.Options options = new FactImport.Options(SourceType.parse(sourceType, "--source-type"), source,
                country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT), batch, 10_000);
        if (options.sourceType() == SourceType.COURT_DECISION) {
            System.err.println("palermo import facts: court decisions are imported with ./palermo import cases");
            return 2;
        }
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext context = database.open()) {
            FactImport importer = context.getBean(FactImport.class);
            Progress progress = new Progress();
            FactImport.Summary s;
            try {
                s = importer.importFiles(facts, docs, options, progress);
            } finally {
                progress.close();
            }
            System.out.printf("%d fact lines in %d files; %d documents read: %d new, %d already stored; %d sources new; "
                            + "%d facts stored as suggestions, %d earlier suggestions superseded (%.1f s)%n",
                    s.factLines(), s.factFiles(), s.documents(), s.documentsCreated(), s.documentsUnchanged(), s.sourcesCreated(),
                    s.factsStored(), s.superseded(), (System.nanoTime() - t0) / 1e9);
            if (!s.clean()) {
                System.out.printf("not loaded: %d bad fact lines, %d bad documents, %d documents missing from --docs (%d facts), "
                        + "%d failed batches%n", s.badLines(), s.badDocuments(), s.missingDocuments(), s.factsOfMissingDocuments(),
                        s.failedBatches());
            }
            return s.clean() ? 0 : 1;
        }
    }

    /** A progress bar over the fact lines (stderr), and problems printed above it. */
    private static final class Progress implements FactImport.Listener {
        private ProgressBar bar;
        private long done;

        @Override
        public void indexed(long factLines, int files) {
            if (factLines > 10_000) {
                bar = new ProgressBarBuilder().setTaskName("Importing facts").setInitialMax(factLines)
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
            }
        }

        @Override
        public void problem(String where, String what) {
            System.err.println("error: " + where + ": " + what);
        }

        @Override
        public void stored(FactBatches.BatchResult batch, long factLinesDone) {
            if (bar != null) {
                bar.stepBy(factLinesDone - done);
                bar.setExtraMessage(batch.documents() + " documents");
            }
            done = factLinesDone;
        }

        void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
