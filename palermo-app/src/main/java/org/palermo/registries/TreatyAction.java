package org.palermo.registries;

/**
 * What a treaty entry records: an act of the State (signature, ratification and its equivalents) or a statement
 * by a source about the State's standing at a date ("not a party in 2009", "reported as a party", "ratification
 * under way").
 */
public enum TreatyAction {
    SIGNED, RATIFIED, ACCEDED, ACCEPTED, APPROVED, SUCCEEDED, PARTY, NOT_PARTY, IN_PROCESS;

    /** Ratification, accession, acceptance, approval and succession all make the State a party. */
    public boolean makesParty() {
        return this == RATIFIED || this == ACCEDED || this == ACCEPTED || this == APPROVED || this == SUCCEEDED;
    }

    /** "ratification", "accession"… as a reader says it. */
    public String noun() {
        return switch (this) {
            case SIGNED -> "signature";
            case RATIFIED -> "ratification";
            case ACCEDED -> "accession";
            case ACCEPTED -> "acceptance";
            case APPROVED -> "approval";
            case SUCCEEDED -> "succession";
            case PARTY -> "reported as a party";
            case NOT_PARTY -> "reported as not a party";
            case IN_PROCESS -> "reported as ratifying";
        };
    }
}
