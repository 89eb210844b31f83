package org.retailerdesk.imports.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

/**
 * Decodes a CSV file's bytes: a UTF-8 byte order mark means UTF-8; else UTF-8 when every byte
 * decodes strictly as UTF-8; else GBK (what Excel on a Chinese Windows writes). Never replaces
 * bad bytes with '?': an undecodable file is an error that names the row of the first bad byte.
 */
public final class Encodings {

    public static final Charset GBK = Charset.forName("GBK"); //$NON-NLS-1$

    /** The decoded text and the charset that decoded it. */
    public record Decoded(String text, Charset charset, boolean bom) {
    }

    private Encodings() {
    }

    /** @param charset the user's choice, or null to detect */
    public static Decoded decode(Path file, byte[] bytes, Charset charset) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        int start = bom && (charset == null || charset.equals(StandardCharsets.UTF_8)) ? 3 : 0;
        if (charset != null) {
            return new Decoded(strict(file, bytes, start, charset, true), charset, start > 0);
        }
        if (bom) {
            return new Decoded(strict(file, bytes, 3, StandardCharsets.UTF_8, true), StandardCharsets.UTF_8, true);
        }
        String utf8 = strict(file, bytes, 0, StandardCharsets.UTF_8, false);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, false);
        }
        String gbk = strict(file, bytes, 0, GBK, false);
        if (gbk != null) {
            return new Decoded(gbk, GBK, false);
        }
        // the encoding that decodes further is the likelier one: its first bad byte is the one to show
        int at = Math.max(firstBadByte(bytes, 0, StandardCharsets.UTF_8), firstBadByte(bytes, 0, GBK));
        throw Table.error(file, rowOf(bytes, at), null,
                NLS.bind(Messages.Import_unknownEncoding, new Object[] { file.getFileName(), rowOf(bytes, at), at }), null);
    }

    /** The text, or null (or an error when {@code fail}) if a byte does not decode. */
    private static String strict(Path file, byte[] bytes, int start, Charset charset, boolean fail) {
        CharsetDecoder decoder = decoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (!r.isError()) {
            r = decoder.flush(out);
        }
        if (r.isError()) {
            if (!fail) {
                return null;
            }
            int at = in.position();
            throw Table.error(file, rowOf(bytes, at), null, NLS.bind(Messages.Import_wrongEncoding,
                    new Object[] { file.getFileName(), charset.name(), rowOf(bytes, at), at }), null);
        }
        out.flip();
        return out.toString();
    }

    private static int firstBadByte(byte[] bytes, int start, Charset charset) {
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder(charset).decode(in, out, true);
        return in.position();
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Line number (1-based) of the byte at that offset. */
    private static int rowOf(byte[] bytes, int offset) {
        int row = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                row++;
            }
        }
        return row;
    }
}
