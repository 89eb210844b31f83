package org.retailerdesk.ui.households.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.ui.retailers.profile.ProfileContext;
import org.retailerdesk.ui.retailers.profile.ProfilePage;

/**
 * The profile editor's page of the retailer's priority-assistance records: masked like the
 * register, with reveal, and editing in a dialog. A household record is its own entity, so the
 * dialog saves it straight through the store (audited) rather than through the editor's command
 * stack, which holds the retailer's own fields.
 */
public class HouseholdProfilePage implements ProfilePage {

    private ProfileContext context;
    private HouseholdTable table;
    private Label none;
    private List<PriorityHousehold> rows;
    private HouseholdDialogs dialogs = HouseholdDialogs.INTERACTIVE;

    @Override
    public void createContents(Composite body, ProfileContext profile) {
        this.context = profile;
        FormToolkit toolkit = profile.toolkit();
        body.setLayout(new GridLayout(1, false));
        Composite buttons = toolkit.createComposite(body);
        buttons.setLayout(new GridLayout(4, false));
        Button reveal = toolkit.createButton(buttons, Messages.Reveal_action, SWT.PUSH);
        Button edit = toolkit.createButton(buttons, Messages.Edit_action, SWT.PUSH);
        Button add = toolkit.createButton(buttons, Messages.Edit_new, SWT.PUSH);
        none = toolkit.createLabel(buttons, ""); //$NON-NLS-1$
        none.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new HouseholdTable(body, SWT.SINGLE, HouseholdColumn.ofRecords());
        table.viewer().getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        toolkit.adapt(table.viewer().getTable());
        reveal.addListener(SWT.Selection, e -> revealSelected());
        edit.addListener(SWT.Selection, e -> editSelected());
        add.addListener(SWT.Selection, e -> editNew());
        table.viewer().addDoubleClickListener(e -> editSelected());
        table.viewer().addSelectionChangedListener(e -> {
            reveal.setEnabled(table.selected() != null);
            edit.setEnabled(table.selected() != null);
        });
        reveal.setEnabled(false);
        edit.setEnabled(false);
        read();
    }

    private void read() {
        rows = null;
        context.read(PriorityHousehold.class, households -> {
            if (table.viewer().getTable().isDisposed()) {
                return;
            }
            // the page names households by this retailer, as the editor has it
            households.forEach(h -> h.setRetailer(context.retailer()));
            rows = households;
            table.viewer().setInput(households);
            none.setText(households.isEmpty() ? Messages.Households_none : ""); //$NON-NLS-1$
            none.getParent().layout();
        });
    }

    /** Runs "Reveal Full Number" on the selected record. */
    public void revealSelected() {
        PriorityHousehold h = table.selected();
        if (h != null) {
            Households.reveal(table.viewer().getTable().getShell(), h, dialogs);
        }
    }

    /** Opens the edit dialog on the selected record; a save reads the records again. */
    public void editSelected() {
        PriorityHousehold h = table.selected();
        if (h != null) {
            Households.edit(table.viewer().getTable().getShell(), h, dialogs, saved -> read());
        }
    }

    /** Opens the edit dialog on a new record of the retailer. */
    public void editNew() {
        PriorityHousehold h = RetailerdeskFactory.eINSTANCE.createPriorityHousehold();
        h.setRetailer(context.retailer());
        h.setPreferenceRule(PreferenceRule.NONE);
        h.setActive(true);
        Households.edit(table.viewer().getTable().getShell(), h, dialogs, saved -> read());
    }

    /** The records shown once read, else null. */
    public List<PriorityHousehold> rows() {
        return rows;
    }

    public HouseholdTable table() {
        return table;
    }

    /** Lets tests answer the page's questions. */
    public void setDialogs(HouseholdDialogs dialogs) {
        this.dialogs = dialogs;
    }
}
