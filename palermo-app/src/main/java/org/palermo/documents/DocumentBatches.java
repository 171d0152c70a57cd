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
 * elsewhere: the batch is copied into staging tables with PostgreSQL's COPY and merged with a few set-based
 * statements — new sources, new documents, their paragraphs — in the caller's transaction, with one audit
 * row for the batch. A document is identified by its content hash, as in {@link Documents#ingest}: one whose
 * content is already stored is not stored again and keeps its source. No {@link DocumentIngested} event is
 * published: the caller brings the facts.
 */
@Service
public class DocumentBatches {

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
        if (d.sha256() == null || !d.sha256().matches("[0-9a-f]{64}")) {
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
     * two keys with the same content are one document.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredBatch store(List<NewDocument> documents) {
        if (documents.isEmpty()) {
            return new StoredBatch(Map.of(), 0, 0);
        }
        Map<String, String> firstKeyByHash = new LinkedHashMap<>();
        Set<String> keys = new HashSet<>();
        for (NewDocument d : documents) {
            check(d);
            if (!keys.add(d.key())) {
                throw new InvalidInputException("id", "document '" + d.key() + "' is given twice in one batch");
            }
            firstKeyByHash.putIfAbsent(d.sha256(), d.key());
        }
        jdbc.sql("""
                create temporary table if not exists document_stage (
                    key text, position integer, sha char(64), source_name text, source_type text, publisher text,
                    published text, reliability char(1), url text, title text, file_name text, media_type text,
                    plain_text text, country char(3)) on commit drop""").update();
        jdbc.sql("""
                create temporary table if not exists paragraph_stage (
                    key text, idx integer, number text, anchor text, start_offset integer, end_offset integer) on commit drop""").update();
        jdbc.sql("truncate document_stage, paragraph_stage").update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            copyDocuments(connection, documents, firstKeyByHash);
            copyParagraphs(connection, documents, firstKeyByHash);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        jdbc.sql("analyze document_stage").update();
        List<String> newSources = jdbc.sql("""
                        insert into source (name, source_type, publisher, published, reliability, url)
                        select distinct on (source_name) source_name, source_type, publisher, published, reliability, url
                        from document_stage order by source_name, position
                        on conflict (name) do nothing returning name""")
                .query(String.class).list();
        Set<Long> created = new HashSet<>(jdbc.sql("""
                        with added as (
                            insert into document (source_id, title, file_name, media_type, content_sha256, plain_text, country, ingested_by)
                            select s.id, d.title, d.file_name, d.media_type, d.sha, d.plain_text, d.country, :by
                            from document_stage d join source s on s.name = d.source_name
                            order by d.position
                            on conflict (content_sha256) do nothing returning id, content_sha256),
                        paragraphs as (
                            insert into paragraph (document_id, idx, number, anchor, start_offset, end_offset)
                            select a.id, p.idx, p.number, p.anchor, p.start_offset, p.end_offset
                            from added a join document_stage d on d.sha = a.content_sha256 join paragraph_stage p on p.key = d.key)
                        select id from added""")
                .param("by", Actors.currentName()).query(Long.class).list());
        Map<String, StoredDocument> byHash = new HashMap<>();
        jdbc.sql("""
                        select d.sha, doc.id, doc.source_id, s.source_type
                        from document_stage d join document doc on doc.content_sha256 = d.sha join source s on s.id = doc.source_id""")
                .query(rs -> {
                    long id = rs.getLong(2);
                    byHash.put(rs.getString(1), new StoredDocument(id, rs.getLong(3), SourceType.valueOf(rs.getString(4)),
                            created.contains(id)));
                });
        Map<String, StoredDocument> byKey = new LinkedHashMap<>();
        for (NewDocument d : documents) {
            StoredDocument s = byHash.get(d.sha256());
            byKey.put(d.key(), s.created() && !firstKeyByHash.get(d.sha256()).equals(d.key())
                    ? new StoredDocument(s.id(), s.sourceId(), s.sourceType(), false) : s);
        }
        if (created.isEmpty() && newSources.isEmpty()) {
            return new StoredBatch(byKey, 0, 0); // nothing written, nothing to audit: a repeated import changes nothing
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("documents", documents.size());
        after.put("created", created.size());
        after.put("unchanged", documents.size() - created.size());
        after.put("first_id", created.stream().min(Long::compare).orElse(null));
        after.put("last_id", created.stream().max(Long::compare).orElse(null));
        after.put("sources_created", newSources.size());
        after.put("source_names", newSources.size() <= 50 ? newSources : newSources.subList(0, 50));
        audit.record("documents.import", "documents", null, after);
        return new StoredBatch(byKey, created.size(), newSources.size());
    }

    private static void copyDocuments(Connection connection, List<NewDocument> documents, Map<String, String> firstKeyByHash) {
        try (CopyRows rows = CopyRows.start(connection, """
                copy document_stage (key, position, sha, source_name, source_type, publisher, published, reliability, url, title,
                                     file_name, media_type, plain_text, country) from stdin""")) {
            int position = 0;
            for (NewDocument d : documents) {
                if (!firstKeyByHash.get(d.sha256()).equals(d.key())) {
                    continue;
                }
                Sources.NewSource s = d.source();
                String fileName = Documents.cleanFileName(d.fileName());
                String title = d.title() == null || d.title().isBlank() ? Documents.titleOfText(d.text(), fileName)
                        : Documents.shorten(d.title().strip());
                rows.text(d.key()).number(position++).text(d.sha256()).text(s.name().strip()).text(s.type().name())
                        .text(s.publisher()).text(s.published()).text(s.reliability()).text(s.url()).text(title).text(fileName)
                        .text(d.mediaType() == null ? "text/plain" : d.mediaType()).text(d.text())
                        .text(d.country() == null ? null : d.country().toUpperCase(Locale.ROOT));
                rows.endRow();
            }
            rows.finish();
        }
    }

    private static void copyParagraphs(Connection connection, List<NewDocument> documents, Map<String, String> firstKeyByHash) {
        try (CopyRows rows = CopyRows.start(connection,
                "copy paragraph_stage (key, idx, number, anchor, start_offset, end_offset) from stdin")) {
            for (NewDocument d : documents) {
                if (!firstKeyByHash.get(d.sha256()).equals(d.key())) {
                    continue;
                }
                List<Paragraph> paragraphs = new ArrayList<>(Paragraphs.split(d.text()));
                for (Paragraph p : paragraphs) {
                    rows.text(d.key()).number(p.index()).text(p.number()).text(p.anchor()).number(p.start()).number(p.end());
                    rows.endRow();
                }
            }
            rows.finish();
        }
    }
}
