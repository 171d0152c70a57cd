package org.palermo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.palermo.reference.Gazetteer;
import org.palermo.text.Paragraph;
import org.palermo.text.Paragraphs;

/**
 * Proposes facts from a document's plain text: statistics, country roles and events
 * (CONTRACTS.md §2), each with its exact quote and offsets. Stateless between calls and safe to share
 * between threads; every call builds its own sentence detector.
 */
public final class Extractor {

    /** The extractor version written into every fact; bump it when rules change. */
    public static final String VERSION = "palermo-rules-0.3.0";

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    public Extractor() {
        this.gazetteer = Gazetteer.bundled();
        this.lexicon = Lexicon.bundled();
    }

    /** All facts of a document, in text order. {@code hints} may be null. */
    public List<Fact> extract(String text, Hints hints) {
        List<Fact> facts = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return facts;
        }
        Hints h = normalise(hints);
        DocumentSubject.Result about = DocumentSubject.of(text, lexicon);
        Subjects.Subject document;
        if (h.country() == null) {
            h = new Hints(about.iso3());
            document = about.org() != null ? new Subjects.Subject(null, about.org(), false) : null;
        } else {
            document = new Subjects.Subject(h.country(), null, false); // the hint overrides what the text suggests
        }
        Lexicon read = lexicon.of(about.named(), h.country());
        Sentences sentences = new Sentences();
        boolean onTrafficking = Exploitation.mentionsTrafficking(text);
        for (Paragraph p : Paragraphs.split(text)) {
            ParagraphContext context = ParagraphContext.of(document);
            int before = facts.size();
            for (int[] span : sentences.split(text, p.start(), p.end())) {
                context = extractSentence(text, span, p.number(), context, h, read, onTrafficking, facts);
            }
            if (text.indexOf('\n', p.start()) < p.end()) {
                addTableRows(text, p, context, h, facts, before);
                facts.addAll(RoleTables.table(text, p.start(), p.end(), p.number(), h, gazetteer, VERSION));
            }
        }
        RoleRules.settle(facts);
        return facts;
    }

    private ParagraphContext extractSentence(String text, int[] span, String paragraph, ParagraphContext context,
            Hints hints, Lexicon read, boolean onTrafficking, List<Fact> facts) {
        if (!worthReading(text, span[0], span[1])) {
            return context;
        }
        Sentence s = new Sentence(text, span[0], span[1], paragraph, read);
        List<PeriodReader.Stated> periods = PeriodReader.read(text, span[0], span[1]);
        facts.addAll(StatisticRules.apply(s, periods, context, hints, VERSION));
        facts.addAll(RoleRules.apply(s, context, hints, onTrafficking, VERSION));
        facts.addAll(EventRules.apply(s, periods, context, hints, VERSION));
        Period last = periods.isEmpty() ? null : periods.get(periods.size() - 1).period();
        return context.after(s, last);
    }

    /** Table rows of the paragraph whose numbers no sentence rule has already read. */
    private static void addTableRows(String text, Paragraph p, ParagraphContext context, Hints hints, List<Fact> facts,
            int from) {
        Subjects.Subject subject = context.subject() != null ? context.subject()
                : hints.country() != null ? new Subjects.Subject(hints.country(), null, false)
                : context.document() != null ? context.document() : Subjects.Subject.UNKNOWN;
        // A cell the sentence rules already read is not added again; each of their facts stands for one cell only, so
        // that a row of equal cells ("Forced criminality 0 0 0 0") keeps all of them.
        int read = facts.size();
        boolean[] matched = new boolean[read - from];
        for (Statistic row : TableRows.apply(text, p.start(), p.end(), p.number(), subject, VERSION)) {
            boolean known = false;
            for (int i = from; i < read && !known; i++) {
                known = !matched[i - from] && facts.get(i) instanceof Statistic s && s.value() == row.value()
                        && s.evidence().start() < row.evidence().end() && row.evidence().start() < s.evidence().end();
                if (known) {
                    matched[i - from] = true;
                }
            }
            if (!known) {
                facts.add(row);
            }
        }
    }

    /** Sentences with no letter are skipped (page numbers, rules, separators). */
    private static boolean worthReading(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Hints normalise(Hints hints) {
        if (hints == null || hints.country() == null || hints.country().isBlank()) {
            return Hints.none();
        }
        return new Hints(hints.country().strip().toUpperCase(Locale.ROOT));
    }
}
