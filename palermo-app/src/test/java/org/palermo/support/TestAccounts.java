package org.palermo.support;

import java.util.UUID;

import org.palermo.accounts.Accounts;
import org.palermo.system.Role;

/** Creates accounts with unique names for tests and hands back their API tokens. */
public final class TestAccounts {

    private TestAccounts() {
    }

    public static String token(Accounts accounts, Role role) {
        return token(accounts, role, role == Role.FOCAL_POINT ? "NGA" : null);
    }

    public static String token(Accounts accounts, Role role, String country) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.add(name, role, country, null).token();
    }

    /** An account with a password, for browser sign-in; returns its name. */
    public static String withPassword(Accounts accounts, Role role, String password) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.add(name, role, role == Role.FOCAL_POINT ? "NGA" : null, password);
        return name;
    }
}
