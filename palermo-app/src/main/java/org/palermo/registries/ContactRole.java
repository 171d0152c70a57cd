package org.palermo.registries;

/** The roles of the contact-point network (seed 003 Annex II rec. 22; seed 000 ¶9, ¶65). */
public enum ContactRole {
    NATIONAL_CONTACT_POINT("National contact point"),
    NATIONAL_COORDINATOR("National coordinator"),
    POLICE_FOCAL_POINT("Police focal point"),
    LIAISON_OFFICER("Liaison officer"),
    CENTRAL_AUTHORITY("Central authority (judicial cooperation)"),
    NATIONAL_RAPPORTEUR("National rapporteur"),
    UN_ENTITY_FOCAL_POINT("UN entity focal point");

    private final String label;

    ContactRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
