package org.retailerdesk.ui.network.internal;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.network.MasterData;
import org.retailerdesk.network.NetworkKind;
import org.retailerdesk.security.Operation;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.ui.AccessTester;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.StoreEvents;
import org.retailerdesk.ui.UiJob;

/**
 * The service network (服务网络): a tab per kind of the centre's own master data — districts, market
 * departments, delivery routes, staff, brands, mutual-aid groups — each a table of its entries with
 * New, Edit, Retire, Reactivate and Delete (toolbar, context menu; double-click edits). Retired
 * entries are grey and shown only with "Show Retired". Everything is read and written in Jobs
 * through {@link MasterData}; the view reads again after every write of these kinds, whoever made it.
 */
public class ServiceNetworkView extends ViewPart {

    public static final String ID = "org.retailerdesk.ui.network.view"; //$NON-NLS-1$

    private final Map<NetworkKind, KindTable> tables = new EnumMap<>(NetworkKind.class);
    private CTabFolder tabs;
    private Text filter;
    private Label status;
    private Snapshot snapshot = Snapshot.EMPTY;
    private NetworkDialogs dialogs = NetworkDialogs.INTERACTIVE;
    private boolean showRetired;
    /** Reads started; only the latest one's answer is shown. */
    private int reads;
    private int pending;
    private boolean loaded;
    /** The entry of a kind to select once the next read shows it (one just saved). */
    private NetworkKind selectKind;
    private long selectId;

    private IAction newAction;
    private IAction editAction;
    private IAction retireAction;
    private IAction reactivateAction;
    private IAction deleteAction;
    private IAction showRetiredAction;

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(3, false));
        new Label(bar, SWT.NONE).setText(Messages.View_filter);
        filter = new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.View_filterHint);
        GridData filterData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        filterData.widthHint = 220;
        filter.setLayoutData(filterData);
        status = new Label(bar, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText(Messages.View_reading);

        tabs = new CTabFolder(parent, SWT.TOP | SWT.BORDER);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createActions();
        MenuManager context = new MenuManager();
        context.add(newAction);
        context.add(editAction);
        context.add(new Separator());
        context.add(retireAction);
        context.add(reactivateAction);
        context.add(deleteAction);
        for (NetworkKind kind : NetworkKind.values()) {
            KindTable table = new KindTable(tabs, kind);
            tables.put(kind, table);
            CTabItem item = new CTabItem(tabs, SWT.NONE);
            item.setText(tabLabel(kind));
            item.setControl(table.viewer().getTable());
            item.setData(kind);
            table.viewer().getTable().setMenu(context.createContextMenu(table.viewer().getTable()));
            table.viewer().addSelectionChangedListener(e -> updateActions());
            table.viewer().addDoubleClickListener(e -> editSelected());
        }
        tabs.setSelection(0);
        tabs.addListener(SWT.Selection, e -> tabChanged());
        filter.addModifyListener(e -> applyFilter());

        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        toolbar.add(newAction);
        toolbar.add(editAction);
        toolbar.add(new Separator());
        toolbar.add(retireAction);
        toolbar.add(reactivateAction);
        toolbar.add(deleteAction);
        toolbar.add(new Separator());
        toolbar.add(showRetiredAction);
        getSite().setSelectionProvider(current().viewer());
        StoreEvents.onChange(getSite(), tabs, this::read, District.class, MarketDepartment.class, DeliveryRoute.class,
                Staff.class, Brand.class, MutualAidGroup.class, ServiceCentre.class);
        updateActions();
        read();
    }

    private void createActions() {
        newAction = action(Messages.View_new, this::newEntry);
        editAction = action(Messages.View_edit, this::editSelected);
        retireAction = action(Messages.View_retire, this::retireSelected);
        reactivateAction = action(Messages.View_reactivate, this::reactivateSelected);
        deleteAction = action(Messages.View_delete, this::deleteSelected);
        showRetiredAction = new Action(Messages.View_showRetired, IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setShowRetired(isChecked());
            }
        };
    }

    private static IAction action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    private static String tabLabel(NetworkKind kind) {
        return switch (kind) {
            case DISTRICT -> Messages.Tab_district;
            case DEPARTMENT -> Messages.Tab_department;
            case ROUTE -> Messages.Tab_route;
            case STAFF -> Messages.Tab_staff;
            case BRAND -> Messages.Tab_brand;
            case GROUP -> Messages.Tab_group;
        };
    }

    /** Reads the whole service network in a Job once the store is open; only the latest read is shown. */
    public void read() {
        int read = ++reads;
        pending++;
        StoreAccess.whenOpen().thenRun(() -> UiJob.of(Messages.View_reading, monitor -> Snapshot.read(StoreAccess.store()))
                .owner(tabs).onDone(found -> {
                    if (read == reads) {
                        show(found);
                    }
                }).onFailure(e -> status.setText(String.valueOf(e.getMessage()))).whenFinished(() -> pending--)
                .schedule());
    }

    private void show(Snapshot found) {
        snapshot = found;
        for (KindTable table : tables.values()) {
            table.setInput(found.of(table.kind));
        }
        if (selectKind != null) {
            tables.get(selectKind).select(selectId);
            selectKind = null;
        }
        loaded = true;
        updateStatus();
        updateActions();
    }

    private void tabChanged() {
        getSite().setSelectionProvider(current().viewer());
        updateStatus();
        updateActions();
    }

    private void applyFilter() {
        for (KindTable table : tables.values()) {
            table.setFilter(showRetired, filter.getText());
        }
        updateStatus();
        updateActions();
    }

    private void updateStatus() {
        if (loaded) {
            KindTable t = current();
            status.setText(NLS.bind(Messages.View_count, new Object[] { t.shown(), t.total(), t.retired() }));
            status.getParent().layout();
        }
    }

    private void updateActions() {
        Entity selected = current().selected();
        boolean active = selected != null && Boolean.TRUE.equals(selected.eGet(current().kind.activeFeature()));
        // greyed for those whose roles may not edit master data (the store refuses it to them anyway)
        boolean may = AccessTester.allows(Operation.EDIT_MASTER_DATA);
        newAction.setEnabled(may && loaded);
        editAction.setEnabled(may && selected != null);
        retireAction.setEnabled(may && active);
        reactivateAction.setEnabled(may && selected != null && !active);
        deleteAction.setEnabled(may && selected != null);
    }

    private KindTable current() {
        return tables.get((NetworkKind) tabs.getSelection().getData());
    }

    /** Shows the tab of that kind. */
    public void showKind(NetworkKind kind) {
        for (CTabItem item : tabs.getItems()) {
            if (item.getData() == kind) {
                tabs.setSelection(item);
                tabChanged();
            }
        }
    }

    /** The kind of the tab shown. */
    public NetworkKind currentKind() {
        return current().kind;
    }

    /** Starts a new entry of the shown kind and opens its form. */
    public void newEntry() {
        NetworkKind kind = currentKind();
        UiJob.of(Messages.View_new, monitor -> new MasterData(StoreAccess.store()).newEntry(kind.type())).owner(tabs)
                .onDone(entry -> edit(kind, entry)).schedule();
    }

    /** Opens the form of the selected entry. */
    public void editSelected() {
        Entity selected = current().selected();
        if (selected != null && editAction.isEnabled()) {
            edit(currentKind(), selected);
        }
    }

    private void edit(NetworkKind kind, Entity entry) {
        Entity saved = dialogs.edit(getSite().getShell(), kind, entry, snapshot);
        if (saved != null) {
            // the write's announcement reads the view again; select it then
            selectKind = kind;
            selectId = saved.getId();
            tables.get(kind).select(saved.getId());
        }
    }

    public void retireSelected() {
        write(Messages.View_retire, (data, entry) -> data.retire(entry));
    }

    public void reactivateSelected() {
        write(Messages.View_reactivate, (data, entry) -> data.reactivate(entry));
    }

    /** Deletes the selected entry when the user confirms; MasterData refuses, naming the counts, when anything points at it. */
    public void deleteSelected() {
        Entity selected = current().selected();
        if (selected != null && dialogs.confirmDelete(getSite().getShell(), selected)) {
            write(Messages.View_delete, (data, entry) -> {
                data.delete(entry);
                return entry;
            });
        }
    }

    private interface Write {
        Entity run(MasterData data, Entity entry);
    }

    private void write(String name, Write write) {
        Entity selected = current().selected();
        if (selected == null) {
            return;
        }
        pending++;
        UiJob.of(name, monitor -> write.run(new MasterData(StoreAccess.store()), selected)).owner(tabs)
                .onFailure(e -> {
                    String kind = ModelLabels.label(selected.eClass());
                    dialogs.failed(getSite().getShell(), e instanceof ConflictException
                            ? NLS.bind(Messages.View_conflict, kind, EntityLabels.label(selected))
                            : String.valueOf(e.getMessage()));
                    read();
                }).whenFinished(() -> pending--).schedule();
    }

    /** Shows or hides the retired entries of every tab. */
    public void setShowRetired(boolean show) {
        showRetired = show;
        showRetiredAction.setChecked(show);
        applyFilter();
    }

    // for tests

    public void setDialogs(NetworkDialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** True once read and while no read or write runs. */
    public boolean isSettled() {
        return loaded && pending == 0;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    /** The table of a kind's tab. */
    public TableViewer table(NetworkKind kind) {
        return tables.get(kind).viewer();
    }

    /** Selects an entry of the shown tab by id, if it is shown. */
    public void select(long id) {
        current().select(id);
        updateActions();
    }

    /** The actions of the toolbar and the context menu: new, edit, retire, reactivate, delete. */
    public IAction[] actions() {
        return new IAction[] { newAction, editAction, retireAction, reactivateAction, deleteAction };
    }

    @Override
    public void setFocus() {
        current().viewer().getTable().setFocus();
    }
}
