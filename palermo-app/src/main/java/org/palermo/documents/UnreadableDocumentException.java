package org.palermo.documents;

/** A document file that cannot be turned into text; the message names the file and the reason. */
public class UnreadableDocumentException extends Exception {

    private final String fileName;
    private final String reason;

    public UnreadableDocumentException(String fileName, String reason) {
        super(fileName + ": " + reason);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public String reason() {
        return reason;
    }
}
