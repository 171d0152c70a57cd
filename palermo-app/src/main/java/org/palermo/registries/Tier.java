package org.palermo.registries;

/** The US TIP report's tiers, Tier 1 best. */
public enum Tier {
    TIER_1("Tier 1"), TIER_2("Tier 2"), TIER_2_WATCH_LIST("Tier 2 Watch List"), TIER_3("Tier 3");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
