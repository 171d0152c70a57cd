package org.palermo.extraction;

/** An institutional or legal event in a country; {@code date} is YYYY, YYYY-MM, YYYY-MM-DD or null. */
public record Event(String country, EventType event, String date, Evidence evidence) implements Fact {

    @Override
    public String type() {
        return "event";
    }
}
