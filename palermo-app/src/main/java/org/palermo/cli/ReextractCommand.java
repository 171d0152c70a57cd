package org.palermo.cli;

import java.util.concurrent.Callable;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.palermo.documents.Documents;
import org.palermo.facts.FactExtraction;
import org.palermo.facts.Facts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "reextract", description = "Extract facts again from stored documents with the current extractor; reviewed facts are kept.")
class ReextractCommand implements Callable<Integer> {

    @Mixin
    Database database;

    @Option(names = "--document", paramLabel = "ID", description = "Only this document (default: all)")
    Long document;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = database.open()) {
            FactExtraction extraction = context.getBean(FactExtraction.class);
            long t0 = System.nanoTime();
            if (document != null) {
                Facts.Rerun run = extraction.reextract(document);
                System.out.printf("document %d: %d suggestions, %d new, %d superseded%n", document,
                        run.suggestions(), run.added(), run.superseded());
                return 0;
            }
            int total = context.getBean(Documents.class).count();
            FactExtraction.Summary summary;
            try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Extracting").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
                summary = extraction.reextractAll(bar::stepTo);
            }
            System.out.printf("%d documents, %d suggestions (%d new, %d superseded), extractor %s, %.1f s%n",
                    summary.documents(), summary.suggestions(), summary.added(), summary.superseded(),
                    summary.extractor(), (System.nanoTime() - t0) / 1e9);
            return 0;
        }
    }
}
