package org.retailerdesk.ui.publicity.internal;

import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** The tables of the publicity views: a list of rows, one text column per value. */
final class Tables {

    private Tables() {
    }

    static TableViewer create(Composite parent) {
        TableViewer t = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        t.getTable().setHeaderVisible(true);
        t.getTable().setLinesVisible(true);
        t.setContentProvider(ArrayContentProvider.getInstance());
        return t;
    }

    /** A column showing {@code value} of each row (type T) as {@link Texts#of} writes it. */
    static <T> void column(TableViewer table, Class<T> type, String title, int width, Function<T, Object> value) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Texts.of(value.apply(type.cast(element)));
            }
        });
    }
}
