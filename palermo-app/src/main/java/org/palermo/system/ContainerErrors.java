package org.palermo.system;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Requests Tomcat refuses before any filter runs — an encoded slash or backslash, {@code %00}, a
 * malformed escape, characters not allowed in a request line — are answered by the host's error report
 * valve. Tomcat's own valve writes an HTML page with an inline style; this one writes problem+json for
 * {@code /api/**} and a plain page (no inline style, same security headers as the application's pages)
 * for the rest, and problem+json when the request line was too broken to have a path. The refusals
 * themselves are Tomcat's and stay as they are.
 */
@Component
@ConditionalOnWebApplication
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String CSP = "default-src 'none'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Host host = (Host) context.getParent();
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Instantiated by Tomcat by name (public, no-argument constructor). */
    public static class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            // As Tomcat's valve: nothing for a success, nothing if a body was written, nothing twice.
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            String uri = requestTarget(request);
            String detail = status == 400
                    ? "The request was refused by the server: the address holds characters or escapes it does not accept "
                    + "(an encoded '/', '\\' or NUL, a malformed %-escape, or a character not allowed in a URL)"
                    : ErrorDispatch.detail(status, null, uri == null ? "" : uri);
            try {
                response.setCharacterEncoding("UTF-8");
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("Cache-Control", "no-store");
                String body;
                // A request line Tomcat could not read has no path: its sender is a program, not a browser.
                if (uri == null || Problems.isApi(uri)) {
                    response.setContentType(Problems.MEDIA_TYPE);
                    body = Problems.json(status, detail, uri);
                } else {
                    response.setContentType("text/html");
                    response.setHeader("Content-Security-Policy", CSP);
                    String title = Problems.title(status);
                    body = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " " + HtmlUtils.htmlEscape(title)
                            + " — Palermo</title><link rel=\"stylesheet\" href=\"/css/palermo.css\"></head><body><main class=\"narrow\"><h1>"
                            + HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail)
                            + "</p><p><a href=\"/\">Home</a></p></main></body></html>\n";
                }
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response cannot take a body: the status line has been sent
            }
        }

        /** The path as the client sent it, when Tomcat got that far in reading the request line. */
        private static String requestTarget(Request request) {
            try {
                String uri = request.getRequestURI();
                if (uri == null || uri.isEmpty()) {
                    uri = request.getCoyoteRequest().requestURI().toString();
                }
                return uri == null || uri.isEmpty() ? null : uri;
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
