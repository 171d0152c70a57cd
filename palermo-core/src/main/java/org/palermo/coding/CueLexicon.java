package org.palermo.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The cue lexicon bundled as {@code data/coding/cues.tsv}: which words suggest which Protocol element. */
final class CueLexicon {

    static final String RESOURCE = "data/coding/cues.tsv";

    private final List<Cue> cues;

    private CueLexicon(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    private static final class Bundled {
        static final CueLexicon INSTANCE = read(RESOURCE);
    }

    static CueLexicon bundled() {
        return Bundled.INSTANCE;
    }

    List<Cue> all() {
        return cues;
    }

    CueLexicon filter(java.util.function.Predicate<Cue> keep) {
        return new CueLexicon(cues.stream().filter(keep).toList());
    }

    List<Cue> cues(String field) {
        return cues.stream().filter(c -> c.field().equals(field)).toList();
    }

    static CueLexicon read(String resource) {
        try (InputStream in = CueLexicon.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Cue> cues = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                cues.add(parse(resource, number, line));
            }
            return new CueLexicon(cues);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cue parse(String resource, int number, String line) {
        String[] cols = line.split("\t");
        if (cols.length != 4) {
            throw new IllegalStateException(resource + ":" + number + ": expected 4 tab-separated columns");
        }
        try {
            Pattern p = DecisionText.lowerPattern(cols[3]);
            return new Cue(cols[0], cols[1], cols[2], p);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(resource + ":" + number + ": bad pattern: " + e.getDescription(), e);
        }
    }
}
