package org.palermo.casedata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Record counts over up to seven dimensions with every margin: each cell's coordinate on a dimension
 * is a value or {@link #ALL}. A cell is a long key, one byte per dimension, so a million-record
 * table with all its margins fits in a few arrays. Along a multi-valued dimension, ALL counts each
 * record once (not the sum of the values).
 */
final class CrossTab {

    static final int ALL = 255;
    static final int MAX_DIMENSIONS = 7;
    static final String UNKNOWN = "unknown";

    private final Dimension[] dims;
    private final List<List<String>> labels = new ArrayList<>();
    private final List<Map<String, Integer>> codes = new ArrayList<>();

    private long[] keys = new long[1 << 10];
    private long[] counts = new long[1 << 10];
    private boolean[] used = new boolean[1 << 10];
    private int size;

    CrossTab(List<Dimension> dimensions) {
        if (dimensions.size() > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("At most " + MAX_DIMENSIONS + " dimensions");
        }
        this.dims = dimensions.toArray(Dimension[]::new);
        for (int i = 0; i < dims.length; i++) {
            labels.add(new ArrayList<>());
            codes.add(new HashMap<>());
        }
    }

    Dimension[] dimensions() {
        return dims;
    }

    int dimensionCount() {
        return dims.length;
    }

    /**
     * Adds a group of records that share these values: one value per single-valued dimension, any
     * number (none = unknown) for a multi-valued one.
     */
    void add(String[][] values, long count) {
        int[][] options = new int[dims.length][];
        for (int d = 0; d < dims.length; d++) {
            String[] v = values[d] == null || values[d].length == 0 ? new String[] {UNKNOWN} : values[d];
            int[] o = new int[v.length + 1];
            int n = 0;
            for (String s : v) {
                int c = code(d, s == null ? UNKNOWN : s);
                boolean seen = false;
                for (int j = 0; j < n; j++) {
                    seen |= o[j] == c;
                }
                if (!seen) {
                    o[n++] = c;
                }
            }
            o[n++] = ALL;
            options[d] = Arrays.copyOf(o, n);
        }
        expand(options, 0, 0L, count);
    }

    private void expand(int[][] options, int d, long key, long count) {
        if (d == options.length) {
            increment(key, count);
            return;
        }
        for (int c : options[d]) {
            expand(options, d + 1, with(key, d, c), count);
        }
    }

    int code(int dim, String value) {
        Integer c = codes.get(dim).get(value);
        if (c == null) {
            c = labels.get(dim).size();
            if (c >= ALL) {
                throw new IllegalStateException("Too many distinct values of " + dims[dim].param());
            }
            labels.get(dim).add(value);
            codes.get(dim).put(value, c);
        }
        return c;
    }

    /** The code of a value, or -1 if no record has it. */
    int codeOf(int dim, String value) {
        return codes.get(dim).getOrDefault(value, -1);
    }

    String label(int dim, int code) {
        return code == ALL ? "all" : labels.get(dim).get(code);
    }

    static int coord(long key, int dim) {
        return (int) (key >>> (8 * dim)) & 0xFF;
    }

    static long with(long key, int dim, int coord) {
        return (key & ~(0xFFL << (8 * dim))) | ((long) coord << (8 * dim));
    }

    /** The key of the cell with every dimension at ALL: the total. */
    long totalKey() {
        long k = 0;
        for (int d = 0; d < dims.length; d++) {
            k = with(k, d, ALL);
        }
        return k;
    }

    int size() {
        return size;
    }

    /** Slot of a cell, or -1 when no record falls in it. */
    int slot(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    long count(long key) {
        int s = slot(key);
        return s < 0 ? 0 : counts[s];
    }

    int capacity() {
        return keys.length;
    }

    boolean occupied(int slot) {
        return used[slot];
    }

    long keyAt(int slot) {
        return keys[slot];
    }

    long countAt(int slot) {
        return counts[slot];
    }

    private void increment(long key, long count) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (used[i]) {
            if (keys[i] == key) {
                counts[i] += count;
                return;
            }
            i = (i + 1) & mask;
        }
        used[i] = true;
        keys[i] = key;
        counts[i] = count;
        size++;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldCounts = counts;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        counts = new long[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                increment(oldKeys[i], oldCounts[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
