package org.palermo.assistance;

import java.util.Arrays;
import java.util.Optional;

/** An organisation's part in a project, as IATI's OrganisationRole codelist has it (code 1–4). */
public enum OrgRole {
    /** Gives the money: a donor. */
    FUNDING("1"),
    /** Answers for the project to the funder. */
    ACCOUNTABLE("2"),
    /** Manages the funds on the funder's behalf (a bureau passing a grant to a sub-grantee). */
    EXTENDING("3"),
    /** Does the work. */
    IMPLEMENTING("4");

    private final String iati;

    OrgRole(String iati) {
        this.iati = iati;
    }

    public String iati() {
        return iati;
    }

    public static Optional<OrgRole> ofIati(String code) {
        return Arrays.stream(values()).filter(r -> r.iati.equals(code == null ? null : code.strip())).findFirst();
    }
}
