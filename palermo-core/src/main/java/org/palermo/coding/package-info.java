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
 * <li><b>Statutes and described exploitation</b> ({@code cues.tsv}): US sections cited by number (18 U.S.C.
 *     § 1591 and §§ 2421–2423 sexual exploitation, § 1589 forced labour, § 1584 servitude, §§ 1581, 1583 slavery
 *     and peonage, § 1592 documents, §§ 2421/2423(a) transportation, § 2422 enticement) — the number counts only in a
 *     citation (§, "section", "U.S.C." before it) — and exploitation described rather than named ("made to have sex
 *     with customers", "sixteen hours a day", "little or no pay").</li>
 * <li><b>Acts from the statutes' verbs and the database's reading</b> ({@code cues.tsv}): two or more of 18 U.S.C. §§ 1590/1591's
 *     verbs together ("recruit, entice, obtain, provide, move or harbor"): provides → TRANSFER, obtains → RECEIPT,
 *     harbors/maintains → HARBOURING, moves → TRANSPORTATION; taking a person away from her home or town → RECRUITMENT and
 *     TRANSFER; trapped, lives controlled, "were held in" → HARBOURING; § 1590 and labour trafficking → forced labour,
 *     §§ 2251–2252 and child pornography → sexual exploitation, debt bondage → servitude.</li>
 * <li><b>Victim count</b> ({@code VictimCount}): groups counted ("Four minors", "at least 50 underage girls" →
 *     minimum) are added when named together or when they are different kinds of person (minors, women, men,
 *     workers); a count of victims as such is a total; "N other women" adds to those described; named victims
 *     (initials, Jane Doe N, V-1) and distinct single ages; subsets, ages, years, the indictment's counts, defendants
 *     and someone else's children are not counts; a single victim only → 1; plural victims without a number → 2 as a
 *     minimum.</li>
 * <li><b>Minors</b> ({@code Minors}): an age under 18 in any spelling, "minor", "underage", "child",
 *     "teenage"; false when victims are described and none of this is said.</li>
 * <li><b>People</b> ({@code People}): named persons with the role the text gives them (defendant, victim, judge or
 *     agent), their title and given name ({@code GivenNames}, public name lists), subject and possessive pronouns
 *     resolved to the nearest singular person of agreeing sex (at a sentence's start: the previous sentence's
 *     subject), surnames linked to the full name.</li>
 * <li><b>Sex of victims and defendants</b> ({@code VictimSex}, {@code DefendantSex}): victim nouns
 *     (girls, women, wife; boys), pronouns in sentences about the victim; for defendants the cast above, family words
 *     (husband and wife, the couple, his wife and co-defendant, the X brothers), roles that carry a sex (madam), legal
 *     steps ("she pleaded guilty"); a defendant of unstated sex is coded male, as the database does.</li>
 * <li><b>Nationality</b> ({@code Nationalities}): a people's adjective on a person noun ("young Mexican girls"), the
 *     victims' unless the phrase is a defendant's ("Defendants, all Brazilian nationals", "Ding, a Chinese citizen");
 *     where victims came from ("women from Moldova", "recruited … in Guatemala"); never the United States from a state's
 *     name, never guessed from the court.</li>
 * <li><b>Form</b> ({@code FormReader}, {@code Places}): two countries named (US states count as the
 *     United States), a foreign country or nationality, or a border crossing (smuggled, visa) →
 *     TRANSNATIONAL; otherwise INTERNAL.</li>
 * <li><b>Organized criminal group</b>: ring, network, cartel, three or more defendants; else null.</li>
 * <li><b>Sectors</b>: the database's sector names from words for the work done.</li>
 * </ul>
 *
 * <h2>What is learned</h2>
 * Only which cue families to trust ({@code CueReliability}): in cross-validation a family is
 * dropped when its smoothed precision on the training folds is below 0.4, never with the scored fold's labels.
 * The lexicon itself was written by reading the 60 development decisions (the rules of People, VictimCount
 * and Nationalities while reading the first 40), so figures on them are optimistic. {@code LabelConfidence}
 * holds each field's cross-validated figure, the confidence the review queue's bulk accept uses.
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
