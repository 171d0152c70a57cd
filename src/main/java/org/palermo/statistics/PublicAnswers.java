package org.palermo.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public answers (published figures, country summaries, the map, the country page as the public sees
 * it) kept as the bytes sent, plain and gzip, per request key and {@link DataVersion}. Serialising the
 * 190 KB of a country's figures, or rendering its page, cost more than everything else in a request; a
 * kept answer is written as it is.
 *
 * <p>Only answers that are the same for every reader they are served to may be kept: the API reads
 * published observations only, never drafts, whoever asks; a page is kept only as rendered for a reader
 * who is not signed in, in one locale. Entries of an older version are dropped as soon as a newer one is
 * seen; at most {@value #MAX_ENTRIES} entries and {@value #MAX_BYTES} bytes are kept (least recently used
 * out first); an answer over {@value #MAX_ENTRY_BYTES} bytes is sent but not kept.
 * Concurrent requests for the same missing answer compute it once.
 */
@Component
class PublicAnswers {

    static final int MAX_ENTRIES = 512;
    static final long MAX_BYTES = 96L << 20;
    static final int MAX_ENTRY_BYTES = 32 << 20;   // the whole table as JSON is 17 MB (0.6 MB gzip)

    /** An answer as sent: its bytes, the same gzipped (null when not kept), a weak ETag of its content. */
    record Answer(long version, byte[] plain, byte[] gzip, String etag) {
        long size() {
            return plain.length + (gzip == null ? 0 : gzip.length);
        }

        byte[] body(boolean gzipped) {
            return gzipped ? gzip : plain;
        }

        boolean gzipFor(String acceptEncoding) {
            return gzip != null && acceptsGzip(acceptEncoding);
        }
    }

    private final JsonMapper mapper;
    private final DataVersion dataVersion;
    private final Map<String, Answer> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final ConcurrentHashMap<String, CompletableFuture<Answer>> computing = new ConcurrentHashMap<>();
    private long version = -1;
    private long bytes;

    PublicAnswers(JsonMapper mapper, DataVersion dataVersion) {
        this.mapper = mapper;
        this.dataVersion = dataVersion;
    }

    /**
     * A JSON answer: gzip when the client accepts it, 304 when its If-None-Match names the same content
     * (Spring compares the ETag). {@code compute} runs only on a miss; its exceptions (400, 404) propagate
     * and nothing is kept.
     */
    ResponseEntity<byte[]> json(String key, String acceptEncoding, Supplier<Object> compute) {
        Answer answer = get("json:" + key, () -> mapper.writeValueAsBytes(compute.get()));
        boolean gzip = answer.gzipFor(acceptEncoding);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(answer.etag())
                .cacheControl(CacheControl.noCache())
                .varyBy(HttpHeaders.ACCEPT_ENCODING);
        if (gzip) {
            response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        return response.body(answer.body(gzip));
    }

    /**
     * A page as rendered for readers who are not signed in, in one locale: {@code render} gives its
     * UTF-8 HTML on a miss. The caller decides that the reader is not signed in.
     */
    View page(String key, Locale locale, Supplier<byte[]> render) {
        Answer answer = get("page:" + key + "|" + locale.toLanguageTag(), render);
        return new KeptPage(answer, locale);
    }

    Answer get(String key, Supplier<byte[]> compute) {
        long now = dataVersion.current();
        Answer hit = lookup(key, now);
        if (hit != null) {
            return hit;
        }
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        String flight = now + "|" + key;
        CompletableFuture<Answer> running = computing.putIfAbsent(flight, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            Answer answer = answer(now, compute.get());
            keep(key, answer);
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(flight, mine);
        }
    }

    private synchronized Answer lookup(String key, long now) {
        if (now > version) {
            entries.clear();
            bytes = 0;
            version = now;
        }
        Answer hit = entries.get(key);
        return hit != null && hit.version() == now ? hit : null;
    }

    private synchronized void keep(String key, Answer answer) {
        if (answer.gzip() == null || answer.version() < version) {
            return;
        }
        Answer old = entries.put(key, answer);
        bytes += answer.size() - (old == null ? 0 : old.size());
        var eldest = entries.values().iterator();
        while ((entries.size() > MAX_ENTRIES || bytes > MAX_BYTES) && eldest.hasNext()) {
            bytes -= eldest.next().size();
            eldest.remove();
        }
    }

    private static Answer answer(long version, byte[] plain) {
        byte[] gzip = plain.length <= MAX_ENTRY_BYTES ? gzip(plain) : null;
        return new Answer(version, plain, gzip, "W/\"" + digest(plain) + "\"");
    }

    /** Whether an Accept-Encoding header accepts gzip (by name or "*", without q=0). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.split(";");
            String name = coding[0].strip();
            if (name.equalsIgnoreCase("gzip") || name.equals("*")) {
                for (int i = 1; i < coding.length; i++) {
                    if (coding[i].replace(" ", "").matches("(?i)q=0(\\.0{0,3})?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 8 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out, 1 << 16)) {
            z.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String digest(byte[] plain) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(plain);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha, 15));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a kept page with the headers its rendering had (type, language); caching headers stay as for every page. */
    private record KeptPage(Answer answer, Locale locale) implements View {
        @Override
        public String getContentType() {
            return MediaType.TEXT_HTML_VALUE + ";charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws IOException {
            boolean gzip = answer.gzipFor(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
            response.setLocale(locale);
            response.setContentType(getContentType());
            response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (gzip) {
                response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            }
            byte[] body = answer.body(gzip);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
