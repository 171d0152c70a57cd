package org.palermo.facts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Where each document's fact lines are in the facts files: one pass over the files records, per {@code doc},
 * the file, byte offset, length and line number of its lines (about 20 bytes a line), so that the import can
 * then read the documents in their own order and fetch each one's facts without holding any file in memory.
 * Compressed part files are unpacked to a temporary file first.
 */
final class FactIndex implements AutoCloseable {

    /** Part files a facts directory may hold (Spark also writes _SUCCESS markers and .crc checksums, skipped). */
    static boolean isFactsFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.startsWith("_")) {
            return false;
        }
        return name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".jsonl.gz") || name.endsWith(".json.gz")
                || name.endsWith(".ndjson");
    }

    private final List<String> names = new ArrayList<>();
    private final List<FileChannel> channels = new ArrayList<>();
    private final List<Path> temporary = new ArrayList<>();
    private int[] file = new int[1024];
    private long[] offset = new long[1024];
    private int[] length = new int[1024];
    private int[] line = new int[1024];
    private int size;
    private final Map<String, Lines> byDoc = new LinkedHashMap<>();
    private final Set<String> taken = new java.util.HashSet<>();
    private final Set<String> extractors = new TreeSet<>();
    private long badLines;
    private int extractorOfFile = -1;

    private FactIndex() {
    }

    /** The facts files of the inputs: files as given, directories searched for part files in name order. */
    static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(FactIndex::isFactsFile).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Indexes the files. A line that names no document (not JSON, no {@code doc}) is told to {@code bad} with
     * its file and line; an unreadable file likewise, and the others are indexed.
     */
    static FactIndex build(List<Path> files, BiConsumer<String, String> bad) {
        FactIndex index = new FactIndex();
        for (Path p : files) {
            try {
                index.add(p, bad);
            } catch (IOException e) {
                bad.accept(p.toString(), "cannot be read: " + e.getMessage());
                index.badLines++;
            }
        }
        return index;
    }

    private void add(Path given, BiConsumer<String, String> bad) throws IOException {
        Path p = given;
        if (given.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            p = Files.createTempFile("palermo-facts-", ".jsonl");
            temporary.add(p);
            try (InputStream in = new GZIPInputStream(Files.newInputStream(given), 1 << 16);
                 OutputStream out = Files.newOutputStream(p)) {
                in.transferTo(out);
            }
        }
        FileChannel channel = FileChannel.open(p, StandardOpenOption.READ);
        int fileIndex = channels.size();
        channels.add(channel);
        names.add(given.toString());
        // Lines are handed over where they lie in the chunk read; only a line cut by the chunk's end is copied
        // (copying every byte into a line buffer was most of indexing a million facts)
        byte[] chunk = new byte[1 << 20];
        byte[] carry = new byte[1 << 14];
        int carried = 0;
        long position = 0;
        long lineStart = 0;
        int lineNo = 0;
        try (InputStream in = Files.newInputStream(p)) {
            int n;
            while ((n = in.readNBytes(chunk, 0, chunk.length)) > 0) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        if (carried > 0) {
                            carry = append(carry, carried, chunk, from, i - from);
                            carried += i - from;
                            line(fileIndex, carry, 0, carried, lineStart, ++lineNo, bad);
                            carried = 0;
                        } else {
                            line(fileIndex, chunk, from, i - from, lineStart, ++lineNo, bad);
                        }
                        from = i + 1;
                        lineStart = position + i + 1;
                    }
                }
                if (from < n) {
                    carry = append(carry, carried, chunk, from, n - from);
                    carried += n - from;
                }
                position += n;
            }
            if (carried > 0) {
                line(fileIndex, carry, 0, carried, lineStart, ++lineNo, bad);
            }
        }
    }

    /** {@code buffer} (holding {@code used} bytes) with {@code length} bytes of {@code bytes} from {@code offset} after them. */
    private static byte[] append(byte[] buffer, int used, byte[] bytes, int offset, int length) {
        byte[] out = used + length <= buffer.length ? buffer : Arrays.copyOf(buffer, Math.max(buffer.length * 2, used + length));
        System.arraycopy(bytes, offset, out, used, length);
        return out;
    }

    /** The line of {@code len} bytes at {@code off} in {@code bytes}, which starts at byte {@code start} of its file. */
    private void line(int fileIndex, byte[] bytes, int off, int len, long start, int lineNo, BiConsumer<String, String> bad) {
        int from = off;
        if (lineNo == 1 && len >= 3 && (bytes[off] & 0xFF) == 0xEF && (bytes[off + 1] & 0xFF) == 0xBB && (bytes[off + 2] & 0xFF) == 0xBF) {
            from = off + 3;
        }
        int to = off + len;
        while (to > from && (bytes[to - 1] == '\r' || bytes[to - 1] == ' ' || bytes[to - 1] == '\t')) {
            to--;
        }
        if (to == from) {
            return;
        }
        String doc;
        try {
            doc = FactLine.doc(bytes, from, to - from);
            if (extractorOfFile < fileIndex) {
                // The first fact of each file says which extractor wrote it: documents without facts get a run of it.
                extractorOfFile = fileIndex;
                Object e = FactLine.object(new String(bytes, from, to - from, StandardCharsets.UTF_8)).get("extractor");
                if (e instanceof String s) {
                    extractors.add(s);
                }
            }
        } catch (FactLine.BadLine e) {
            bad.accept(names.get(fileIndex) + " line " + lineNo, e.getMessage());
            badLines++;
            return;
        }
        if (size == offset.length) {
            int grown = size * 2;
            file = Arrays.copyOf(file, grown);
            offset = Arrays.copyOf(offset, grown);
            length = Arrays.copyOf(length, grown);
            line = Arrays.copyOf(line, grown);
        }
        file[size] = fileIndex;
        offset[size] = start + (from - off);
        length[size] = to - from;
        line[size] = lineNo;
        byDoc.computeIfAbsent(doc, d -> new Lines()).add(size++);
    }

    /** The ordinals of one document's lines. */
    private static final class Lines {
        int count;
        int[] ordinals = new int[2];

        void add(int ordinal) {
            if (count == ordinals.length) {
                ordinals = Arrays.copyOf(ordinals, count * 2);
            }
            ordinals[count++] = ordinal;
        }
    }

    /** Fact lines indexed (lines naming a document). */
    long lines() {
        return size;
    }

    long badLines() {
        return badLines;
    }

    /** The extractor version that wrote the files, or null when there are no facts or the files disagree. */
    String extractor() {
        return extractors.size() == 1 ? extractors.iterator().next() : null;
    }

    boolean has(String doc) {
        return byDoc.containsKey(doc);
    }

    /** True when the document's facts were taken already (its id came twice among the documents). */
    boolean taken(String doc) {
        return taken.contains(doc);
    }

    /** A document's fact lines in file order, removed from the index (so what remains at the end has no document). */
    List<Located> take(String doc) throws IOException {
        Lines lines = byDoc.remove(doc);
        if (lines == null) {
            return List.of();
        }
        taken.add(doc);
        List<Located> out = new ArrayList<>(lines.count);
        int first = lines.ordinals[0];
        int last = lines.ordinals[lines.count - 1];
        long from = offset[first];
        long to = offset[last] + length[last];
        boolean oneSpan = to - from <= 1 << 20;
        for (int k = 1; k < lines.count && oneSpan; k++) {
            int o = lines.ordinals[k];
            oneSpan = file[o] == file[first] && offset[o] >= from && offset[o] + length[o] <= to;
        }
        if (oneSpan) {
            // the usual case: a document's lines are together in one file, read with one call
            byte[] span = read(file[first], from, (int) (to - from));
            for (int k = 0; k < lines.count; k++) {
                int o = lines.ordinals[k];
                out.add(new Located(names.get(file[o]), line[o],
                        new String(span, (int) (offset[o] - from), length[o], StandardCharsets.UTF_8)));
            }
            return out;
        }
        for (int k = 0; k < lines.count; k++) {
            int o = lines.ordinals[k];
            out.add(new Located(names.get(file[o]), line[o], new String(read(file[o], offset[o], length[o]), StandardCharsets.UTF_8)));
        }
        return out;
    }

    private byte[] read(int fileIndex, long at, int bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(bytes);
        FileChannel channel = channels.get(fileIndex);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                throw new IOException(names.get(fileIndex) + " changed while it was being imported");
            }
        }
        return buffer.array();
    }

    /** Documents named by facts and not taken: doc and the number of its fact lines. */
    Map<String, Integer> remaining() {
        Map<String, Integer> out = new LinkedHashMap<>();
        byDoc.forEach((doc, lines) -> out.put(doc, lines.count));
        return out;
    }

    /** A line with where it came from. */
    record Located(String file, int line, String text) {
        String where() {
            return file + " line " + line;
        }
    }

    @Override
    public void close() {
        for (FileChannel c : channels) {
            try {
                c.close();
            } catch (IOException ignored) {
                // read-only
            }
        }
        for (Path p : temporary) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary file; the system's cleaner will have it
            }
        }
    }
}
