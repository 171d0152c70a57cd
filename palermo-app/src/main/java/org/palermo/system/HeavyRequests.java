package org.palermo.system;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A bound on the work that costs seconds of CPU and hundreds of megabytes each: uploads (documents, GLOTIP
 * imports, spreadsheets, case data) and re-extraction or re-indexing. At most {@code palermo.heavy.concurrent}
 * run at once (default: the number of cores); up to {@code palermo.heavy.queue} more wait, each at most
 * {@code palermo.heavy.wait-seconds}; beyond that the answer is 503 with {@code Retry-After}, at once, instead of
 * a server that runs out of memory or answers every request late. Reads are never held here: past capacity
 * they queue in Tomcat's worker pool and accept queue.
 */
@Component
@Order(0) // after the security filters: a request without the right to upload is refused before it counts
public class HeavyRequests extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 10;

    private final int permits;
    private final Semaphore running;
    private final int queue;
    private final long waitSeconds;
    private final AtomicInteger waiting = new AtomicInteger();
    private volatile boolean closed;

    HeavyRequests(@Value("${palermo.heavy.concurrent:0}") int concurrent, @Value("${palermo.heavy.queue:16}") int queue,
                  @Value("${palermo.heavy.wait-seconds:30}") long waitSeconds) {
        this.permits = concurrent > 0 ? concurrent : Math.max(2, Runtime.getRuntime().availableProcessors());
        this.running = new Semaphore(permits, true);
        this.queue = queue;
        this.waitSeconds = waitSeconds;
    }

    static boolean isHeavy(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod())) {
            return false;
        }
        String type = request.getContentType();
        String uri = request.getRequestURI();
        return (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/"))
                || uri.matches("/api/v1/documents/[^/]+/extract") || uri.equals("/api/v1/cases/index");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isHeavy(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (closed || waiting.get() >= queue && running.availablePermits() == 0) {
            busy(request, response);
            return;
        }
        boolean acquired;
        waiting.incrementAndGet();
        try {
            acquired = running.tryAcquire(waitSeconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        } finally {
            waiting.decrementAndGet();
        }
        if (!acquired || closed) {
            if (acquired) {
                running.release();
            }
            busy(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }

    private void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        String detail = "The server is at capacity for uploads and imports (" + permits + " at a time, " + queue
                + " waiting); nothing was read or written. Try again in " + RETRY_AFTER_SECONDS + " seconds.";
        if (Problems.isApi(request)) {
            Problems.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, detail);
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, detail);
        }
    }

    /**
     * Refuses heavy work at once (503, Retry-After) until the returned handle is closed: for maintenance, such as a
     * backup that should not compete with imports, and for tests of the refusal that need no load.
     */
    public AutoCloseable pause() {
        closed = true;
        return () -> closed = false;
    }

    /** How many heavy requests may run at once. */
    public int concurrent() {
        return permits;
    }
}
