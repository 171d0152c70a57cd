package org.palermo.assistance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Organisations met while saving projects, found by IATI reference first, else by folded name, and created
 * when new: one lookup of the whole table per save instead of one query per participant.
 */
final class OrgDirectory {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Map<String, Long> byRef = new HashMap<>();
    private final Map<String, Long> byKey = new HashMap<>();

    OrgDirectory(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
        load();
    }

    /**
     * Creates, in one batch, the organisations none of which is known by reference or name yet, so that a large
     * import does not insert them one by one.
     */
    void prepare(List<Project.Participant> participants) {
        Map<String, Project.Participant> missing = new LinkedHashMap<>();
        for (Project.Participant p : participants) {
            String ref = p.ref() == null || p.ref().isBlank() ? null : p.ref().strip();
            String key = OrgNames.key(p.name());
            if ((ref == null || !byRef.containsKey(ref)) && !byKey.containsKey(key)
                    && (ref == null || missing.values().stream().noneMatch(m -> ref.equals(m.ref())))) {
                missing.putIfAbsent(key, new Project.Participant(p.name().strip(), ref, p.type(), p.role()));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<MapSqlParameterSource> rows = new ArrayList<>();
        missing.forEach((key, p) -> rows.add(new MapSqlParameterSource().addValue("n", p.name()).addValue("ref", p.ref())
                .addValue("t", p.type()).addValue("k", key)));
        named.batchUpdate("insert into assistance_org (name, ref, type, name_key) values (:n, :ref, :t, :k) on conflict do nothing",
                rows.toArray(MapSqlParameterSource[]::new));
        load();
    }

    private void load() {
        byRef.clear();
        byKey.clear();
        jdbc.sql("select id, ref, name_key from assistance_org").query(rs -> {
            if (rs.getString(2) != null) {
                byRef.put(rs.getString(2), rs.getLong(1));
            }
            byKey.put(rs.getString(3), rs.getLong(1));
        });
    }

    long resolve(Project.Participant p) {
        String ref = p.ref() == null || p.ref().isBlank() ? null : p.ref().strip();
        String key = OrgNames.key(p.name());
        Long id = ref != null ? byRef.get(ref) : null;
        if (id == null) {
            id = byKey.get(key);
            if (id != null && ref != null) {
                // a name known without a reference learns it; a name known under another reference stays apart
                boolean free = jdbc.sql("update assistance_org set ref = :ref where id = :id and ref is null")
                        .param("ref", ref).param("id", id).update() == 1;
                if (free) {
                    byRef.put(ref, id);
                } else {
                    id = null;
                }
            }
        }
        if (id == null) {
            String uniqueKey = byKey.containsKey(key) ? key + " #" + ref : key;
            id = jdbc.sql("insert into assistance_org (name, ref, type, name_key) values (:n, :ref, :t, :k) returning id")
                    .param("n", p.name().strip()).param("ref", ref).param("t", p.type()).param("k", uniqueKey)
                    .query(Long.class).single();
            byKey.putIfAbsent(key, id);
            if (ref != null) {
                byRef.put(ref, id);
            }
        } else if (p.type() != null) {
            jdbc.sql("update assistance_org set type = :t where id = :id and type is null").param("t", p.type()).param("id", id).update();
        }
        return id;
    }
}
