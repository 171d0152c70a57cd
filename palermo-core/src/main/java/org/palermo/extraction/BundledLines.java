package org.palermo.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data lines of a word list bundled with the extractor ({@code data/extraction/…}): blank lines and lines
 * starting with "#" are left out; each line keeps its number in the file, for the message that names a bad one.
 */
final class BundledLines {

    /** A data line: its number in the file (from 1) and its text. */
    record Line(int number, String text) {
    }

    private BundledLines() {
    }

    static List<Line> of(String resource) {
        InputStream stream = BundledLines.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException("Missing bundled resource " + resource);
        }
        List<Line> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(new Line(number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
