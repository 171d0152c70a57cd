package org.palermo.accounts;

import org.palermo.system.Role;
import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

/** Sign-in page, the caller's own account, the access table and the audit trail. */
@Configuration(proxyBeanMethods = false)
class AccountsWeb {

    /** The system module's public pages (home, health, OpenAPI) become public rows of the table. */
    @Bean
    AccessRules systemAccess(org.springframework.beans.factory.ObjectProvider<org.palermo.system.PublicPaths> paths) {
        return () -> paths.orderedStream().flatMap(p -> p.paths().stream()).map(AccessRule::publicRead).toList();
    }

    /** The access table: every module's rows together. */
    @Bean
    SecurityConfiguration.AccessTable accessTable(org.springframework.beans.factory.ObjectProvider<AccessRules> contributions) {
        java.util.List<AccessRule> rules = new java.util.ArrayList<>();
        contributions.orderedStream().forEach(c -> rules.addAll(c.rules()));
        return new SecurityConfiguration.AccessTable(rules);
    }

    @Bean
    AccessRules accountsAccess() {
        return () -> List.of(
                AccessRule.publicRead("/api/v1/access-rules"),
                AccessRule.publicRead("/login"),
                AccessRule.signedIn("GET", "/api/v1/me"),
                AccessRule.of("GET", "/api/v1/audit", Role.ADMIN),
                AccessRule.of("GET", "/admin/audit", Role.ADMIN));
    }

    @Controller
    static class Pages {
        private final Audit audit;

        Pages(Audit audit) {
            this.audit = audit;
        }

        @GetMapping("/login")
        String login() {
            return "accounts/login";
        }

        @GetMapping("/admin/audit")
        String audit(@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String actor, Model model) {
            model.addAttribute("entries", audit.find(action, actor, 500));
            model.addAttribute("action", action);
            model.addAttribute("actor", actor);
            return "accounts/audit";
        }
    }

    @RestController
    static class Api {
        private final Audit audit;
        private final SecurityConfiguration.AccessTable table;

        Api(Audit audit, SecurityConfiguration.AccessTable table) {
            this.audit = audit;
            this.table = table;
        }

        /** The access table: who may call which endpoint. */
        @GetMapping("/api/v1/access-rules")
        List<AccessRule> accessRules() {
            return table.rules();
        }

        @GetMapping("/api/v1/me")
        Map<String, Object> me() {
            Principal p = Actors.current().orElseThrow();
            return Map.of("name", p.name(), "role", p.role(), "country", p.country() == null ? "" : p.country());
        }

        /** The audit trail, newest first; filter by action prefix and actor. */
        @GetMapping("/api/v1/audit")
        List<AuditEntry> audit(@RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String actor,
                               @RequestParam(defaultValue = "200") int limit) {
            return audit.find(action, actor, limit);
        }
    }
}
