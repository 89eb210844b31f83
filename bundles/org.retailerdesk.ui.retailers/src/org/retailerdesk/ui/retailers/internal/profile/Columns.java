package org.retailerdesk.ui.retailers.internal.profile;

import java.util.function.Function;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;

/** Read-only table columns that share the width of their table by weight. */
final class Columns {

    private static final int MIN_WIDTH = 60;

    private Columns() {
    }

    static <T> void add(TableViewer viewer, TableColumnLayout layout, String title, int weight, Class<T> rowType,
            Function<T, String> text, Function<T, Image> image) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rowType.cast(element));
            }

            @Override
            public Image getImage(Object element) {
                return image == null ? null : image.apply(rowType.cast(element));
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, MIN_WIDTH));
    }
}
