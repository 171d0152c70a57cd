package org.palermo.extraction;

/** How a statistic's value is hedged; {@link #code()} is the code of CONTRACTS.md §2 ("more than"). */
public enum Qualifier {
    MORE_THAN("more than"), LESS_THAN("less than"), NEARLY("nearly"), ABOUT("about"),
    AT_LEAST("at least"), UP_TO("up to"), PERCENT("percent");

    private final String code;

    Qualifier(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
