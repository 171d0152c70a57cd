package org.palermo.registries;

/** A country's standing towards the Protocol at a date. */
public enum TreatyStanding {
    /** Ratified, acceded, accepted, approved or succeeded. */
    PARTY,
    /** Signed, not (yet) a party. */
    SIGNATORY,
    /** Not a party; a source reports the ratification under way. */
    IN_PROCESS,
    /** Not a party and not a signatory. */
    NOT_PARTY,
    /** No source says anything about that date. */
    NO_RECORD;

    public boolean isParty() {
        return this == PARTY;
    }

    public String label() {
        return switch (this) {
            case PARTY -> "Party";
            case SIGNATORY -> "Signatory, not a party";
            case IN_PROCESS -> "Not a party, ratification under way";
            case NOT_PARTY -> "Not a party";
            case NO_RECORD -> "No record";
        };
    }
}
