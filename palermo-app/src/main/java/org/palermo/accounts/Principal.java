package org.palermo.accounts;

import org.palermo.system.Role;
import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import java.io.Serializable;

/** The account behind a request: from an API token or a browser session. */
public record Principal(long userId, String name, Role role, String country) implements Serializable {

    public boolean is(Role r) {
        return role == r;
    }

    /** True when this account may act for the country: its own as a focal point, any as analyst or admin. */
    public boolean mayActFor(String iso3) {
        return switch (role) {
            case ADMIN, ANALYST -> true;
            case FOCAL_POINT -> country != null && country.equalsIgnoreCase(iso3);
            default -> false;
        };
    }
}
