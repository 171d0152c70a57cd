package org.palermo.facts;

import java.util.List;

import org.palermo.documents.DocumentIngested;
import org.palermo.documents.Documents;
import org.palermo.documents.SourceType;
import org.palermo.extraction.Extractor;
import org.palermo.extraction.Hints;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Extracts facts from every newly ingested document, inside the ingesting transaction: a document
 * and its suggested facts are stored together or not at all. Court decisions are coded by the case-law
 * module instead.
 */
@Component
class ExtractOnIngest {

    private final Documents documents;
    private final Facts facts;
    private final Extractor extractor = new Extractor();

    ExtractOnIngest(Documents documents, Facts facts) {
        this.documents = documents;
        this.facts = facts;
    }

    @EventListener
    void on(DocumentIngested event) {
        if (event.sourceType() == SourceType.COURT_DECISION) {
            return;
        }
        String text = documents.plainText(event.documentId());
        List<NewFact> found = extractor.extract(text, new Hints(event.country())).stream()
                .map(f -> NewFact.fromContractJson(f.toJson(event.fileName())))
                .toList();
        facts.storeRun(event.documentId(), event.sourceId(), Extractor.VERSION, found);
    }

    /** Re-extracts one document with the current extractor (a new run; reviewed facts stay as they are). */
    int reextract(long documentId, long sourceId, String fileName, String country) {
        String text = documents.plainText(documentId);
        List<NewFact> found = extractor.extract(text, new Hints(country)).stream()
                .map(f -> NewFact.fromContractJson(f.toJson(fileName)))
                .toList();
        return facts.storeRun(documentId, sourceId, Extractor.VERSION, found);
    }
}
