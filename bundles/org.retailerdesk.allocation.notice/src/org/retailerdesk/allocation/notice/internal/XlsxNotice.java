package org.retailerdesk.allocation.notice.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.retailerdesk.allocation.notice.Notice;

/**
 * The notice as a workbook: the round with its rules, then one sheet per table. Codes are text
 * cells (leading zeros kept), quantities numbers.
 */
public final class XlsxNotice {

    private static final int FLUSH_ROWS = 1000;

    private XlsxNotice() {
    }

    public static void write(Notice notice, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "RetailerDesk", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
        Worksheet round = workbook.newWorksheet(Messages.Notice_roundSheet);
        round.value(0, 0, Messages.Notice_heading);
        round.style(0, 0).bold().set();
        int y = 2;
        for (Object[] pair : Tables.summary(notice)) {
            round.value(y, 0, (String) pair[0]);
            cell(round, y++, 1, pair[1]);
        }
        y++;
        round.value(y, 0, Messages.Notice_rules);
        round.style(y++, 0).bold().set();
        for (String rule : Tables.rules(notice)) {
            round.value(y++, 0, rule);
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
        Worksheet sheet = workbook.newWorksheet(table.title());
        List<String> headers = table.headers();
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.width(c, c == 0 ? 20 : 14);
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
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

    private static void cell(Worksheet sheet, int y, int c, Object value) {
        if (value instanceof Number n) {
            sheet.value(y, c, n);
        } else {
            sheet.value(y, c, String.valueOf(value));
        }
    }
}
