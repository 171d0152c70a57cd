package org.palermo.extraction;

/**
 * What one sentence of a paragraph hands on to the next: the actor last named and the period last
 * stated. A new paragraph starts empty; each sentence returns a new context (no shared mutation).
 */
record ParagraphContext(Subjects.Subject subject, Period period) {

    static final ParagraphContext EMPTY = new ParagraphContext(null, null);

    ParagraphContext after(Sentence s, Period statedPeriod) {
        Subjects.Subject named = Subjects.carried(s);
        return new ParagraphContext(named != null ? named : subject, statedPeriod != null ? statedPeriod : period);
    }
}
