package org.palermo.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

/**
 * Bad records as a person reads them: "FILE line N: reason". Tasks know a JSONL line only by its byte offset
 * (a task reads a split of the file, not knowing how many lines came before it); the driver turns offsets into
 * line numbers at the end, reading each file with bad lines once up to its last one. Line breaks are counted
 * as the readers count them: LF, CR or CR LF.
 */
final class LineNumbers {

    private LineNumbers() {
    }

    static List<String> describe(Configuration conf, List<BadRecord> records) throws IOException {
        List<BadRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(BadRecord::file).thenComparingLong(BadRecord::position));
        Map<String, List<Long>> offsets = new HashMap<>();
        for (BadRecord r : sorted) {
            if (r.place() == BadRecord.Place.BYTE_OFFSET) {
                offsets.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(r.position());
            }
        }
        Map<String, Map<Long, Long>> lines = new HashMap<>();
        for (Map.Entry<String, List<Long>> e : offsets.entrySet()) {
            lines.put(e.getKey(), lineNumbers(conf, e.getKey(), e.getValue()));
        }
        List<String> out = new ArrayList<>();
        for (BadRecord r : sorted) {
            String file = Inputs.shown(r.file());
            out.add(switch (r.place()) {
                case BYTE_OFFSET -> file + " line " + lines.get(r.file()).get(r.position()) + ": " + r.reason();
                case ROW -> file + " row " + (r.position() + 1) + ": " + r.reason();
                case FILE -> file + ": " + r.reason();
            });
        }
        return out;
    }

    /** The line number (1-based) of each byte offset, all of them at the start of a line, in ascending order. */
    static Map<Long, Long> lineNumbers(Configuration conf, String file, List<Long> ascending) throws IOException {
        Map<Long, Long> numbers = new HashMap<>();
        Path path = new Path(file);
        try (InputStream in = new BufferedInputStream(path.getFileSystem(conf).open(path), 1 << 16)) {
            long position = 0;
            long line = 1;
            boolean afterCr = false;
            int next = 0;
            while (next < ascending.size()) {
                while (next < ascending.size() && ascending.get(next) == position) {
                    numbers.put(ascending.get(next++), line);
                }
                if (next == ascending.size()) {
                    break;
                }
                int b = in.read();
                if (b < 0) {
                    break;
                }
                position++;
                if (b == '\r' || (b == '\n' && !afterCr)) {
                    line++;
                }
                afterCr = b == '\r';
            }
        }
        return numbers;
    }
}
