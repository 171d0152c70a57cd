package org.palermo.caselaw;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index of decisions, free of Spring and the database: documents in, results out.
 * Each decision is one Lucene document under its stable key ({@code updateDocument}), so indexing
 * the same decision again replaces it. One analyzer (English, stemmed) serves indexing and queries;
 * coded values and jurisdiction/year are sorted-set facets, which also serve as filters.
 */
final class CaseSearchIndex implements Closeable {

    /** Facet dimensions, in the order pages show them. */
    static final List<String> DIMS = List.of("purposes", "form", "acts", "means", "jurisdiction", "year", "sectors",
            "minors_involved", "victims", "victims_is_minimum", "female_victims", "male_victims", "female_defendants",
            "male_defendants", "organized_criminal_group", "victims_nationality", "victim_nationalities", "defendant_nationalities", "level",
            "coding");

    static final int MAX_WINDOW = 10_000;
    private static final String KEY = "key";
    private static final String TEXT = "text";
    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final FacetsConfig config = new FacetsConfig();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    CaseSearchIndex(Path dir) throws IOException {
        for (String dim : DIMS) {
            config.setMultiValued(dim, true);
        }
        directory = FSDirectory.open(dir);
        IndexWriterConfig iwc = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        writer = new IndexWriter(directory, iwc);
        searchers = new SearcherManager(writer, null);
    }

    // ---- writing ----

    void put(IndexedDecision d) throws IOException {
        writer.updateDocument(new Term(KEY, d.key()), document(d));
    }

    void delete(String key) throws IOException {
        writer.deleteDocuments(new Term(KEY, key));
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes the changes durable, remembering {@code fingerprint}, and visible to searches. */
    void commit(String fingerprint) throws IOException {
        writer.setLiveCommitData(Map.of("fingerprint", fingerprint).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /**
     * Merges the index into one segment after a bulk build: facet counting then needs no mapping
     * from segment ordinals to global ones, which makes searches over many hits markedly faster.
     */
    void optimize(String fingerprint) throws IOException {
        writer.forceMerge(1);
        commit(fingerprint);
    }

    /** The fingerprint of the database state the last commit reflects, or "" for a new index. */
    String committedFingerprint() {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (e.getKey().equals("fingerprint")) {
                return e.getValue();
            }
        }
        return "";
    }

    /** Key → revision of every decision in the index. */
    Map<String, Long> revisions() throws IOException {
        Map<String, Long> out = new HashMap<>();
        IndexSearcher s = searchers.acquire();
        try {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                SortedDocValues keys = leaf.reader().getSortedDocValues(KEY);
                NumericDocValues revs = leaf.reader().getNumericDocValues("revision");
                Bits live = leaf.reader().getLiveDocs();
                if (keys == null || revs == null) {
                    continue;
                }
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && keys.advanceExact(doc) && revs.advanceExact(doc)) {
                        out.put(keys.lookupOrd(keys.ordValue()).utf8ToString(), revs.longValue());
                    }
                }
            }
        } finally {
            searchers.release(s);
        }
        return out;
    }

    int size() throws IOException {
        IndexSearcher s = searchers.acquire();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    private Document document(IndexedDecision d) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(KEY, d.key(), Field.Store.YES));
        doc.add(new SortedDocValuesField(KEY, new BytesRef(d.key())));
        doc.add(new NumericDocValuesField("revision", d.revision()));
        doc.add(new Field(TEXT, d.text(), TEXT_WITH_OFFSETS));
        if (d.name() != null) {
            doc.add(new TextField("name", d.name(), Field.Store.YES));
        }
        if (d.court() != null) {
            doc.add(new TextField("court", d.court(), Field.Store.YES));
        }
        store(doc, "jurisdiction", d.jurisdiction());
        store(doc, "date", d.decisionDate() == null ? null : d.decisionDate().toString());
        store(doc, "date_text", d.dateText());
        store(doc, "level", d.level());
        if (d.year() != null) {
            doc.add(new StoredField("year", d.year()));
        }
        LocalDate sortDate = d.decisionDate() != null ? d.decisionDate() : d.year() != null ? LocalDate.of(d.year(), 1, 1) : null;
        if (sortDate != null) {
            doc.add(new NumericDocValuesField("date", sortDate.toEpochDay()));
        }
        for (Map.Entry<String, List<String>> f : d.facets().entrySet()) {
            for (String value : f.getValue()) {
                doc.add(new SortedSetDocValuesFacetField(f.getKey(), value));
                doc.add(new StoredField("c." + f.getKey(), value));
            }
        }
        return config.build(doc);
    }

    private static void store(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    // ---- searching ----

    CaseResults search(CaseQuery query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            int size = Math.max(1, query.size());
            int from = (Math.max(1, query.page()) - 1) * size;
            int window = Math.min(from + size, MAX_WINDOW);
            Map<String, List<CaseResults.FacetCount>> facets = new LinkedHashMap<>();
            String order = query.order().name();
            if (searcher.getIndexReader().numDocs() == 0) {
                for (String dim : DIMS) {
                    facets.put(dim, List.of());
                }
                return new CaseResults(0, query.page(), size, query.q(), query.filters(), order, List.of(), facets);
            }
            Query words = query.q().isEmpty() ? new MatchAllDocsQuery() : parse(query.q());
            Query filtered = drillDown(words, query.filters(), null);
            Sort sort = query.order() == CaseQuery.Order.DATE ? dateSort() : null;
            FacetsCollectorManager.FacetsResult result = sort == null
                    ? FacetsCollectorManager.search(searcher, filtered, Math.max(window, 1), new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, filtered, Math.max(window, 1), sort, true, new FacetsCollectorManager());
            long total = result.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();

            SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
            for (String dim : DIMS) {
                if (query.filters().containsKey(dim)) {
                    // Sideways: how many would each value give, with every filter but this dimension's.
                    FacetsCollector sideways = searcher.search(drillDown(words, query.filters(), dim), new FacetsCollectorManager());
                    facets.put(dim, counts(new SortedSetDocValuesFacetCounts(state, sideways), dim));
                } else {
                    facets.put(dim, counts(counts, dim));
                }
            }

            ScoreDoc[] page = from >= result.topDocs().scoreDocs.length ? new ScoreDoc[0]
                    : Arrays.copyOfRange(result.topDocs().scoreDocs, from, Math.min(window, result.topDocs().scoreDocs.length));
            String[] highlights = highlights(searcher, words, page, query.q().isEmpty());
            List<CaseResults.CaseHit> hits = new ArrayList<>();
            for (int i = 0; i < page.length; i++) {
                hits.add(hit(searcher.storedFields().document(page[i].doc), page[i].score, highlights[i]));
            }
            return new CaseResults(total, query.page(), size, query.q(), query.filters(), order, hits, facets);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Parses what a person typed; never fails (simple syntax: quotes, +, -, *). */
    Query parse(String q) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(TEXT, 1.0f, "name", 2.0f, "court", 0.5f));
        Query parsed = parser.parse(q);
        return parsed == null ? new MatchAllDocsQuery() : parsed;
    }

    private Query drillDown(Query words, Map<String, List<String>> filters, String except) {
        DrillDownQuery q = new DrillDownQuery(config, words);
        for (Map.Entry<String, List<String>> f : filters.entrySet()) {
            if (f.getKey().equals(except)) {
                continue;
            }
            for (String value : f.getValue()) {
                q.add(f.getKey(), value);
            }
        }
        return q;
    }

    private static Sort dateSort() {
        SortField date = new SortField("date", SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current == null || current.reader() != reader) {
            current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, config));
            facetState = current;
        }
        return current.state();
    }

    private static List<CaseResults.FacetCount> counts(SortedSetDocValuesFacetCounts counts, String dim) throws IOException {
        FacetResult r;
        try {
            r = counts.getTopChildren(500, dim);
        } catch (IllegalArgumentException notIndexed) {
            return List.of();
        }
        if (r == null) {
            return List.of();
        }
        List<CaseResults.FacetCount> out = new ArrayList<>();
        for (LabelAndValue lv : r.labelValues) {
            out.add(new CaseResults.FacetCount(lv.label, lv.value.longValue()));
        }
        if (dim.equals("year")) {
            out.sort(Comparator.comparing(CaseResults.FacetCount::value).reversed());
        }
        return out;
    }

    private String[] highlights(IndexSearcher searcher, Query words, ScoreDoc[] page, boolean noWords) throws IOException {
        String[] out = new String[page.length];
        if (page.length == 0) {
            return out;
        }
        if (!noWords) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .withMaxLength(200_000)
                    .build();
            TopDocs docs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
            String[] found = highlighter.highlight(TEXT, words, docs, 2);
            System.arraycopy(found, 0, out, 0, page.length);
        }
        for (int i = 0; i < page.length; i++) {
            if (out[i] == null) {
                String text = searcher.storedFields().document(page[i].doc).get(TEXT);
                out[i] = Html.escape(text.length() <= 280 ? text : text.substring(0, 280).strip() + " …");
            }
        }
        return out;
    }

    private static CaseResults.CaseHit hit(Document doc, float score, String highlight) {
        Map<String, List<String>> coding = new LinkedHashMap<>();
        for (String dim : DIMS) {
            if (dim.equals("jurisdiction") || dim.equals("year") || dim.equals("level") || dim.equals("coding")) {
                continue;
            }
            String[] values = doc.getValues("c." + dim);
            if (values.length > 0) {
                coding.put(dim, List.of(values));
            }
        }
        Number year = doc.getField("year") == null ? null : doc.getField("year").numericValue();
        String status = doc.get("c.coding");
        return new CaseResults.CaseHit(doc.get(KEY), doc.get("name"), doc.get("court"), doc.get("jurisdiction"),
                doc.get("date"), doc.get("date_text"), year == null ? null : year.intValue(), doc.get("level"),
                coding, status, highlight == null ? List.of() : List.of(highlight), Float.isNaN(score) ? 0f : score);
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
        analyzer.close();
    }

    static Collection<String> dims() {
        return DIMS;
    }
}
