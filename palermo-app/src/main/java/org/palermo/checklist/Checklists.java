package org.palermo.checklist;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.system.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The checklists and their versions. A new version is imported as a file ({@link ChecklistFile}); its
 * measures keep their identity when their key stays (or a row names its {@code previous_key}), whatever
 * their new wording, so answers of rounds worded differently still compare measure by measure.
 */
@Service
public class Checklists {

    public static final String FRAMEWORK = "framework-for-action";

    public record Version(long id, int ordinal, String label, int items, @JsonProperty("file_name") String fileName,
                          @JsonProperty("imported_by") String importedBy, @JsonProperty("imported_at") Instant importedAt) {
    }

    public record Checklist(String id, String title, String description, List<Version> versions) {
        public Version latest() {
            return versions.get(versions.size() - 1);
        }
    }

    /**
     * A measure as one version words it. {@code changedFrom} is the wording of the version before when it
     * differs (null when the same or when the measure is new); {@code previousKey} the key it had there if
     * renumbered.
     */
    public record Item(@JsonProperty("measure_id") long measureId, String key, int position,
                       @JsonProperty("group") String groupCode, @JsonProperty("group_name") String groupName, Pillar pillar,
                       String addressee, String wording, String source,
                       @JsonProperty("previous_key") String previousKey, @JsonProperty("changed_from") String changedFrom) {
        public boolean answerable() {
            return "STATES".equals(addressee);
        }
    }

    /** What importing one file did: a new version, or nothing because that very file was imported before. */
    public record Imported(String file, String checklist, String version, int ordinal, int measures,
                           @JsonProperty("new_measures") int newMeasures, @JsonProperty("reworded") int reworded,
                           @JsonProperty("renumbered") int renumbered, @JsonProperty("retired") int retired,
                           @JsonProperty("already_imported") boolean alreadyImported) {
    }

    private final JdbcClient jdbc;
    private final Audit audit;
    private final TransactionTemplate tx;

    Checklists(JdbcClient jdbc, Audit audit, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = tx;
    }

    public List<Checklist> list() {
        List<String> ids = jdbc.sql("select id from checklist order by id = :f desc, id").param("f", FRAMEWORK)
                .query(String.class).list();
        return ids.stream().map(this::get).filter(c -> !c.versions().isEmpty()).toList();
    }

    public Checklist get(String id) {
        record Head(String title, String description) {
        }
        Head head = jdbc.sql("select title, description from checklist where id = :id").param("id", id)
                .query((rs, i) -> new Head(rs.getString(1), rs.getString(2))).optional()
                .orElseThrow(() -> new NotFoundException("No checklist '" + id + "'"));
        List<Version> versions = jdbc.sql("""
                        select id, ordinal, label, items, file_name, imported_by, imported_at
                        from checklist_version where checklist_id = :id order by ordinal""")
                .param("id", id)
                .query((rs, i) -> new Version(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
        return new Checklist(id, head.title(), head.description(), versions);
    }

    /** The measures of one version, in their order, each with how it changed since the version before. */
    public List<Item> items(long versionId) {
        return jdbc.sql("""
                        select i.measure_id, i.key, i.position, i.group_code, i.group_name, i.pillar, i.addressee, i.wording,
                               i.source, p.key, p.wording
                        from checklist_item i
                        join checklist_version v on v.id = i.version_id
                        left join checklist_version pv on pv.checklist_id = v.checklist_id and pv.ordinal = v.ordinal - 1
                        left join checklist_item p on p.version_id = pv.id and p.measure_id = i.measure_id
                        where i.version_id = :v order by i.position""")
                .param("v", versionId)
                .query((rs, i) -> new Item(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        Pillar.parse(rs.getString(6)).orElse(null), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getString(10) != null && !rs.getString(10).equals(rs.getString(2)) ? rs.getString(10) : null,
                        rs.getString(11) != null && !rs.getString(11).equals(rs.getString(8)) ? rs.getString(11) : null))
                .list();
    }

    public Version version(String checklistId, String label) {
        Checklist c = get(checklistId);
        if (label == null || label.isBlank()) {
            if (c.versions().isEmpty()) {
                throw new NotFoundException("Checklist '" + checklistId + "' has no version yet");
            }
            return c.latest();
        }
        return c.versions().stream().filter(v -> v.label().equals(label.strip())).findFirst()
                .orElseThrow(() -> new NotFoundException("Checklist '" + checklistId + "' has no version '" + label + "'"));
    }

    /** A measure of a checklist's latest version by key, if there is one. */
    public Optional<Item> latestItem(String checklistId, String key) {
        Checklist c = get(checklistId);
        if (c.versions().isEmpty() || key == null) {
            return Optional.empty();
        }
        return items(c.latest().id()).stream().filter(i -> i.key().equalsIgnoreCase(key.strip())).findFirst();
    }

    /** The latest wording of a measure identity, whichever version it was last worded in. */
    public Optional<Item> latestWording(long measureId) {
        return jdbc.sql("""
                        select i.version_id from checklist_item i join checklist_version v on v.id = i.version_id
                        where i.measure_id = :m order by v.ordinal desc limit 1""")
                .param("m", measureId).query(Long.class).optional()
                .flatMap(v -> items(v).stream().filter(i -> i.measureId() == measureId).findFirst());
    }

    /**
     * Imports one version file in one transaction with its audit row. {@code title} names a checklist the file
     * creates (ignored for an existing one). The same file twice changes nothing; another file with a label
     * already used is refused.
     */
    public Imported importVersion(String fileName, byte[] content, String title) {
        ChecklistFile file = ChecklistFile.read(fileName, content);
        String sha = sha256(content);
        return tx.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('checklist:' || :c))").param("c", file.checklistId()).query(Object.class).single();
            boolean exists = jdbc.sql("select exists (select 1 from checklist where id = :id)").param("id", file.checklistId())
                    .query(Boolean.class).single();
            if (!exists) {
                jdbc.sql("insert into checklist (id, title) values (:id, :t)").param("id", file.checklistId())
                        .param("t", title == null || title.isBlank() ? file.checklistId() : title.strip()).update();
            }
            record Earlier(int ordinal, String sha) {
            }
            Optional<Earlier> same = jdbc.sql("select ordinal, content_sha256 from checklist_version where checklist_id = :c and label = :l")
                    .param("c", file.checklistId()).param("l", file.label())
                    .query((rs, i) -> new Earlier(rs.getInt(1), rs.getString(2))).optional();
            if (same.isPresent()) {
                if (sha.equals(same.get().sha())) {
                    return new Imported(fileName, file.checklistId(), file.label(), same.get().ordinal(), file.lines().size(),
                            0, 0, 0, 0, true);
                }
                throw new ChecklistFileRejected(List.of(new ImportProblem(fileName, file.lines().get(0).line(), "version",
                        "checklist '" + file.checklistId() + "' already has a version '" + file.label()
                                + "' with other content: give the new version its own label")));
            }
            Checklist checklist = get(file.checklistId());
            Map<String, Item> before = new HashMap<>();
            if (!checklist.versions().isEmpty()) {
                items(checklist.latest().id()).forEach(i -> before.put(i.key(), i));
            }
            List<ImportProblem> problems = new ArrayList<>();
            Map<Long, Integer> claimed = new HashMap<>();
            Map<ChecklistFile.Line, Item> identities = new LinkedHashMap<>();
            for (ChecklistFile.Line line : file.lines()) {
                Item earlier;
                if (line.previousKey() != null) {
                    earlier = before.get(line.previousKey());
                    if (earlier == null) {
                        problems.add(new ImportProblem(fileName, line.line(), "previous_key", "'" + line.previousKey()
                                + "' is not a key of the latest version" + (checklist.versions().isEmpty() ? " (there is none yet)"
                                : " ('" + checklist.latest().label() + "')")));
                        continue;
                    }
                } else {
                    earlier = before.get(line.key());
                }
                if (earlier != null) {
                    Integer other = claimed.putIfAbsent(earlier.measureId(), line.line());
                    if (other != null) {
                        problems.add(new ImportProblem(fileName, line.line(), line.previousKey() != null ? "previous_key" : "key",
                                "measure '" + earlier.key() + "' of the latest version is already continued on line " + other));
                        continue;
                    }
                }
                identities.put(line, earlier);
            }
            if (!problems.isEmpty()) {
                throw new ChecklistFileRejected(problems);
            }
            int ordinal = checklist.versions().size() + 1;
            long versionId = jdbc.sql("""
                            insert into checklist_version (checklist_id, ordinal, label, file_name, content_sha256, items, imported_by)
                            values (:c, :o, :l, :f, :s, :n, :by) returning id""")
                    .param("c", file.checklistId()).param("o", ordinal).param("l", file.label()).param("f", fileName)
                    .param("s", sha).param("n", file.lines().size()).param("by", Actors.currentName())
                    .query(Long.class).single();
            int added = 0;
            int reworded = 0;
            int renumbered = 0;
            int position = 0;
            for (var e : identities.entrySet()) {
                ChecklistFile.Line line = e.getKey();
                Item earlier = e.getValue();
                long measure;
                if (earlier == null) {
                    measure = jdbc.sql("insert into checklist_measure (checklist_id) values (:c) returning id")
                            .param("c", file.checklistId()).query(Long.class).single();
                    added++;
                } else {
                    measure = earlier.measureId();
                    reworded += earlier.wording().equals(line.wording()) ? 0 : 1;
                    renumbered += earlier.key().equals(line.key()) ? 0 : 1;
                }
                jdbc.sql("""
                                insert into checklist_item (version_id, measure_id, key, position, group_code, group_name, pillar,
                                                            addressee, wording, source)
                                values (:v, :m, :k, :p, :g, :gn, :pi, :a, :w, :s)""")
                        .param("v", versionId).param("m", measure).param("k", line.key()).param("p", ++position)
                        .param("g", line.groupCode()).param("gn", line.groupName())
                        .param("pi", line.pillar() == null ? null : line.pillar().name())
                        .param("a", line.addressee()).param("w", line.wording()).param("s", line.source())
                        .update();
            }
            int retired = before.size() - claimed.size();
            Imported result = new Imported(fileName, file.checklistId(), file.label(), ordinal, file.lines().size(), added,
                    reworded, renumbered, retired, false);
            audit.record("checklist.version_imported", "checklist:" + file.checklistId() + "/" + file.label(), null, result);
            return result;
        });
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
