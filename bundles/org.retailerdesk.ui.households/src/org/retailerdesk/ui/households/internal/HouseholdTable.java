package org.retailerdesk.ui.households.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.retailerdesk.model.PriorityHousehold;

/**
 * A table of households, shared by the view and the profile page: one column per
 * {@link HouseholdColumn}, sorted by the column whose header was clicked (again: reversed).
 */
public final class HouseholdTable {

    private final TableViewer viewer;
    private final List<HouseholdColumn> columns;
    private int sortColumn = -1;
    private boolean descending;

    public HouseholdTable(Composite parent, int style, List<HouseholdColumn> columns) {
        this.columns = columns;
        viewer = new TableViewer(parent, style | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setUseHashlookup(true);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (int i = 0; i < columns.size(); i++) {
            HouseholdColumn c = columns.get(i);
            TableViewerColumn vc = new TableViewerColumn(viewer, SWT.LEFT);
            vc.getColumn().setText(c.header());
            vc.getColumn().setWidth(c.width());
            vc.getColumn().setMoveable(true);
            vc.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return c.text().apply((PriorityHousehold) element);
                }
            });
            int index = i;
            vc.getColumn().addListener(SWT.Selection, e -> sortBy(index));
        }
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                if (sortColumn < 0) {
                    return 0;
                }
                int order = columns.get(sortColumn).comparator().compare((PriorityHousehold) a, (PriorityHousehold) b);
                return descending ? -order : order;
            }
        });
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** Sorts by a column; the same column again reverses the order. */
    public void sortBy(int column) {
        descending = column == sortColumn && !descending;
        sortColumn = column;
        Table table = viewer.getTable();
        TableColumn tc = table.getColumn(column);
        table.setSortColumn(tc);
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    /** The households in the order the table shows them, after filters. */
    public List<PriorityHousehold> shown() {
        List<PriorityHousehold> out = new ArrayList<>();
        for (TableItem item : viewer.getTable().getItems()) {
            out.add((PriorityHousehold) item.getData());
        }
        return out;
    }

    /** The text of a cell as shown. */
    public String cell(int row, int column) {
        return viewer.getTable().getItem(row).getText(column);
    }

    public int columnCount() {
        return columns.size();
    }

    /** The household selected first, or null. */
    public PriorityHousehold selected() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        return first instanceof PriorityHousehold h ? h : null;
    }
}
