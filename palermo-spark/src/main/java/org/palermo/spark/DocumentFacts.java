package org.palermo.spark;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.palermo.extraction.Extractor;
import org.palermo.extraction.FactLines;
import org.palermo.extraction.Hints;
import org.palermo.extraction.InputDocument;
import org.palermo.text.TextBytes;

/**
 * Turns one input record into the output lines of its facts, on an executor, and counts documents, facts and
 * bad records on the way. A bad record never stops the job: it is counted, and the first ones of each task are
 * kept to be listed at the end. The lines are core's own ({@link FactLines}), the very strings
 * {@code ./palermo extract} writes.
 */
final class DocumentFacts implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Bad records kept per task for the listing; the count covers them all. */
    static final int LISTED_PER_TASK = 100;

    private final LongAccumulator documents;
    private final LongAccumulator facts;
    private final LongAccumulator bad;
    private final CollectionAccumulator<BadRecord> listed;
    /** Bad records listed by this task so far (the function is deserialised once per task). */
    private transient int listedHere;

    DocumentFacts(LongAccumulator documents, LongAccumulator facts, LongAccumulator bad,
            CollectionAccumulator<BadRecord> listed) {
        this.documents = documents;
        this.facts = facts;
        this.bad = bad;
        this.listed = listed;
    }

    /** One line of a JSONL file, as the bytes between line breaks. */
    Iterator<String> ofJsonLine(String file, long byteOffset, byte[] bytes, int length) {
        String line;
        try {
            line = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return bad(BadRecord.line(file, byteOffset, "not UTF-8 text (" + e.getMessage() + ")"));
        }
        if (line.isBlank()) {
            return Collections.emptyIterator();
        }
        InputDocument document;
        try {
            document = InputDocument.fromJsonLine(line);
        } catch (InputDocument.BadLineException e) {
            return bad(BadRecord.line(file, byteOffset, e.getMessage()));
        }
        try {
            return extracted(Holder.lines().of(document));
        } catch (RuntimeException e) {
            return bad(BadRecord.line(file, byteOffset, "extraction failed: " + e));
        }
    }

    /** One plain-text file: a document whose id is {@code id}. */
    Iterator<String> ofTextFile(String file, String id, byte[] bytes) {
        String text;
        try {
            text = TextBytes.decode(bytes);
        } catch (IllegalArgumentException e) {
            return bad(BadRecord.wholeFile(file, e.getMessage()));
        }
        try {
            return extracted(Holder.lines().of(id, text, Hints.none()));
        } catch (RuntimeException e) {
            return bad(BadRecord.wholeFile(file, "extraction failed: " + e));
        }
    }

    /** One Parquet row. */
    Iterator<String> ofRow(String file, long row, String id, String text, String country) {
        if (id == null) {
            return bad(BadRecord.row(file, row, "missing \"id\""));
        }
        if (text == null) {
            return bad(BadRecord.row(file, row, "missing \"text\" (a string)"));
        }
        try {
            return extracted(Holder.lines().of(id, text, new Hints(country)));
        } catch (RuntimeException e) {
            return bad(BadRecord.row(file, row, "extraction failed: " + e));
        }
    }

    /** A file refused whole before any of its records was read (a type this job does not read). */
    Iterator<String> refused(BadRecord record) {
        return bad(record);
    }

    private Iterator<String> extracted(List<String> lines) {
        documents.add(1);
        facts.add(lines.size());
        return lines.iterator();
    }

    private Iterator<String> bad(BadRecord record) {
        bad.add(1);
        if (listedHere < LISTED_PER_TASK) {
            listedHere++;
            listed.add(record);
        }
        return Collections.emptyIterator();
    }

    /**
     * One extractor per JVM: it is not serialisable, its gazetteer is costly to build, and it is safe to share
     * between an executor's task threads.
     */
    static final class Holder {

        private static volatile FactLines lines;

        private Holder() {
        }

        static FactLines lines() {
            FactLines l = lines;
            if (l == null) {
                synchronized (Holder.class) {
                    l = lines;
                    if (l == null) {
                        l = new FactLines(new Extractor());
                        lines = l;
                    }
                }
            }
            return l;
        }
    }
}
