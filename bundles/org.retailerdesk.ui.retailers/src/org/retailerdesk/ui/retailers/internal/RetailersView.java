package org.retailerdesk.ui.retailers.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.IShowInSource;
import org.eclipse.ui.part.ShowInContext;
import org.eclipse.ui.part.ViewPart;
import org.retailerdesk.households.ActiveHouseholds;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.Startup;
import org.retailerdesk.ui.StoreEvents;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;
import org.retailerdesk.ui.retailers.internal.profile.ProfileOpening;

/**
 * The retailer list: a filter bar over a table of every matching retailer, read page by page from
 * the store ({@link RetailerPages}) and sorted by the store. Filters answer as one types: a change
 * counts and reads the first page in a Job at once, one query at a time, and only the latest
 * filters' answer is shown. The navigator's selection narrows the filters; the selected rows go
 * to the workbench as {@link Retailer}s, and the context menu (id {@link #ID}) takes contributions.
 */
public class RetailersView extends ViewPart {

    public static final String ID = "org.retailerdesk.ui.retailers.list";
    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance();

    private Display display;
    private FilterBar filters;
    private RetailerPages pages;
    private QuerySortModel sortModel;
    private SelectionLayer selectionLayer;
    private ViewportLayer viewport;
    private SortHeaderLayer<Retailer> sortHeader;
    private NatTable table;
    /** Number of the latest query asked for; answers to earlier ones are dropped. */
    private long latestQuery;
    /** Numbers of the queries whose first rows and whose count are on screen. */
    private long rowsShown = -1;
    private long countShown = -1;
    private long total;
    /** A filter changed and its query has not been started yet. */
    private boolean queryPosted = true;
    private LatestOnly<List<Retailer>> rowReads;
    private LatestOnly<Long> countReads;
    /** A condition the filter bar cannot show (the untold of a policy), set by {@link #show}; null if none. */
    private RetailerQuery.NotTold notTold;
    private Composite restrictionBar;
    private Label restrictionLabel;
    /** An import (or other bulk write) changed retailers: read the list again. */
    private final ISelectionListener navigatorListener = (part, selection) -> {
        if (selection instanceof IStructuredSelection s && !filters.control().isDisposed()
                && !(part instanceof NavigatorView navigator && navigator.isRevealing())) {
            filters.narrowTo(s.getFirstElement() instanceof NavigatorView.Node node ? node : null);
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Startup.mark("retailers-view-start");
        display = parent.getDisplay();
        rowReads = new LatestOnly<>(display, Messages.Retailers_querying);
        countReads = new LatestOnly<>(display, Messages.Retailers_counting);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        filters = new FilterBar(parent, this::scheduleQuery);
        filters.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        createRestrictionBar(parent);
        table = createTable(parent);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        // the table's preferred size is every row and column (millions of pixels); ask for a little, take the rest
        tableData.widthHint = 400;
        tableData.heightHint = 200;
        table.setLayoutData(tableData);
        RowSelection rowSelection = new RowSelection();
        getSite().setSelectionProvider(rowSelection);
        createContextMenu(rowSelection);
        ProfileOpening.hook(table, getSite());
        getSite().getPage().addSelectionListener(NavigatorView.ID, navigatorListener);
        StoreEvents.onChange(getSite(), table, this::scheduleQuery, Retailer.class, PriorityHousehold.class);
        Startup.mark("retailers-view-created");

        StoreAccess.whenOpen().whenComplete((info, error) -> {
            if (error != null) {
                display.asyncExec(() -> showFailure(error));
                return;
            }
            display.asyncExec(this::requery);
            record References(ServiceNetwork network, Set<Long> households) {
            }
            UiJob.of(Messages.Retailers_loadingReferences, monitor -> {
                Store store = StoreAccess.store();
                return new References(ServiceNetwork.read(store), ActiveHouseholds.retailersOn(
                        store.findAll(PriorityHousehold.class), LocalDate.now()));
            }).owner(table).onDone(r -> showReferences(r.network(), r.households())).onFailure(this::showFailure).schedule();
        });
    }

    /** A line that names the condition {@link #show} set, with a button to drop it; hidden without one. */
    private void createRestrictionBar(Composite parent) {
        restrictionBar = new Composite(parent, SWT.NONE);
        restrictionBar.setLayout(new GridLayout(2, false));
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.exclude = true;
        restrictionBar.setLayoutData(data);
        restrictionBar.setVisible(false);
        restrictionLabel = new Label(restrictionBar, SWT.NONE);
        restrictionLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button showAll = new Button(restrictionBar, SWT.PUSH);
        showAll.setText(Messages.Retailers_showAll);
        showAll.addListener(SWT.Selection, e -> restrict(null, null));
    }

    /**
     * Shows the retailers of a query: the filter bar takes its filters, and a condition the bar
     * has no control for (the untold of a policy) is kept and named by {@code restriction} above
     * the list until the user drops it. The view's sort stays.
     */
    public void show(RetailerQuery query, String restriction) {
        filters.restore(FilterState.of(query));
        restrict(query.notTold(), restriction);
    }

    private void restrict(RetailerQuery.NotTold condition, String description) {
        notTold = condition;
        boolean shown = condition != null;
        restrictionLabel.setText(shown && description != null ? description : ""); //$NON-NLS-1$
        ((GridData) restrictionBar.getLayoutData()).exclude = !shown;
        restrictionBar.setVisible(shown);
        restrictionBar.getParent().layout(true, true);
        scheduleQuery();
    }

    private NatTable createTable(Composite parent) {
        pages = new RetailerPages(display, this::redraw);
        sortModel = new QuerySortModel(this::scheduleQuery);
        DataLayer body = new DataLayer(pages);
        for (RetailerColumn column : RetailerColumn.values()) {
            body.setColumnWidthByPosition(column.ordinal(), column.width());
        }
        selectionLayer = new SelectionLayer(body);
        viewport = new ViewportLayer(selectionLayer);

        String[] labels = Stream.of(RetailerColumn.values()).map(RetailerColumn::label).toArray(String[]::new);
        IDataProvider headerData = new DefaultColumnHeaderDataProvider(labels);
        ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(headerData), viewport,
                selectionLayer);
        sortHeader = new SortHeaderLayer<>(columnHeader, sortModel, false);

        IDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(pages);
        DataLayer rowHeaderLayer = new DefaultRowHeaderDataLayer(rowHeaderData);
        rowHeaderLayer.setDefaultColumnWidth(60);
        RowHeaderLayer rowHeader = new RowHeaderLayer(rowHeaderLayer, viewport, selectionLayer);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)),
                rowHeader, sortHeader);

        NatTable natTable = new NatTable(parent, new GridLayer(viewport, sortHeader, rowHeader, corner), false);
        natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
        natTable.addConfiguration(new SingleClickSortConfiguration());
        natTable.configure();
        natTable.addDisposeListener(e -> pages.dispose());
        return natTable;
    }

    /**
     * Asks for the list the filters describe. The query starts at once unless one is running; the
     * changes made meanwhile are answered together by one query when it ends, so typing never
     * queues a query per keystroke and the latest filters always win.
     */
    /** A menu other bundles contribute to (open, export, show in navigator); a right click selects the row under it. */
    private void createContextMenu(ISelectionProvider rows) {
        MenuManager menu = new MenuManager();
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        table.setMenu(menu.createContextMenu(table));
        getSite().registerContextMenu(menu, rows);
        table.addListener(SWT.MouseDown, e -> {
            LabelStack region = table.getRegionLabelsByXY(e.x, e.y);
            if (e.button != 3 || region == null || !region.hasLabel(GridRegion.BODY)) {
                return;
            }
            int row = table.getRowIndexByPosition(table.getRowPositionByY(e.y));
            if (row >= 0 && !selectionLayer.isRowPositionFullySelected(row)) {
                selectRow(row);
            }
        });
    }

    private void scheduleQuery() {
        if (!queryPosted) {
            // several controls may change in one event (a saved filter, the navigator): one query for all
            queryPosted = true;
            display.asyncExec(this::requery);
        }
    }

    /**
     * Reads the first rows of the query the filters and sort describe, then its count: the rows
     * come first, since counting a broad search can take much longer than finding its first page.
     */
    private void requery() {
        queryPosted = false;
        if (table.isDisposed()) {
            return;
        }
        RetailerQuery query = getAdapter(RetailerQuery.class);
        long number = ++latestQuery;
        filters.showCount(Messages.Retailers_counting);
        rowReads.ask(() -> StoreAccess.store().retailers().findRetailerRows(query), rows -> {
            showRows(number, query, rows);
            // after the rows, not beside them: a search's count then often reuses the matches just found
            countReads.ask(() -> StoreAccess.store().retailers().count(query), total -> showTotal(number, total),
                    this::showFailure);
        }, this::showFailure);
    }

    private void showRows(long number, RetailerQuery query, List<Retailer> rows) {
        if (table.isDisposed()) {
            return;
        }
        rowsShown = number;
        // until the count comes, the table holds what is read: the first page, and a row more if it is full
        long known = countShown == number ? total : rows.size() + (rows.size() == query.size() ? 1 : 0);
        pages.reset(query, rows, known);
        selectionLayer.clear();
        viewport.resetOrigin(0, 0);
        table.refresh();
    }

    private void showTotal(long number, long count) {
        if (table.isDisposed()) {
            return;
        }
        countShown = number;
        total = count;
        if (rowsShown == number) {
            pages.setTotal(count);
            table.refresh();
        }
        String text = NLS.bind(Messages.Retailers_count, NUMBER.format(count));
        filters.showCount(filters.state().textTooShort() ? text + Messages.Retailers_typeMore : text);
    }

    private void showReferences(ServiceNetwork network, Set<Long> households) {
        if (table.isDisposed()) {
            return;
        }
        filters.setNetwork(network);
        pages.setHouseholds(households);
        table.redraw();
    }

    private void showFailure(Throwable error) {
        ILog.of(getClass()).log(StoreAccess.errorStatus(error));
        if (!table.isDisposed()) {
            filters.showCount(NLS.bind(Messages.Retailers_failed, StoreAccess.errorStatus(error).getMessage()));
        }
    }

    private void redraw() {
        if (!table.isDisposed()) {
            table.redraw();
        }
    }

    /**
     * The selected rows as retailers. Only rows on screen can be selected one by one, and their
     * pages are held; rows of a larger selection whose pages are not held are left out rather
     * than read, so selecting all of 500 000 rows stays cheap.
     */
    private final class RowSelection implements ISelectionProvider {

        private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

        RowSelection() {
            selectionLayer.addLayerListener(event -> {
                if (event instanceof ISelectionEvent) {
                    SelectionChangedEvent changed = new SelectionChangedEvent(this, getSelection());
                    listeners.forEach(l -> l.selectionChanged(changed));
                }
            });
        }

        @Override
        public ISelection getSelection() {
            List<Retailer> selected = new ArrayList<>();
            for (Range range : selectionLayer.getSelectedRowPositions()) {
                for (int row = range.start; row < range.end; row++) {
                    Retailer retailer = pages.loadedRow(selectionLayer.getRowIndexByPosition(row));
                    if (retailer != null) {
                        selected.add(retailer);
                    }
                }
            }
            return new StructuredSelection(selected);
        }

        @Override
        public void setSelection(ISelection selection) {
            // the list is chosen by its filters; others do not select rows in it
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }
    }

    /**
     * Other bundles (export, allocation) ask the view for the list it shows through
     * {@code Adapters.adapt(view, RetailerQuery.class)}: the filters and sort on screen, first page.
     * The workbench's "show in" asks for an {@link IShowInSource}.
     */
    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == RetailerQuery.class && filters != null && !filters.control().isDisposed()) {
            return adapter.cast(
                    RetailerPages.firstPage(sortModel.apply(filters.apply(RetailerQuery.all()))).withNotTold(notTold));
        }
        if (adapter == IShowInSource.class) {
            // "show in" offers the selected retailers
            IShowInSource source = () -> new ShowInContext(null, getSite().getSelectionProvider().getSelection());
            return adapter.cast(source);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        getSite().getPage().removeSelectionListener(NavigatorView.ID, navigatorListener);
        super.dispose();
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    // For tests.

    /** True once the rows and the count of the latest query are on screen. */
    public boolean isSettled() {
        return areRowsSettled() && countShown == latestQuery && !countReads.isBusy();
    }

    /** True once the first rows of the latest query are on screen (its count may follow). */
    public boolean areRowsSettled() {
        return !queryPosted && rowsShown == latestQuery && !rowReads.isBusy();
    }

    /** The table's size on screen. */
    public Point tableSize() {
        return table.getSize();
    }

    public NatTable table() {
        return table;
    }

    public FilterBar filters() {
        return filters;
    }

    public String countText() {
        return filters.countText();
    }

    public RetailerPages rows() {
        return pages;
    }

    public void typeSearchText(String text) {
        filters.text().setText(text);
    }

    /** Selects a row as a click on it does. */
    public void selectRow(int row) {
        selectionLayer.doCommand(new SelectRowsCommand(selectionLayer, 0, row, false, false));
    }

    /** Selects rows as clicks on them with Ctrl held do. */
    public void selectRows(int... rows) {
        selectRow(rows[0]);
        for (int i = 1; i < rows.length; i++) {
            selectionLayer.doCommand(new SelectRowsCommand(selectionLayer, 0, rows[i], false, true));
        }
    }

    /** Sorts as a click on the header does. */
    public void sortBy(RetailerColumn column, SortDirectionEnum direction) {
        table.doCommand(new SortColumnCommand(sortHeader, viewport.getColumnPositionByIndex(column.ordinal()), direction));
    }
}
