package org.retailerdesk.allocation.notice.internal;

import java.util.ArrayList;
import java.util.List;

import org.retailerdesk.allocation.notice.Notice;

/**
 * The notice's content as labelled values and tables, the same for every format, so the XLSX and
 * the PDF say the same things in the same order. Numbers stay numbers (the workbook keeps them so).
 */
final class Tables {

    /** A table: its title, column headers and rows. */
    record Table(String title, List<String> headers, List<List<Object>> rows) {
    }

    private Tables() {
    }

    /** The round: label and value pairs. */
    static List<Object[]> summary(Notice n) {
        List<Object[]> out = new ArrayList<>();
        out.add(new Object[] { Messages.Notice_title, n.title() });
        out.add(new Object[] { Messages.Notice_code, n.code() });
        out.add(new Object[] { Messages.Notice_brand, n.brand() });
        out.add(new Object[] { Messages.Notice_period, n.period().toString() });
        out.add(new Object[] { Messages.Notice_method, n.method() });
        out.add(new Object[] { Messages.Notice_status, n.status() });
        if (n.publishedOn() != null) {
            out.add(new Object[] { Messages.Notice_publishedOn, n.publishedOn().toString() });
        }
        out.add(new Object[] { Messages.Notice_supply, n.supply() });
        out.add(new Object[] { Messages.Notice_total, n.total() });
        out.add(new Object[] { Messages.Notice_gap, n.gap() });
        return out;
    }

    static List<String> rules(Notice n) {
        return n.rules().isEmpty() ? List.of(Messages.Notice_noRules) : n.rules();
    }

    static Table grades(Notice n) {
        List<List<Object>> rows = new ArrayList<>();
        for (Notice.GradeRow g : n.grades()) {
            rows.add(List.of(g.grade(), g.retailers(), g.least(), g.most(), g.cartons()));
        }
        return new Table(Messages.Notice_gradeSheet, List.of(Messages.Notice_grade, Messages.Notice_retailers,
                Messages.Notice_least, Messages.Notice_most, Messages.Notice_cartons), rows);
    }

    static Table groups(Notice n) {
        List<List<Object>> rows = new ArrayList<>();
        for (Notice.GroupRow g : n.groups()) {
            rows.add(List.of(g.label(), g.retailers(), g.cartons()));
        }
        return new Table(Messages.Notice_groupSheet,
                List.of(Messages.Notice_group, Messages.Notice_retailers, Messages.Notice_cartons), rows);
    }

    static Table lines(Notice n) {
        List<List<Object>> rows = new ArrayList<>(n.lines().size());
        for (Notice.LineRow l : n.lines()) {
            rows.add(List.of(l.customerCode(), l.shopName() == null ? "" : l.shopName(), l.grade(), l.quantity())); //$NON-NLS-1$
        }
        return new Table(Messages.Notice_linesSheet, List.of(Messages.Notice_customerCode, Messages.Notice_shopName,
                Messages.Notice_grade, Messages.Notice_quantity), rows);
    }
}
