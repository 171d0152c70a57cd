package org.palermo.answers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What is kept, for which version, and how often it is computed (unit tests, no database). */
class KeptAnswersTest {

    /** A version set by the test instead of read from a table. */
    static final class SetVersion extends LiveVersion {
        volatile long version = 1;

        SetVersion() {
            super(null, "none");
        }

        @Override
        public long current() {
            return version;
        }
    }

    final SetVersion version = new SetVersion();
    final KeptAnswers answers = new KeptAnswers(version, JsonMapper.builder().build(), 3, 1 << 20);

    @Test
    void aValueIsComputedOncePerVersion() {
        AtomicInteger runs = new AtomicInteger();
        KeptAnswers.Kept<Integer> first = answers.value("k", runs::incrementAndGet);
        KeptAnswers.Kept<Integer> again = answers.value("k", runs::incrementAndGet);
        assertThat(first.cached()).isFalse();
        assertThat(again.cached()).isTrue();
        assertThat(again.value()).isEqualTo(1);
        assertThat(again.version()).isEqualTo(1);
        version.version = 2;
        KeptAnswers.Kept<Integer> newer = answers.value("k", runs::incrementAndGet);
        assertThat(newer.value()).isEqualTo(2);
        assertThat(newer.version()).isEqualTo(2);
        assertThat(newer.cached()).isFalse();
    }

    @Test
    void concurrentMissesComputeOnceAndAllGetTheAnswer() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Answer>> replies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> answers.json("slow", () -> {
                    runs.incrementAndGet();
                    await(release);
                    return List.of("a", "b");
                })));
            }
            Thread.sleep(200);
            release.countDown();
            for (Future<Answer> r : replies) {
                assertThat(new String(r.get(10, TimeUnit.SECONDS).plain(), StandardCharsets.UTF_8)).isEqualTo("[\"a\",\"b\"]");
            }
            assertThat(runs.get()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void errorsReachTheCallerAndAreNotKept() {
        assertThatThrownBy(() -> answers.value("bad", () -> {
            throw new IllegalArgumentException("no such country");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(answers.value("bad", () -> "fine").value()).isEqualTo("fine");
    }

    @Test
    void bytesAreKeptPlainAndGzipWithAWeakETagOfTheirContent() throws IOException {
        byte[] body = "x".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        Answer a = answers.bytes("page", () -> body);
        assertThat(a.etag()).startsWith("W/\"");
        assertThat(a.gzip().length).isLessThan(body.length / 10);
        assertThat(new GZIPInputStream(new ByteArrayInputStream(a.gzip())).readAllBytes()).isEqualTo(body);
        assertThat(a.gzipFor("gzip, br")).isTrue();
        assertThat(a.gzipFor("gzip;q=0")).isFalse();
        version.version = 2;
        Answer same = answers.bytes("page", () -> body);
        assertThat(same.cached()).isFalse();
        assertThat(same.etag()).as("the same content after a change elsewhere keeps its ETag").isEqualTo(a.etag());
    }

    @Test
    void theLeastRecentlyUsedGoFirst() {
        AtomicInteger runs = new AtomicInteger();
        for (String key : List.of("a", "b", "c")) {
            answers.value(key, runs::incrementAndGet);
        }
        answers.value("a", runs::incrementAndGet);
        answers.value("d", runs::incrementAndGet);   // over 3 entries: "b" goes
        assertThat(answers.value("a", runs::incrementAndGet).cached()).isTrue();
        assertThat(answers.value("b", runs::incrementAndGet).cached()).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
