package org.palermo.extraction;

/**
 * Who a number in a sentence is about. In order: the nearest actor named before it in the
 * sentence ("In Uzbekistan, … more than 60 cases"); the actor carried from earlier sentences of the
 * paragraph ("Lithuania reported … In 2003, 15 pre-trial investigations"); the document's country
 * from the hints (or worked out, {@link DocumentSubject}); else the organisation the document is about; else unknown. An organisation as actor gives {@code country} null.
 */
final class Subjects {

    /** A resolved subject: a country or an organisation, or neither when unknown. */
    record Subject(String iso3, String org, boolean stated) {

        static final Subject UNKNOWN = new Subject(null, null, false);

        static Subject of(Entity e, boolean stated) {
            return new Subject(e.iso3(), e.org(), stated);
        }
    }

    private Subjects() {
    }

    static Subject at(Sentence s, int token, ParagraphContext context, Hints hints) {
        Entity nearest = null;
        for (Entity e : s.entities) {
            if (e.first() > token) {
                break;
            }
            if (e.subject()) {
                nearest = e;
            }
        }
        if (nearest != null) {
            return Subject.of(nearest, true);
        }
        if (context.subject() != null) {
            return context.subject();
        }
        if (hints.country() != null) {
            return new Subject(hints.country(), null, false);
        }
        if (context.document() != null) {
            return context.document();
        }
        return Subject.UNKNOWN;
    }

    private static final java.util.Set<String> LOCATIVES = Words.of("in", "en", "dans", "au", "aux");

    /**
     * "received 583 signals in Virginia in 2021": the country or place where the counted things happened, named
     * right after the number in its clause (an organisation's figure located in one country is that country's).
     */
    static Subject locatedAfter(Sentence s, int from) {
        for (Entity e : s.entities) {
            if (e.first() <= from || e.iso3() == null) {
                continue;
            }
            if (e.first() - from > 8) {
                break;
            }
            boolean clause = true;
            for (int k = from + 1; k < e.first() && clause; k++) {
                Token t = s.tokens.get(k);
                clause = !(t.is(",") || t.is(";") || t.is(".") || t.is(":") || t.is("("));
            }
            if (clause && LOCATIVES.contains(s.lower(e.first() - 1))) {
                return new Subject(e.iso3(), null, true);
            }
            break;
        }
        return null;
    }

    /** The actor a sentence hands on to the rest of its paragraph: the last one it names. */
    static Subject carried(Sentence s) {
        Subject last = null;
        for (Entity e : s.entities) {
            if (e.subject()) {
                last = Subject.of(e, false);
            }
        }
        return last;
    }
}
