package org.palermo.accounts;

import org.palermo.system.Role;
import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.palermo.system.Problems;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * One filter chain: API tokens ({@code Authorization: Bearer}) and browser sessions with a login form.
 * Which role may call what comes only from the {@link AccessRules} beans; anything not in the table is
 * refused. CSRF protects browser sessions; a request with a token or without any session cookie cannot
 * be a cross-site forgery, so CSRF is not asked of it.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

    /** No inline script or style anywhere (pages use classes and their own CSS and JS files). */
    static final String CSP = org.palermo.system.ContentSecurity.POLICY;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessTable table, Accounts accounts, Audit audit,
                                            PasswordLogin passwordLogin) throws Exception {
        ProblemWriter problems = new ProblemWriter();
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error").permitAll();
            for (AccessRule rule : table.inMatchOrder()) {
                var matcher = PathPatternRequestMatcher.withDefaults()
                        .matcher(rule.method() == null ? null : HttpMethod.valueOf(rule.method()), rule.pattern());
                if (rule.isPublic()) {
                    auth.requestMatchers(matcher).permitAll();
                } else {
                    auth.requestMatchers(matcher).hasAnyRole(rule.roles().stream().map(Enum::name).toArray(String[]::new));
                }
            }
            auth.anyRequest().denyAll();
        });
        http.addFilterBefore(new BearerTokenFilter(accounts, audit, problems), UsernamePasswordAuthenticationFilter.class);
        http.authenticationProvider(passwordLogin);
        http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error").permitAll());
        http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signed-out"));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::cannotBeForged));
        http.exceptionHandling(ex -> ex
                .authenticationEntryPoint((req, res, e) -> {
                    if (isApi(req)) {
                        auditWrite(audit, req, "anonymous", "no credentials");
                        res.setHeader("WWW-Authenticate", "Bearer");
                        problems.write(req, res, HttpServletResponse.SC_UNAUTHORIZED, "Authentication required: send Authorization: Bearer TOKEN");
                    } else {
                        res.sendRedirect("/login");
                    }
                })
                .accessDeniedHandler((req, res, e) -> {
                    auditWrite(audit, req, Actors.currentName(), "role not allowed");
                    if (isApi(req)) {
                        problems.write(req, res, HttpServletResponse.SC_FORBIDDEN, "Your role may not do this");
                    } else {
                        res.sendError(HttpServletResponse.SC_FORBIDDEN);
                    }
                }));
        // A fresh session id at sign-in (Spring Security's default, stated): a session id planted before sign-in is worthless.
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        http.headers(h -> h
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    static boolean isApi(HttpServletRequest request) {
        return Problems.isApi(request);
    }

    /**
     * Requests the servlet firewall refuses (an encoded '.', '%', ';' or line break, '//', a path that climbs
     * with '..'): a 400 problem for the API, the HTML problem page (through the error dispatch) for pages.
     * Spring Security's default answered with a bare {@code sendError}, which gave pages and the API alike
     * Spring Boot's generic error body.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> {
            String detail = "The address was refused: " + rejected.getMessage();
            if (Problems.isApi(request)) {
                Problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, detail);
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, detail);
            }
        };
    }

    private static boolean cannotBeForged(HttpServletRequest request) {
        return isApi(request) && (request.getHeader("Authorization") != null || request.getRequestedSessionId() == null);
    }

    private static void auditWrite(Audit audit, HttpServletRequest req, String actor, String reason) {
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            try {
                audit.refused(actor, "access.refused", req.getMethod() + " " + req.getRequestURI(), reason);
            } catch (RuntimeException e) {
                // the refusal itself must still be answered
            }
        }
    }

    /** The access table, ordered so that the most specific pattern is tried first. */
    static final class AccessTable {
        private final List<AccessRule> rules;

        AccessTable(List<AccessRule> rules) {
            this.rules = List.copyOf(rules);
        }

        List<AccessRule> rules() {
            return rules;
        }

        List<AccessRule> inMatchOrder() {
            return rules.stream()
                    .sorted(Comparator.comparingInt((AccessRule r) -> -literalLength(r.pattern()))
                            .thenComparing(r -> r.method() == null ? 1 : 0))
                    .toList();
        }

        private static int literalLength(String pattern) {
            return pattern.replaceAll("\\{[^}]*}", "").replace("*", "").length();
        }
    }

    /** Writes problem+json bodies from the security filters, before any controller runs. */
    static final class ProblemWriter {
        void write(HttpServletRequest req, HttpServletResponse res, int status, String detail) throws IOException {
            Problems.write(req, res, status, detail);
        }
    }
}
