package org.palermo.statistics;

/**
 * A figure as entered, before checking: {@code value} is the text typed or the cell's content; a blank
 * value means "not reported". {@code cell} names the spreadsheet cell or form field for error messages.
 */
public record ValueInput(String indicator, String dimension, String category, String sex, String age, String value, String cell) {
}
