package org.palermo.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A .txt file's characters, as every reader of plain-text documents decodes them. */
class TextBytesTest {

    @Test
    void utf8IsReadAsItIsWithoutItsByteOrderMark() {
        byte[] bytes = "\uFEFFTrata de personas en el Perú: 37 víctimas".getBytes(StandardCharsets.UTF_8);

        assertThat(TextBytes.decode(bytes)).isEqualTo("Trata de personas en el Perú: 37 víctimas");
    }

    @Test
    void legacyTextFallsBackToWindows1252SoNoCharacterIsLost() {
        byte[] bytes = "Traite des êtres humains – 12 victimes".getBytes(Charset.forName("windows-1252"));

        assertThat(TextBytes.decode(bytes)).isEqualTo("Traite des êtres humains – 12 victimes");
    }

    @Test
    void binaryContentIsRefused() {
        assertThatThrownBy(() -> TextBytes.decode(new byte[] {0, 1, 2, 3, 0, 5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("binary content, not text");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsKept() {
        byte[] bytes = "Victimes : 12 \uFFFD dont 3 mineurs".getBytes(StandardCharsets.UTF_8);

        assertThat(TextBytes.decode(bytes)).isEqualTo("Victimes : 12 \uFFFD dont 3 mineurs");
    }

    @Test
    void aFileMixingUtf8AndLegacyBytesIsReadWholeAsWindows1252() {
        byte[] utf8 = "Perú ".getBytes(StandardCharsets.UTF_8);
        byte[] legacy = "37 víctimas".getBytes(Charset.forName("windows-1252"));
        byte[] bytes = new byte[utf8.length + legacy.length];
        System.arraycopy(utf8, 0, bytes, 0, utf8.length);
        System.arraycopy(legacy, 0, bytes, utf8.length, legacy.length);

        assertThat(TextBytes.decode(bytes)).isEqualTo("PerÃº 37 víctimas");
    }
}
