package org.palermo.statistics;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A page rendered by the same Thymeleaf view a controller would return, into bytes instead of the
 * response, so that it can be kept ({@link PublicAnswers#page}). The view sets the type, charset and
 * language on the response; they are not passed on, the kept page sets them again each time it is sent.
 */
final class RenderedPage {

    private RenderedPage() {
    }

    static byte[] render(ThymeleafViewResolver views, String viewName, Map<String, ?> model, Locale locale,
                         HttpServletRequest request, HttpServletResponse response) {
        try {
            Capture capture = new Capture(response);
            views.resolveViewName(viewName, locale).render(model, request, capture);
            return capture.bytes();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Rendering " + viewName + " failed", e);
        }
    }

    /** The response as the view sees it: its body goes to memory, as UTF-8 (the pages' charset). */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 << 10);
        private PrintWriter writer;

        Capture(HttpServletResponse response) {
            super(response);
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return body.toByteArray();
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public void setContentType(String type) {
        }

        @Override
        public void setCharacterEncoding(String charset) {
        }

        @Override
        public void setLocale(Locale locale) {
        }

        @Override
        public void setContentLength(int length) {
        }

        @Override
        public void flushBuffer() {
        }

        @Override
        public boolean isCommitted() {
            return false;
        }
    }
}
