package org.palermo.extraction;

/**
 * Where a fact comes from: {@code text.substring(start, end).equals(quote)}; {@code paragraph} is the
 * document's own paragraph number or null; {@code rule} names the rule that produced the fact.
 */
public record Evidence(String quote, int start, int end, String paragraph, double confidence, String rule,
        String extractor) {
}
