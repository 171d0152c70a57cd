package org.palermo.casedata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one disclosure rule for case data, used by every page, download and API answer.
 *
 * <ol>
 *   <li><b>k-anonymity (k = {@value #K}).</b> A cell is suppressed when fewer than {@value #K} records share
 *   its combination of quasi-identifiers (sex, age band, citizenship, country of exploitation, year),
 *   counting the filters as part of the combination.</li>
 *   <li><b>Small counts.</b> A count below {@value #SMALL_COUNT} that survives rule 1 (possible only when it
 *   is broken down by something that is not a quasi-identifier, such as the form of exploitation) is
 *   shown as "&lt;5".</li>
 *   <li><b>Complementary suppression.</b> Along every additive dimension a line of cells sums to its
 *   margin. A line with exactly one hidden number would give it away by subtraction, and a line whose
 *   hidden numbers add up to fewer than {@value #K} records (or {@value #SMALL_COUNT} for "&lt;5" cells)
 *   would narrow them too much: the smallest visible cell of the line is suppressed as well (or the
 *   margin, when no cell is left), until every line is safe.</li>
 * </ol>
 *
 * Multi-valued dimensions do not add up, so they carry no lines. This protects one table against
 * subtraction within itself; it is a heuristic, not a linear-programming audit of every table ever
 * published together.
 */
public final class Disclosure {

    public static final int K = 11;
    public static final int SMALL_COUNT = 5;

    static final byte PUBLISHED = 0;
    static final byte BELOW_SMALL = 1;
    static final byte PRIMARY = 2;
    static final byte COMPLEMENTARY = 3;

    private Disclosure() {
    }

    /** Which protection a number got, as the API and the CSV name it. */
    public enum Protection {
        /** Published: at least k records share its quasi-identifiers and the count is at least 5. */
        K_ANONYMOUS("k-anonymous"),
        /** Shown as "&lt;5". */
        SMALL_COUNT("<5"),
        /** Not shown: fewer than k records share its quasi-identifiers, or it would reveal such a cell. */
        SUPPRESSED("suppressed"),
        /** No record: shown as 0. */
        EMPTY("empty");

        private final String code;

        Protection(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** A table after the rules: each cell's protection. */
    static final class Protected {
        private final CrossTab table;
        private final byte[] state;

        private Protected(CrossTab table, byte[] state) {
            this.table = table;
            this.state = state;
        }

        CrossTab table() {
            return table;
        }

        /** The internal state of a cell (PUBLISHED … COMPLEMENTARY); an absent cell is published as 0. */
        byte state(long key) {
            int slot = table.slot(key);
            return slot < 0 ? PUBLISHED : state[slot];
        }

        Protection protection(long key) {
            int slot = table.slot(key);
            if (slot < 0) {
                return Protection.EMPTY;
            }
            return switch (state[slot]) {
                case PUBLISHED -> Protection.K_ANONYMOUS;
                case BELOW_SMALL -> Protection.SMALL_COUNT;
                default -> Protection.SUPPRESSED;
            };
        }
    }

    /** Applies the three rules to a whole table. */
    static Protected protect(CrossTab table) {
        Dimension[] dims = table.dimensions();
        byte[] state = new byte[table.capacity()];
        List<Integer> additive = new ArrayList<>();
        for (int d = 0; d < dims.length; d++) {
            if (!dims[d].isMultiValued()) {
                additive.add(d);
            }
        }
        for (int slot = 0; slot < table.capacity(); slot++) {
            if (!table.occupied(slot)) {
                continue;
            }
            long key = table.keyAt(slot);
            long classKey = key;
            for (int d = 0; d < dims.length; d++) {
                if (dims[d].isMultiValued()) {
                    classKey = CrossTab.with(classKey, d, CrossTab.ALL);
                }
            }
            if (table.count(classKey) < K) {
                state[slot] = PRIMARY;
            } else if (table.countAt(slot) < SMALL_COUNT) {
                state[slot] = BELOW_SMALL;
            }
        }
        complementary(table, state, additive);
        return new Protected(table, state);
    }

    private static void complementary(CrossTab table, byte[] state, List<Integer> additive) {
        List<long[]> lines = new ArrayList<>();
        for (int d : additive) {
            long[] permuted = new long[table.size()];
            int n = 0;
            for (int slot = 0; slot < table.capacity(); slot++) {
                if (table.occupied(slot)) {
                    permuted[n++] = permute(table.keyAt(slot), d);
                }
            }
            Arrays.sort(permuted);
            lines.add(permuted);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int a = 0; a < additive.size(); a++) {
                int d = additive.get(a);
                long[] s = lines.get(a);
                int i = 0;
                while (i < s.length) {
                    int j = i;
                    long line = s[i] >>> 8;
                    while (j < s.length && (s[j] >>> 8) == line) {
                        j++;
                    }
                    changed |= protectLine(table, state, s, i, j, d);
                    i = j;
                }
            }
        }
    }

    /** Hides more cells of one line (entries [from, to) of the sorted permuted keys) until it is safe. */
    private static boolean protectLine(CrossTab table, byte[] state, long[] s, int from, int to, int d) {
        boolean changed = false;
        while (true) {
            int hidden = 0;
            long hiddenSum = 0;
            boolean primary = false;
            boolean totalHidden = false;
            int smallestVisible = -1;
            long smallest = Long.MAX_VALUE;
            int totalSlot = -1;
            for (int i = from; i < to; i++) {
                boolean isTotal = (s[i] & 0xFF) == CrossTab.ALL;
                int slot = table.slot(unpermute(s[i], d));
                byte st = state[slot];
                long count = table.countAt(slot);
                if (isTotal) {
                    totalSlot = slot;
                }
                if (st != PUBLISHED) {
                    hidden++;
                    primary |= st == PRIMARY;
                    if (isTotal) {
                        totalHidden = true;
                    } else {
                        hiddenSum += count;
                    }
                } else if (!isTotal && count < smallest) {
                    smallest = count;
                    smallestVisible = slot;
                }
            }
            boolean safe = hidden == 0 || (hidden >= 2 && (totalHidden || hiddenSum >= (primary ? K : SMALL_COUNT)));
            if (safe) {
                return changed;
            }
            int next = smallestVisible >= 0 ? smallestVisible : (totalSlot >= 0 && state[totalSlot] == PUBLISHED ? totalSlot : -1);
            if (next < 0) {
                return changed;
            }
            state[next] = COMPLEMENTARY;
            changed = true;
        }
    }

    /** The key with dimension d's byte moved to the bottom, so that sorting groups each line together, margin last. */
    static long permute(long key, int d) {
        long low = key & ((1L << (8 * d)) - 1);
        long high = key >>> (8 * (d + 1));
        long without = low | (high << (8 * d));
        return (without << 8) | CrossTab.coord(key, d);
    }

    static long unpermute(long p, int d) {
        long coord = p & 0xFF;
        long without = p >>> 8;
        long low = without & ((1L << (8 * d)) - 1);
        long high = without >>> (8 * d);
        return low | (coord << (8 * d)) | (high << (8 * (d + 1)));
    }
}
