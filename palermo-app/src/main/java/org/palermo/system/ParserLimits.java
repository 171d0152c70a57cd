package org.palermo.system;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Limits on what a file may make the document and spreadsheet parsers do, for every reader of DOCX, XLSX
 * and other ZIP-based files (Tika and POI keep these settings process-wide).
 * <ul>
 *   <li>An archive entry may not inflate to more than a hundred times its compressed size, nor beyond
 *       {@value #MAX_ENTRY_MB} MB: a zip bomb is refused while it is being read, before it fills memory.</li>
 *   <li>Text pulled from one archive entry stops at {@value #MAX_TEXT_CHARS} characters.</li>
 * </ul>
 * Tika switches POI's inflate-ratio check off when its OOXML parser class loads (it relies on its own
 * check of the text it extracted, which comes after the whole part has been read into memory), so this
 * loads that class first and then sets the limits; {@link #apply()} is cheap and called before each read.
 */
public final class ParserLimits {

    public static final int MAX_ENTRY_MB = 100;
    public static final long MAX_TEXT_CHARS = 50_000_000L;
    public static final double MIN_INFLATE_RATIO = 0.01;

    private static volatile boolean applied;

    private ParserLimits() {
    }

    public static void apply() {
        if (applied && ZipSecureFile.getMinInflateRatio() == MIN_INFLATE_RATIO) {
            return;
        }
        synchronized (ParserLimits.class) {
            try {
                Class.forName("org.apache.tika.parser.microsoft.ooxml.OOXMLParser", true, ParserLimits.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError noTika) {
                // without Tika's OOXML parser nothing resets POI's limits
            }
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_MB * 1024L * 1024L);
            ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
            applied = true;
        }
    }
}
