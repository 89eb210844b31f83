package org.retailerdesk.ui.retailers.internal.profile;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.retailerdesk.model.AllocationLine;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.LicenceEvent;
import org.retailerdesk.model.LicenceEventKind;
import org.retailerdesk.model.OperatingRecord;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerImage;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Visit;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.retailers.Licences;
import org.retailerdesk.security.Operation;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.Page;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.AccessTester;
import org.retailerdesk.ui.AuditText;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.StoreEvents;
import org.retailerdesk.ui.UiJob;
import org.retailerdesk.ui.retailers.profile.ProfileContext;
import org.retailerdesk.ui.retailers.profile.ProfilePage;

/**
 * The retailer's history (履历): its licence events, newest first, with the actions that record the
 * next one, and the audit trail of its file in words ({@link AuditText}): when, who, what, which
 * field, old and new value, the newest {@value #AUDIT_PAGE} first and more on request. Read again
 * after every write of the retailer or of what belongs to it, wherever it was made.
 */
public class HistoryPage implements ProfilePage {

    /** Audit rows read at a time. */
    static final int AUDIT_PAGE = 200;
    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;
    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance();

    private PageContext context;
    private Label status;
    private final Map<LicenceEventKind, Button> actions = new EnumMap<>(LicenceEventKind.class);
    private TableViewer events;
    private TableViewer audit;
    private Label auditStatus;
    private Button more;
    private int auditShown = AUDIT_PAGE;
    private long auditTotal;
    private int busy;
    private boolean read;

    @Override
    public void createContents(Composite body, ProfileContext profile) {
        // a built-in page: it follows the editor's store events, which a contributed page has no site for
        context = (PageContext) profile;
        FormToolkit toolkit = profile.toolkit();
        GridLayoutFactory.fillDefaults().margins(5, 5).applyTo(body);

        Composite licence = section(body, toolkit, Messages.History_licence, Messages.History_licenceHint, false);
        GridLayoutFactory.fillDefaults().applyTo(licence);
        status = toolkit.createLabel(licence, ""); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        Composite buttons = toolkit.createComposite(licence);
        GridLayoutFactory.fillDefaults().numColumns(LicenceEventKind.VALUES.size()).applyTo(buttons);
        for (LicenceEventKind kind : LicenceEventKind.VALUES) {
            Button b = button(buttons, LicenceDialog.actionLabel(kind));
            b.addListener(SWT.Selection, e -> record(kind));
            actions.put(kind, b);
        }
        events = table(licence, toolkit, 110);
        column(events, ModelLabels.label(P.getLicenceEvent_Date()), 90, (LicenceEvent e) -> e.getDate().toString());
        column(events, ModelLabels.label(P.getLicenceEvent_Kind()), 110, (LicenceEvent e) -> ModelLabels.valueLabel(e.getKind()));
        column(events, ModelLabels.label(P.getLicenceEvent_OldValue()), 130,
                (LicenceEvent e) -> eventValue(e, e.getOldValue()));
        column(events, ModelLabels.label(P.getLicenceEvent_NewValue()), 130,
                (LicenceEvent e) -> eventValue(e, e.getNewValue()));
        column(events, ModelLabels.label(P.getLicenceEvent_Note()), 260, LicenceEvent::getNote);

        Composite changes = section(body, toolkit, Messages.History_changes, Messages.History_changesHint, true);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(changes);
        auditStatus = toolkit.createLabel(changes, Messages.Records_loading);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(auditStatus);
        more = button(changes, NLS.bind(Messages.History_more, AUDIT_PAGE));
        more.addListener(SWT.Selection, e -> {
            auditShown += AUDIT_PAGE;
            read();
        });
        audit = table(changes, toolkit, SWT.DEFAULT);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(audit.getTable());
        column(audit, Messages.History_when, 140, AuditText.Row::when);
        column(audit, Messages.History_who, 90, AuditText.Row::who);
        column(audit, Messages.History_action, 70, AuditText.Row::action);
        column(audit, Messages.History_record, 120, AuditText.Row::record);
        column(audit, Messages.History_field, 110, AuditText.Row::field);
        column(audit, Messages.History_old, 150, AuditText.Row::oldValue);
        column(audit, Messages.History_new, 150, AuditText.Row::newValue);

        StoreEvents.onChange(context.editor().getSite(), audit.getTable(), this::read, Retailer.class, LicenceEvent.class,
                PriorityHousehold.class, OperatingRecord.class, RetailerImage.class, PublicityRecord.class, Visit.class,
                AllocationLine.class);
        read();
    }

    /** A plain button: one the toolkit adapts keeps its colours when disabled, so it would not look disabled. */
    private static Button button(Composite parent, String text) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        return b;
    }

    private static Composite section(Composite body, FormToolkit toolkit, String title, String description, boolean grab) {
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription(description);
        GridDataFactory.fillDefaults().grab(true, grab).applyTo(section);
        Composite client = toolkit.createComposite(section);
        section.setClient(client);
        return client;
    }

    private static TableViewer table(Composite parent, FormToolkit toolkit, int height) {
        TableViewer viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, height == SWT.DEFAULT).hint(SWT.DEFAULT, height).applyTo(table);
        toolkit.adapt(table);
        return viewer;
    }

    private static <T> void column(TableViewer viewer, String header, int width, Function<T, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(header);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            @SuppressWarnings("unchecked")
            public String getText(Object element) {
                String s = text.apply((T) element);
                return s == null ? "" : s; //$NON-NLS-1$
            }
        });
    }

    private void record(LicenceEventKind kind) {
        LicenceActions.run(audit.getTable().getShell(), context.editor().getSite().getPage(), context.retailer(), kind);
        enableActions();
    }

    /** Reads the licence events and the newest audit rows again, in a Job. */
    private void read() {
        record Read(List<LicenceEvent> events, List<AuditText.Row> rows, long total) {
        }
        Retailer retailer = EcoreUtil.copy(context.retailer());
        int size = auditShown;
        busy++;
        UiJob.of(Messages.History_reading, monitor -> {
            Store store = StoreAccess.store();
            List<LicenceEvent> stored = new ArrayList<>(store.findBy(LicenceEvent.class, retailer.getId()));
            stored.sort(Comparator.comparing(LicenceEvent::getDate).thenComparingLong(Entity::getId).reversed());
            Page<AuditEntry> page = store.audit().auditTrail(retailer.getId(), 0, size);
            AuditText text = AuditText.forRetailer(store, retailer);
            return new Read(stored, page.rows().stream().map(text::row).toList(), page.total());
        }).owner(audit.getTable()).onDone(r -> {
            events.setInput(r.events());
            audit.setInput(r.rows());
            auditTotal = r.total();
            auditStatus.setText(r.total() == 0 ? Messages.History_noChanges
                    : NLS.bind(Messages.History_shown, NUMBER.format(r.rows().size()), NUMBER.format(r.total())));
            more.setEnabled(r.rows().size() < r.total());
            auditStatus.getParent().layout();
            read = true;
            enableActions();
        }).onFailure(e -> {
            ILog.of(getClass()).log(StoreAccess.errorStatus(e));
            auditStatus.setText(NLS.bind(Messages.Profile_readFailed, StoreAccess.errorStatus(e).getMessage()));
        }).whenFinished(() -> busy--).schedule();
    }

    /**
     * The status in words, and each action enabled when the user may change licences and the
     * retailer's state allows it (else its tooltip says why not).
     */
    private void enableActions() {
        if (status.isDisposed()) {
            return;
        }
        Retailer r = context.retailer();
        status.setText(NLS.bind(Messages.History_status, ModelLabels.label(P.getRetailer_Status()),
                ModelLabels.valueLabel(r.getStatus())));
        actions.forEach((kind, button) -> {
            String refusal = AccessTester.refusal(Operation.CHANGE_LICENCES);
            if (refusal == null) {
                refusal = Licences.refusal(r, kind);
            }
            button.setEnabled(refusal == null);
            button.setToolTipText(refusal);
        });
    }

    /** The old or new value of a licence event as the user reads it: a status label for the status events. */
    private static String eventValue(LicenceEvent event, String stored) {
        if (stored == null) {
            return ""; //$NON-NLS-1$
        }
        RetailerStatus status = Licences.takesValue(event.getKind()) ? null : RetailerStatus.getByName(stored);
        return status == null ? stored : ModelLabels.valueLabel(status);
    }

    // For tests.

    /** True once read and no read is under way. */
    public boolean isSettled() {
        return read && busy == 0;
    }

    public Button action(LicenceEventKind kind) {
        return actions.get(kind);
    }

    /** The licence events as listed, newest first. */
    @SuppressWarnings("unchecked")
    public List<LicenceEvent> events() {
        return (List<LicenceEvent>) events.getInput();
    }

    /** The text of a cell of the audit table as shown. */
    public String auditCell(int row, int column) {
        return audit.getTable().getItem(row).getText(column);
    }

    public int auditRows() {
        return audit.getTable().getItemCount();
    }

    public long auditTotal() {
        return auditTotal;
    }

    public String statusText() {
        return status.getText();
    }
}
