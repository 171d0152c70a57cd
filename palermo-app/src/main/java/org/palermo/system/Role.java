package org.palermo.system;

/** What an account may do. The public needs no account and has no role. */
public enum Role {
    /** Reads published data and non-public analyses. */
    RESEARCHER,
    /** Submits and sees drafts for one country only. */
    FOCAL_POINT,
    /** Decides on extracted facts and coded cases. */
    REVIEWER,
    /** Ingests documents, imports data, runs analyses, validates submissions. */
    ANALYST,
    /** Manages users and sources; reads the audit trail. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
