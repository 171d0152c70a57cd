package org.palermo.documents;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.reference.Countries;
import org.palermo.system.CopyRows;
import org.palermo.system.InvalidInputException;
import org.palermo.text.Paragraph;
import org.palermo.text.Paragraphs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents stored many at a time, for bulk imports whose text was read (and whose facts were extracted)
 * elsewhere: one look-up of the content hashes, one statement for the new sources, then the new documents and
 * their paragraphs copied straight into their tables with PostgreSQL's COPY — in the caller's transaction, with
 * one audit row for the batch. A document is identified by its content hash, as in {@link Documents#ingest}: one whose
 * content is already stored is not stored again and keeps its source. No {@link DocumentIngested} event is
 * published: the caller brings the facts.
 */
@Service
public class DocumentBatches {

    private static final java.util.regex.Pattern SHA256 = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Audit audit;

    DocumentBatches(JdbcClient jdbc, DataSource dataSource, Audit audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /** A stored document: its id, its source (the one it was first stored under) and whether this batch created it. */
    public record StoredDocument(long id, long sourceId, SourceType sourceType, boolean created) {
    }

    /** What a batch did: each key's document, how many documents and sources are new. */
    public record StoredBatch(Map<String, StoredDocument> byKey, int documentsCreated, int sourcesCreated) {
    }

    /** The title a document without one gets: its first line that reads like a title, else its file name. */
    public static String title(String text, String fileName) {
        return Documents.titleOfText(text, fileName);
    }

    /**
     * Checks a document before it joins a batch, so that one bad document is reported alone and never fails
     * the batch it would have joined.
     *
     * @throws InvalidInputException naming the field that is wrong
     */
    public static void check(NewDocument d) {
        if (d.key() == null || d.key().isBlank()) {
            throw new InvalidInputException("id", "a document needs an id");
        }
        if (d.text() == null || d.text().isBlank()) {
            throw new InvalidInputException("text", "document '" + d.key() + "' has no text");
        }
        if (d.text().indexOf('\u0000') >= 0) {
            throw new InvalidInputException("text", "document '" + d.key() + "' contains NUL characters, which cannot be stored");
        }
        if (d.sha256() == null || !SHA256.matcher(d.sha256()).matches()) {
            throw new InvalidInputException("sha256", "document '" + d.key() + "' has no content hash");
        }
        if (d.country() != null && !Countries.bundled().isKnown(d.country())) {
            throw new InvalidInputException("country", "document '" + d.key() + "': unknown ISO 3166-1 alpha-3 code '" + d.country() + "'");
        }
        Sources.NewSource s = d.source();
        if (s == null || s.name() == null || s.name().isBlank() || s.type() == null) {
            throw new InvalidInputException("source", "document '" + d.key() + "' needs a source with a name and a type");
        }
        if (s.reliability() != null && !s.reliability().matches("[A-E]")) {
            throw new InvalidInputException("reliability", "Reliability is a grade from A (most reliable) to E");
        }
        Documents.cleanFileName(d.fileName());
    }

    /**
     * Stores a batch in the caller's transaction (it must run in one). Keys are unique within the batch;
     * two keys with the same content are one document. The documents not stored yet get their ids from the
     * sequence and are copied straight into the document and paragraph tables; should another process store
     * the same content meanwhile, the unique content hash fails the batch (DuplicateKeyException), and the
     * caller may simply store it again.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredBatch store(List<NewDocument> documents) {
        if (documents.isEmpty()) {
            return new StoredBatch(Map.of(), 0, 0);
        }
        Map<String, NewDocument> firstByHash = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (NewDocument d : documents) {
            check(d);
            if (!keys.add(d.key())) {
                throw new InvalidInputException("id", "document '" + d.key() + "' is given twice in one batch");
            }
            firstByHash.putIfAbsent(d.sha256(), d);
        }
        Map<String, StoredDocument> byHash = new HashMap<>();
        // the hashes as char(64), the column's type: compared as text, the unique index cannot serve, and every batch
        // read the whole document table (a million-document import spent most of its time there)
        jdbc.sql("""
                        select d.content_sha256, d.id, d.source_id, s.source_type
                        from document d join source s on s.id = d.source_id where d.content_sha256 = any(cast(:hashes as bpchar[]))""")
                .param("hashes", firstByHash.keySet().toArray(String[]::new))
                .query(rs -> {
                    byHash.put(rs.getString(1), new StoredDocument(rs.getLong(2), rs.getLong(3), SourceType.valueOf(rs.getString(4)), false));
                });
        List<NewDocument> fresh = firstByHash.values().stream().filter(d -> !byHash.containsKey(d.sha256())).toList();
        List<String> newSources = List.of();
        if (!fresh.isEmpty()) {
            Map<String, Sources.NewSource> sourcesByName = new LinkedHashMap<>();
            fresh.forEach(d -> sourcesByName.putIfAbsent(d.source().name().strip(), d.source()));
            Map<String, Long> sourceIds = new HashMap<>();
            Map<Long, SourceType> sourceTypes = new HashMap<>();
            findSources(sourcesByName.keySet(), sourceIds, sourceTypes);
            // Only names not registered yet are inserted: any insert into source, even one that inserts nothing, bumps the
            // analyses' data version (V40), whose one row each writing transaction then holds until it commits — two
            // batches stored at once (a bulk import's writers) each waited for the other's whole transaction there.
            Map<String, Sources.NewSource> unknown = new LinkedHashMap<>(sourcesByName);
            unknown.keySet().removeAll(sourceIds.keySet());
            if (!unknown.isEmpty()) {
                newSources = registerSources(unknown);
                findSources(unknown.keySet(), sourceIds, sourceTypes);
            }
            List<Long> ids = jdbc.sql("select nextval('document_id_seq') from generate_series(1, :n)").param("n", fresh.size())
                    .query(Long.class).list();
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                copyDocuments(connection, fresh, ids, sourceIds);
                copyParagraphs(connection, fresh, ids);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            for (int i = 0; i < fresh.size(); i++) {
                long sourceId = sourceIds.get(fresh.get(i).source().name().strip());
                byHash.put(fresh.get(i).sha256(), new StoredDocument(ids.get(i), sourceId, sourceTypes.get(sourceId), true));
            }
        }
        Map<String, StoredDocument> byKey = new LinkedHashMap<>();
        for (NewDocument d : documents) {
            StoredDocument s = byHash.get(d.sha256());
            byKey.put(d.key(), s.created() && firstByHash.get(d.sha256()) != d
                    ? new StoredDocument(s.id(), s.sourceId(), s.sourceType(), false) : s);
        }
        if (fresh.isEmpty() && newSources.isEmpty()) {
            return new StoredBatch(byKey, 0, 0); // nothing written, nothing to audit: a repeated import changes nothing
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("documents", documents.size());
        after.put("created", fresh.size());
        after.put("unchanged", documents.size() - fresh.size());
        after.put("first_id", fresh.isEmpty() ? null : byHash.get(fresh.get(0).sha256()).id());
        after.put("last_id", fresh.isEmpty() ? null : byHash.get(fresh.get(fresh.size() - 1).sha256()).id());
        after.put("sources_created", newSources.size());
        after.put("source_names", newSources.size() <= 50 ? newSources : newSources.subList(0, 50));
        audit.record("documents.import", "documents", null, after);
        return new StoredBatch(byKey, fresh.size(), newSources.size());
    }

    private void findSources(Set<String> names, Map<String, Long> ids, Map<Long, SourceType> types) {
        jdbc.sql("select name, id, source_type from source where name = any(:names)")
                .param("names", names.toArray(String[]::new))
                .query(rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                    types.put(rs.getLong(2), SourceType.valueOf(rs.getString(3)));
                });
    }

    /** Registers the sources not registered yet (a name taken already keeps its source); returns the new names. */
    private List<String> registerSources(Map<String, Sources.NewSource> byName) {
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<String> publishers = new ArrayList<>();
        List<String> published = new ArrayList<>();
        List<String> reliabilities = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        byName.forEach((name, s) -> {
            names.add(name);
            types.add(s.type().name());
            publishers.add(s.publisher());
            published.add(s.published());
            reliabilities.add(s.reliability());
            urls.add(s.url());
        });
        // inserted in name order: two batches stored at once (a bulk import's writers) that bring some of the same new
        // names then take their locks in the same order, and the second waits for the first instead of deadlocking
        return jdbc.sql("""
                        insert into source (name, source_type, publisher, published, reliability, url)
                        select n, t, p, d, r, u from unnest(:names, :types, :publishers, :published, :reliabilities, :urls)
                            as x(n, t, p, d, r, u)
                        order by n
                        on conflict (name) do nothing returning name""")
                .param("names", names.toArray(String[]::new)).param("types", types.toArray(String[]::new))
                .param("publishers", publishers.toArray(String[]::new)).param("published", published.toArray(String[]::new))
                .param("reliabilities", reliabilities.toArray(String[]::new)).param("urls", urls.toArray(String[]::new))
                .query(String.class).list();
    }

    private static void copyDocuments(Connection connection, List<NewDocument> documents, List<Long> ids, Map<String, Long> sourceIds) {
        String by = Actors.currentName();
        try (CopyRows rows = CopyRows.start(connection, """
                copy document (id, source_id, title, file_name, media_type, content_sha256, plain_text, country, ingested_by)
                from stdin""")) {
            for (int i = 0; i < documents.size(); i++) {
                NewDocument d = documents.get(i);
                String fileName = Documents.cleanFileName(d.fileName());
                String title = d.title() == null || d.title().isBlank() ? Documents.titleOfText(d.text(), fileName)
                        : Documents.shorten(d.title().strip());
                rows.number(ids.get(i)).number(sourceIds.get(d.source().name().strip())).text(title).text(fileName)
                        .text(d.mediaType() == null ? "text/plain" : d.mediaType()).text(d.sha256()).text(d.text())
                        .text(d.country() == null ? null : d.country().toUpperCase(Locale.ROOT)).text(by);
                rows.endRow();
            }
            rows.finish();
        }
    }

    private static void copyParagraphs(Connection connection, List<NewDocument> documents, List<Long> ids) {
        try (CopyRows rows = CopyRows.start(connection,
                "copy paragraph (document_id, idx, number, anchor, start_offset, end_offset) from stdin")) {
            for (int i = 0; i < documents.size(); i++) {
                for (Paragraph p : Paragraphs.split(documents.get(i).text())) {
                    rows.number(ids.get(i)).number(p.index()).text(p.number()).text(p.anchor()).number(p.start()).number(p.end());
                    rows.endRow();
                }
            }
            rows.finish();
        }
    }
}
