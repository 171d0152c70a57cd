package org.palermo.registries;

import java.time.LocalDate;
import java.util.List;

/** A period in which sources say different things with certainty (one a party, another not), with what each says. */
public record TreatyDisagreement(LocalDate from, LocalDate to, List<SourceVerdict> verdicts) {
}
