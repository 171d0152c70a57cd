package org.palermo.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Given names whose sex the bundled lists agree on ({@code data/coding/*-given-names.txt}: English,
 * Spanish, Italian and German lists, names that are also common words or places left out; and
 * {@code *-given-names-ssa.txt}: US names from the Social Security Administration's counts that those lists lack).
 */
final class GivenNames {

    static final String FEMALE = "data/coding/female-given-names.txt";
    static final String MALE = "data/coding/male-given-names.txt";
    /** US names of the last decades the lists above lack (Tanisha, Jermaine), from SSA counts: {@code tools/ssa_given_names.py}. */
    static final String FEMALE_SSA = "data/coding/female-given-names-ssa.txt";
    static final String MALE_SSA = "data/coding/male-given-names-ssa.txt";

    private final Set<String> female;
    private final Set<String> male;

    private static final class Bundled {
        static final GivenNames INSTANCE = new GivenNames(union(read(FEMALE), read(FEMALE_SSA)), union(read(MALE), read(MALE_SSA)));
    }

    static GivenNames bundled() {
        return Bundled.INSTANCE;
    }

    GivenNames(Set<String> female, Set<String> male) {
        this.female = Set.copyOf(female);
        this.male = Set.copyOf(male);
    }

    /** {@link Sex#FEMALE}, {@link Sex#MALE}, or null for a word that is no given name of a known sex. */
    Sex sexOf(String name) {
        if (female.contains(name)) {
            return Sex.FEMALE;
        }
        return male.contains(name) ? Sex.MALE : null;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> read(String resource) {
        try (InputStream in = GivenNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Set<String> names = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#")) {
                    for (String name : line.trim().split("\\s+")) {
                        if (!name.isEmpty()) {
                            names.add(name);
                        }
                    }
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
