package org.palermo.extraction;

/**
 * The time a statistic refers to. {@code from}/{@code to} are {@code YYYY}, {@code YYYY-MM} or
 * {@code YYYY-MM-DD}, null when not stated; {@code text} is the words that stated it.
 */
public record Period(String from, String to, String text) {
}
