package org.palermo.checklist;

import org.palermo.accounts.Actors;
import org.palermo.accounts.Principal;
import org.palermo.system.Role;

/**
 * Which answers a reader may see. The public (and any account without more rights) reads the submitted
 * answers of published rounds; a focal point also its own country's drafts and unpublished rounds; analysts
 * and administrators everything.
 */
record Visibility(boolean all, String ownCountry, boolean signedIn) {

    static final Visibility PUBLIC = new Visibility(false, null, false);

    static Visibility ofCurrentReader() {
        return Actors.current().map(Visibility::of).orElse(PUBLIC);
    }

    static Visibility of(Principal p) {
        boolean all = p.role() == Role.ANALYST || p.role() == Role.ADMIN;
        return new Visibility(all, p.role() == Role.FOCAL_POINT ? p.country() : null, true);
    }

    /** Whether this reader sees a country's answers in a round that is not published (or not submitted). */
    boolean seesDraftsOf(String iso3) {
        return all || (ownCountry != null && ownCountry.equalsIgnoreCase(iso3));
    }

    /** Rounds not yet published: shown to accounts that answer or manage them. */
    boolean seesUnpublishedRounds() {
        return all || ownCountry != null;
    }

    String own() {
        return ownCountry == null ? "" : ownCountry;
    }
}
