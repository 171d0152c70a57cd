package org.palermo.accounts;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer TOKEN}; a bad or revoked token is a 401 at once, and audited. */
class BearerTokenFilter extends OncePerRequestFilter {

    private final Accounts accounts;
    private final Audit audit;
    private final SecurityConfiguration.ProblemWriter problems;

    BearerTokenFilter(Accounts accounts, Audit audit, SecurityConfiguration.ProblemWriter problems) {
        this.accounts = accounts;
        this.audit = audit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Principal> principal = header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? accounts.byToken(header.substring(7).strip()) : Optional.empty();
        if (principal.isEmpty()) {
            try {
                audit.refused("anonymous", "auth.token", request.getMethod() + " " + request.getRequestURI(),
                        "invalid, expired or revoked token");
            } catch (RuntimeException ignored) {
                // answering the request matters more than the audit row of a forged token
            }
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            problems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "The token is invalid, expired or revoked");
            return;
        }
        Principal p = principal.get();
        var auth = new UsernamePasswordAuthenticationToken(p, null, List.of(new SimpleGrantedAuthority(p.role().authority())));
        SecurityContextHolder.getContext().setAuthentication(auth);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
