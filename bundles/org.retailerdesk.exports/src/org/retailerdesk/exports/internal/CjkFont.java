package org.retailerdesk.exports.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.exports.ExportException;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

/**
 * Finds a font with Chinese characters on this machine for the PDF, which embeds it (PDF readers
 * are not required to have one). No font ships with RetailerDesk. Order: the system property
 * {@value #PROPERTY}, the environment variable {@value #ENVIRONMENT}, fontconfig's choice for
 * Chinese sans, well-known Debian paths, then any other fontconfig font for Chinese. The font
 * must have Latin letters and digits too. A collection (.ttc) is opened at its first font
 * ({@code path,0}, as OpenPDF wants it).
 */
public final class CjkFont {

    public static final String PROPERTY = "retailerdesk.pdf.font"; //$NON-NLS-1$
    public static final String ENVIRONMENT = "RETAILERDESK_PDF_FONT"; //$NON-NLS-1$

    /**
     * Characters the font must have: common ones of the retailer file, and Latin letters, digits and
     * signs (fallback fonts such as Droid Sans Fallback have the Chinese ones only).
     */
    private static final String PROBE = "零售户档案 Aa09*-@（）"; //$NON-NLS-1$

    private static final List<String> WELL_KNOWN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", //$NON-NLS-1$
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", //$NON-NLS-1$
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", //$NON-NLS-1$
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", //$NON-NLS-1$
            "/usr/share/fonts/truetype/arphic/uming.ttc"); //$NON-NLS-1$

    private static volatile String found;

    private CjkFont() {
    }

    /**
     * @return the font, to be embedded (subset) with Identity-H encoding
     * @throws ExportException in the user's language when no usable font exists
     */
    public static BaseFont load() {
        String explicit = System.getProperty(PROPERTY);
        if (explicit == null || explicit.isBlank()) {
            explicit = System.getenv(ENVIRONMENT);
        }
        if (explicit != null && !explicit.isBlank()) {
            String path = explicit.strip();
            try {
                BaseFont font = open(path);
                if (font == null) {
                    throw new ExportException(NLS.bind(Messages.Pdf_badFont, path, PROBE));
                }
                return font;
            } catch (IOException | DocumentException e) {
                throw new ExportException(NLS.bind(Messages.Pdf_badFont, path, e.getMessage()), e);
            }
        }
        String known = found;
        List<String> candidates = new ArrayList<>();
        if (known != null) {
            candidates.add(known);
        }
        candidates.addAll(candidates());
        for (String path : candidates) {
            try {
                BaseFont font = open(path);
                if (font != null) {
                    found = path;
                    return font;
                }
            } catch (IOException | DocumentException e) {
                // not a font OpenPDF can embed (e.g. CFF-based OTF): try the next one
            }
        }
        throw new ExportException(NLS.bind(Messages.Pdf_noFont, PROPERTY, ENVIRONMENT));
    }

    /** The font at the path if it has Chinese characters, else null. */
    private static BaseFont open(String path) throws IOException, DocumentException {
        if (!Files.isRegularFile(Path.of(path))) {
            throw new IOException(path);
        }
        String name = path.toLowerCase(Locale.ROOT).endsWith(".ttc") ? path + ",0" : path; //$NON-NLS-1$ //$NON-NLS-2$
        BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        return PROBE.codePoints().allMatch(font::charExists) ? font : null;
    }

    private static Set<String> candidates() {
        Set<String> paths = new LinkedHashSet<>();
        paths.addAll(fontconfig("fc-match", "-f", "%{file}", "sans:lang=zh")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        paths.addAll(WELL_KNOWN);
        paths.addAll(fontconfig("fc-list", ":lang=zh", "file")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return paths;
    }

    /** The font files a fontconfig command prints, one per line ("path:" from fc-list); none without fontconfig. */
    private static List<String> fontconfig(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return List.of();
            }
            return out.lines().map(l -> l.strip().replaceFirst(":$", "")).filter(l -> !l.isEmpty()).sorted().toList(); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
