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
        facts.storeRun(event.documentId(), event.sourceId(), Extractor.VERSION,
                extract(event.documentId(), event.country(), event.fileName()));
    }

    /**
     * Extracts one document again with the current extractor. Reviewed facts stay as they are; the
     * suggestions of earlier runs are replaced; a suggestion identical to a reviewed fact is not repeated.
     */
    Facts.Rerun reextract(long documentId) {
        var doc = documents.get(documentId);
        if (doc.sourceType() == SourceType.COURT_DECISION) {
            return new Facts.Rerun(0, 0, 0);
        }
        return facts.replaceRun(documentId, doc.source().id(), Extractor.VERSION,
                extract(documentId, doc.country(), doc.fileName()));
    }

    /** The current extractor's facts for a stored document, in the contract's shape, ready to store. */
    private List<NewFact> extract(long documentId, String country, String fileName) {
        return extractor.extract(documents.plainText(documentId), new Hints(country)).stream()
                .map(f -> NewFact.fromContractJson(f.toJson(fileName)))
                .toList();
    }
}
