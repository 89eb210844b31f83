package org.retailerdesk.allocation.notice.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.retailerdesk.allocation.notice.Notice;
import org.retailerdesk.exports.PdfFonts;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The notice as an A4 document to print and post: heading, the round, its rules, then the tables
 * with their header repeated on every page. The Chinese font is the system's, embedded as a subset.
 */
public final class PdfNotice {

    /** Rows per table chunk: OpenPDF lays out a table it has been given whole, so a long list goes in parts. */
    private static final int CHUNK = 500;

    private PdfNotice() {
    }

    public static void write(Notice notice, OutputStream out) throws IOException {
        BaseFont base = PdfFonts.chinese();
        Font title = new Font(base, 15);
        Font heading = new Font(base, 11, Font.NORMAL, new java.awt.Color(0x1f, 0x4e, 0x79));
        Font text = new Font(base, 9);
        Document document = new Document(PageSize.A4, 36, 36, 32, 32);
        try {
            // OpenPDF closes the stream when the document closes; the caller's second close does nothing
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setFullCompression();
            document.addCreator("RetailerDesk"); //$NON-NLS-1$
            document.addTitle(notice.title());
            document.open();
            Paragraph top = new Paragraph(Messages.Notice_heading, title);
            top.setAlignment(Element.ALIGN_CENTER);
            document.add(top);
            Paragraph sub = new Paragraph(notice.title(), heading);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(8);
            document.add(sub);
            PdfPTable summary = new PdfPTable(new float[] { 1, 2.5f });
            summary.setWidthPercentage(70);
            for (Object[] pair : Tables.summary(notice)) {
                summary.addCell(cell(String.valueOf(pair[0]), text));
                summary.addCell(cell(String.valueOf(pair[1]), text));
            }
            document.add(summary);
            document.add(section(Messages.Notice_rules, heading));
            for (String rule : Tables.rules(notice)) {
                document.add(new Paragraph("\u2022 " + rule, text)); //$NON-NLS-1$
            }
            table(document, Tables.grades(notice), heading, text);
            if (!notice.groups().isEmpty()) {
                table(document, Tables.groups(notice), heading, text);
            }
            table(document, Tables.lines(notice), heading, text);
            document.close();
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Paragraph section(String name, Font font) {
        Paragraph p = new Paragraph(name, font);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    private static void table(Document document, Tables.Table table, Font heading, Font text) throws DocumentException {
        document.add(section(table.title(), heading));
        List<List<Object>> rows = table.rows();
        for (int from = 0; from < Math.max(1, rows.size()); from += CHUNK) {
            PdfPTable t = new PdfPTable(table.headers().size());
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            for (String h : table.headers()) {
                PdfPCell c = cell(h, text);
                c.setGrayFill(0.9f);
                t.addCell(c);
            }
            for (List<Object> row : rows.subList(from, Math.min(rows.size(), from + CHUNK))) {
                for (Object v : row) {
                    PdfPCell c = cell(String.valueOf(v), text);
                    if (v instanceof Number) {
                        c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    t.addCell(c);
                }
            }
            document.add(t);
        }
    }

    private static PdfPCell cell(String value, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(value, font));
        c.setPadding(3);
        return c;
    }
}
