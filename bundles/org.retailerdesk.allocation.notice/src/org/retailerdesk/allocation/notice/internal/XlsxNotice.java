package org.retailerdesk.allocation.notice.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.retailerdesk.allocation.notice.Notice;
import org.retailerdesk.exports.XlsxCells;

/**
 * The notice as a workbook: the round with its rules, then one sheet per table. Codes are text
 * cells (leading zeros kept), quantities numbers; every text is neutralised ({@link XlsxCells}).
 */
public final class XlsxNotice {

    private static final int FLUSH_ROWS = 1000;

    private XlsxNotice() {
    }

    public static void write(Notice notice, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "RetailerDesk", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
        XlsxCells round = XlsxCells.newSheet(workbook, Messages.Notice_roundSheet);
        round.text(0, 0, Messages.Notice_heading);
        round.style(0, 0).bold().set();
        int y = 2;
        for (Object[] pair : Tables.summary(notice)) {
            round.text(y, 0, (String) pair[0]);
            cell(round, y++, 1, pair[1]);
        }
        y++;
        round.text(y, 0, Messages.Notice_rules);
        round.style(y++, 0).bold().set();
        for (String rule : Tables.rules(notice)) {
            round.text(y++, 0, rule);
        }
        round.width(0, 24);
        round.width(1, 48);
        round.finish();
        table(workbook, Tables.grades(notice));
        if (!notice.groups().isEmpty()) {
            table(workbook, Tables.groups(notice));
        }
        table(workbook, Tables.lines(notice));
        workbook.finish();
    }

    private static void table(Workbook workbook, Tables.Table table) throws IOException {
        XlsxCells sheet = XlsxCells.newSheet(workbook, table.title());
        List<String> headers = table.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.text(0, c, headers.get(c));
            sheet.width(c, c == 0 ? 20 : 14);
        }
        sheet.bold(0, 0, headers.size() - 1);
        sheet.freezePane(0, 1);
        int y = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, y, c, row.get(c));
            }
            if (y++ % FLUSH_ROWS == 0) {
                sheet.flush();
            }
        }
        sheet.finish();
    }

    private static void cell(XlsxCells sheet, int y, int c, Object value) {
        if (value instanceof Number n) {
            sheet.number(y, c, n);
        } else {
            sheet.text(y, c, String.valueOf(value));
        }
    }
}
