package org.palermo.extraction;

import java.util.List;

import org.palermo.reference.Gazetteer;

/** Builds the pipeline's intermediate values for one sentence, for the unit tests. */
final class TestSentences {

    private TestSentences() {
    }

    static Sentence of(String text) {
        return new Sentence(text, 0, text.length(), null, Lexicon.bundled());
    }

    static List<NumberMention> numbers(String text) {
        Sentence s = of(text);
        return NumberReader.read(s.tokens, s.language);
    }

    static List<Statistic> statistics(String text) {
        return statistics(text, Hints.none());
    }

    static List<Statistic> statistics(String text, Hints hints) {
        return new Extractor().extract(text, hints).stream()
                .filter(Statistic.class::isInstance).map(Statistic.class::cast).toList();
    }

    static List<CountryRole> roles(String text, Hints hints) {
        return new Extractor().extract(text, hints).stream()
                .filter(CountryRole.class::isInstance).map(CountryRole.class::cast).toList();
    }

    static List<Event> events(String text, Hints hints) {
        return new Extractor().extract(text, hints).stream()
                .filter(Event.class::isInstance).map(Event.class::cast).toList();
    }
}
