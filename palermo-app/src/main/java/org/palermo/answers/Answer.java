package org.palermo.answers;

import java.io.IOException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.View;

/**
 * An answer as sent: its bytes, the same gzipped (null when too large to keep), a weak ETag of the content, the
 * data version it was computed under, when, and whether it was kept from an earlier request.
 */
public record Answer(byte[] plain, byte[] gzip, String etag, long version, Instant computedAt, boolean cached) {

    long size() {
        return plain.length + (gzip == null ? 0 : gzip.length);
    }

    /** The kept gzip when the client accepts it ({@code Accept-Encoding}). */
    public boolean gzipFor(String acceptEncoding) {
        return gzip != null && KeptAnswers.acceptsGzip(acceptEncoding);
    }

    /**
     * A JSON response: gzip when the client accepts it, 304 when its If-None-Match names the same content
     * (Spring compares the ETag); {@code headers} are added (freshness and the like).
     */
    public ResponseEntity<byte[]> json(String acceptEncoding, HttpHeaders headers) {
        boolean gzipped = gzipFor(acceptEncoding);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .headers(headers)
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .varyBy(HttpHeaders.ACCEPT_ENCODING);
        if (gzipped) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.body(gzipped ? gzip : plain);
    }

    /** UTF-8 HTML written as kept, with the language it was rendered in; caching headers stay as for every page. */
    public View page(Locale locale) {
        return new KeptPage(this, locale);
    }

    private record KeptPage(Answer answer, Locale locale) implements View {
        @Override
        public String getContentType() {
            return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws IOException {
            boolean gzipped = answer.gzipFor(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
            response.setLocale(locale);
            response.setContentType(getContentType());
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (gzipped) {
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
            byte[] body = gzipped ? answer.gzip() : answer.plain();
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
