package org.retailerdesk.ui.retailers.internal;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.retailerdesk.store.RetailerQuery;

/**
 * The table's sort state, applied by the database: a click on a sortable header sorts the query
 * by that column's {@link RetailerColumn#sort() key}; other headers do nothing. Without a sorted
 * column the store's default applies (highest grade first).
 */
final class QuerySortModel implements ISortModel {

    private final Runnable onChange;
    private RetailerColumn column;
    private SortDirectionEnum direction = SortDirectionEnum.NONE;

    QuerySortModel(Runnable onChange) {
        this.onChange = onChange;
    }

    RetailerQuery apply(RetailerQuery query) {
        RetailerQuery defaults = RetailerQuery.all();
        return column == null ? query.sortedBy(defaults.sort(), defaults.ascending())
                : query.sortedBy(column.sort(), direction == SortDirectionEnum.ASC);
    }

    @Override
    public void sort(int columnIndex, SortDirectionEnum sortDirection, boolean accumulate) {
        RetailerColumn clicked = RetailerColumn.values()[columnIndex];
        if (clicked.sort() == null) {
            return;
        }
        boolean none = sortDirection == SortDirectionEnum.NONE;
        column = none ? null : clicked;
        direction = none ? SortDirectionEnum.NONE : sortDirection;
        onChange.run();
    }

    @Override
    public void clear() {
        column = null;
        direction = SortDirectionEnum.NONE;
        onChange.run();
    }

    @Override
    public List<Integer> getSortedColumnIndexes() {
        return column == null ? List.of() : List.of(column.ordinal());
    }

    @Override
    public boolean isColumnIndexSorted(int columnIndex) {
        return column != null && column.ordinal() == columnIndex;
    }

    @Override
    public SortDirectionEnum getSortDirection(int columnIndex) {
        return isColumnIndexSorted(columnIndex) ? direction : SortDirectionEnum.NONE;
    }

    @Override
    public int getSortOrder(int columnIndex) {
        return isColumnIndexSorted(columnIndex) ? 0 : -1;
    }

    @SuppressWarnings("rawtypes")
    @Override
    public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
        return List.of();
    }

    @Override
    public Comparator<?> getColumnComparator(int columnIndex) {
        return null;
    }
}
