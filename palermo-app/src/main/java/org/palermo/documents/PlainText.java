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
        AutoDetectParser parser = new AutoDetectParser();
        BodyContentHandler handler = new BodyContentHandler(-1);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (IOException | SAXException | TikaException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UnreadableDocumentException(fileName, "cannot be parsed as ." + extension(fileName) + ": " + reason);
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException(fileName, "cannot be parsed: " + e);
        }
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

    /** Tika's output uses \r\n on some formats and leaves trailing spaces: make it plain. */
    private static String normalise(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n').strip() + "\n";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
