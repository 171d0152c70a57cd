package org.palermo.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem bodies written straight to a response, for the places that answer before (or
 * outside) Spring MVC: security filters, the firewall's rejections, the error dispatch, Tomcat's own
 * refusals. Controllers use {@code ProblemResponses} instead; both give the same fields.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /** API requests get problem+json; every other path is a page, and gets an HTML page. */
    public static boolean isApi(String requestUri) {
        return requestUri != null && requestUri.startsWith("/api/");
    }

    public static boolean isApi(HttpServletRequest request) {
        return isApi(request.getRequestURI());
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String detail) throws IOException {
        write(response, status, detail, request.getRequestURI());
    }

    public static void write(HttpServletResponse response, int status, String detail, String instance) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json(status, detail, instance));
    }

    /** The body: type, title, status, detail and instance (the path as the client sent it). */
    public static String json(int status, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        return JSON.writeValueAsString(body);
    }

    public static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
