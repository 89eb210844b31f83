package org.retailerdesk.ui.allocation.internal;

import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.retailerdesk.allocation.AllocationRounds;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.StoreEvents;

/** The stored allocation rounds, newest first, with their status; New Round… and Open start the editor. */
public class RoundsView extends ViewPart {

    public static final String ID = "org.retailerdesk.ui.allocation.rounds"; //$NON-NLS-1$

    private Table table;
    private Label message;
    private List<AllocationRound> rounds = List.of();
    private boolean reading;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        message = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        for (Object[] c : new Object[][] { { Messages.Rounds_code, 230 }, { Messages.Rounds_title, 340 },
                { Messages.Rounds_period, 80 }, { Messages.Rounds_supply, 80 }, { Messages.Rounds_method, 140 },
                { Messages.Rounds_status, 80 }, { Messages.Rounds_publishedOn, 100 } }) {
            TableColumn column = new TableColumn(table, SWT.NONE);
            column.setText((String) c[0]);
            column.setWidth((Integer) c[1]);
        }
        table.addListener(SWT.DefaultSelection, e -> openSelected());
        IToolBarManager bar = getViewSite().getActionBars().getToolBarManager();
        bar.add(new Action(Messages.Rounds_new) {
            @Override
            public void run() {
                open(RoundEditorInput.newRound());
            }
        });
        bar.add(new Action(Messages.Rounds_open) {
            @Override
            public void run() {
                openSelected();
            }
        });
        StoreEvents.onChange(getSite(), table, this::refresh, AllocationRound.class);
        refresh();
    }

    /** Reads the rounds again in a Job. */
    public void refresh() {
        reading = true;
        message.setText(Messages.Rounds_reading);
        Display display = table.getDisplay();
        Job job = Job.create(Messages.Rounds_reading, monitor -> {
            List<AllocationRound> read;
            String failure = null;
            try {
                StoreAccess.whenOpen().join();
                read = AllocationRounds.list(StoreAccess.store());
            } catch (RuntimeException e) {
                read = List.of();
                failure = StoreAccess.errorStatus(e).getMessage();
            }
            List<AllocationRound> result = read;
            String problem = failure;
            display.asyncExec(() -> show(result, problem));
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private void show(List<AllocationRound> read, String failure) {
        if (table.isDisposed()) {
            return;
        }
        reading = false;
        rounds = read;
        table.removeAll();
        for (AllocationRound r : read) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { r.getCode(), r.getTitle(), r.getPeriodStart().toString().substring(0, 7),
                    String.valueOf(r.getTotalQuantity()), ModelLabels.valueLabel(r.getMethod()),
                    ModelLabels.valueLabel(r.getStatus()), r.getPublishedOn() == null ? "" : r.getPublishedOn().toString() }); //$NON-NLS-1$
        }
        message.setText(failure != null ? failure : read.isEmpty() ? Messages.Rounds_none : ""); //$NON-NLS-1$
        message.getParent().layout();
    }

    private void openSelected() {
        int i = table.getSelectionIndex();
        if (i >= 0 && i < rounds.size()) {
            open(RoundEditorInput.stored(rounds.get(i).getId(), rounds.get(i).getCode()));
        }
    }

    private void open(IEditorInput input) {
        try {
            getSite().getPage().openEditor(input, RoundEditor.ID);
        } catch (PartInitException e) {
            message.setText(e.getMessage());
        }
    }

    /** @return the rounds shown, newest first */
    public List<AllocationRound> rounds() {
        return rounds;
    }

    public boolean isSettled() {
        return !reading;
    }

    public Table table() {
        return table;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }
}
