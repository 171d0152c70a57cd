package org.palermo.accounts;

import java.time.Instant;

public record AuditEntry(long id, Instant at, String actor, String action, String target, String outcome,
                         String before, String after, String detail) {
}
