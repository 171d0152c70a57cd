package org.palermo.facts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.palermo.documents.NewDocument;
import org.palermo.documents.SourceType;
import org.palermo.system.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * {@code ./palermo import facts}: facts written by {@code extract} or {@code bulk-extract} (JSONL, one fact a line,
 * in files or a directory of part files) loaded as suggestions together with the documents they were drawn from
 * ({@code --docs}: the same inputs the extractor read). The facts files are indexed by document first; then the
 * documents are read in their own order and each one joins a batch with its facts; each batch is stored in one
 * transaction by {@link FactBatches} (COPY and set-based statements). A document already stored with a run of the
 * same extractor version is left as it is, so importing twice changes nothing.
 *
 * <p>Nothing is half-written: a fact line that does not fit its document (a quote not at its offsets, an unknown
 * country code) keeps its whole document out, so that the document can be imported complete once the line is
 * fixed; a batch that fails leaves nothing; facts whose document is not among the inputs are reported, not loaded.
 */
@Service
public class FactImport {

    private final FactBatches batches;

    FactImport(FactBatches batches) {
        this.batches = batches;
    }

    /**
     * @param sourceType     type of the sources registered for the documents (default INTERNATIONAL_ORGANISATION)
     * @param sourceName     one source for every document (default: a JSONL line's own {@code source}, else one per document)
     * @param country        the country the documents are about, unless a JSONL line gives its own
     * @param batchFacts     facts per transaction (about)
     * @param batchDocuments documents per transaction (at most)
     */
    public record Options(SourceType sourceType, String sourceName, String country, int batchFacts, int batchDocuments) {

        public Options {
            if (batchFacts < 1 || batchDocuments < 1) {
                throw new InvalidInputException("batch", "a batch holds at least one fact and one document");
            }
        }

        public static Options defaults() {
            return new Options(null, null, null, 50_000, 10_000);
        }
    }

    /** What the import says as it goes. */
    public interface Listener {
        /** The facts files are indexed: how many fact lines name a document. */
        default void indexed(long factLines, int files) {
        }

        /** A bad line, document, file or batch: where (file and line) and what is wrong. */
        default void problem(String where, String what) {
        }

        /** A batch was stored; {@code factLinesDone} lines are now dealt with. */
        default void stored(FactBatches.BatchResult batch, long factLinesDone) {
        }
    }

    /** What the whole import did. */
    public record Summary(int factFiles, long factLines, long documents, long documentsCreated, long sourcesCreated, long factsStored,
                         long documentsUnchanged, long superseded, long badLines, long badDocuments, int missingDocuments,
                         long factsOfMissingDocuments, int failedBatches) {

        public boolean clean() {
            return badLines == 0 && badDocuments == 0 && missingDocuments == 0 && failedBatches == 0;
        }
    }

    public Summary importFiles(List<Path> factInputs, List<Path> documentInputs, Options options, Listener listener) throws IOException {
        List<Path> factFiles = FactIndex.files(factInputs);
        if (factFiles.isEmpty()) {
            throw new InvalidInputException("facts", "no facts files (.jsonl, .json or .gz part files) in " + factInputs);
        }
        List<Path> docFiles = DocumentInputs.files(documentInputs);
        if (docFiles.isEmpty()) {
            throw new InvalidInputException("docs", "no documents (JSONL, .txt, .html, .pdf, .docx) in " + documentInputs);
        }
        Run run = new Run(options, listener);
        try (FactIndex index = FactIndex.build(factFiles, run::bad); Run closing = run) {
            run.index = index;
            run.badLines = index.badLines();
            listener.indexed(index.lines(), factFiles.size());
            DocumentInputs inputs = new DocumentInputs(options);
            for (Path f : docFiles) {
                inputs.read(f, run::add, run::badDocument);
            }
            run.flush();
            run.collect();
            Map<String, Integer> missing = index.remaining();
            long factsOfMissing = 0;
            int told = 0;
            for (Map.Entry<String, Integer> e : missing.entrySet()) {
                factsOfMissing += e.getValue();
                if (told++ < 20) {
                    listener.problem("document '" + e.getKey() + "'", "not among the documents given: its " + e.getValue()
                            + " fact(s) were not loaded");
                }
            }
            if (missing.size() > 20) {
                listener.problem((missing.size() - 20) + " more documents", "not among the documents given: their facts were not loaded");
            }
            return new Summary(factFiles.size(), index.lines() + index.badLines(), run.documents, run.created, run.sources, run.facts,
                    run.unchanged, run.superseded, run.badLines, run.badDocuments, missing.size(), factsOfMissing, run.failed);
        }
    }

    /**
     * Batches stored at once, each in its own transaction on its own connection. One writer kept the import waiting
     * on a single PostgreSQL backend: it is the database's work, not the reading and checking, that takes most of an
     * import (bench/facts: the reading thread waited for the writer two thirds of the time), and one backend uses one
     * core. Two let the database use both cores of a small machine while the next batch is read.
     */
    static final int WRITERS = 2;

    /** A batch handed to a writer: what it is (for the messages) and how many fact lines are dealt with once it is stored. */
    private record Storing(java.util.concurrent.Future<FactBatches.BatchResult> result, String what, long linesDone) {
    }

    /**
     * The state of one import: the batch being filled, the batches being stored and the running totals. Batches
     * are stored on threads of their own ({@link #WRITERS}), so that the next one is read and checked while the
     * database writes the last ones; they are counted (and told to the listener) in the order they were read.
     */
    private final class Run implements AutoCloseable {
        final Options options;
        final Listener listener;
        FactIndex index;
        final List<FactBatches.DocumentRun> batch = new ArrayList<>();
        final java.util.Set<String> keys = new java.util.HashSet<>();
        int batchFacts;
        long batchChars;
        long linesDone;
        long batchLines;
        long documents;
        long created;
        long sources;
        long facts;
        long unchanged;
        long superseded;
        long badLines;
        long badDocuments;
        int failed;
        final java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(WRITERS, r -> {
            Thread t = new Thread(r, "palermo-import-writer");
            t.setDaemon(true);
            return t;
        });
        final java.util.ArrayDeque<Storing> storing = new java.util.ArrayDeque<>();

        Run(Options options, Listener listener) {
            this.options = options;
            this.listener = listener;
        }

        @Override
        public void close() {
            writers.shutdownNow();
        }

        void bad(String where, String what) {
            listener.problem(where, what);
        }

        void badDocument(String where, String what) {
            badDocuments++;
            listener.problem(where, what);
        }

        void add(DocumentInputs.Input input) {
            NewDocument d = input.document();
            if (index.taken(d.key()) || !keys.add(d.key())) {
                badDocument(input.where(), "document '" + d.key() + "' is given twice; the first one is kept");
                return;
            }
            List<FactIndex.Located> lines;
            try {
                lines = index.take(d.key());
            } catch (IOException e) {
                badDocument(input.where(), "its facts cannot be read: " + e.getMessage());
                return;
            }
            Map<String, List<FactBatches.FactToStore>> byExtractor = new java.util.LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            for (FactIndex.Located line : lines) {
                try {
                    FactBatches.FactToStore f = FactLine.read(line.text(), d.text());
                    byExtractor.computeIfAbsent(f.fact().extractor(), e -> new ArrayList<>()).add(f);
                } catch (FactLine.BadLine e) {
                    problems.add(line.where() + ": " + e.getMessage());
                }
            }
            linesDone += lines.size();
            if (!problems.isEmpty()) {
                badLines += problems.size();
                badDocuments++;
                for (String p : problems) {
                    int colon = p.indexOf(": ");
                    listener.problem(p.substring(0, colon), p.substring(colon + 2));
                }
                listener.problem(input.where(), "document '" + d.key() + "' not loaded: " + problems.size()
                        + " of its fact lines are bad (fix them and import again)");
                return;
            }
            if (byExtractor.isEmpty()) {
                // read by the extractor, nothing found: a run with no facts, as ingesting it would leave
                batch.add(new FactBatches.DocumentRun(d, index.extractor(), List.of()));
            }
            for (Map.Entry<String, List<FactBatches.FactToStore>> e : byExtractor.entrySet()) {
                batch.add(new FactBatches.DocumentRun(d, e.getKey(), e.getValue()));
                batchFacts += e.getValue().size();
            }
            batchLines += lines.size();
            batchChars += d.text().length();
            if (batchFacts >= options.batchFacts() || keys.size() >= options.batchDocuments() || batchChars >= 64L << 20) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            while (storing.size() >= WRITERS) {
                collectOldest();
            }
            List<FactBatches.DocumentRun> stored = List.copyOf(batch);
            String what = "batch of " + keys.size() + " documents from '" + batch.get(0).document().key() + "' to '"
                    + batch.get(batch.size() - 1).document().key() + "'";
            storing.add(new Storing(writers.submit(() -> store(stored)), what, linesDone));
            batch.clear();
            keys.clear();
            batchFacts = 0;
            batchChars = 0;
            batchLines = 0;
        }

        /**
         * Stores a batch; when another transaction took one of its keys meanwhile (another process, or the other
         * writer with a document of the same content) or the two deadlocked, the batch was rolled back whole and
         * is stored again: it then skips what the other stored.
         */
        FactBatches.BatchResult store(List<FactBatches.DocumentRun> stored) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return batches.store(stored);
                } catch (RuntimeException e) {
                    if (!raced(e) || attempt == 3) {
                        throw e;
                    }
                }
            }
        }

        /** Waits for every batch being stored. */
        void collect() {
            while (!storing.isEmpty()) {
                collectOldest();
            }
        }

        /** Waits for the oldest batch being stored and counts what it did (or tells why it failed: nothing of it was written). */
        void collectOldest() {
            Storing s = storing.poll();
            try {
                FactBatches.BatchResult r = s.result().get();
                documents += r.documents();
                created += r.documentsCreated();
                sources += r.sourcesCreated();
                facts += r.facts();
                unchanged += r.documents() - r.documentsCreated();
                superseded += r.superseded();
                listener.stored(r, s.linesDone());
            } catch (java.util.concurrent.ExecutionException e) {
                failed++;
                listener.problem(s.what(), "not stored (nothing of it was written): " + rootMessage(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while storing " + s.what(), e);
            }
        }
    }

    /**
     * A unique key taken by another writer between our look-up and our COPY (SQL state 23505), or a deadlock with
     * another writer storing some of the same keys in another order (40P01): storing the batch again settles it.
     */
    static boolean raced(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.dao.DuplicateKeyException
                    || t instanceof org.springframework.dao.PessimisticLockingFailureException
                    || t instanceof java.sql.SQLException s && ("23505".equals(s.getSQLState()) || "40P01".equals(s.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).replace('\n', ' ');
    }
}
