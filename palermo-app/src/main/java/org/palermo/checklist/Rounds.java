package org.palermo.checklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.system.ConflictException;
import org.palermo.system.InvalidInputException;
import org.palermo.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, publishing and closing reporting rounds (analysts and administrators; the access table says so). */
@Service
public class Rounds {

    static final String COLUMNS = """
            r.id, r.checklist_id, r.version_id, v.label, r.name, r.opened_at, r.opened_by, r.published_at, r.closed_at""";

    private final JdbcClient jdbc;
    private final Checklists checklists;
    private final Audit audit;

    Rounds(JdbcClient jdbc, Checklists checklists, Audit audit) {
        this.jdbc = jdbc;
        this.checklists = checklists;
        this.audit = audit;
    }

    static Round read(ResultSet rs) throws SQLException {
        return new Round(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                instant(rs.getTimestamp(6)), rs.getString(7), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    public Round get(long id) {
        return jdbc.sql("select " + COLUMNS + " from checklist_round r join checklist_version v on v.id = r.version_id where r.id = :id")
                .param("id", id).query((rs, i) -> read(rs)).optional()
                .orElseThrow(() -> new NotFoundException("No checklist round with id " + id));
    }

    /** A round as the current reader may see it: an unpublished round is not found for the public. */
    Round visible(long id, Visibility v) {
        Round r = get(id);
        if (!r.published() && !v.seesUnpublishedRounds()) {
            throw new NotFoundException("No checklist round with id " + id);
        }
        return r;
    }

    /** A checklist's rounds, oldest first, as the reader may see them. */
    List<Round> list(String checklistId, Visibility v) {
        return jdbc.sql("select " + COLUMNS + """
                         from checklist_round r join checklist_version v on v.id = r.version_id
                        where r.checklist_id = :c and (r.published_at is not null or :unpublished)
                        order by r.opened_at, r.id""")
                .param("c", checklistId).param("unpublished", v.seesUnpublishedRounds())
                .query((rs, i) -> read(rs)).list();
    }

    /** A new round worded by the checklist's latest version. */
    @Transactional
    public Round open(String checklistId, String name) {
        if (checklistId == null || checklistId.isBlank()) {
            throw new InvalidInputException("checklist", "checklist is required (e.g. " + Checklists.FRAMEWORK + ")");
        }
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            throw new InvalidInputException("name", "a round needs a name of 1 to 60 characters (e.g. 2026)");
        }
        Checklists.Checklist c = checklists.get(checklistId.strip());
        if (c.versions().isEmpty()) {
            throw new ConflictException("Checklist '" + c.id() + "' has no version to answer yet");
        }
        boolean taken = jdbc.sql("select exists (select 1 from checklist_round where checklist_id = :c and name = :n)")
                .param("c", c.id()).param("n", name.strip()).query(Boolean.class).single();
        if (taken) {
            throw new ConflictException("Checklist '" + c.id() + "' already has a round named '" + name.strip() + "'");
        }
        long id = jdbc.sql("insert into checklist_round (checklist_id, version_id, name, opened_by) values (:c, :v, :n, :by) returning id")
                .param("c", c.id()).param("v", c.latest().id()).param("n", name.strip()).param("by", Actors.currentName())
                .query(Long.class).single();
        Round r = get(id);
        audit.record("checklist.round_opened", target(r), null, Map.of("name", r.name(), "version", r.versionLabel()));
        return r;
    }

    @Transactional
    public Round publish(long id) {
        Round r = get(id);
        if (r.published()) {
            throw new ConflictException("Round '" + r.name() + "' is already published");
        }
        jdbc.sql("update checklist_round set published_at = now(), published_by = :by where id = :id")
                .param("by", Actors.currentName()).param("id", id).update();
        audit.record("checklist.round_published", target(r), Map.of("status", r.status()), Map.of("status", "PUBLISHED"));
        return get(id);
    }

    @Transactional
    public Round close(long id) {
        Round r = get(id);
        if (r.closed()) {
            throw new ConflictException("Round '" + r.name() + "' is already closed");
        }
        jdbc.sql("update checklist_round set closed_at = now(), closed_by = :by where id = :id")
                .param("by", Actors.currentName()).param("id", id).update();
        audit.record("checklist.round_closed", target(r), Map.of("status", r.status()), Map.of("status", "CLOSED"));
        return get(id);
    }

    static String target(Round r) {
        return "checklist-round:" + r.id() + " (" + r.checklist() + " " + r.name() + ")";
    }
}
