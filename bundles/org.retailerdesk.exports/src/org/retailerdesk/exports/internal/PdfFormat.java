package org.retailerdesk.exports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.exports.ExportContext;
import org.retailerdesk.exports.ExportFormat;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.OperatingRecord;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerImage;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.labels.Masking;
import org.retailerdesk.model.labels.ModelLabels;

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
 * One profile card per retailer, each on its own page: the chosen fields of the retailer file by
 * group, the photos on file, the latest operating records (inspections, guidance) and the
 * priority-assistance status, with certificate numbers and disability details masked. The
 * Chinese font is found on the system and embedded as a subset.
 */
public class PdfFormat implements ExportFormat {

    /** Operating records shown per card, newest first. */
    static final int LATEST_RECORDS = 8;

    private Font title;
    private Font heading;
    private Font label;
    private Font text;
    private Font small;

    @Override
    public void write(ExportContext context, OutputStream out) throws IOException {
        BaseFont base = CjkFont.load();
        // small type and tight cells, so that a whole card usually fits one A4 page
        title = new Font(base, 14);
        heading = new Font(base, 10, Font.NORMAL, new java.awt.Color(0x1f, 0x4e, 0x79));
        label = new Font(base, 7.5f, Font.NORMAL, java.awt.Color.DARK_GRAY);
        text = new Font(base, 8);
        small = new Font(base, 6.5f, Font.NORMAL, java.awt.Color.GRAY);
        Locale locale = context.locale();
        Document document = new Document(PageSize.A4, 30, 30, 28, 28);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, new NonClosing(out));
            writer.setFullCompression();
            document.addCreator("RetailerDesk"); //$NON-NLS-1$
            document.addTitle(OutputText.get("pdf.title", locale)); //$NON-NLS-1$
            document.open();
            boolean[] first = { true };
            context.forEachRetailer(r -> {
                if (!first[0]) {
                    document.newPage();
                }
                first[0] = false;
                card(document, context, r, locale);
            });
            document.close();
        } catch (DocumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void card(Document document, ExportContext context, Retailer r, Locale locale) {
        add(document, new Paragraph(OutputText.get("pdf.title", locale) + " · " + r.getShopName(), title)); //$NON-NLS-1$ //$NON-NLS-2$
        add(document, new Paragraph(OutputText.get("pdf.subtitle", locale) //$NON-NLS-1$
                .replace("{0}", r.getCustomerCode()).replace("{1}", r.getLicenceNumber()), small)); //$NON-NLS-1$ //$NON-NLS-2$
        Map<ExportColumn.Group, List<ExportColumn>> groups = new LinkedHashMap<>();
        for (ExportColumn c : context.columns()) {
            groups.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c);
        }
        for (ExportColumn.Group g : ExportColumn.Group.values()) {
            List<ExportColumn> columns = groups.get(g);
            if (columns == null) {
                continue;
            }
            section(document, g.label(locale));
            PdfPTable table = pairs();
            for (ExportColumn c : columns) {
                pair(table, c.label(locale), c.text(r, locale));
            }
            add(document, complete(table));
        }
        section(document, OutputText.get("group.image", locale)); //$NON-NLS-1$
        add(document, new Paragraph(OutputText.get("pdf.images", locale) //$NON-NLS-1$
                .replace("{0}", String.valueOf(context.store().findBy(RetailerImage.class, r.getId()).size())), text)); //$NON-NLS-1$
        records(document, context, r, locale);
        households(document, context, r, locale);
        add(document, new Paragraph(OutputText.get("pdf.footer", locale).replace("{0}", LocalDate.now().toString()), small)); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void records(Document document, ExportContext context, Retailer r, Locale locale) {
        section(document, OutputText.get("pdf.records", locale)); //$NON-NLS-1$
        List<OperatingRecord> records = new ArrayList<>(context.store().findBy(OperatingRecord.class, r.getId()));
        if (records.isEmpty()) {
            add(document, new Paragraph(OutputText.get("pdf.records.none", locale), text)); //$NON-NLS-1$
            return;
        }
        records.sort(Comparator.comparing(OperatingRecord::getDate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Entity::getId, Comparator.reverseOrder()));
        PdfPTable table = new PdfPTable(new float[] { 13, 17, 42, 12, 16 });
        table.setWidthPercentage(100);
        for (String h : new String[] { ModelLabels.label(Literals.OPERATING_RECORD__DATE, locale),
                OutputText.get("pdf.record.kind", locale), OutputText.get("pdf.record.result", locale), //$NON-NLS-1$ //$NON-NLS-2$
                ModelLabels.label(Literals.OPERATING_RECORD__RECORDED_BY, locale),
                ModelLabels.label(Literals.OPERATING_RECORD__NOTE, locale) }) {
            table.addCell(cell(h, label));
        }
        for (OperatingRecord record : records.subList(0, Math.min(LATEST_RECORDS, records.size()))) {
            table.addCell(cell(FieldValues.text(record, Literals.OPERATING_RECORD__DATE, locale), text));
            table.addCell(cell(ModelLabels.label(record.eClass(), locale), text));
            // what the kind of record adds (inspection results, guidance topic)
            List<String> details = new ArrayList<>();
            for (EStructuralFeature f : record.eClass().getEStructuralFeatures()) {
                details.add(ModelLabels.label(f, locale) + " " + FieldValues.text(record, f, locale)); //$NON-NLS-1$
            }
            table.addCell(cell(String.join("；", details), text)); //$NON-NLS-1$
            table.addCell(cell(FieldValues.text(record, Literals.OPERATING_RECORD__RECORDED_BY, locale), text));
            table.addCell(cell(FieldValues.text(record, Literals.OPERATING_RECORD__NOTE, locale), text));
        }
        add(document, table);
    }

    private void households(Document document, ExportContext context, Retailer r, Locale locale) {
        section(document, OutputText.get("pdf.household", locale)); //$NON-NLS-1$
        List<PriorityHousehold> households = context.households(r);
        if (households.isEmpty()) {
            add(document, new Paragraph(OutputText.get("pdf.household.none", locale), text)); //$NON-NLS-1$
            return;
        }
        for (PriorityHousehold h : households) {
            PdfPTable table = pairs();
            for (EStructuralFeature f : h.eClass().getEAllStructuralFeatures()) {
                if (f == Literals.PRIORITY_HOUSEHOLD__RETAILER || f.getEContainingClass() == Literals.ENTITY) {
                    continue;
                }
                String value = FieldValues.text(h, f, locale);
                pair(table, ModelLabels.label(f, locale), Masking.sensitive(h, f) ? Masking.lastFour(value) : value);
            }
            add(document, complete(table));
        }
    }

    private void section(Document document, String name) {
        Paragraph p = new Paragraph(name, heading);
        p.setSpacingBefore(5);
        p.setSpacingAfter(2);
        add(document, p);
    }

    /** A table of label/value pairs, two pairs per row. */
    private static PdfPTable pairs() {
        PdfPTable table = new PdfPTable(new float[] { 16, 34, 16, 34 });
        table.setWidthPercentage(100);
        return table;
    }

    private void pair(PdfPTable table, String name, String value) {
        PdfPCell l = cell(name, label);
        l.setBackgroundColor(new java.awt.Color(0xf2, 0xf2, 0xf2));
        table.addCell(l);
        table.addCell(cell(value, text));
    }

    /** Fills the last row of a pairs table, which would otherwise not be drawn. */
    private static PdfPTable complete(PdfPTable table) {
        table.completeRow();
        return table;
    }

    private static PdfPCell cell(String content, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(content, font));
        c.setPadding(2);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setBorderColor(java.awt.Color.LIGHT_GRAY);
        return c;
    }

    private static void add(Document document, Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The exporter closes its own stream; OpenPDF closes the one it writes to when the document closes. */
    private static final class NonClosing extends java.io.FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
