package org.palermo.accounts;

import org.palermo.system.Role;
import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is looking at a page, for the page layout (sign-in link, menus by role). Null for the public. */
public record Viewer(String name, Role role, String country) {

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isReviews() {
        return role == Role.REVIEWER || role == Role.ANALYST || role == Role.ADMIN;
    }

    public boolean isAnalyst() {
        return role == Role.ANALYST || role == Role.ADMIN;
    }

    @ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
    static class Advice {
        @ModelAttribute("viewer")
        Viewer viewer() {
            return Actors.current().map(p -> new Viewer(p.name(), p.role(), p.country())).orElse(null);
        }
    }
}
