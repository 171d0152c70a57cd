/**
 * Fact extraction: proposes statistics, country roles and events (CONTRACTS.md §2) from a document's
 * plain text, each tied to its exact quote and offsets, for people to review.
 *
 * <h2>Public API</h2>
 * {@link org.palermo.extraction.Extractor#extract(String, Hints)} returns {@link org.palermo.extraction.Fact}s
 * ({@link org.palermo.extraction.Statistic}, {@link org.palermo.extraction.CountryRole},
 * {@link org.palermo.extraction.Event}); {@link org.palermo.extraction.Fact#toJson(String)} gives the
 * JSON object of the contract. {@link org.palermo.extraction.StatisticsScore} scores statistics
 * against a gold TSV exactly as {@code score_facts.py} does.
 *
 * <h2>Pipeline</h2>
 * Data flows one way, one paragraph at a time ({@code org.palermo.text.Paragraphs}):
 * <ol>
 * <li>{@code Sentences}: OpenNLP's English sentence model, with abbreviation splits ("Jan. 5") undone,
 * short table lines kept apart and every sentence capped at 1,500 characters;</li>
 * <li>{@code Tokens}: a rule tokenizer (words, numbers with separators, punctuation), and the
 * sentence's {@code Language} (English, French, Spanish) from its function words;</li>
 * <li>{@code Entity}: countries from {@link org.palermo.reference.Gazetteer} (names, UN names,
 * demonyms, French and Spanish) and organisations from {@code organisations.txt}, each marked as the
 * sentence's actor or not ("Lithuania reported", "In Uzbekistan,", "the Turkish authorities");</li>
 * <li>{@code NumberReader} (digits, number words in three languages, percentages, shares),
 * {@code PeriodReader} (ranges, quarters, "since", "as at", points) and {@code Qualifiers}
 * ("more than", "some" → about, "almost" → nearly);</li>
 * <li>the rules, below; {@code Subjects} names who a fact is about: the nearest actor in the
 * sentence, else the one carried from earlier sentences of the paragraph ({@code ParagraphContext}),
 * else the document's country from the {@link org.palermo.extraction.Hints} or, with no hint, the one
 * {@code DocumentSubject} works out as a careful reader would (title, dateline, names, acting demonyms,
 * national institutions of {@code institutions.tsv}, places inside countries of {@code places.tsv}), or the
 * organisation the document is about, else unknown (null). A national institution or a place is a sentence's
 * subject only when the document names or is about its country ({@code Lexicon}).</li>
 * </ol>
 *
 * <h2>Rule families</h2>
 * Every fact names the rule that produced it ({@code Evidence.rule}).
 * <ul>
 * <li>{@code StatisticRules}: {@code statistic.count} (a number and the noun it counts, "42
 * investigations"), {@code statistic.elliptic} ("and 6 convicted", breakdowns in parentheses),
 * {@code statistic.partitive} ("9 of whom"), {@code statistic.percent}, {@code statistic.share}
 * ("a majority of", "two-fifths of"), {@code statistic.total} ("increased to 150"), {@code statistic.list}
 * ("105 in 2017", "an increase from 47 in the previous reporting period"), {@code statistic.press} (the
 * news's unnamed persons: "48 arrested", "detain 25 in", "the rescue of 24"), {@code statistic.bracketed}
 * ("Romanian nationals (61)"), {@code statistic.rate}, {@code statistic.money}, {@code statistic.duration}; in files of their own:
 * {@code PressCounts} ({@code statistic.press}), {@code Comparisons} ("down from 15 the year prior"),
 * {@code Bracketed} ({@code statistic.bracketed}, also after a period: "January to March 2024 (4,521)") and
 * {@code Shares} ({@code statistic.count-of-share}: "73% (3,142)", "(26%; 1,135)", "35 (38%)");
 * numbers that are years, dates, references, identifiers, ordinals, ages, penalties, an indictment's
 * counts, bail or appeal sums or list markers are left out, and a figure "around the world" is not the
 * hinted country's. {@code Metrics} classifies
 * the count from the verb after it, an active verb before it, then the counted noun.</li>
 * <li>{@code TableRows}: {@code statistic.table-row}, rows of tables flattened into text under a
 * header of years, of column labels or of column words ("Category Total Female Male Children").</li>
 * <li>{@code RoleRules}: {@code role.declared} ("a source, transit, and destination country", "un país de
 * origen, tránsito y destino"), {@code role.flow} ("Nigerian women are trafficked to Italy, Spain and the
 * Netherlands", "victims from A and B are exploited in X": each country placed by the word and verb before
 * it, clause by clause, the document's country completing a missing end), {@code role.transit}
 * ("through Niger and Libya"), {@code role.abroad} ("to another country", "to Europe"),
 * {@code role.foreign} ("foreign victims"), {@code role.internal}, {@code role.table} ({@code RoleTables}: countries under a
 * table header of origin or destination), {@code role.exploited-here} (settled
 * to the one role the rest of the document gives the country); {@code Exploitation} adds the forms of
 * exploitation and victim groups of the sentence. {@link org.palermo.extraction.RolesScore} scores
 * roles per document as CONTRACTS.md §2 says ({@code ./palermo eval roles}).</li>
 * <li>{@code EventRules}: one rule per event type (ratification, legislation, action plan,
 * coordination body, rapporteur, special unit, hotline, referral mechanism, shelter, campaign,
 * training), dated by the nearest period the sentence states.</li>
 * </ul>
 * Nothing here is mutable after construction; an {@link org.palermo.extraction.Extractor} may be
 * shared between threads.
 */
package org.palermo.extraction;
