package org.retailerdesk.ui.visits.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.Visit;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.VisitQueries;
import org.retailerdesk.store.Page;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.VisitQueries.LastVisit;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.StoreEvents;
import org.retailerdesk.ui.UiJob;
import org.retailerdesk.ui.retailers.profile.ProfileEditorInput;
import org.retailerdesk.visits.WeeklyVisits;

/**
 * The visit log (走访日志): each customer manager's visits by week (manager × week counts; a
 * click on a row lists the manager's visits, on a week cell those of that week), and the retailers
 * not visited for more than N days within a district or of a manager, longest unvisited first.
 * Everything is read in Jobs and counted by the database; only the latest request is shown.
 * Double-click opens a retailer's profile.
 */
public class VisitLogView extends ViewPart {

    public static final String ID = "org.retailerdesk.ui.visits.log"; //$NON-NLS-1$
    public static final int DEFAULT_WEEKS = 8;
    public static final int DEFAULT_DAYS = 30;
    /** Rows of the "not visited" list shown at once (the total is always counted). */
    public static final int NOT_VISITED_ROWS = 500;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("MM-dd"); //$NON-NLS-1$

    private Combo district;
    private Spinner weeks;
    private Spinner days;
    private Combo manager;
    private Label status;
    private Table matrix;
    private VisitTable visits;
    private Label visitsTitle;
    private TableViewer notVisited;
    private Label notVisitedTitle;

    private List<District> districts = List.of();
    private List<Staff> managers = List.of();
    private List<Staff> managerChoices = List.of();
    private final Map<Long, Staff> staffById = new HashMap<>();
    private WeeklyVisits weekly;
    private List<Long> matrixRows = List.of();
    private LocalDate today = LocalDate.now();
    /** Requests started; an answer is shown only if no later request was started. */
    private int generation;
    private int pending;
    private int visitsGeneration;
    private Page<LastVisit> notVisitedPage;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(11, false));
        new Label(bar, SWT.NONE).setText(ModelLabels.label(Literals.RETAILER__DISTRICT) + ":"); //$NON-NLS-1$
        district = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        district.add(Messages.Log_all);
        district.select(0);
        new Label(bar, SWT.NONE).setText(Messages.Log_weeks);
        weeks = new Spinner(bar, SWT.BORDER);
        weeks.setValues(DEFAULT_WEEKS, 1, 53, 0, 1, 4);
        new Label(bar, SWT.NONE).setText(Messages.Log_notVisitedFor);
        days = new Spinner(bar, SWT.BORDER);
        days.setValues(DEFAULT_DAYS, 1, 3650, 0, 1, 30);
        new Label(bar, SWT.NONE).setText(Messages.Log_days);
        new Label(bar, SWT.NONE).setText(ModelLabels.label(Literals.RETAILER__CUSTOMER_MANAGER) + ":"); //$NON-NLS-1$
        manager = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        manager.add(Messages.Log_all);
        manager.select(0);
        status = new Label(bar, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        status.setText(Messages.Log_reading);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm left = new SashForm(sash, SWT.VERTICAL);
        Group byWeek = group(left, Messages.Log_byWeek);
        matrix = new Table(byWeek, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        matrix.setHeaderVisible(true);
        matrix.setLinesVisible(true);
        matrix.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Group list = group(left, Messages.Log_visits);
        visitsTitle = new Label(list, SWT.NONE);
        visitsTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        visitsTitle.setText(Messages.Log_selectManager);
        visits = new VisitTable(list, true);
        visits.viewer().getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        left.setWeights(55, 45);

        Group unvisited = group(sash, Messages.Log_notVisited);
        notVisitedTitle = new Label(unvisited, SWT.WRAP);
        notVisitedTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        notVisited = new TableViewer(unvisited, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        notVisited.getTable().setHeaderVisible(true);
        notVisited.getTable().setLinesVisible(true);
        notVisited.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        notVisited.setContentProvider(ArrayContentProvider.getInstance());
        lastVisitColumn(ModelLabels.label(Literals.RETAILER__CUSTOMER_CODE), 110, l -> l.retailer().getCustomerCode());
        lastVisitColumn(ModelLabels.label(Literals.RETAILER__SHOP_NAME), 150, l -> l.retailer().getShopName());
        lastVisitColumn(ModelLabels.label(Literals.RETAILER__CUSTOMER_MANAGER), 80,
                l -> EntityLabels.label(l.retailer().getCustomerManager()));
        lastVisitColumn(Messages.Log_lastVisit, 90, l -> l.lastVisit() == null ? Messages.Log_never : l.lastVisit().toString());
        lastVisitColumn(Messages.Log_daysSince, 70, l -> l.lastVisit() == null ? "" //$NON-NLS-1$
                : Long.toString(ChronoUnit.DAYS.between(l.lastVisit(), today)));
        sash.setWeights(60, 40);

        district.addListener(SWT.Selection, e -> {
            fillManagers();
            refresh();
        });
        manager.addListener(SWT.Selection, e -> refresh());
        StoreEvents.onChange(getSite(), matrix, this::refresh, Visit.class, Retailer.class);
        weeks.addListener(SWT.Selection, e -> refresh());
        days.addListener(SWT.Selection, e -> refresh());
        // a click lists the cell's week (or, outside the week columns, all weeks); the keyboard all weeks
        boolean[] clicked = { false };
        matrix.addListener(SWT.MouseDown, e -> {
            TableItem item = matrix.getItem(new Point(e.x, e.y));
            clicked[0] = item != null;
            if (item != null) {
                int week = -1;
                for (int c = 0; c < matrix.getColumnCount(); c++) {
                    if (item.getBounds(c).contains(e.x, e.y)) {
                        week = c - 2;
                    }
                }
                showVisits(matrix.indexOf(item), week);
            }
        });
        matrix.addListener(SWT.Selection, e -> {
            if (!clicked[0]) {
                showVisits(matrix.getSelectionIndex(), -1);
            }
            clicked[0] = false;
        });
        visits.viewer().addDoubleClickListener(e -> {
            Visit v = visits.selected();
            if (v != null) {
                open(v.getRetailer());
            }
        });
        notVisited.addDoubleClickListener(e -> {
            LastVisit l = (LastVisit) ((IStructuredSelection) notVisited.getSelection()).getFirstElement();
            if (l != null) {
                open(l.retailer());
            }
        });
        StoreAccess.whenOpen().whenComplete((info, error) -> parent.getDisplay().asyncExec(() -> {
            if (error == null) {
                readChoices();
            } else {
                failed(error);
            }
        }));
    }

    private static Group group(Composite parent, String text) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(text);
        g.setLayout(new GridLayout(1, false));
        return g;
    }

    private void lastVisitColumn(String header, int width, java.util.function.Function<LastVisit, String> text) {
        VisitTable.column(notVisited, LastVisit.class, header, width, text);
    }

    /** Reads the districts and staff for the drop-downs, then the log. */
    private void readChoices() {
        record Choices(List<District> districts, List<Staff> staff) {
        }
        read(Messages.Log_reading, () -> new Choices(StoreAccess.store().findAll(District.class),
                StoreAccess.store().findAll(Staff.class)), c -> choicesRead(c.districts(), c.staff()));
    }

    /**
     * Runs store work in a Job and hands its result to the UI thread, unless the view is gone; a
     * failure is logged and shown in the status line.
     */
    private <T> void read(String name, java.util.function.Supplier<T> work, java.util.function.Consumer<T> shown) {
        pending++;
        UiJob.of(name, monitor -> work.get()).owner(matrix).onDone(shown).onFailure(this::failed)
                .whenFinished(() -> pending--).schedule();
    }

    private void choicesRead(List<District> d, List<Staff> s) {
        districts = d;
        s.forEach(x -> staffById.put(x.getId(), x));
        managers = s.stream().filter(x -> x.getRole() == StaffRole.CUSTOMER_MANAGER).toList();
        for (District x : districts) {
            district.add(x.getName());
        }
        fillManagers();
        refresh();
    }

    /** Managers of the chosen district only: a centre has thousands, too many for one drop-down. */
    private void fillManagers() {
        District chosen = chosenDistrict();
        managerChoices = managers.stream().filter(m -> chosen == null || m.getMarketDepartment() != null
                && m.getMarketDepartment().getDistrict() != null
                && m.getMarketDepartment().getDistrict().getId() == chosen.getId()).toList();
        manager.removeAll();
        manager.add(Messages.Log_all);
        for (Staff m : managerChoices) {
            manager.add(EntityLabels.label(m));
        }
        manager.select(0);
    }

    private District chosenDistrict() {
        int i = district.getSelectionIndex();
        return i <= 0 || i > districts.size() ? null : districts.get(i - 1);
    }

    private Staff chosenManager() {
        int i = manager.getSelectionIndex();
        return i <= 0 || i > managerChoices.size() ? null : managerChoices.get(i - 1);
    }

    /** Reads the weekly counts and the unvisited retailers for the current choices, in a Job. */
    public void refresh() {
        if (matrix.isDisposed()) {
            return;
        }
        today = LocalDate.now();
        District d = chosenDistrict();
        Staff m = chosenManager();
        Long districtId = d == null ? null : d.getId();
        LocalDate from = today.minusWeeks(weeks.getSelection() - 1L);
        LocalDate since = today.minusDays(days.getSelection());
        RetailerQuery query = RetailerQuery.all().withDistrict(districtId).withCustomerManager(m == null ? null : m.getId())
                .page(0, NOT_VISITED_ROWS);
        int mine = ++generation;
        status.setText(Messages.Log_reading);
        record Log(WeeklyVisits weekly, Page<LastVisit> notVisited) {
        }
        read(Messages.Log_reading, () -> new Log(WeeklyVisits.read(StoreAccess.store(), from, today, districtId),
                StoreAccess.store().role(VisitQueries.class).findRetailersNotVisitedSince(query, since)), log -> {
                    if (mine == generation) {
                        show(log.weekly(), log.notVisited());
                    }
                });
    }

    private void show(WeeklyVisits w, Page<LastVisit> page) {
        weekly = w;
        notVisitedPage = page;
        matrix.setRedraw(false);
        matrix.removeAll();
        for (TableColumn c : matrix.getColumns()) {
            c.dispose();
        }
        column(ModelLabels.label(Literals.RETAILER__CUSTOMER_MANAGER), 72, SWT.LEFT);
        column(ModelLabels.label(Literals.STAFF__CODE), 64, SWT.LEFT);
        for (LocalDate monday : w.weeks()) {
            column(monday.format(WEEK), 48, SWT.RIGHT);
        }
        column(Messages.Log_total, 52, SWT.RIGHT);
        // managers with the most visits first; the chosen manager alone when one is chosen
        Staff chosen = chosenManager();
        List<Long> rows = new ArrayList<>(w.visitors());
        if (chosen != null) {
            rows.removeIf(id -> id != chosen.getId());
        }
        rows.sort((a, b) -> Long.compare(w.total(b), w.total(a)));
        matrixRows = rows;
        for (Long id : rows) {
            Staff s = staffById.get(id);
            String[] cells = new String[w.weeks().size() + 3];
            cells[0] = s == null ? "#" + id : s.getName(); //$NON-NLS-1$
            cells[1] = s == null ? "" : s.getCode(); //$NON-NLS-1$
            for (int i = 0; i < w.weeks().size(); i++) {
                long n = w.count(id, i);
                cells[i + 2] = n == 0 ? "" : Long.toString(n); //$NON-NLS-1$
            }
            cells[cells.length - 1] = Long.toString(w.total(id));
            new TableItem(matrix, SWT.NONE).setText(cells);
        }
        matrix.setRedraw(true);
        notVisited.setInput(page.rows());
        notVisitedTitle.setText(NLS.bind(page.hasMore() ? Messages.Log_notVisitedSome : Messages.Log_notVisitedAll,
                new Object[] { page.total(), days.getSelection(), page.rows().size() }));
        status.setText(NLS.bind(Messages.Log_summary, rows.size(), w.weeks().size()));
        status.getParent().layout();
        notVisitedTitle.getParent().layout();
    }

    private void column(String text, int width, int align) {
        TableColumn c = new TableColumn(matrix, align);
        c.setText(text);
        c.setWidth(width);
    }

    /**
     * Lists the visits of the matrix row's manager: in the week (index into the weeks), or in all
     * the weeks shown when {@code week} is not a week column.
     */
    public void showVisits(int row, int week) {
        if (weekly == null || row < 0 || row >= matrixRows.size()) {
            return;
        }
        long visitor = matrixRows.get(row);
        boolean oneWeek = week >= 0 && week < weekly.weeks().size();
        LocalDate from = oneWeek ? weekly.weeks().get(week) : weekly.weeks().get(0);
        LocalDate to = oneWeek ? from.plusDays(6) : weekly.weeks().get(weekly.weeks().size() - 1).plusDays(6);
        District d = chosenDistrict();
        Staff s = staffById.get(visitor);
        String who = s == null ? "#" + visitor : EntityLabels.label(s); //$NON-NLS-1$
        int mine = ++visitsGeneration;
        read(Messages.Log_readingVisits, () -> {
            Store store = StoreAccess.store();
            List<Visit> found = new ArrayList<>();
            Map<Long, Retailer> retailers = new HashMap<>();
            for (Visit v : store.role(VisitQueries.class).findVisits(visitor, from, to)) {
                Retailer r = retailers.computeIfAbsent(v.getRetailer().getId(), id -> store.get(Retailer.class, id));
                if (r != null && (d == null || r.getDistrict() != null && r.getDistrict().getId() == d.getId())) {
                    v.setRetailer(r);
                    found.add(v);
                }
            }
            return found;
        }, found -> {
            if (mine == visitsGeneration) {
                visits.viewer().setInput(found);
                visitsTitle.setText(NLS.bind(Messages.Log_visitsOf, new Object[] { who, from, to, found.size() }));
            }
        });
    }

    private void open(Retailer retailer) {
        if (retailer == null || retailer.eIsProxy()) {
            return;
        }
        try {
            getSite().getPage().openEditor(ProfileEditorInput.of(retailer), ProfileEditorInput.EDITOR_ID);
        } catch (PartInitException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
    }

    private void failed(Throwable error) {
        ILog.of(getClass()).error(error.getMessage(), error);
        if (!status.isDisposed()) {
            status.setText(NLS.bind(Messages.Log_failed, StoreAccess.errorStatus(error).getMessage()));
            status.getParent().layout();
        }
    }

    /** Chooses the district (null: all) and the days, as the drop-down and spinner do, and reads again. */
    public void choose(District chosen, int notVisitedDays) {
        int index = chosen == null ? 0 : districts.stream().map(District::getId).toList().indexOf(chosen.getId()) + 1;
        district.select(index);
        fillManagers();
        days.setSelection(notVisitedDays);
        refresh();
    }

    /** True once the log is read and shown, with nothing being read. */
    public boolean isSettled() {
        return weekly != null && pending == 0;
    }

    public WeeklyVisits weekly() {
        return weekly;
    }

    /** The visitor ids of the matrix rows, top to bottom. */
    public List<Long> matrixRows() {
        return matrixRows;
    }

    public Table matrix() {
        return matrix;
    }

    public VisitTable visits() {
        return visits;
    }

    public Page<LastVisit> notVisited() {
        return notVisitedPage;
    }

    @Override
    public void setFocus() {
        matrix.setFocus();
    }
}
