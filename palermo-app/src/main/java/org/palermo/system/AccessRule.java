package org.palermo.system;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may call an endpoint: one row of the access table. Each module declares the rows for its own
 * endpoints as an {@link AccessRules} bean; together they are the single source of truth, enforced by
 * the security configuration, listed at {@code GET /api/v1/access-rules} and checked by a test that
 * walks every endpoint with every role.
 *
 * @param method  HTTP method, or null for any
 * @param pattern a path pattern ({@code /api/v1/documents/{id}}, {@code /cases/**})
 * @param roles   the roles allowed; empty means public (no account needed)
 */
public record AccessRule(String method, String pattern, Set<Role> roles, String audience) {

    public static AccessRule publicRead(String pattern) {
        return new AccessRule("GET", pattern, Set.of(), "public");
    }

    public static AccessRule of(String method, String pattern, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.allOf(Role.class) : EnumSet.copyOf(java.util.List.of(roles));
        return new AccessRule(method, pattern, Set.copyOf(set), describe(set));
    }

    /** Any signed-in account. */
    public static AccessRule signedIn(String method, String pattern) {
        return new AccessRule(method, pattern, Set.copyOf(EnumSet.allOf(Role.class)), "any account");
    }

    public boolean isPublic() {
        return roles.isEmpty();
    }

    public boolean allows(Role role) {
        return isPublic() || (role != null && roles.contains(role));
    }

    private static String describe(Set<Role> roles) {
        return roles.size() == Role.values().length ? "any account" : String.join(", ", roles.stream().map(Enum::name).sorted().toList());
    }
}
