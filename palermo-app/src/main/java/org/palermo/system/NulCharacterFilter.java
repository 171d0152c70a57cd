package org.palermo.system;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every request's parameters first, so that a query or form Tomcat cannot decode (invalid UTF-8, a
 * malformed %-escape) is refused here with a named 400 — not later, inside a page template, as a 500.
 * Also refuses parameters that hold a NUL character: no text Palermo stores or searches can contain one
 * (PostgreSQL refuses it), so it can only be an attack or a broken client.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NulCharacterFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException unreadable) {
            refuse(request, response, "The query string or form is malformed: not UTF-8, or a bad %-escape");
            return;
        }
        // Sign-in treats any hostile name as a wrong name and audits it (PasswordLogin); it is not refused here.
        if (!"/login".equals(request.getRequestURI())) {
            for (Map.Entry<String, String[]> p : parameters.entrySet()) {
                for (String v : p.getValue()) {
                    if (v != null && v.indexOf('\u0000') >= 0) {
                        refuse(request, response, "Parameter '" + p.getKey().replaceAll("[^\\w.-]", "?") + "' contains a NUL character");
                        return;
                    }
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        if (Problems.isApi(request)) {
            Problems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, detail);
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, detail);
        }
    }
}
