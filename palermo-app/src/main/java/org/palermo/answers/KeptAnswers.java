package org.palermo.answers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers kept per key for the {@link LiveVersion} they were computed under: values (an analysis, a
 * selection) and the bytes sent for them ({@link Answer}: plain, gzip and a weak ETag of the content), so that
 * serialising, compressing or querying happens once per data version, not once per request.
 *
 * <p>Only answers that are the same for everyone they are served to may be kept: the caller puts into the key
 * whatever the answer depends on besides the data (filters, locale). Entries of an older version are dropped
 * as soon as a newer one is seen; at most {@code maxEntries} entries and {@code maxBytes} bytes of answers are
 * kept (least recently used out first); an answer over {@value #MAX_ENTRY_BYTES} bytes is sent but not kept.
 * Concurrent requests for the same missing entry compute it once; a computation's exception (a 400, a 404)
 * reaches every one of them and nothing is kept.
 */
public final class KeptAnswers {

    public static final int MAX_ENTRY_BYTES = 32 << 20;

    /** A value with the version it was computed under, when, and whether it was kept from an earlier request. */
    public record Kept<T>(T value, long version, Instant computedAt, boolean cached) {
    }

    private record Entry(Object value, long version, Instant computedAt, long size) {
    }

    private final LiveVersion version;
    private final JsonMapper json;
    private final int maxEntries;
    private final long maxBytes;
    private final Map<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final ConcurrentHashMap<String, CompletableFuture<Entry>> computing = new ConcurrentHashMap<>();
    private long keptVersion = -1;
    private long bytes;

    public KeptAnswers(LiveVersion version, JsonMapper json, int maxEntries, long maxBytes) {
        this.version = version;
        this.json = json;
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** A value computed from the data, kept until they change. */
    @SuppressWarnings("unchecked")
    public <T> Kept<T> value(String key, Supplier<T> compute) {
        return (Kept<T>) get("value:" + key, compute);
    }

    /** {@code compute}'s value as JSON bytes, kept with their gzip and ETag until the data change. */
    public Answer json(String key, Supplier<?> compute) {
        return bytes("json:" + key, () -> json.writeValueAsBytes(compute.get()));
    }

    /** Bytes to send (UTF-8 HTML, CSV…), kept with their gzip and ETag until the data change. */
    public Answer bytes(String key, Supplier<byte[]> compute) {
        Kept<?> kept = get("bytes:" + key, () -> answerOf(compute.get()));
        Answer a = (Answer) kept.value();
        return new Answer(a.plain(), a.gzip(), a.etag(), kept.version(), kept.computedAt(), kept.cached());
    }

    private Kept<?> get(String key, Supplier<?> compute) {
        long now = version.current();
        Entry hit = lookup(key, now);
        if (hit != null) {
            return new Kept<>(hit.value(), hit.version(), hit.computedAt(), true);
        }
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        String flight = now + "|" + key;
        CompletableFuture<Entry> running = computing.putIfAbsent(flight, mine);
        if (running != null) {
            try {
                Entry e = running.join();
                return new Kept<>(e.value(), e.version(), e.computedAt(), true);
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            Object value = compute.get();
            long size = value instanceof Answer a ? a.size() : 0;
            Entry entry = new Entry(value, now, Instant.now(), size);
            if (!(value instanceof Answer a) || a.gzip() != null) {
                keep(key, entry);
            }
            mine.complete(entry);
            return new Kept<>(value, now, entry.computedAt(), false);
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(flight, mine);
        }
    }

    private synchronized Entry lookup(String key, long now) {
        if (now > keptVersion) {
            entries.clear();
            bytes = 0;
            keptVersion = now;
        }
        Entry hit = entries.get(key);
        return hit != null && hit.version() == now ? hit : null;
    }

    private synchronized void keep(String key, Entry entry) {
        if (entry.version() < keptVersion) {
            return;
        }
        Entry old = entries.put(key, entry);
        bytes += entry.size() - (old == null ? 0 : old.size());
        var eldest = entries.values().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && eldest.hasNext()) {
            bytes -= eldest.next().size();
            eldest.remove();
        }
    }

    private static Answer answerOf(byte[] plain) {
        byte[] gzip = plain.length <= MAX_ENTRY_BYTES ? gzip(plain) : null;
        return new Answer(plain, gzip, "W/\"" + digest(plain) + "\"", 0, null, false);
    }

    /** Whether an Accept-Encoding header accepts gzip (by name or "*", without q=0). */
    public static boolean acceptsGzip(String acceptEncoding) {
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
}
