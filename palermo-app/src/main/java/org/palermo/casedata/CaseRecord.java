package org.palermo.casedata;

import java.util.List;

/**
 * One victim's case record as Palermo keeps it: coded attributes only, nothing that names or
 * locates a person. Null means unknown (CTDC's -99).
 *
 * @param line        the line of the import file it came from
 * @param sex         female, male or transgender
 * @param ageBand     one of CTDC's broad age bands ({@link CtdcColumns#AGE_BANDS})
 * @param minor       under 18 at registration (CTDC majorityStatus)
 * @param citizenship ISO 3166-1 alpha-3
 * @param exploitedIn country of exploitation, ISO 3166-1 alpha-3
 */
public record CaseRecord(int line, Integer year, String sex, String ageBand, Boolean minor, String citizenship,
                         String exploitedIn, String dataSource, List<String> forms, List<String> means,
                         List<String> labourSectors, List<String> sexualForms, List<String> recruiter, Boolean abduction) {
}
