package org.palermo.patterns;

import java.time.Instant;

/**
 * An analysis result with its freshness: the data version it was computed from (bumped in the same
 * transaction as every change to facts or sources) and when. {@code cached} tells whether this answer
 * came from the cache; it is never older than the data it was read with.
 */
public record Fresh<T>(T value, long dataVersion, Instant computedAt, boolean cached) {
}
