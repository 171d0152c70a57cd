package org.palermo.casedata;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** CTDC files for tests: the bundled 12-row sample, variants of it, and synthetic files. */
public final class CtdcFiles {

    private CtdcFiles() {
    }

    /** The 12-row sample of the real 2020 layout, as bundled. */
    public static String sample() {
        try (InputStream in = CtdcFiles.class.getClassLoader().getResourceAsStream(SyntheticCtdc.LAYOUT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> sampleLines() {
        return new ArrayList<>(List.of(sample().split("\r?\n")));
    }

    /**
     * The sample with different bytes but the same records (trailing blank lines are skipped), so a test
     * gets a new data set of exactly these twelve records whatever was imported before.
     */
    public static byte[] freshSample() {
        int blanks = 1 + Math.floorMod(UUID.randomUUID().hashCode(), 100_000);
        return (sample() + "\n".repeat(blanks)).getBytes(StandardCharsets.UTF_8);
    }

    /** The sample with one more column at the end, holding the same value in every row. */
    public static byte[] withColumn(String header, String value) {
        List<String> lines = sampleLines();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(lines.get(i)).append(',').append(i == 0 ? header : value).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Lines as a file (line 1 is the header). */
    public static byte[] of(List<String> lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] synthetic(long seed, int records) {
        StringWriter out = new StringWriter();
        try {
            new SyntheticCtdc(seed).write(out, records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
