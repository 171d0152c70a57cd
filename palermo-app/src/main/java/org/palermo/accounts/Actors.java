package org.palermo.accounts;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting now: the signed-in account, else the process (command line, start-up loader). */
public final class Actors {

    private Actors() {
    }

    public static Optional<Principal> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Principal p) {
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /** A name for the audit trail: the account name, else "system" (command line and start-up run as the operator). */
    public static String currentName() {
        return current().map(Principal::name).orElseGet(() -> "system:" + System.getProperty("user.name", "unknown"));
    }
}
