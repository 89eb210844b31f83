package org.retailerdesk.ui.households.internal;

import java.util.List;

import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.security.Operation;
import org.retailerdesk.ui.AccessTester;
import org.retailerdesk.ui.retailers.profile.RecordsProfilePage;

/**
 * The profile editor's page of the retailer's priority-assistance records: masked like the
 * register, with reveal, and editing in a dialog that saves straight through the store (audited).
 */
public class HouseholdProfilePage extends RecordsProfilePage<PriorityHousehold> {

    private HouseholdDialogs dialogs = HouseholdDialogs.INTERACTIVE;

    public HouseholdProfilePage() {
        super(PriorityHousehold.class, (a, b) -> 0);
    }

    @Override
    protected void createColumns() {
        for (HouseholdColumn c : HouseholdColumn.ofRecords()) {
            column(c.header(), c.width(), c.text(), c.comparator());
        }
    }

    @Override
    protected void createActions() {
        selectionButton(Messages.Reveal_action, Operation.REVEAL_SENSITIVE, this::revealSelected);
        selectionButton(Messages.Edit_action, Operation.EDIT_HOUSEHOLDS, this::editSelected);
        button(Messages.Edit_new, Operation.EDIT_HOUSEHOLDS, this::editNew);
        onDoubleClick(() -> {
            if (AccessTester.allows(Operation.EDIT_HOUSEHOLDS)) {
                editSelected();
            }
        });
    }

    @Override
    protected String emptyText() {
        return Messages.Households_none;
    }

    @Override
    protected void received(List<PriorityHousehold> records) {
        // the page names households by this retailer, as the editor has it
        records.forEach(h -> h.setRetailer(context().retailer()));
    }

    /** Runs "Reveal Full Number" on the selected record. */
    public void revealSelected() {
        PriorityHousehold h = selected();
        if (h != null) {
            Households.reveal(shell(), h, dialogs);
        }
    }

    /** Opens the edit dialog on the selected record; a save reads the records again. */
    public void editSelected() {
        PriorityHousehold h = selected();
        if (h != null) {
            Households.edit(shell(), h, dialogs, saved -> read());
        }
    }

    /** Opens the edit dialog on a new record of the retailer. */
    public void editNew() {
        PriorityHousehold h = RetailerdeskFactory.eINSTANCE.createPriorityHousehold();
        h.setRetailer(context().retailer());
        h.setPreferenceRule(PreferenceRule.NONE);
        h.setActive(true);
        Households.edit(shell(), h, dialogs, saved -> read());
    }

    /** Lets tests answer the page's questions. */
    public void setDialogs(HouseholdDialogs dialogs) {
        this.dialogs = dialogs;
    }
}
