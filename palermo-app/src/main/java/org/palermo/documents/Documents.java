package org.palermo.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.palermo.accounts.Audit;
import org.palermo.reference.Countries;
import org.palermo.system.InvalidInputException;
import org.palermo.system.NotFoundException;
import org.palermo.text.Paragraph;
import org.palermo.text.Paragraphs;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents and their plain text. Ingesting is one transaction per file: the document, its
 * paragraphs, its audit row and whatever downstream listeners write for it land together, or a
 * failure leaves nothing behind. The same content ingested again changes nothing.
 */
@Service
public class Documents {

    private final JdbcClient jdbc;
    private final Sources sources;
    private final Audit audit;
    private final ApplicationEventPublisher events;

    Documents(JdbcClient jdbc, Sources sources, Audit audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Reads and stores one file.
     *
     * @throws UnreadableDocumentException when the file cannot be turned into text (named, with the reason)
     */
    @Transactional(rollbackFor = Exception.class)
    public IngestResult ingest(Upload upload) throws UnreadableDocumentException {
        String fileName = cleanFileName(upload.fileName());
        if (upload.content() == null || upload.content().length == 0) {
            throw new UnreadableDocumentException(fileName, "the file is empty");
        }
        String country = checkCountry(upload.country());
        String hash = sha256(upload.content());
        Optional<IngestResult> existing = byHash(hash, fileName);
        if (existing.isPresent()) {
            return existing.get();
        }
        PlainText.Read read = PlainText.read(fileName, new java.io.ByteArrayInputStream(upload.content()));
        String text = read.text().replace("\u0000", "");
        if (text.isBlank()) {
            throw new UnreadableDocumentException(fileName, "the file holds no text");
        }
        List<Paragraph> paragraphs = Paragraphs.split(text);
        String title = titleOf(read, text, fileName);
        SourceType type = upload.sourceType() == null ? SourceType.INTERNATIONAL_ORGANISATION : upload.sourceType();
        Source source = sources.findOrRegister(upload.sourceName() == null ? title : upload.sourceName(), type);
        // Another upload of the same content may be storing it at this moment: the insert then waits for it and,
        // once it has committed, stores nothing, and this is a re-ingest. (Catching the unique violation instead
        // left the transaction aborted, so the look-up after it failed: a 500 under concurrent uploads.)
        Optional<Long> inserted = jdbc.sql("""
                        insert into document (source_id, title, file_name, media_type, content_sha256, plain_text, country, ingested_by)
                        values (:source, :title, :file, :media, :hash, :text, :country, :by)
                        on conflict (content_sha256) do nothing returning id""")
                .param("source", source.id()).param("title", title).param("file", fileName)
                .param("media", read.mediaType()).param("hash", hash).param("text", text)
                .param("country", country).param("by", org.palermo.accounts.Actors.currentName())
                .query(Long.class).optional();
        if (inserted.isEmpty()) {
            return byHash(hash, fileName).orElseThrow(() -> new IllegalStateException(
                    fileName + ": the same content was stored and removed while this upload was stored; try again"));
        }
        long id = inserted.get();
        // one statement for all paragraphs: the paragraph table checks its references once per statement
        jdbc.sql("""
                        insert into paragraph (document_id, idx, number, anchor, start_offset, end_offset)
                        select :d, i, n, a, s, e from unnest(:idx, :number, :anchor, :start, :end) as p(i, n, a, s, e)""")
                .param("d", id)
                .param("idx", paragraphs.stream().map(Paragraph::index).toArray(Integer[]::new))
                .param("number", paragraphs.stream().map(Paragraph::number).toArray(String[]::new))
                .param("anchor", paragraphs.stream().map(Paragraph::anchor).toArray(String[]::new))
                .param("start", paragraphs.stream().map(Paragraph::start).toArray(Integer[]::new))
                .param("end", paragraphs.stream().map(Paragraph::end).toArray(Integer[]::new))
                .update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file_name", fileName);
        after.put("title", title);
        after.put("sha256", hash);
        after.put("paragraphs", paragraphs.size());
        after.put("characters", text.length());
        audit.record("document.ingest", "document:" + id, null, after);
        events.publishEvent(new DocumentIngested(id, source.id(), source.type(), fileName, country));
        return new IngestResult(id, fileName, true, paragraphs.size());
    }

    private static final String SUMMARY_COLUMNS = """
            select d.id, d.title, d.file_name, s.source_type, s.name, d.country, length(d.plain_text), d.ingested_at,
                   (select count(*) from paragraph p where p.document_id = d.id) as paragraphs
            from document d join source s on s.id = d.source_id
            """;

    /** Every document, oldest first (the API's list). */
    public List<DocumentSummary> list() {
        return jdbc.sql(SUMMARY_COLUMNS + " order by d.id").query(Documents::summary).list();
    }

    /**
     * One page of the documents whose title, file name or source contains {@code words} (any case; blank: all),
     * of one source type (null: all), newest first. {@code page} counts from 1; a page past the end is empty.
     */
    public DocumentPage page(String words, SourceType type, int page, int size) {
        if (page < 1) {
            throw new InvalidInputException("page", "page must be 1 or more, not " + page);
        }
        String pattern = words == null || words.isBlank() ? null
                : "%" + words.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String where = " " + """
                where (cast(:pattern as text) is null or lower(d.title) like :pattern or lower(d.file_name) like :pattern
                        or lower(s.name) like :pattern)
                   and (cast(:type as text) is null or s.source_type = :type)""";
        String typeName = type == null ? null : type.name();
        int total = jdbc.sql("select count(*) from document d join source s on s.id = d.source_id" + where)
                .param("pattern", pattern).param("type", typeName).query(Integer.class).single();
        List<DocumentSummary> rows = jdbc.sql(SUMMARY_COLUMNS + where + " order by d.id desc limit :size offset :offset")
                .param("pattern", pattern).param("type", typeName)
                .param("size", size).param("offset", (long) (page - 1) * size)
                .query(Documents::summary).list();
        return new DocumentPage(rows, total, page, size);
    }

    private static DocumentSummary summary(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new DocumentSummary(rs.getLong(1), rs.getString(2), rs.getString(3),
                SourceType.valueOf(rs.getString(4)), rs.getInt(9), rs.getString(5), trim(rs.getString(6)),
                rs.getInt(7), rs.getTimestamp(8).toInstant());
    }

    public DocumentDetail get(long id) {
        record Row(long id, String title, String fileName, String mediaType, String country, String sha, long sourceId, String text) {
        }
        Row row = jdbc.sql("select id, title, file_name, media_type, country, content_sha256, source_id, plain_text from document where id = :id")
                .param("id", id)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        trim(rs.getString(5)), rs.getString(6), rs.getLong(7), rs.getString(8)))
                .optional().orElseThrow(() -> new NotFoundException("No document with id " + id));
        Source source = sources.get(row.sourceId());
        List<DocumentParagraph> paragraphs = jdbc.sql(
                        "select number, anchor, start_offset, end_offset from paragraph where document_id = :id order by idx")
                .param("id", id)
                .query((rs, i) -> new DocumentParagraph(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        row.text().substring(rs.getInt(3), rs.getInt(4))))
                .list();
        return new DocumentDetail(row.id(), row.title(), row.fileName(), source.type(), row.mediaType(), row.country(),
                row.sha(), source, paragraphs);
    }

    /** The stored plain text, into which every offset points. */
    public String plainText(long id) {
        return jdbc.sql("select plain_text from document where id = :id").param("id", id).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("No document with id " + id));
    }

    public int count() {
        return jdbc.sql("select count(*) from document").query(Integer.class).single();
    }

    private Optional<IngestResult> byHash(String hash, String fileName) {
        return jdbc.sql("select d.id, (select count(*) from paragraph p where p.document_id = d.id) from document d where content_sha256 = :h")
                .param("h", hash)
                .query((rs, i) -> new IngestResult(rs.getLong(1), fileName, false, rs.getInt(2)))
                .optional();
    }

    private static String checkCountry(String country) {
        if (country == null || country.isBlank()) {
            return null;
        }
        String iso3 = country.strip().toUpperCase(Locale.ROOT);
        if (!Countries.bundled().isKnown(iso3)) {
            throw new InvalidInputException("country", "Unknown ISO 3166-1 alpha-3 country code '" + country + "'");
        }
        return iso3;
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cntrl}");

    /** Only the last path segment, without control characters: a name, never a path. */
    static String cleanFileName(String name) {
        String n = name == null ? "" : name.replace('\\', '/');
        n = CONTROL.matcher(n.substring(n.lastIndexOf('/') + 1)).replaceAll("").strip();
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            throw new InvalidInputException("file", "The file has no usable name");
        }
        return n.length() > 255 ? n.substring(n.length() - 255) : n;
    }

    private static String titleOf(PlainText.Read read, String text, String fileName) {
        if (read.title() != null) {
            return shorten(read.title());
        }
        return titleOfText(text, fileName);
    }

    /** The first line that reads like a title (a letter first, at least 12 characters), else the file name. */
    static String titleOfText(String text, String fileName) {
        for (String line : text.split("\n", 50)) {
            String l = line.strip();
            if (l.length() >= 12 && Character.isLetter(l.codePointAt(0))) {
                return shorten(l);
            }
        }
        return fileName;
    }

    static String shorten(String s) {
        return s.length() <= 200 ? s : s.substring(0, 199) + "…";
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the title of a document (used for bundled documents whose title is known). */
    @Transactional
    public void retitle(long id, String title) {
        jdbc.sql("update document set title = :t where id = :id").param("t", shorten(title)).param("id", id).update();
        audit.record("document.retitle", "document:" + id, null, Map.of("title", title));
    }
}
