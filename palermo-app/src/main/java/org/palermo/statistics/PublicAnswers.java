package org.palermo.statistics;

import java.util.Locale;
import java.util.function.Supplier;

import org.palermo.answers.KeptAnswers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public answers (published figures, country summaries, the map, the country page as the public sees it) and
 * the values they are made of, kept per {@link DataVersion} ({@link KeptAnswers}). Serialising the 190 KB of a
 * country's figures, or rendering its page, cost more than everything else in a request.
 *
 * <p>Only answers that are the same for every reader they are served to are kept: the API reads published
 * observations only, never drafts, whoever asks; a page is kept only as rendered for a reader who is not signed
 * in, in one locale.
 */
@Component
class PublicAnswers {

    static final int MAX_ENTRIES = 512;
    static final long MAX_BYTES = 96L << 20;   // the whole table as JSON is 17 MB (0.6 MB gzip)

    private final KeptAnswers kept;

    PublicAnswers(JsonMapper mapper, DataVersion dataVersion) {
        this.kept = new KeptAnswers(dataVersion, mapper, MAX_ENTRIES, MAX_BYTES);
    }

    /** A JSON answer, gzip for clients that accept it, 304 for a current If-None-Match; {@code compute} runs on a miss. */
    ResponseEntity<byte[]> json(String key, String acceptEncoding, Supplier<Object> compute) {
        return kept.json(key, compute).json(acceptEncoding, HttpHeaders.EMPTY);
    }

    /** A page as rendered for readers who are not signed in (the caller decides that), in one locale; {@code render} gives its UTF-8 HTML. */
    View page(String key, Locale locale, Supplier<byte[]> render) {
        return kept.bytes("page:" + key + "|" + locale.toLanguageTag(), render).page(locale);
    }

    /** A value computed from published data, recomputed only when they change. */
    <T> T value(String key, Supplier<T> compute) {
        return kept.value(key, compute).value();
    }

    static boolean acceptsGzip(String acceptEncoding) {
        return KeptAnswers.acceptsGzip(acceptEncoding);
    }
}
