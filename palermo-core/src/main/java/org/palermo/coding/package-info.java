/**
 * Automatic coding of court decisions on trafficking in persons, the way the UNODC SHERLOC
 * case-law database codes them (CONTRACTS.md §3). Pure Java: no Spring, no database.
 *
 * <h2>API</h2>
 * {@link org.palermo.coding.CaseCoder#code(String, String)} turns a decision's text into a
 * {@link org.palermo.coding.CodedCase}: {@link org.palermo.coding.CaseLabels} plus, per label, the
 * {@link org.palermo.coding.Evidence} quote (exact substring, Java {@code String} offsets).
 * {@link org.palermo.coding.CaseCodingJson} reads and writes the JSONL lines,
 * {@link org.palermo.coding.CodingScore} scores as {@code score_cases.py} does, and
 * {@link org.palermo.coding.CrossValidation} gives K-fold figures.
 *
 * <h2>Rule families</h2>
 * <ul>
 * <li><b>Cue lexicon</b> ({@code data/coding/cues.tsv}, {@code ProtocolElements}): for acts, means and
 *     purposes, each code has named cue families (RECRUITMENT: recruit, lure, persuade, promise,
 *     offer, solicit, hire, romance, abduct…; THREAT_OR_USE_OF_FORCE: threat, violence, rape, weapon,
 *     physical abuse, force; FORCED_LABOUR: forced labour, domestic work, unpaid, labour sector…).
 *     A code is given when a cue occurs and is not negated: no "not/no/never/without/nor/failed to"
 *     among the five words before it in the same clause ({@code DecisionText}). Statute names are
 *     not facts ("sex trafficking by fraud, force, or coercion" is not FRAUD).</li>
 * <li><b>Conventions</b> ({@code Conventions}): debt bondage in labour exploitation (a debt, forced
 *     labour, no sexual exploitation) is also SERVITUDE.</li>
 * <li><b>Victim count</b> ({@code VictimCount}): an explicit count of victim nouns ("Four minors",
 *     "at least 50 underage girls" → minimum), "N other women" adds the victim already described;
 *     subsets, ages, years and someone else's children are not counts; then numbered pseudonyms
 *     (Anonymous 1/2, V1–V3), "both victims"; a single victim only → 1; plural victims without a
 *     number → 2 as a minimum.</li>
 * <li><b>Minors</b> ({@code Minors}): an age under 18 in any spelling, "minor", "underage", "child",
 *     "teenage"; false when victims are described and none of this is said.</li>
 * <li><b>Sex of victims and defendants</b> ({@code VictimSex}, {@code DefendantSex}): victim nouns
 *     (girls, women, wife; boys), pronouns in sentences about the victim; titles, family words
 *     (husband and wife, sisters, couple), given-name lists, "he/his" for defendants.</li>
 * <li><b>Form</b> ({@code FormReader}, {@code Places}): two countries named (US states count as the
 *     United States), a foreign country or nationality, or a border crossing (smuggled, visa) →
 *     TRANSNATIONAL; otherwise INTERNAL.</li>
 * <li><b>Organized criminal group</b>: ring, network, cartel, three or more defendants; else null.</li>
 * <li><b>Sectors</b>: the database's sector names from words for the work done.</li>
 * </ul>
 *
 * <h2>What is learned</h2>
 * Only which cue families to trust ({@code CueReliability}): in cross-validation a family is
 * dropped when its smoothed precision on the training folds is below 0.4. The lexicon itself was
 * written by reading the 60 development decisions, so figures on them are optimistic.
 *
 * <h2>Coding conventions of the database, as read in the 60 US decisions</h2>
 * <ul>
 * <li>Acts are coded liberally: RECRUITMENT (38 of 57) and TRANSPORTATION (37) in most cases,
 *     HARBOURING (30) whenever victims are housed, confined or kept in the exploiter's home;
 *     kidnapping is RECRUITMENT as well as ABDUCTION; TRANSFER and RECEIPT are rare.</li>
 * <li>ABUSE_OF_POWER_OR_VULNERABILITY (36 of 52) is given for the victim's situation: age, poverty,
 *     drugs, irregular immigration status, debt, confiscated documents, isolation, a romantic or
 *     family tie with the exploiter.</li>
 * <li>Promises of jobs, schooling or marriage are DECEPTION; forged visas and sham marriages are
 *     FRAUD; THREAT_OR_USE_OF_FORCE covers any threat, beating, rape or "forced".</li>
 * <li>Victims in the plural with no number are counted as 2; victims are nearly always coded
 *     female unless described as boys or (male) labourers; a summary that names no minor means
 *     none.</li>
 * <li>A trafficker smuggling victims from abroad makes the case TRANSNATIONAL even when most of
 *     the exploitation happened inside one country.</li>
 * <li>The organized-criminal-group field is only ever true or blank.</li>
 * </ul>
 */
package org.palermo.coding;
