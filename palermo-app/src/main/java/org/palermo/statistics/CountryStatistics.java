package org.palermo.statistics;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One country's statistics for its page and for other modules (country profile, reports): the
 * headline series per indicator, victims by sex and age and by form of exploitation, the shares of
 * women and girls and of children among detected victims, and notes on what is missing or suppressed.
 * Every series says which dimension it comes from; nothing is summed across dimensions.
 */
public record CountryStatistics(
        String country,
        String name,
        @JsonProperty("first_year") Integer firstYear,
        @JsonProperty("last_year") Integer lastYear,
        List<Chart> charts,
        List<Share> shares,
        List<String> notes,
        int observations,
        int suppressed,
        int conflicts) {

    /** A chart: several series over the same years. */
    public record Chart(String id, String title, String dimension, List<Integer> years, List<Series> series) {
    }

    /** One line: a cell of the table (indicator, dimension, category, sex, age) over the years. */
    public record Series(String label, String indicator, String dimension, String category, String sex, String age,
                         List<Point> points) {
    }

    /** A year's figure; {@code value} null where suppressed ("<5") or conflicting; {@code value_text} null where not published. */
    public record Point(int year, Long value, @JsonProperty("value_text") String valueText) {
    }

    /**
     * Shares among detected victims in one year (dimension "Total"): women and girls are female victims
     * of any age; children are victims aged 0 to 17. Null where a figure is missing or suppressed.
     */
    public record Share(int year, Long total, @JsonProperty("women_and_girls") Long womenAndGirls, Long children,
                        @JsonProperty("share_women_and_girls") Double shareWomenAndGirls,
                        @JsonProperty("share_children") Double shareChildren) {
    }
}
