package org.palermo.extraction;

/**
 * A number reported about a country ({@code country}, ISO alpha-3) or an organisation ({@code org},
 * {@code country} null). A percentage has {@code qualifier} {@link Qualifier#PERCENT}.
 */
public record Statistic(String country, String org, Period period, Metric metric, double value,
        Qualifier qualifier, String unit, Evidence evidence) implements Fact {

    @Override
    public String type() {
        return "statistic";
    }
}
