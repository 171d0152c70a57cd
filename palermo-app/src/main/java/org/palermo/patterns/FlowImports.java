package org.palermo.patterns;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.palermo.accounts.Actors;
import org.palermo.accounts.Audit;
import org.palermo.documents.Documents;
import org.palermo.documents.IngestResult;
import org.palermo.documents.Source;
import org.palermo.documents.SourceType;
import org.palermo.documents.Sources;
import org.palermo.documents.Upload;
import org.palermo.facts.Facts;
import org.palermo.facts.NewFact;
import org.palermo.system.InvalidInputException;
import org.palermo.documents.UnreadableDocumentException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports "origin,destination" edge lists of the US Trafficking in Persons reports (as extracted by
 * Goist, Chen and Boylan). Each file is one report year and becomes:
 * <ul>
 *   <li>one <b>source</b>, "US Department of State, Trafficking in Persons Report YYYY", of type
 *       OFFICIAL_STATISTICS: it is a government's official publication (not an intergovernmental
 *       organisation's), which is how UNODC's source typology files national government reports.
 *       One source per edition, so the citation index can count editions ({@code count=sources}) or
 *       collapse them into their one publisher ({@code count=publishers});</li>
 *   <li>one <b>document</b> holding the file's text, so every flow fact quotes its own line with
 *       offsets and the reader can show it;</li>
 *   <li>one curated, accepted <b>flow fact</b> per line whose two names resolve. A line with a name
 *       that does not resolve stores no fact and is listed in {@code flow_unresolved}.</li>
 * </ul>
 * The same file imported again changes nothing.
 */
@Service
public class FlowImports {

    static final String EXTRACTOR = "tip-edgelist-import/1";
    static final String PUBLISHER = "US Department of State";
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

    private final Documents documents;
    private final Sources sources;
    private final Facts facts;
    private final JdbcClient jdbc;
    private final Audit audit;

    FlowImports(Documents documents, Sources sources, Facts facts, JdbcClient jdbc, Audit audit) {
        this.documents = documents;
        this.sources = sources;
        this.facts = facts;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The report year from a file name such as {@code edgelist2009.txt}. */
    public static Optional<Integer> yearOf(String fileName) {
        Matcher m = YEAR.matcher(fileName);
        Integer year = null;
        while (m.find()) {
            year = Integer.valueOf(m.group());
        }
        return Optional.ofNullable(year);
    }

    static String sourceName(int year) {
        return PUBLISHER + ", Trafficking in Persons Report " + year;
    }

    /**
     * Imports one file. {@code year} null takes it from the file name.
     *
     * @throws InvalidInputException naming the file and line when the file is not an edge list
     */
    @Transactional(rollbackFor = Exception.class)
    public FlowImportReport importFile(String fileName, byte[] content, Integer year) {
        int y = year != null ? year : yearOf(fileName).orElseThrow(() -> new InvalidInputException("year",
                fileName + ": no report year in the file name; give it with --year"));
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(content)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInputException("file", fileName + ": not UTF-8 text (an edge list is UTF-8 \"origin,destination\" lines)");
        }
        List<String[]> lines = parse(fileName, text);
        Source source = sources.byName(sourceName(y)).orElseGet(() -> sources.register(new Sources.NewSource(
                sourceName(y), SourceType.OFFICIAL_STATISTICS, PUBLISHER, String.valueOf(y), "B",
                "https://www.state.gov/trafficking-in-persons-report/")));
        IngestResult doc;
        try {
            doc = documents.ingest(new Upload(fileName, content, source.type(), source.name(), null));
        } catch (UnreadableDocumentException e) {
            throw new InvalidInputException("file", fileName + ": " + e.reason());
        }
        Optional<FlowImportReport> before = byDocument(doc.documentId());
        if (before.isPresent()) {
            FlowImportReport r = before.get();
            return new FlowImportReport(r.id(), fileName, r.year(), r.documentId(), r.sourceId(), r.source(), r.lines(),
                    r.facts(), r.unresolved(), false, r.importedAt());
        }
        if (doc.created()) {
            documents.retitle(doc.documentId(), "Origin → destination pairs of the " + sourceName(y) + " (edge list)");
        }
        // offsets into the stored plain text, which is what the reader shows and quotes point into
        String stored = documents.plainText(doc.documentId());
        List<NewFact> flows = new ArrayList<>();
        List<FlowImportReport.Unresolved> unresolved = new ArrayList<>();
        int from = 0;
        int lineNo = 0;
        for (String[] line : lines) {
            lineNo++;
            String raw = line[0];
            int start = stored.indexOf(raw, from);
            if (start < 0) {
                throw new IllegalStateException(fileName + " line " + lineNo + ": not found in the stored text");
            }
            from = start + raw.length();
            if (raw.isBlank()) {
                continue;
            }
            Optional<String> origin = TipNames.iso3(line[1]);
            Optional<String> destination = TipNames.iso3(line[2]);
            if (origin.isEmpty()) {
                unresolved.add(new FlowImportReport.Unresolved(lineNo, raw, line[1].strip(), "origin", TipNames.whyNot(line[1])));
            }
            if (destination.isEmpty()) {
                unresolved.add(new FlowImportReport.Unresolved(lineNo, raw, line[2].strip(), "destination", TipNames.whyNot(line[2])));
            }
            if (origin.isPresent() && destination.isPresent()) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("line", lineNo);
                data.put("origin_name", line[1].strip());
                data.put("destination_name", line[2].strip());
                data.put("dataset", "Goist, Chen & Boylan, Reconstructing the Transnational Human Trafficking Network (TIP report edge lists)");
                flows.add(NewFact.flow(origin.get(), destination.get(), List.of(), y, raw, start, start + raw.length(), EXTRACTOR, data));
            }
        }
        facts.storeCurated(source.id(), doc.documentId(), flows);
        long id = jdbc.sql("""
                        insert into flow_import (document_id, source_id, file_name, year, lines, facts, unresolved, imported_by)
                        values (:d, :s, :f, :y, :l, :n, :u, :by) returning id""")
                .param("d", doc.documentId()).param("s", source.id()).param("f", fileName).param("y", y)
                .param("l", lines.stream().filter(l -> !l[0].isBlank()).count()).param("n", flows.size())
                .param("u", unresolved.size()).param("by", Actors.currentName())
                .query(Long.class).single();
        if (!unresolved.isEmpty()) {
            jdbc.sql("""
                            insert into flow_unresolved (import_id, line_no, line, name, side, reason)
                            select :i, n, l, name, s, r from unnest(:n, :l, :name, :s, :r) as u(n, l, name, s, r)""")
                    .param("i", id)
                    .param("n", unresolved.stream().map(FlowImportReport.Unresolved::lineNo).toArray(Integer[]::new))
                    .param("l", unresolved.stream().map(FlowImportReport.Unresolved::line).toArray(String[]::new))
                    .param("name", unresolved.stream().map(FlowImportReport.Unresolved::name).toArray(String[]::new))
                    .param("s", unresolved.stream().map(FlowImportReport.Unresolved::side).toArray(String[]::new))
                    .param("r", unresolved.stream().map(FlowImportReport.Unresolved::reason).toArray(String[]::new))
                    .update();
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file_name", fileName);
        after.put("year", y);
        after.put("facts", flows.size());
        after.put("unresolved", unresolved.size());
        audit.record("flows.import", "document:" + doc.documentId(), null, after);
        return byDocument(doc.documentId()).orElseThrow();
    }

    /** Every import, newest first, with its unresolved names. */
    public List<FlowImportReport> all() {
        return jdbc.sql("select id from flow_import order by year, id").query(Long.class).list().stream()
                .map(this::get).toList();
    }

    FlowImportReport get(long id) {
        List<FlowImportReport.Unresolved> unresolved = jdbc.sql(
                        "select line_no, line, name, side, reason from flow_unresolved where import_id = :i order by line_no, side desc")
                .param("i", id)
                .query((rs, n) -> new FlowImportReport.Unresolved(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
        return jdbc.sql("""
                        select i.id, i.file_name, i.year, i.document_id, i.source_id, s.name, i.lines, i.facts, i.imported_at
                        from flow_import i join source s on s.id = i.source_id where i.id = :i""")
                .param("i", id)
                .query((rs, n) -> new FlowImportReport(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5),
                        rs.getString(6), rs.getInt(7), rs.getInt(8), unresolved, true, rs.getTimestamp(9).toInstant()))
                .single();
    }

    private Optional<FlowImportReport> byDocument(long documentId) {
        return jdbc.sql("select id from flow_import where document_id = :d").param("d", documentId).query(Long.class)
                .optional().map(this::get);
    }

    /** Lines as {raw line, origin, destination}; a line that is not "name,name" is an error naming it. */
    static List<String[]> parse(String fileName, String text) {
        List<String[]> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            if (raw.isBlank()) {
                if (i < lines.length - 1) {
                    out.add(new String[] {raw, "", ""});
                }
                continue;
            }
            String[] f = raw.split(",", -1);
            if (f.length != 2) {
                throw new InvalidInputException("file", fileName + " line " + (i + 1) + ": expected \"origin,destination\", got '"
                        + (raw.length() > 80 ? raw.substring(0, 80) + "…" : raw) + "'");
            }
            out.add(new String[] {raw, f[0], f[1]});
        }
        if (out.stream().allMatch(l -> l[0].isBlank())) {
            throw new InvalidInputException("file", fileName + ": no \"origin,destination\" lines");
        }
        return out;
    }
}
