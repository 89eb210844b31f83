package org.retailerdesk.ui.retailers.profile;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.retailerdesk.model.Entity;
import org.retailerdesk.security.Operation;
import org.retailerdesk.ui.AccessTester;
import org.retailerdesk.ui.UiJob;
import org.retailerdesk.ui.retailers.internal.profile.Messages;

/**
 * A profile page of the records of one kind that belong to the retailer (households, publicity,
 * visits, ...): buttons above a table whose columns sort on a click of their header (again:
 * reversed), a status line, and the rows read in a Job. A page says only its columns and its
 * actions:
 *
 * <pre>
 * public class NotesPage extends RecordsProfilePage&lt;Note&gt; {
 *     public NotesPage() {
 *         super(Note.class, Comparator.comparing(Note::getDate).reversed());
 *     }
 *
 *     protected void createColumns() {
 *         column(label(DATE), 90, n -&gt; String.valueOf(n.getDate()), Comparator.comparing(Note::getDate));
 *         column(label(TEXT), 300, Note::getText);
 *     }
 *
 *     protected void createActions() {
 *         button(NEW, this::addNote);
 *         selectionButton(EDIT, this::editSelected);
 *         onDoubleClick(this::editSelected);
 *     }
 * }
 * </pre>
 *
 * A record is its own entity: actions write it straight through the store with {@link #run}
 * (audited there), then call {@link #read()}; the editor's command stack holds only the
 * retailer's own fields. All methods are for the UI thread.
 *
 * @param <T> the records' class
 */
public abstract class RecordsProfilePage<T extends Entity> implements ProfilePage {

    private final Class<T> type;
    private final Comparator<? super T> order;
    private final List<Comparator<? super T>> sorts = new ArrayList<>();
    private final List<Button> forSelection = new ArrayList<>();
    /** what the buttons made with an operation need the user's roles to allow */
    private final Map<Button, Operation> needs = new HashMap<>();
    private ProfileContext context;
    private Composite bar;
    private Label status;
    private TableViewer viewer;
    private List<T> rows;
    private int sortColumn = -1;
    private boolean descending;
    private int busy;

    /**
     * @param type  the records' class, read with {@link ProfileContext#read}
     * @param order how the rows are ordered until a column header is clicked (e.g. newest first)
     */
    protected RecordsProfilePage(Class<T> type, Comparator<? super T> order) {
        this.type = type;
        this.order = order;
    }

    @Override
    public final void createContents(Composite body, ProfileContext profile) {
        context = profile;
        FormToolkit toolkit = profile.toolkit();
        GridLayoutFactory.fillDefaults().margins(5, 5).applyTo(body);
        bar = toolkit.createComposite(body);
        GridLayoutFactory.fillDefaults().applyTo(bar);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        viewer = new TableViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        toolkit.adapt(viewer.getTable());
        createActions();
        status = toolkit.createLabel(bar, Messages.Records_loading);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
        GridLayoutFactory.fillDefaults().numColumns(bar.getChildren().length).applyTo(bar);
        createColumns();
        viewer.setComparator(new ViewerComparator() {
            @Override
            @SuppressWarnings("unchecked")
            public int compare(Viewer v, Object a, Object b) {
                if (sortColumn < 0) {
                    return 0;
                }
                int c = sorts.get(sortColumn).compare((T) a, (T) b);
                return descending ? -c : c;
            }
        });
        viewer.addSelectionChangedListener(e -> enableForSelection());
        enableForSelection();
        read();
    }

    /** Adds the page's columns with {@link #column}; called once, before the rows are read. */
    protected abstract void createColumns();

    /** Adds the page's buttons with {@link #button} and {@link #selectionButton}; called once. */
    protected abstract void createActions();

    /** What the status line says when the retailer has no such records. */
    protected String emptyText() {
        return Messages.Records_none;
    }

    /** What is done to the records read before they are shown, e.g. pointing them at the edited retailer. */
    protected void received(List<T> records) {
    }

    /** A column that shows {@code text} of each row and sorts by that text. */
    protected final void column(String header, int width, Function<? super T, String> text) {
        Collator collator = Collator.getInstance();
        column(header, width, text, (a, b) -> collator.compare(String.valueOf(text.apply(a)), String.valueOf(text.apply(b))));
    }

    /** A column that shows {@code text} of each row and sorts with {@code sort}. */
    protected final void column(String header, int width, Function<? super T, String> text, Comparator<? super T> sort) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(header);
        c.getColumn().setWidth(width);
        c.getColumn().setMoveable(true);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String s = text.apply(type.cast(element));
                return s == null ? "" : s; //$NON-NLS-1$
            }
        });
        int index = sorts.size();
        sorts.add(sort);
        c.getColumn().addListener(SWT.Selection, e -> sortBy(index));
    }

    /** A button above the table, always enabled. */
    protected final Button button(String text, Runnable action) {
        Button b = context.toolkit().createButton(bar, text, SWT.PUSH);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    /** A button above the table, enabled while a row is selected. */
    protected final Button selectionButton(String text, Runnable action) {
        Button b = button(text, action);
        forSelection.add(b);
        return b;
    }

    /**
     * A button above the table for what needs an operation: greyed, its tooltip saying why, for a
     * user whose roles do not allow it (the store would refuse it).
     */
    protected final Button button(String text, Operation needed, Runnable action) {
        Button b = button(text, action);
        needs.put(b, needed);
        enable(b, true);
        return b;
    }

    /** A button above the table, enabled while a row is selected and the user's roles allow the operation. */
    protected final Button selectionButton(String text, Operation needed, Runnable action) {
        Button b = button(text, needed, action);
        forSelection.add(b);
        return b;
    }

    private void enable(Button b, boolean otherwise) {
        Operation needed = needs.get(b);
        String refusal = needed == null ? null : AccessTester.refusal(needed);
        b.setEnabled(otherwise && refusal == null);
        if (needed != null) {
            b.setToolTipText(refusal);
        }
    }

    /** What a double-click on a row does (usually the action of editing it). */
    protected final void onDoubleClick(Runnable action) {
        viewer.addDoubleClickListener(e -> action.run());
    }

    /** Reads the records again, in a Job; the table keeps its sort. */
    public final void read() {
        rows = null;
        busy++;
        context.read(type, records -> {
            busy--;
            List<T> sorted = new ArrayList<>(records);
            received(sorted);
            sorted.sort(order);
            rows = sorted;
            viewer.setInput(sorted);
            status.setText(sorted.isEmpty() ? emptyText() : NLS.bind(Messages.Records_shown, sorted.size()));
            bar.layout();
            enableForSelection();
        });
    }

    /**
     * Runs store work in a Job owned by the page; the result goes to {@code onDone} and a failure to
     * {@code onFailure} on the UI thread, unless the editor was closed. {@link #isSettled()} is false
     * meanwhile.
     */
    protected final <R> void run(String name, UiJob.Work<R> work, Consumer<? super R> onDone,
            Consumer<? super RuntimeException> onFailure) {
        busy++;
        UiJob.of(name, work).owner(viewer.getTable()).onDone(onDone).onFailure(onFailure).whenFinished(() -> busy--)
                .schedule();
    }

    /** Sorts by a column; the same column again reverses the order. */
    public final void sortBy(int column) {
        descending = column == sortColumn && !descending;
        sortColumn = column;
        Table table = viewer.getTable();
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
        viewer.refresh();
    }

    private void enableForSelection() {
        boolean one = selected() != null;
        forSelection.forEach(b -> enable(b, one));
    }

    protected final ProfileContext context() {
        return context;
    }

    protected final Shell shell() {
        return viewer.getTable().getShell();
    }

    /** The selected record, or null. */
    public final T selected() {
        Object first = viewer.getStructuredSelection().getFirstElement();
        return type.isInstance(first) ? type.cast(first) : null;
    }

    /** The records read, in the page's order, once read; null before and while reading again. */
    public final List<T> rows() {
        return rows;
    }

    /** The records in the order the table shows them. */
    public final List<T> shown() {
        List<T> out = new ArrayList<>();
        for (TableItem item : viewer.getTable().getItems()) {
            out.add(type.cast(item.getData()));
        }
        return out;
    }

    /** The text of a cell as shown. */
    public final String cell(int row, int column) {
        return viewer.getTable().getItem(row).getText(column);
    }

    /** The status line's text. */
    public final String statusText() {
        return status.getText();
    }

    public final TableViewer viewer() {
        return viewer;
    }

    /** True when the records are shown and no read or write of the page is under way. */
    public final boolean isSettled() {
        return busy == 0 && rows != null;
    }
}
