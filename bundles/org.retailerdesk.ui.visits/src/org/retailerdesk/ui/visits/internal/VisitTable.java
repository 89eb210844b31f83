package org.retailerdesk.ui.visits.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.Visit;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;

/** A table of visits: date, (retailer), visitor, purpose, what was observed, follow-up. */
public class VisitTable {

    private final TableViewer viewer;

    /** One column of a table of visits. */
    public record Column(String header, int width, Function<Visit, String> text) {
    }

    /** @param withRetailer true: a column for the retailer (the log), false: the retailer is known (its page) */
    public VisitTable(Composite parent, boolean withRetailer) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (Column c : columns(withRetailer)) {
            column(viewer, Visit.class, c.header(), c.width(), c.text());
        }
    }

    /** The columns: date, (retailer), visitor, purpose, shop open, what was observed, follow-up and its date. */
    public static List<Column> columns(boolean withRetailer) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(ModelLabels.label(Literals.VISIT__DATE), 90, v -> String.valueOf(v.getDate())));
        if (withRetailer) {
            columns.add(new Column(ModelLabels.label(Literals.RETAILER__CUSTOMER_CODE), 110, v -> retailer(v).getCustomerCode()));
            columns.add(new Column(ModelLabels.label(Literals.RETAILER__SHOP_NAME), 160, v -> retailer(v).getShopName()));
        }
        columns.add(new Column(ModelLabels.label(Literals.VISIT__VISITOR), 90, v -> staff(v.getVisitor())));
        columns.add(new Column(ModelLabels.label(Literals.VISIT__PURPOSE), 80, v -> v.getPurpose() == null ? "" //$NON-NLS-1$
                : ModelLabels.valueLabel(v.getPurpose())));
        columns.add(new Column(ModelLabels.label(Literals.VISIT__SHOP_OPEN), 60,
                v -> v.isShopOpen() ? Messages.Value_yes : Messages.Value_no));
        columns.add(new Column(Messages.Column_observed, 260, VisitTable::observed));
        columns.add(new Column(ModelLabels.label(Literals.VISIT__FOLLOW_UP), 140, v -> text(v.getFollowUp())));
        columns.add(new Column(ModelLabels.label(Literals.VISIT__FOLLOW_UP_DUE), 90,
                v -> v.getFollowUpDue() == null ? "" : v.getFollowUpDue().toString())); //$NON-NLS-1$
        return columns;
    }

    private static Retailer retailer(Visit v) {
        return v.getRetailer() == null || v.getRetailer().eIsProxy() ? org.retailerdesk.model.RetailerdeskFactory.eINSTANCE
                .createRetailer() : v.getRetailer();
    }

    private static String staff(Staff s) {
        return EntityLabels.label(s);
    }

    private static String text(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }

    /** The notes that were written, each with its label: sales, stock, compliance, new products, complaint, note. */
    static String observed(Visit v) {
        StringBuilder sb = new StringBuilder();
        append(sb, Literals.VISIT__SALES_NOTE, v.getSalesNote());
        append(sb, Literals.VISIT__STOCK_NOTE, v.getStockNote());
        append(sb, Literals.VISIT__COMPLIANCE_NOTE, v.getComplianceNote());
        append(sb, Literals.VISIT__NEW_PRODUCT_NOTE, v.getNewProductNote());
        append(sb, Literals.VISIT__COMPLAINT, v.getComplaint());
        append(sb, Literals.VISIT__NOTE, v.getNote());
        return sb.toString();
    }

    private static void append(StringBuilder sb, org.eclipse.emf.ecore.EStructuralFeature f, String value) {
        if (value != null && !value.isBlank()) {
            if (sb.length() > 0) {
                sb.append("; "); //$NON-NLS-1$
            }
            sb.append(ModelLabels.label(f)).append(": ").append(value); //$NON-NLS-1$
        }
    }

    /** Adds a column showing the text of each row's element to a viewer (this table, the log's other lists). */
    static <T> void column(TableViewer viewer, Class<T> type, String header, int width, Function<T, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(header);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }
        });
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** The selected visit, or null. */
    public Visit selected() {
        return (Visit) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
    }

    /** The text of a cell as shown. */
    public String cell(int row, int column) {
        return viewer.getTable().getItem(row).getText(column);
    }
}
