package org.retailerdesk.ui.households.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.security.Operation;
import org.retailerdesk.ui.AccessTester;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;
import org.retailerdesk.ui.retailers.profile.ProfileEditorInput;

/**
 * The register of priority-assistance households (重点帮扶户) of the whole centre, read in a
 * Job: sortable, filtered to all, active, due for review within N days, or with expired evidence.
 * Certificate numbers and disability details are masked; "Reveal Full Number" shows them after
 * writing the reveal to the audit trail. Double-click opens the retailer's profile.
 */
public class HouseholdsView extends ViewPart {

    public static final String ID = "org.retailerdesk.ui.households.view"; //$NON-NLS-1$
    /** Days ahead the "due for review" filter looks by default. */
    public static final int DEFAULT_DAYS = 30;

    private HouseholdTable table;
    private Combo filter;
    private Spinner days;
    private Label status;
    private List<PriorityHousehold> all;
    private int reading;
    private HouseholdDialogs dialogs = HouseholdDialogs.INTERACTIVE;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        bar.setLayout(new GridLayout(6, false));
        new Label(bar, SWT.NONE).setText(Messages.Filter_label);
        filter = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (HouseholdFilter f : HouseholdFilter.values()) {
            filter.add(f.label());
        }
        filter.select(0);
        new Label(bar, SWT.NONE).setText(Messages.Filter_within);
        days = new Spinner(bar, SWT.BORDER);
        days.setValues(DEFAULT_DAYS, 0, 3650, 0, 1, 30);
        new Label(bar, SWT.NONE).setText(Messages.Filter_days);
        status = new Label(bar, SWT.NONE);
        GridData statusData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        statusData.horizontalIndent = 24;
        status.setLayoutData(statusData);
        status.setText(Messages.Households_loading);
        filter.addListener(SWT.Selection, e -> refilter());
        days.addListener(SWT.Modify, e -> refilter());

        table = new HouseholdTable(parent, SWT.MULTI, HouseholdColumn.ofRegister());
        table.viewer().getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.viewer().addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parentElement, Object element) {
                return chosenFilter().matches((PriorityHousehold) element, LocalDate.now(), days.getSelection());
            }
        });
        getSite().setSelectionProvider(table.viewer());
        table.viewer().addDoubleClickListener(e -> openProfile());
        createContextMenu();
        refilter();
        StoreAccess.whenOpen().whenComplete((info, error) -> {
            if (error == null) {
                parent.getDisplay().asyncExec(this::reload);
            } else {
                parent.getDisplay().asyncExec(() -> failed(error));
            }
        });
    }

    private void createContextMenu() {
        Action reveal = new Action(Messages.Reveal_action) {
            @Override
            public void run() {
                revealSelected();
            }
        };
        Action edit = new Action(Messages.Edit_action) {
            @Override
            public void run() {
                PriorityHousehold h = table.selected();
                if (h != null) {
                    Households.edit(getSite().getShell(), h, dialogs, saved -> reload());
                }
            }
        };
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(m -> fill(m, reveal, edit));
        table.viewer().getTable().setMenu(menu.createContextMenu(table.viewer().getTable()));
        getSite().registerContextMenu(menu, table.viewer());
    }

    private void fill(IMenuManager menu, Action reveal, Action edit) {
        // greyed for those whose roles may not reveal or edit (the store refuses it to them anyway)
        boolean one = table.selected() != null;
        reveal.setEnabled(one && AccessTester.allows(Operation.REVEAL_SENSITIVE));
        edit.setEnabled(one && AccessTester.allows(Operation.EDIT_HOUSEHOLDS));
        menu.add(reveal);
        menu.add(edit);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
    }

    /** Reads the register again in a Job; the table keeps its filter, sort and selection. */
    public void reload() {
        if (table.viewer().getTable().isDisposed()) {
            return;
        }
        reading++;
        UiJob.of(Messages.Households_reading, monitor -> Households.readAll(StoreAccess.store(), monitor))
                .owner(table.viewer().getTable()).onDone(this::show).onFailure(this::failed)
                .whenFinished(() -> reading--).schedule();
    }

    private void show(List<PriorityHousehold> read) {
        all = read;
        table.viewer().setInput(read);
        refilter();
    }

    private void failed(Throwable error) {
        ILog.of(getClass()).error(error.getMessage(), error);
        if (!status.isDisposed()) {
            status.setText(NLS.bind(Messages.Households_readFailed, StoreAccess.errorStatus(error).getMessage()));
            status.getParent().layout();
        }
    }

    private void refilter() {
        days.setEnabled(chosenFilter() == HouseholdFilter.DUE_FOR_REVIEW);
        if (all == null) {
            return;
        }
        table.viewer().refresh();
        status.setText(NLS.bind(Messages.Households_count, table.viewer().getTable().getItemCount(), all.size()));
        status.getParent().layout();
    }

    private HouseholdFilter chosenFilter() {
        return HouseholdFilter.values()[Math.max(0, filter.getSelectionIndex())];
    }

    private void openProfile() {
        PriorityHousehold h = table.selected();
        if (h == null || h.getRetailer() == null) {
            return;
        }
        try {
            getSite().getPage().openEditor(ProfileEditorInput.of(h.getRetailer()), ProfileEditorInput.EDITOR_ID);
        } catch (PartInitException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
    }

    /** Chooses the filter as the combo and spinner do. */
    public void setFilter(HouseholdFilter kind, int daysAhead) {
        days.setSelection(daysAhead);
        filter.select(kind.ordinal());
        refilter();
    }

    /** True once the register is read and shown, with no read under way. */
    public boolean isSettled() {
        return all != null && reading == 0;
    }

    /** All households read, whatever the filter. */
    public List<PriorityHousehold> all() {
        return all;
    }

    public HouseholdTable table() {
        return table;
    }

    /** Lets tests answer the view's questions. */
    public void setDialogs(HouseholdDialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** Runs "Reveal Full Number" on the selection, as the context menu does. */
    public void revealSelected() {
        PriorityHousehold h = table.selected();
        if (h != null) {
            Households.reveal(getSite().getShell(), h, dialogs);
        }
    }

    @Override
    public void setFocus() {
        table.viewer().getTable().setFocus();
    }
}
