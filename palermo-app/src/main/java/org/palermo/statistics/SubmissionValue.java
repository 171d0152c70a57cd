package org.palermo.statistics;

/**
 * One figure of a national submission: a cell of the template and its count. {@code cell} names
 * where it came from ("Data!H7" in a spreadsheet, "values[3]" in the API, a form field).
 */
public record SubmissionValue(String indicator, String dimension, String category, String sex, String age, long value, String cell) {

    String key() {
        return String.join("|", indicator, dimension, category, sex, age);
    }

    String label() {
        return indicator + " / " + dimension + " / " + category + " / " + sex + " / " + age;
    }
}
