package org.palermo.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.palermo.text.TextBytes;
import org.xml.sax.SAXException;

/**
 * Reads a document file into its plain text. {@code .txt} files are decoded as they are (UTF-8,
 * falling back to Windows-1252), so offsets into them are offsets into the file's characters;
 * {@code .html}, {@code .pdf} and {@code .docx} go through Apache Tika.
 */
public final class PlainText {

    /** Formats Palermo accepts as documents. */
    public static final Set<String> EXTENSIONS = Set.of("txt", "html", "htm", "pdf", "docx");

    /** Largest file read, in bytes; anything bigger is refused with a message. */
    public static final long MAX_BYTES = 200L * 1024 * 1024;

    /** Most characters of text taken from one PDF, DOCX or HTML file: far above any report, far below memory. */
    public static final int MAX_TEXT_CHARS = 20_000_000;

    /**
     * Longest a PDF, DOCX or HTML file may take to parse (system property {@code palermo.parse-timeout-seconds},
     * default 60). A file that takes longer is refused by name; the parser is told to stop at its next piece of
     * output and its thread is interrupted.
     */
    static volatile java.time.Duration parseLimit = java.time.Duration.ofSeconds(Long.getLong("palermo.parse-timeout-seconds", 60));

    /** Thread-safe, built once: building it loads every Tika parser. */
    private static final AutoDetectParser PARSER = new AutoDetectParser();

    /** Parsing runs here, so that a caller can stop waiting; daemon threads, so a stuck parser never holds the JVM. */
    private static final java.util.concurrent.ExecutorService PARSING = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "document-parser");
        t.setDaemon(true);
        return t;
    });

    private PlainText() {
    }

    /** The text of a document and the title the file declares, if any. */
    public record Read(String text, String title, String mediaType) {
    }

    public static Read read(Path file) throws UnreadableDocumentException {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableDocumentException(name, "not a readable file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableDocumentException(name, "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in);
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException(name, e.getMessage());
        }
    }

    public static Read read(String fileName, InputStream in) throws UnreadableDocumentException {
        String ext = extension(fileName);
        if (!EXTENSIONS.contains(ext)) {
            throw new UnreadableDocumentException(fileName,
                    "unsupported file type '." + ext + "' (accepted: .txt, .html, .pdf, .docx)");
        }
        try {
            byte[] bytes = in.readAllBytes();
            if (ext.equals("txt")) {
                return new Read(decodeText(fileName, bytes), null, "text/plain");
            }
            return parse(fileName, bytes);
        } catch (IOException e) {
            throw new UnreadableDocumentException(fileName, e.getMessage());
        }
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String decodeText(String fileName, byte[] bytes) throws UnreadableDocumentException {
        try {
            return TextBytes.decode(bytes);
        } catch (IllegalArgumentException e) {
            throw new UnreadableDocumentException(fileName, e.getMessage());
        }
    }

    private static Read parse(String fileName, byte[] bytes) throws UnreadableDocumentException {
        org.palermo.system.ParserLimits.apply();
        BodyContentHandler body = new BodyContentHandler(MAX_TEXT_CHARS);
        java.time.Duration limit = parseLimit;
        long deadline = System.nanoTime() + limit.toNanos();
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        java.util.concurrent.Future<?> parsing = PARSING.submit(() -> {
            try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
                PARSER.parse(in, new Deadline(body, deadline), metadata, new ParseContext());
            }
            return null;
        });
        try {
            parsing.get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException slow) {
            parsing.cancel(true);
            throw new UnreadableDocumentException(fileName, "took longer than " + limit.toSeconds() + " s to read: refused (a damaged or hostile file?)");
        } catch (InterruptedException e) {
            parsing.cancel(true);
            Thread.currentThread().interrupt();
            throw new UnreadableDocumentException(fileName, "reading was interrupted");
        } catch (java.util.concurrent.ExecutionException failed) {
            Throwable e = failed.getCause();
            if (causedBy(e, Deadline.Passed.class)) {
                throw new UnreadableDocumentException(fileName, "took longer than " + limit.toSeconds() + " s to read: refused (a damaged or hostile file?)");
            }
            if (isWriteLimit(e)) {
                throw new UnreadableDocumentException(fileName, "holds more than " + MAX_TEXT_CHARS + " characters of text: refused");
            }
            if (e instanceof IOException || e instanceof SAXException || e instanceof TikaException) {
                throw new UnreadableDocumentException(fileName, "cannot be parsed as ." + extension(fileName) + ": " + reason(e));
            }
            if (e instanceof OutOfMemoryError || e instanceof StackOverflowError) {
                throw new UnreadableDocumentException(fileName, "cannot be parsed: too deeply nested or too large to read");
            }
            throw new UnreadableDocumentException(fileName, "cannot be parsed: " + e);
        }
        BodyContentHandler handler = body;
        String mediaType = metadata.get(Metadata.CONTENT_TYPE);
        String expected = switch (extension(fileName)) {
            case "pdf" -> "application/pdf";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            default -> "text/html";
        };
        if (mediaType == null || !mediaType.startsWith(expected)) {
            throw new UnreadableDocumentException(fileName,
                    "content is " + (mediaType == null ? "unknown" : mediaType) + ", not " + expected);
        }
        String text = normalise(handler.toString());
        if (text.isBlank()) {
            throw new UnreadableDocumentException(fileName,
                    "no text layer found (a scanned PDF needs OCR first)");
        }
        return new Read(text, blankToNull(metadata.get(TikaCoreProperties.TITLE)), mediaType);
    }

    /**
     * What went wrong, in words a user can act on: Tika wraps the parser's own complaint ("TIKA-198: Illegal
     * IOException from org.apache...") around the one that says what is wrong with the file; that one is taken.
     */
    private static final java.util.regex.Pattern JAVA_NAMES = java.util.regex.Pattern.compile(
            "(?:(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error): ?|\\berror: ?)");

    static String reason(Throwable e) {
        String found = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m == null || m.isBlank() || m.startsWith("TIKA-") || m.startsWith("Unable to parse") && t.getCause() != null) {
                continue;
            }
            found = m;
            if (m.contains("Zip bomb") || m.contains("inflate") || m.contains("ratio") || m.contains("max entry size")) {
                return "a compressed part expands more than " + Math.round(1 / org.palermo.system.ParserLimits.MIN_INFLATE_RATIO)
                        + " times, or beyond " + org.palermo.system.ParserLimits.MAX_ENTRY_MB + " MB (a zip bomb?)";
            }
            if (m.contains("DOCTYPE")) {
                return "the XML declares a DOCTYPE (entities are not expanded: a billion-laughs or external-entity attack?)";
            }
            break;
        }
        if (found == null) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            found = root.getClass().getSimpleName();
        }
        // a parser's message often repeats the exceptions it wrapped ("o.a.p.POIXMLException: o.a.x.XmlException:
        // error: …"): the reader gets the words, not the class names
        String line = JAVA_NAMES.matcher(found.replaceAll("\\s+", " ")).replaceAll("").strip();
        if (line.isEmpty()) {
            line = found.strip();
        }
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWriteLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("WriteLimitReachedException")
                    || (t.getMessage() != null && t.getMessage().contains("Your document contained more than"))) {
                return true;
            }
        }
        return false;
    }

    /** Passes SAX events on until the deadline, then stops the parser at its next piece of output. */
    private static final class Deadline extends org.apache.tika.sax.ContentHandlerDecorator {
        private final long deadline;

        Deadline(org.xml.sax.ContentHandler handler, long deadline) {
            super(handler);
            this.deadline = deadline;
        }

        static final class Passed extends SAXException {
            Passed() {
                super("the time to read the file is up");
            }
        }

        private void check() throws SAXException {
            if (System.nanoTime() > deadline || Thread.currentThread().isInterrupted()) {
                throw new Passed();
            }
        }

        @Override
        public void startElement(String uri, String localName, String name, org.xml.sax.Attributes atts) throws SAXException {
            check();
            super.startElement(uri, localName, name, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            check();
            super.characters(ch, start, length);
        }
    }

    /** Tika's output uses \r\n on some formats and leaves trailing spaces: make it plain. */
    private static String normalise(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n').strip() + "\n";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
