package org.palermo.extraction;

/**
 * What one sentence of a paragraph hands on to the next: the actor last named and the period last
 * stated; and what the whole document is about ({@code document}: its country, or the organisation it is
 * about, else null). A new paragraph starts from the document alone; each sentence returns a new context
 * (no shared mutation).
 */
record ParagraphContext(Subjects.Subject subject, Period period, Subjects.Subject document) {

    static final ParagraphContext EMPTY = new ParagraphContext(null, null, null);

    static ParagraphContext of(Subjects.Subject document) {
        return new ParagraphContext(null, null, document);
    }

    ParagraphContext after(Sentence s, Period statedPeriod) {
        Subjects.Subject named = Subjects.carried(s);
        return new ParagraphContext(named != null ? named : subject, statedPeriod != null ? statedPeriod : period,
                document);
    }
}
