package org.palermo.caselaw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.palermo.system.PalermoHome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The search index of the case-law database, kept in {@code PalermoHome.index("cases")} beside the
 * database and derived from it alone: it is opened on first use (never by one-off commands that do
 * not search), brought up to date with the database at start and whenever decisions changed (here,
 * or in another process such as {@code ./palermo import cases}, noticed within two seconds), and
 * can be rebuilt from scratch at any time.
 */
@Component
public class CaseIndex implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CaseIndex.class);
    private static final long CHECK_EVERY_NANOS = 2_000_000_000L;
    private static final int BATCH = 500;

    private final PalermoHome home;
    private final CaseLaw caseLaw;
    private CaseSearchIndex index;
    private Map<String, Long> indexed;
    private volatile boolean dirty = true;
    private volatile long lastCheck;

    CaseIndex(PalermoHome home, CaseLaw caseLaw) {
        this.home = home;
        this.caseLaw = caseLaw;
    }

    public CaseResults search(CaseQuery query) {
        CaseSearchIndex i = upToDate();
        try {
            return i.search(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a sync or rebuild did. */
    public record Sync(int indexed, int deleted, int total, long millis) {
    }

    /** Brings the index up to date with the database: changed decisions re-indexed, removed ones deleted. */
    public synchronized Sync sync() {
        long t0 = System.nanoTime();
        try {
            CaseSearchIndex i = open();
            lastCheck = System.nanoTime();
            dirty = false;
            String fingerprint = caseLaw.fingerprint();
            if (fingerprint.equals(i.committedFingerprint())) {
                return new Sync(0, 0, indexed.size(), 0);
            }
            Map<String, Long> current = caseLaw.revisions();
            List<String> changed = new ArrayList<>();
            current.forEach((key, revision) -> {
                if (!revision.equals(indexed.get(key))) {
                    changed.add(key);
                }
            });
            List<String> removed = indexed.keySet().stream().filter(k -> !current.containsKey(k)).toList();
            for (int from = 0; from < changed.size(); from += BATCH) {
                for (IndexedDecision d : caseLaw.forIndex(changed.subList(from, Math.min(from + BATCH, changed.size())))) {
                    i.put(d);
                    indexed.put(d.key(), d.revision());
                }
            }
            for (String key : removed) {
                i.delete(key);
                indexed.remove(key);
            }
            i.commit(fingerprint);
            if (changed.size() > 10_000) {
                i.optimize(fingerprint);
            }
            Sync s = new Sync(changed.size(), removed.size(), indexed.size(), (System.nanoTime() - t0) / 1_000_000);
            if (s.indexed() + s.deleted() > 0) {
                log.info("Case index: {} decisions indexed, {} removed, {} in all ({} ms)", s.indexed(), s.deleted(), s.total(), s.millis());
            }
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("The case-law index under " + home.index("cases") + " cannot be written: " + e.getMessage(), e);
        }
    }

    /** Throws the index away and builds it again from the database. */
    public synchronized Sync rebuild() {
        try {
            CaseSearchIndex i = open();
            i.deleteAll();
            i.commit("");
            indexed.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sync();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(DecisionsChanged changed) {
        dirty = true;
    }

    private CaseSearchIndex upToDate() {
        if (dirty || System.nanoTime() - lastCheck > CHECK_EVERY_NANOS) {
            if (dirty || !caseLaw.fingerprint().equals(open().committedFingerprint())) {
                sync();
            } else {
                lastCheck = System.nanoTime();
            }
        }
        return open();
    }

    private synchronized CaseSearchIndex open() {
        if (index == null) {
            try {
                Files.createDirectories(home.index("cases"));
                index = new CaseSearchIndex(home.index("cases"));
                indexed = new java.util.HashMap<>(index.revisions());
            } catch (IOException e) {
                throw new UncheckedIOException("The case-law index under " + home.index("cases") + " cannot be opened: " + e.getMessage(), e);
            }
        }
        return index;
    }

    @Override
    public synchronized void destroy() throws IOException {
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
