package org.palermo.extraction;

/**
 * A number read from tokens {@code [first, last]}: its value, whether it is a percentage, whether
 * it was written in words, and whether it is a share ("half", "majority", "two thirds").
 */
record NumberMention(int first, int last, double value, boolean percent, boolean words, boolean share,
        Qualifier impliedQualifier) {
}
