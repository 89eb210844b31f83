package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.retailers.Reassignment;
import org.retailerdesk.retailers.Reassignment.Target;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.retailers.internal.FilterState;
import org.retailerdesk.ui.retailers.internal.RetailersView;
import org.retailerdesk.ui.retailers.internal.StatusChoice;
import org.retailerdesk.ui.retailers.internal.life.ReassignDialog;
import org.retailerdesk.ui.retailers.internal.life.ReassignHandler;
import org.retailerdesk.ui.retailers.internal.profile.HistoryPage;
import org.retailerdesk.ui.retailers.internal.profile.ProfileEditor;
import org.retailerdesk.ui.retailers.internal.profile.ProfileOpening;

/**
 * Reassign from the Retailers view: the selected rows move to a new customer manager in one
 * transaction, each retailer's change audited; the profile's History page names the managers,
 * not their ids.
 */
@ExtendWith(FailureEvidence.class)
public class RetailerLifeReassignTest {

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private static void choose(Combo combo, String item) {
        int index = Arrays.asList(combo.getItems()).indexOf(item);
        assertTrue(index > 0, item + " offered in " + Arrays.toString(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    public void theSelectedRowsMoveToAnotherManagerAndTheHistoryNamesThem() throws Exception {
        Store store = Spin.store();
        RetailersView list = (RetailersView) Spin.page().showView(RetailersView.ID);
        MarketDepartment department = store.findAll(MarketDepartment.class).get(2);
        // a manager who joins the department, to take over some of its retailers
        Staff joining = RetailerdeskFactory.eINSTANCE.createStaff();
        joining.setCode("E90" + System.nanoTime() % 1000); //$NON-NLS-1$
        joining.setName("新任经理"); //$NON-NLS-1$
        joining.setRole(StaffRole.CUSTOMER_MANAGER);
        joining.setMarketDepartment(department);
        joining.setActive(true);
        Staff manager = store.insert(joining);
        list.filters().restore(FilterState.NONE.withStatus(StatusChoice.IN_BUSINESS));
        Spin.until("the list", list::isSettled);
        list.filters().restore(new FilterState("", FilterState.MIN_GRADE, FilterState.MAX_GRADE, department.getDistrict().getId(),
                department.getId(), null, null, null, null, false, StatusChoice.IN_BUSINESS));
        Spin.until("the department's retailers", () -> list.isSettled()
                && Long.valueOf(department.getId()).equals(list.rows().query().marketDepartmentId()));
        List<Retailer> moving = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            moving.add(list.rows().getRowObject(row));
        }
        Staff before = moving.get(0).getCustomerManager();
        Map<Long, Long> managers = new HashMap<>();
        moving.forEach(r -> managers.put(r.getId(), r.getCustomerManager().getId()));
        AtomicReference<ReassignDialog> shown = new AtomicReference<>();
        List<String> asked = new ArrayList<>();
        try {
            Spin.page().activate(list);
            list.selectRows(0, 1, 2);
            ReassignHandler.setOpener(dialog -> {
                dialog.setBlockOnOpen(false);
                dialog.setAnswers(new ReassignDialog.Answers() {
                    @Override
                    public boolean confirm(Shell shell, String question) {
                        asked.add(question);
                        return true;
                    }

                    @Override
                    public void done(Shell shell, String summary) {
                        asked.add(summary);
                    }
                });
                dialog.open();
                shown.set(dialog);
            });
            Spin.page().getWorkbenchWindow().getService(IHandlerService.class).executeCommand(ReassignHandler.COMMAND_ID, null);
            ReassignDialog dialog = shown.get();
            assertNotNull(dialog, "the command opens the dialog"); //$NON-NLS-1$
            Spin.until("the network read", dialog::isReady);
            assertTrue(dialog.managerCombo().isEnabled(), "the selection's department gives its managers"); //$NON-NLS-1$
            choose(dialog.managerCombo(), EntityLabels.label(manager));
            assertTrue(dialog.summaryText().contains("3"), dialog.summaryText()); //$NON-NLS-1$
            dialog.pressOk();
            Spin.until("the move", () -> dialog.result() != null);
            assertEquals(3, dialog.result().moved());
            assertEquals(2, asked.size(), "asked once, told once: " + asked); //$NON-NLS-1$
            for (Retailer r : moving) {
                assertEquals(manager.getId(), store.get(Retailer.class, r.getId()).getCustomerManager().getId());
            }

            ProfileEditor editor = assertInstanceOf(ProfileEditor.class, ProfileOpening.open(Spin.page(), moving.get(0)));
            Spin.until("the profile read", editor::isLoaded);
            HistoryPage history = assertInstanceOf(HistoryPage.class, editor.showPage(RetailerLifeLicenceTest.HISTORY_PAGE));
            Spin.until("the history read", () -> history.isSettled() && history.auditRows() > 0);
            String field = ModelLabels.label(P.getRetailer_CustomerManager());
            int row = 0;
            while (row < history.auditRows() && !field.equals(history.auditCell(row, 4))) {
                row++;
            }
            assertTrue(row < history.auditRows(), "the move is in the history"); //$NON-NLS-1$
            assertEquals(EntityLabels.label(before), history.auditCell(row, 5), "the old manager by name"); //$NON-NLS-1$
            assertEquals(EntityLabels.label(manager), history.auditCell(row, 6), "the new manager by name"); //$NON-NLS-1$
            assertTrue(errors.isEmpty(), "errors logged: " + errors);
        } finally {
            ReassignHandler.setOpener(null);
            if (shown.get() != null) {
                shown.get().close();
            }
            Spin.page().closeAllEditors(false);
            list.filters().restore(FilterState.NONE);
            // the other tests share the demo centre: back to their manager, and the new one leaves again
            managers.forEach((retailer, was) -> Reassignment.reassign(store, List.of(retailer), new Target(was, null, null),
                    new NullProgressMonitor()));
            store.delete(store.get(Staff.class, manager.getId()));
        }
    }
}
