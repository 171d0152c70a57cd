package org.palermo.patterns;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON of a cached analysis, serialised once per data version: the flow matrix is ~3,000 pairs
 * (0.7 MB), and writing it anew for every request cost more than computing it. An ETag of the data
 * version lets clients revalidate with a 304; clients that accept gzip get the compressed bytes (~1/10).
 */
@Component
class JsonAnswers {

    private static final int MAX = 128;

    private final JsonMapper json;
    private final Map<String, byte[]> bytes = new ConcurrentHashMap<>();

    JsonAnswers(JsonMapper json) {
        this.json = json;
    }

    private static byte[] gzip(byte[] plain) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(plain.length / 8 + 64);
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(plain);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    ResponseEntity<byte[]> answer(String key, Fresh<?> fresh, String ifNoneMatch, String acceptEncoding) {
        boolean gzip = acceptEncoding != null && acceptEncoding.contains("gzip");
        String etag = "\"v" + fresh.dataVersion() + "-" + Integer.toHexString(key.hashCode()) + "\"";
        HttpHeaders headers = PatternsWeb.freshness(fresh);
        headers.setETag(etag);
        if (etag.equals(ifNoneMatch)) {
            return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
        }
        String cacheKey = key + "|" + fresh.dataVersion() + "|" + fresh.computedAt() + "|" + gzip;
        byte[] body = bytes.get(cacheKey);
        if (body == null) {
            if (bytes.size() >= MAX) {
                bytes.clear();
            }
            body = json.writeValueAsBytes(fresh.value());
            if (gzip) {
                body = gzip(body);
            }
            bytes.put(cacheKey, body);
        }
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            headers.add(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return new ResponseEntity<>(body, headers, HttpStatus.OK);
    }
}
