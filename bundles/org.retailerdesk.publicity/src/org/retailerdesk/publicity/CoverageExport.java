package org.retailerdesk.publicity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

import org.dhatim.fastexcel.Workbook;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.exports.AtomicFile;
import org.retailerdesk.exports.XlsxCells;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.publicity.internal.Messages;
import org.retailerdesk.store.BulkLoad;
import org.retailerdesk.store.Store;

/**
 * Writes a coverage matrix as an XLSX workbook: a sheet of the figures per district and per
 * customer manager, and a sheet of every retailer concerned with its latest record (or none).
 * The file is written whole or not at all ({@link AtomicFile}); the retailers are read a page at
 * a time, so memory stays flat. Labels follow the UI's language.
 */
public final class CoverageExport {

    private static final int PAGE = BulkLoad.BULK_CHUNK;
    private static final String PERCENT_FORMAT = "0.0"; //$NON-NLS-1$
    private static final EStructuralFeature[] RETAILER_COLUMNS = { Literals.RETAILER__CUSTOMER_CODE,
            Literals.RETAILER__SHOP_NAME, Literals.RETAILER__DISTRICT, Literals.RETAILER__CUSTOMER_MANAGER };
    private static final EStructuralFeature[] RECORD_COLUMNS = { Literals.PUBLICITY_RECORD__DATE,
            Literals.PUBLICITY_RECORD__CHANNEL, Literals.PUBLICITY_RECORD__ACKNOWLEDGEMENT,
            Literals.PUBLICITY_RECORD__DELIVERED_BY };

    private CoverageExport() {
    }

    /**
     * @param monitor progress in retailers written; cancel to stop ({@link OperationCanceledException}, no file)
     * @return how many retailers were written
     * @throws PublicityException when the file cannot be written (an older file stays as it was)
     */
    public static long writeXlsx(Store store, CoverageMatrix matrix, Path file, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Export_task, file.getFileName()),
                (int) Math.min(Integer.MAX_VALUE, matrix.retailers()));
        long[] written = { 0 };
        try {
            AtomicFile.write(file, out -> {
                Workbook workbook = new Workbook(out, "RetailerDesk", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
                workbook.setCompressionLevel(Deflater.BEST_SPEED);
                // streamed: a sheet is finished before the next one is written
                XlsxCells figures = XlsxCells.newSheet(workbook, Messages.Export_summarySheet);
                summary(figures, matrix);
                figures.finish();
                XlsxCells list = XlsxCells.newSheet(workbook, Messages.Export_retailersSheet);
                written[0] = retailers(list, store, matrix, progress);
                list.finish();
                workbook.finish();
            });
            return written[0];
        } catch (IOException e) {
            throw new PublicityException(NLS.bind(Messages.Export_failed, file, e.getMessage()));
        }
    }

    private static void summary(XlsxCells sheet, CoverageMatrix matrix) {
        CoverageFilter f = matrix.filter();
        sheet.text(0, 0, Messages.Export_policy);
        sheet.text(0, 1, EntityLabels.label(matrix.policy()));
        sheet.text(1, 0, Messages.Export_range);
        sheet.text(1, 1, (f.from() == null ? "…" : f.from().toString()) + " – " //$NON-NLS-1$ //$NON-NLS-2$
                + (f.to() == null ? "…" : f.to().toString())); //$NON-NLS-1$
        String[] header = { Messages.Export_kind, Messages.Export_group, Messages.Export_retailers, Messages.Export_told,
                Messages.Export_untold, Messages.Export_percent };
        int y = 3;
        for (int c = 0; c < header.length; c++) {
            sheet.text(y, c, header[c]);
            sheet.width(c, c == 1 ? 24 : 14);
        }
        sheet.bold(y, 0, header.length - 1);
        y = share(sheet, y + 1, Messages.Export_total, new CoverageMatrix.Share(null, Messages.Export_total,
                matrix.retailers(), matrix.told()));
        for (CoverageMatrix.Share s : matrix.byDistrict()) {
            y = share(sheet, y, Messages.Export_district, s);
        }
        for (CoverageMatrix.Share s : matrix.byManager()) {
            y = share(sheet, y, Messages.Export_manager, s);
        }
    }

    private static int share(XlsxCells sheet, int y, String kind, CoverageMatrix.Share s) {
        sheet.text(y, 0, kind);
        sheet.text(y, 1, s.name());
        sheet.number(y, 2, s.retailers());
        sheet.number(y, 3, s.told());
        sheet.number(y, 4, s.untold());
        sheet.number(y, 5, Math.round(s.percent() * 10) / 10.0);
        sheet.style(y, 5).format(PERCENT_FORMAT).set();
        return y + 1;
    }

    private static long retailers(XlsxCells sheet, Store store, CoverageMatrix matrix, SubMonitor progress)
            throws IOException {
        int c = 0;
        for (EStructuralFeature f : RETAILER_COLUMNS) {
            sheet.text(0, c++, ModelLabels.label(f));
        }
        sheet.text(0, c++, Messages.Export_status);
        for (EStructuralFeature f : RECORD_COLUMNS) {
            sheet.text(0, c++, ModelLabels.label(f));
        }
        sheet.bold(0, 0, c - 1);
        sheet.freezePane(0, 1);
        if (matrix.concerned() == null) {
            return 0;
        }
        int y = 0;
        for (int from = 0;; from += PAGE) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            List<Retailer> page = store.retailers().findRetailerRows(matrix.concerned().page(from, PAGE));
            if (page.isEmpty()) {
                break;
            }
            Map<Long, PublicityRecord> latest = Coverage.latest(store, matrix, page.stream().map(Retailer::getId).toList());
            for (Retailer r : page) {
                y++;
                PublicityRecord p = latest.get(r.getId());
                sheet.inlineText(y, 0, r.getCustomerCode());
                sheet.inlineText(y, 1, r.getShopName());
                sheet.text(y, 2, r.getDistrict() == null ? null : r.getDistrict().getName());
                sheet.text(y, 3, r.getCustomerManager() == null ? null : r.getCustomerManager().getName());
                sheet.text(y, 4, p == null ? Messages.Export_no : Messages.Export_yes);
                if (p != null) {
                    sheet.date(y, 5, p.getDate());
                    sheet.text(y, 6, ModelLabels.valueLabel(p.getChannel()));
                    sheet.text(y, 7, ModelLabels.valueLabel(p.getAcknowledgement()));
                    sheet.text(y, 8, p.getDeliveredBy() == null ? null : p.getDeliveredBy().getName());
                }
            }
            sheet.flush();
            progress.worked(page.size());
            if (page.size() < PAGE) {
                break;
            }
        }
        return y;
    }
}
