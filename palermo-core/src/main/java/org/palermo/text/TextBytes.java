package org.palermo.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The characters of a plain-text file, so that offsets into them are offsets into the file's text: UTF-8,
 * falling back to Windows-1252 for legacy or mixed encodings (it maps every byte, so nothing is lost
 * silently), without a leading byte-order mark. Every reader of {@code .txt} documents decodes through here,
 * so a file gives the same text, and so the same facts, wherever it is read.
 */
public final class TextBytes {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextBytes() {
    }

    /** The text of a file's bytes; throws {@link IllegalArgumentException} for binary content. */
    public static String decode(byte[] bytes) {
        if (looksBinary(bytes)) {
            throw new IllegalArgumentException("binary content, not text");
        }
        // The String constructor's decoder (one pass, straight into the string's compact bytes) gives the strict
        // decoder's text for any valid UTF-8, and a replacement character wherever the bytes are not UTF-8; only then
        // (or when the file holds that character itself) is the strict decoder asked, which tells the two apart.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                text = new String(bytes, WINDOWS_1252);
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A NUL byte, or more than one byte in ten a control character, in the first 8 KB. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || (b > 0x0d && b < 0x20)) {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }
}
