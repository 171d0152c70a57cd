package org.palermo.registries;

/** The controlled values of the directories besides the contact roles. */
final class DirectoryCodes {

    private DirectoryCodes() {
    }

    /** How a contact point can be reached (the values themselves are personal when they name a person). */
    enum Channel { EMAIL, PHONE, FAX, WEB, POST, SECURE_NETWORK, VIDEO }

    /** Seed 002 ¶36, ¶39; seed 000 ¶43. */
    enum ProviderType {
        SHELTER, REFUGE, RECEPTION_CENTRE, CONSULTATION_CENTRE, CHILD_CENTRE, LEGAL_AID, MOBILE_LEGAL_CLINIC, NGO_NETWORK,
        HEALTH_PSYCHOLOGICAL, HOTLINE, OTHER
    }

    /** Seed 002 ¶36: "medical, psychological, legal, social or financial assistance, … witness protection and shelters". */
    enum Service {
        SHELTER, MEDICAL, PSYCHOLOGICAL, LEGAL, SOCIAL, FINANCIAL, WITNESS_PROTECTION, INTERPRETATION, REPATRIATION,
        EDUCATION_TRAINING, EMPLOYMENT, CHILD_PROTECTION, COUNSELLING_HOTLINE
    }

    /** The victim groups of the facts (CONTRACTS §2). */
    enum TargetGroup { WOMEN, MEN, GIRLS, BOYS, CHILDREN, MIGRANTS, REFUGEES_IDPS }
}
