package org.palermo.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Statistics from tables flattened into text (rule {@value #RULE}). A row is a line of at least two
 * numbers with at most a short label ("Victims identified 120 145 160", "2018 45 30 12"). Its
 * numbers take their period from a header line of years above it ("2017 2018 2019"), or, when the
 * row starts with a year, the row's year and their metric from the header's column labels
 * ("Year | Investigations | Prosecutions | Convictions"); else the label names the metric.
 */
final class TableRows {

    static final String RULE = "statistic.table-row";
    private static final int MAX_LABEL_WORDS = 6;
    private static final int MAX_COLUMNS = 16;
    /** Between the cells of a row: a pipe or a tab with spaces around it, or two spaces or more. */
    private static final Pattern CELL_BREAK = Pattern.compile("\\s*[|\\t]\\s*|\\s{2,}");

    private TableRows() {
    }

    static List<Statistic> apply(String text, int from, int to, String paragraph, Subjects.Subject subject,
            String version) {
        List<Statistic> out = new ArrayList<>();
        List<int[]> lines = lines(text, from, to);
        if (lines.size() < 2) {
            return out;
        }
        Row header = null;
        Row words = null;
        for (int[] line : lines) {
            Row row = Row.of(text, line[0], line[1]);
            if (row == null) {
                continue;
            }
            if (row.isHeader()) {
                header = row;
                continue;
            }
            if (row.numbers().isEmpty()) {
                words = row.label().isEmpty() ? words : row;
                continue;
            }
            if (header == null && words != null && row.numbers().size() >= 2) {
                header = wordHeader(words, row.numbers().size());
            }
            boolean oneColumn = row.numbers().size() == 1 && header != null && header.years().isEmpty()
                    && header.labels().size() == 2; // "Type de lien | pourcentage |" over "Ami ou connaissance | 31 |"
            if ((row.numbers().size() >= 2 || oneColumn) && header != null) {
                emit(text, row, oneColumn ? header.valueColumns(1) : header, paragraph, subject, version, out);
            }
        }
        return out;
    }

    /**
     * "Category Total Female Male Children" over "Sex trafficking 25 24 1 0": a line of single words whose
     * count is that of the row's values (after the first word, which heads the row labels).
     */
    private static Row wordHeader(Row words, int values) {
        List<String> w = List.of(words.label().split(" "));
        List<String> labels = w.size() == values + 1 ? w.subList(1, w.size()) : w.size() == values ? w : null;
        if (labels == null || !labels.stream().allMatch(l -> Character.isUpperCase(l.charAt(0)))) {
            return null;
        }
        return new Row(words.start(), words.end(), "", List.of(), List.copyOf(labels), List.of());
    }

    private static void emit(String text, Row row, Row header, String paragraph, Subjects.Subject subject,
            String version, List<Statistic> out) {
        List<Token> values = row.numbers();
        String rowYear = null;
        if (row.label().isEmpty() && isYear(values.get(0))) {
            rowYear = values.get(0).text();
            values = values.subList(1, values.size());
        }
        boolean byLabel = rowYear == null && header.years().isEmpty(); // columns of categories, not of years
        List<String> columns = rowYear == null && !byLabel ? header.years() : header.labels();
        if (columns.size() != values.size() || values.isEmpty()) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            Token v = values.get(i);
            Double value = NumberReader.parseDigits(v.text(), Language.EN);
            if (value == null) {
                continue;
            }
            String label = byLabel ? (columns.get(i) + " " + row.label()).strip() : rowYear == null ? row.label() : columns.get(i);
            String year = byLabel ? null : rowYear == null ? columns.get(i) : rowYear;
            Metric metric = metricOf(label);
            if (metric == Metric.other) {
                metric = metricOf(caption(text, header.start())); // "Table 1: Victims of trafficking identified"
            }
            Period period = year == null ? null : new Period(year, year, year);
            Evidence e = new Evidence(text.substring(row.start(), row.end()), row.start(), row.end(), paragraph,
                    metric == Metric.other ? 0.5 : 0.7, RULE, version);
            out.add(new Statistic(subject.iso3(), subject.org(), period, metric, value, null,
                    label.isEmpty() ? null : label.toLowerCase(Locale.ROOT), e));
        }
    }

    /**
     * The line above a table's header, which says what the table counts ("Table 1: Victims of trafficking
     * identified", "the following table shows the number of identified victims"), or "".
     */
    static String caption(String text, int headerStart) {
        int end = headerStart;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = text.lastIndexOf('\n', end - 1) + 1;
        return end - start > 300 ? text.substring(end - 300, end) : text.substring(start, end);
    }

    static Metric metricOf(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.contains("investigat")) {
            return Metric.investigations;
        }
        if (l.contains("prosecut")) {
            return Metric.persons_prosecuted;
        }
        if (l.contains("convict")) {
            return Metric.persons_convicted;
        }
        if (l.contains("arrest")) {
            return Metric.persons_arrested;
        }
        if (l.contains("suspect")) {
            return Metric.suspects;
        }
        if (l.contains("acquit")) {
            return Metric.persons_acquitted;
        }
        if (l.contains("sentenc")) {
            return Metric.persons_sentenced;
        }
        if (l.startsWith("female") || l.startsWith("women") || l.startsWith("femmes") || l.startsWith("mujeres")) {
            return Metric.female_victims;
        }
        if (l.startsWith("male") || l.startsWith("men ") || l.startsWith("hommes") || l.startsWith("hombres")) {
            return Metric.male_victims;
        }
        if (l.startsWith("child") || l.startsWith("minor") || l.startsWith("enfants") || l.startsWith("menores")) {
            return Metric.child_victims;
        }
        if (l.contains("victim") && (l.contains("assist") || l.contains("support"))) {
            return Metric.victims_assisted;
        }
        if (l.contains("repatriat")) {
            return Metric.victims_repatriated;
        }
        if (l.contains("victim") || l.contains("víctima") || l.contains("victime")) {
            return Metric.victims_identified;
        }
        if (l.contains("shelter")) {
            return Metric.shelters;
        }
        if (l.contains("call")) {
            return Metric.hotline_calls;
        }
        if (l.contains("case")) {
            return Metric.cases_registered;
        }
        return Metric.other;
    }

    private static boolean hasDigit(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            if (Character.isDigit(cell.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYear(Token t) {
        return t.isDigits() && t.text().length() == 4 && (t.text().startsWith("19") || t.text().startsWith("20"));
    }

    private static List<int[]> lines(String text, int from, int to) {
        List<int[]> lines = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '\n') {
                if (i > start) {
                    lines.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return lines;
    }

    /** A line of a table: its leading label words, its numbers, and its column labels when it is a header. */
    private record Row(int start, int end, String label, List<Token> numbers, List<String> labels, List<String> years) {

        /** The header with only its last {@code n} column labels: the value columns after the row labels. */
        Row valueColumns(int n) {
            return new Row(start, end, label, numbers, labels.subList(labels.size() - n, labels.size()), years);
        }

        boolean isHeader() {
            return years.size() >= 2 && numbers.size() == years.size() || labels.size() >= 2 && numbers.isEmpty();
        }

        static Row of(String text, int start, int end) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e - s == 0 || e - s > 300) {
                return null;
            }
            List<Token> tokens = Tokens.of(text, s, e);
            List<Token> numbers = new ArrayList<>();
            StringBuilder label = new StringBuilder();
            int words = 0;
            for (Token t : tokens) {
                if (t.isDigits()) {
                    numbers.add(t);
                } else if (t.isWord()) {
                    if (!numbers.isEmpty()) {
                        return null; // words after the numbers: prose, not a row
                    }
                    words++;
                    if (!label.isEmpty()) {
                        label.append(' ');
                    }
                    label.append(t.text());
                }
            }
            List<String> years = new ArrayList<>();
            for (Token t : numbers) {
                if (isYear(t)) {
                    years.add(t.text());
                }
            }
            List<String> labels = columnLabels(text.substring(s, e));
            boolean headerOfCells = numbers.isEmpty() && labels.size() >= 2 && labels.size() <= MAX_COLUMNS
                    && labels.stream().allMatch(l -> l.split("\\s+").length <= MAX_LABEL_WORDS);
            if (words > MAX_LABEL_WORDS && !headerOfCells) {
                return null;
            }
            return new Row(s, e, label.toString(), numbers, labels, years);
        }

        /** "Year | Investigations | Prosecutions" or tab- or wide-space-separated labels, without a leading "Year". */
        private static List<String> columnLabels(String line) {
            String[] cells = CELL_BREAK.split(line);
            List<String> labels = new ArrayList<>();
            for (String c : cells) {
                String cell = c.strip();
                if (cell.isEmpty() || cell.equalsIgnoreCase("year") || cell.equalsIgnoreCase("año")
                        || cell.equalsIgnoreCase("année") || hasDigit(cell)) {
                    continue;
                }
                labels.add(cell);
            }
            return labels;
        }
    }
}
