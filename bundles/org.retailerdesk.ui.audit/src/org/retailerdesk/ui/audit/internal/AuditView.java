package org.retailerdesk.ui.audit.internal;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.security.Operation;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.AuditQuery;
import org.retailerdesk.store.Page;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.AuditText;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.StoreEvents;
import org.retailerdesk.ui.UiJob;

/**
 * The audit viewer (审计记录): the whole centre's audit trail — every change, reveal, denial and
 * sign-in —, filtered by user, days, entity kind, retailer and action, newest first, a page at a time
 * from the database, in the words of {@link AuditText}; read again after every write of the store.
 * Export writes every row of the filter. Only supervisors and administrators get rows: the store
 * refuses the others, so the view asks {@link org.retailerdesk.store.Access#allows} first and says
 * so instead of collecting denials.
 */
public class AuditView extends ViewPart {

    public static final String ID = "org.retailerdesk.ui.audit.view"; //$NON-NLS-1$

    /** Rows on a page. */
    static final int PAGE = 100;
    /** Retailers offered for a search text that matches several. */
    private static final int RETAILER_CHOICES = 20;
    /** Pixels added to the width GTK asks for a date field: a Chinese date's last character was cut. */
    private static final int DATE_SLACK = 24;
    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance();
    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;

    /** What a read shows: a page in words, the user choices, or why there is nothing. */
    private record Shown(List<AuditText.Row> rows, long total, int offset, List<String> actors, boolean allowed) {
    }

    /** A retailer the filter may name. */
    private record RetailerChoice(long id, String label) {
    }

    private Combo user;
    private Button days;
    private DateTime from;
    private DateTime to;
    private Combo kind;
    private Combo retailer;
    private Combo action;
    private Button export;
    private Button previous;
    private Button next;
    private Label status;
    private TableViewer table;

    /** The entity type names in the kind combo's order after "all kinds". */
    private final List<String> kinds = new ArrayList<>();
    /** The actor names in the user combo's order after "all users". */
    private final List<String> actors = new ArrayList<>();
    private final List<RetailerChoice> retailerChoices = new ArrayList<>();
    private Long retailerId;
    private int offset;
    private long total;
    /** A read is under way; {@link #again}: another was asked for meanwhile, and follows it. */
    private boolean reading;
    private boolean again;
    private boolean opened;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(5, 5).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        // wraps when the view is narrow, so no filter is cut off
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.wrap = true;
        row.spacing = 6;
        bar.setLayout(row);

        user = combo(labelled(bar, Messages.View_user), 130);
        user.add(Messages.View_allUsers);
        user.select(0);

        Composite range = labelled(bar, null);
        days = new Button(range, SWT.CHECK);
        days.setText(Messages.View_days);
        from = date(range);
        new Label(range, SWT.NONE).setText(Messages.View_to);
        to = date(range);
        LocalDate today = LocalDate.now();
        set(from, today.minusDays(6));
        set(to, today);
        days.addListener(SWT.Selection, e -> {
            enableDates();
            filterChanged();
        });
        enableDates();

        kind = combo(labelled(bar, Messages.View_kind), 140);
        kind.add(Messages.View_allKinds);
        kinds.addAll(entityTypes());
        kinds.forEach(k -> kind.add(AuditText.entityType(k)));
        kind.select(0);

        retailer = new Combo(labelled(bar, Messages.View_retailer), SWT.DROP_DOWN);
        retailer.setLayoutData(new RowData(220, SWT.DEFAULT));
        retailer.setToolTipText(Messages.View_retailerHint);
        retailer.setText(""); //$NON-NLS-1$
        retailer.addListener(SWT.DefaultSelection, e -> findRetailer(retailer.getText().strip()));
        retailer.addListener(SWT.Selection, e -> {
            int i = retailer.getSelectionIndex();
            if (i >= 0 && i < retailerChoices.size()) {
                setRetailer(retailerChoices.get(i).id());
            }
        });
        retailer.addListener(SWT.Modify, e -> {
            // clearing the text takes the retailer filter away
            if (retailer.getText().isBlank() && retailerId != null) {
                setRetailer(null);
            }
        });

        action = combo(labelled(bar, Messages.View_action), 150);
        action.add(Messages.View_allActions);
        for (AuditAction a : AuditAction.values()) {
            action.add(AuditText.action(a));
        }
        action.select(0);

        export = new Button(bar, SWT.PUSH);
        export.setText(Messages.View_export);
        export.addListener(SWT.Selection, e -> exportAsked());
        export.setEnabled(false);

        Composite pager = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(pager);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(pager);
        status = new Label(pager, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        status.setText(Messages.View_reading);
        previous = new Button(pager, SWT.PUSH);
        previous.setText(Messages.View_previous);
        previous.addListener(SWT.Selection, e -> showPage(offset - PAGE));
        next = new Button(pager, SWT.PUSH);
        next.setText(Messages.View_next);
        next.addListener(SWT.Selection, e -> showPage(offset + PAGE));
        previous.setEnabled(false);
        next.setEnabled(false);

        table = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setContentProvider(ArrayContentProvider.getInstance());
        Table t = table.getTable();
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(t);
        int[] widths = { 145, 90, 110, 130, 240, 150, 170, 220 };
        for (int i = 0; i < AuditExport.COLUMNS.size(); i++) {
            AuditExport.Column column = AuditExport.COLUMNS.get(i);
            TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
            c.getColumn().setText(column.header());
            c.getColumn().setWidth(widths[i]);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return column.cell().apply((AuditText.Row) element);
                }
            });
        }
        for (Combo c : new Combo[] { user, kind, action }) {
            c.addListener(SWT.Selection, e -> filterChanged());
        }
        for (DateTime d : new DateTime[] { from, to }) {
            d.addListener(SWT.Selection, e -> filterChanged());
        }
        // every write leaves audit rows, whatever it wrote
        StoreEvents.onChange(getSite(), t, this::read, Entity.class);
        StoreAccess.whenOpen().whenComplete((info, error) -> parent.getDisplay().asyncExec(() -> {
            if (t.isDisposed()) {
                return;
            }
            opened = true;
            if (error != null) {
                failed(error);
            } else {
                read();
            }
        }));
    }

    /** A group of the bar that wraps as one: a label (if any) and what follows it. */
    private static Composite labelled(Composite bar, String label) {
        Composite group = new Composite(bar, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.center = true;
        row.wrap = false;
        row.spacing = 4;
        row.marginLeft = row.marginRight = row.marginTop = row.marginBottom = 0;
        group.setLayout(row);
        if (label != null) {
            new Label(group, SWT.NONE).setText(label);
        }
        return group;
    }

    private static Combo combo(Composite bar, int width) {
        Combo c = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        c.setLayoutData(new RowData(width, SWT.DEFAULT));
        return c;
    }

    private static DateTime date(Composite parent) {
        DateTime d = new DateTime(parent, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        d.setLayoutData(new RowData(d.computeSize(SWT.DEFAULT, SWT.DEFAULT).x + DATE_SLACK, SWT.DEFAULT));
        return d;
    }

    private static void set(DateTime widget, LocalDate day) {
        widget.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
    }

    private static LocalDate get(DateTime widget) {
        return LocalDate.of(widget.getYear(), widget.getMonth() + 1, widget.getDay());
    }

    private void enableDates() {
        from.setEnabled(days.getSelection());
        to.setEnabled(days.getSelection());
    }

    /** Every entity class of the model, by its label, then the rows about users. */
    private static List<String> entityTypes() {
        List<String> types = new ArrayList<>();
        for (EClassifier c : P.getEClassifiers()) {
            if (c instanceof EClass e && !e.isAbstract() && !e.isInterface() && P.getEntity().isSuperTypeOf(e)) {
                types.add(e.getName());
            }
        }
        types.sort(Comparator.comparing(AuditText::entityType));
        types.add(AuditQuery.USER);
        return types;
    }

    /** The filter as the bar shows it. */
    public AuditQuery query() {
        AuditQuery q = AuditQuery.ALL;
        if (user.getSelectionIndex() > 0) {
            q = q.withUsers(Set.of(actors.get(user.getSelectionIndex() - 1)));
        }
        if (days.getSelection()) {
            LocalDate a = get(from);
            LocalDate b = get(to);
            q = q.withDays(a.isAfter(b) ? b : a, a.isAfter(b) ? a : b, ZoneId.systemDefault());
        }
        if (kind.getSelectionIndex() > 0) {
            q = q.withEntityTypes(Set.of(kinds.get(kind.getSelectionIndex() - 1)));
        }
        if (action.getSelectionIndex() > 0) {
            q = q.withActions(Set.of(AuditAction.values()[action.getSelectionIndex() - 1]));
        }
        return q.withRetailer(retailerId);
    }

    private void filterChanged() {
        showPage(0);
    }

    private void showPage(int first) {
        offset = Math.max(0, first);
        read();
    }

    /**
     * Reads the page shown again, in a Job. One read at a time: what is asked for meanwhile (a filter
     * changed, a burst of writes) is read once after it, and the older answer is not shown.
     */
    private void read() {
        if (!opened) {
            return;
        }
        if (reading) {
            again = true;
            return;
        }
        reading = true;
        AuditQuery q = query();
        int first = offset;
        status.setText(Messages.View_reading);
        UiJob.of(Messages.View_job, monitor -> {
            Store store = StoreAccess.store();
            if (!store.access().allows(Operation.VIEW_AUDIT)) {
                return new Shown(List.of(), 0, 0, List.of(), false);
            }
            Page<AuditEntry> page = store.audit().search(q, first, PAGE);
            if (page.rows().isEmpty() && first > 0 && page.total() > 0) {
                // the rows shrank under the page (another filter, a shorter trail): the last page instead
                int last = (int) ((page.total() - 1) / PAGE * PAGE);
                page = store.audit().search(q, last, PAGE);
            }
            AuditText text = AuditText.forEntries(store, page.rows());
            return new Shown(page.rows().stream().map(text::row).toList(), page.total(), page.offset(),
                    store.audit().actors(), true);
        }).owner(table.getTable()).onDone(shown -> {
            if (!again) {
                show(shown);
            }
        }).onFailure(e -> {
            if (!again) {
                failed(e);
            }
        }).whenFinished(() -> {
            reading = false;
            if (again) {
                again = false;
                read();
            }
        }).schedule();
    }

    private void show(Shown shown) {
        offset = shown.offset();
        total = shown.total();
        table.setInput(shown.rows());
        showActors(shown.actors());
        if (!shown.allowed()) {
            status.setText(Messages.View_notAllowed);
        } else if (shown.total() == 0) {
            status.setText(Messages.View_none);
        } else {
            status.setText(NLS.bind(Messages.View_shown, new Object[] { NUMBER.format(offset + 1L),
                    NUMBER.format(offset + (long) shown.rows().size()), NUMBER.format(shown.total()) }));
        }
        previous.setEnabled(offset > 0);
        next.setEnabled(offset + shown.rows().size() < shown.total());
        export.setEnabled(shown.allowed() && shown.total() > 0);
        status.getParent().layout();
    }

    /** New names join the user choices; the one chosen stays chosen. */
    private void showActors(List<String> names) {
        if (names.equals(actors)) {
            return;
        }
        String chosen = user.getSelectionIndex() > 0 ? actors.get(user.getSelectionIndex() - 1) : null;
        actors.clear();
        actors.addAll(names);
        user.removeAll();
        user.add(Messages.View_allUsers);
        names.forEach(user::add);
        user.select(chosen == null ? 0 : Math.max(0, actors.indexOf(chosen) + 1));
    }

    private void failed(Throwable error) {
        IStatus s = StoreAccess.errorStatus(error);
        ILog.of(getClass()).log(s);
        status.setText(NLS.bind(Messages.View_failed, s.getMessage()));
        status.getParent().layout();
    }

    /**
     * The retailer a text names: the one whose customer code it is, else the only one whose code,
     * licence, shop name or address matches; several are offered in the drop-down.
     */
    private void findRetailer(String text) {
        if (text.isEmpty()) {
            setRetailer(null);
            return;
        }
        UiJob.of(Messages.View_findRetailer, monitor -> {
            Store store = StoreAccess.store();
            List<Retailer> exact = store.retailers().findRetailersByKeys(List.of(text), List.of());
            List<Retailer> found = !exact.isEmpty() ? exact
                    : store.retailers().findRetailerRows(RetailerQuery.all().withText(text).page(0, RETAILER_CHOICES));
            return found.stream().map(r -> new RetailerChoice(r.getId(), EntityLabels.label(r))).toList();
        }).owner(retailer).onDone(found -> {
            retailerChoices.clear();
            retailerChoices.addAll(found);
            retailer.setItems(found.stream().map(RetailerChoice::label).toArray(String[]::new));
            if (found.size() == 1) {
                retailer.select(0);
                setRetailer(found.get(0).id());
            } else {
                retailer.setText(text);
                status.setText(found.isEmpty() ? NLS.bind(Messages.View_retailerNone, text)
                        : NLS.bind(Messages.View_retailerMany, found.size(), text));
                status.getParent().layout();
                retailer.setListVisible(!found.isEmpty());
            }
        }).schedule();
    }

    private void setRetailer(Long id) {
        retailerId = id;
        filterChanged();
    }

    private void exportAsked() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(Messages.Export_title);
        dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterNames(new String[] { "Excel (*.xlsx)", "CSV (*.csv)" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFileName(NLS.bind(Messages.Export_fileName, LocalDate.now()) + AuditExport.Format.XLSX.extension());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            Path file = Path.of(chosen);
            if (AuditExport.Format.of(file) == null) {
                AuditExport.Format f = dialog.getFilterIndex() == 1 ? AuditExport.Format.CSV : AuditExport.Format.XLSX;
                file = file.resolveSibling(file.getFileName() + f.extension());
            }
            export(file);
        }
    }

    /**
     * Exports every row of the filter shown, in a Job with progress; the result or the failure goes
     * to the status line.
     *
     * @return the scheduled Job
     */
    public Job export(Path file) {
        AuditQuery q = query();
        Display display = status.getDisplay();
        Job job = Job.create(NLS.bind(Messages.Export_job, file.getFileName()), monitor -> {
            String message;
            try {
                long rows = AuditExport.write(StoreAccess.store(), q, file, null, monitor);
                message = NLS.bind(Messages.Export_done, NUMBER.format(rows), file);
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (java.io.IOException | RuntimeException e) {
                message = NLS.bind(Messages.Export_failed, file, StoreAccess.errorStatus(e).getMessage());
                ILog.of(AuditView.class).error(message, e);
            }
            String text = message;
            display.asyncExec(() -> {
                if (!status.isDisposed()) {
                    status.setText(text);
                    status.getParent().layout();
                }
            });
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    // For tests: what a user would do and see.

    /** Filters by one action (null: all), as a choice in the bar would. */
    public void filterByAction(AuditAction a) {
        action.select(a == null ? 0 : a.ordinal() + 1);
        filterChanged();
    }

    /** Filters by one retailer (null: all), as a retailer found in the bar would. */
    public void filterByRetailer(Long id) {
        retailer.setText(id == null ? "" : "#" + id); //$NON-NLS-1$ //$NON-NLS-2$
        setRetailer(id);
    }

    public void nextPage() {
        next.notifyListeners(SWT.Selection, null);
    }

    public void previousPage() {
        previous.notifyListeners(SWT.Selection, null);
    }

    public boolean canGoBack() {
        return previous.getEnabled();
    }

    public boolean canGoOn() {
        return next.getEnabled();
    }

    /** True once opened and no read is under way. */
    public boolean isSettled() {
        return opened && !reading;
    }

    /** The rows shown, in words. */
    @SuppressWarnings("unchecked")
    public List<AuditText.Row> rows() {
        Object input = table.getInput();
        return input == null ? List.of() : (List<AuditText.Row>) input;
    }

    public int offset() {
        return offset;
    }

    public long total() {
        return total;
    }

    public String statusText() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        table.getTable().setFocus();
    }
}
