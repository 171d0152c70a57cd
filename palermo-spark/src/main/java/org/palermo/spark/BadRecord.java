package org.palermo.spark;

import java.io.Serializable;

/**
 * An input record that gave no document, and why. {@code place} says where it is in its file: a JSONL line's
 * byte offset (turned into a line number on the driver at the end), a Parquet row's index, or nothing for a
 * whole file.
 */
record BadRecord(String file, Place place, long position, String reason) implements Serializable {

    enum Place {
        BYTE_OFFSET, ROW, FILE
    }

    static BadRecord line(String file, long byteOffset, String reason) {
        return new BadRecord(file, Place.BYTE_OFFSET, byteOffset, reason);
    }

    static BadRecord row(String file, long row, String reason) {
        return new BadRecord(file, Place.ROW, row, reason);
    }

    static BadRecord wholeFile(String file, String reason) {
        return new BadRecord(file, Place.FILE, -1, reason);
    }
}
