package org.palermo.documents;

import java.util.List;
import java.util.Optional;

import org.palermo.accounts.Audit;
import org.palermo.system.InvalidInputException;
import org.palermo.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The source registry: publishers and reports that documents, facts and flows are attributed to. */
@Service
public class Sources {

    private final JdbcClient jdbc;
    private final Audit audit;

    Sources(JdbcClient jdbc, Audit audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A new source to register. */
    public record NewSource(String name, SourceType type, String publisher, String published, String reliability, String url) {
    }

    @Transactional
    public Source register(NewSource s) {
        if (s.name() == null || s.name().isBlank()) {
            throw new InvalidInputException("name", "A source needs a name");
        }
        if (s.type() == null) {
            throw new InvalidInputException("source_type", "A source needs a type");
        }
        if (s.reliability() != null && !s.reliability().matches("[A-E]")) {
            throw new InvalidInputException("reliability", "Reliability is a grade from A (most reliable) to E");
        }
        long id = insert(s).orElseThrow(() -> new InvalidInputException("name", "A source named '" + s.name() + "' already exists"));
        return get(id);
    }

    /**
     * The source of this name, registered now if there is none. Two uploads naming the same new source at once
     * both miss it; the second insert then waits for the first and, once it has committed, stores nothing: the
     * source is read again (before, the second upload was refused as a duplicate source).
     */
    @Transactional
    public Source findOrRegister(String name, SourceType type) {
        Optional<Source> known = byName(name);
        if (known.isPresent()) {
            return known.get();
        }
        Optional<Long> id = insert(new NewSource(name, type, null, null, null, null));
        if (id.isPresent()) {
            return get(id.get());
        }
        return byName(name).orElseThrow(() -> new IllegalStateException(
                "the source '" + name + "' was registered and removed while this upload was stored; try again"));
    }

    /** The new source's id, audited; empty when a source of that name exists (or has just been committed). */
    private Optional<Long> insert(NewSource s) {
        Optional<Long> id = jdbc.sql("""
                        insert into source (name, source_type, publisher, published, reliability, url)
                        values (:n, :t, :p, :d, :r, :u)
                        on conflict (name) do nothing returning id""")
                .param("n", s.name().strip()).param("t", s.type().name()).param("p", s.publisher())
                .param("d", s.published()).param("r", s.reliability()).param("u", s.url())
                .query(Long.class).optional();
        id.ifPresent(i -> audit.record("source.register", "source:" + i, null, s));
        return id;
    }

    public Optional<Source> byName(String name) {
        return jdbc.sql("select id, name, source_type, publisher, published, reliability, url from source where name = :n")
                .param("n", name.strip()).query(Sources::map).optional();
    }

    public Source get(long id) {
        return jdbc.sql("select id, name, source_type, publisher, published, reliability, url from source where id = :id")
                .param("id", id).query(Sources::map).optional()
                .orElseThrow(() -> new NotFoundException("No source with id " + id));
    }

    public List<Source> all() {
        return jdbc.sql("select id, name, source_type, publisher, published, reliability, url from source order by name")
                .query(Sources::map).list();
    }

    private static Source map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Source(rs.getLong(1), rs.getString(2), SourceType.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7));
    }
}
