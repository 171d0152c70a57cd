package org.palermo.facts;

import java.util.function.IntConsumer;

import org.palermo.documents.DocumentSummary;
import org.palermo.documents.Documents;
import org.palermo.extraction.Extractor;
import org.springframework.stereotype.Service;

/** Extraction over documents already in the database: one document or all, one transaction each. */
@Service
public class FactExtraction {

    private final Documents documents;
    private final ExtractOnIngest extraction;

    FactExtraction(Documents documents, ExtractOnIngest extraction) {
        this.documents = documents;
        this.extraction = extraction;
    }

    /** Over all documents: suggestions the runs now have, how many are new, how many were superseded. */
    public record Summary(int documents, int suggestions, int added, int superseded, String extractor) {
    }

    public Facts.Rerun reextract(long documentId) {
        return extraction.reextract(documentId);
    }

    /** Re-extracts every document; {@code progress} is told after each one. */
    public Summary reextractAll(IntConsumer progress) {
        int docs = 0;
        int suggestions = 0;
        int added = 0;
        int superseded = 0;
        for (DocumentSummary d : documents.list()) {
            Facts.Rerun run = extraction.reextract(d.id());
            suggestions += run.suggestions();
            added += run.added();
            superseded += run.superseded();
            docs++;
            progress.accept(docs);
        }
        return new Summary(docs, suggestions, added, superseded, Extractor.VERSION);
    }
}
