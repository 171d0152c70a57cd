package org.palermo.caselaw;

import org.palermo.documents.DocumentIngested;
import org.palermo.documents.SourceType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A court decision ingested as a document ({@code ./palermo ingest --source-type COURT_DECISION}, or an
 * upload) joins the case-law database, coded on arrival; decisions imported as cases are already there.
 */
@Component
class CourtDecisionDocuments {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CourtDecisionDocuments.class);

    private final CaseLaw caseLaw;

    CourtDecisionDocuments(CaseLaw caseLaw) {
        this.caseLaw = caseLaw;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(DocumentIngested ingested) {
        if (ingested.sourceType() == SourceType.COURT_DECISION) {
            try {
                caseLaw.adoptDocument(ingested.documentId(), ingested.country());
            } catch (RuntimeException e) {
                // The document is stored either way; it can still be imported as a case later.
                log.warn("Document {} was not added to the case-law database: {}", ingested.documentId(), e.getMessage());
            }
        }
    }
}
