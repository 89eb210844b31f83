package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.Inspection;
import org.retailerdesk.model.InspectionResult;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PublicityChannel;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.Visit;
import org.retailerdesk.model.VisitPurpose;
import org.retailerdesk.store.VisitQueries;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.retailers.internal.profile.ProfileEditor;
import org.retailerdesk.ui.retailers.profile.ProfileEditorInput;
import org.retailerdesk.ui.visits.internal.VisitDialog;
import org.retailerdesk.ui.visits.internal.VisitDialogs;
import org.retailerdesk.ui.visits.internal.VisitLogView;
import org.retailerdesk.ui.visits.internal.VisitsProfilePage;
import org.retailerdesk.visits.WeeklyVisits;

/**
 * The visit log against the test runtime's demo centre: a visit recorded from the profile page's
 * dialog (with an inspection and a policy explained) is in the store, linked, and on the page; the
 * Visit Log view shows the store's weekly counts and unvisited retailers.
 */
@ExtendWith(FailureEvidence.class)
public class VisitLogTest {

    private static final String PAGE_ID = "org.retailerdesk.ui.visits.profilePage";

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private Store store;

    @BeforeEach
    void openStore() throws Exception {
        store = Spin.store();
    }

    @AfterEach
    void closeEditorsAndTheLog() {
        IWorkbenchPage page = Spin.page();
        page.closeAllEditors(false);
        if (page.findView(VisitLogView.ID) != null) {
            page.hideView(page.findView(VisitLogView.ID));
        }
    }

    /** Fills the dialog as a person would and presses Save. */
    private static class Answers implements VisitDialogs {
        final List<String> failures = new ArrayList<>();
        VisitDialog dialog;
        Policy policy;

        @Override
        public VisitDialog.Result newVisit(Shell shell, Retailer retailer, List<Staff> staff, List<Policy> policies) {
            dialog = new VisitDialog(shell, retailer, staff, policies);
            dialog.setBlockOnOpen(false);
            dialog.open();
            dialog.dateField().setText("2026-13-01");
            assertFalse(dialog.save(), "a bad date keeps the dialog open");
            assertNotNull(dialog.getErrorMessage());
            dialog.dateField().setText("2026-11-20");
            dialog.purposeField().select(VisitPurpose.COMPLAINT.getValue());
            dialog.salesField().setText("本周销量平稳");
            dialog.complaintField().setText("送货时间不固定");
            dialog.followUpField().setText("协调配送线路");
            dialog.followUpDueField().setText("2026-11-27");
            dialog.inspectedField().setSelection(true);
            dialog.resultFields()[0].select(InspectionResult.POOR.getValue());
            dialog.policyTable().getItem(0).setChecked(true);
            policy = policies.get(0);
            assertTrue(dialog.save());
            return dialog.result();
        }

        @Override
        public void failed(Shell shell, String message, Throwable error) {
            failures.add(message + ": " + error);
        }
    }

    @Test
    public void aVisitRecordedOnTheProfilePageIsStoredWithItsInspectionAndPublicity() throws Exception {
        Retailer retailer = store.retailers().findRetailerRows(RetailerQuery.all().page(3, 1)).get(0);
        int visitsBefore = store.findBy(Visit.class, retailer.getId()).size();
        ProfileEditor editor = assertInstanceOf(ProfileEditor.class,
                Spin.page().openEditor(ProfileEditorInput.of(retailer), ProfileEditorInput.EDITOR_ID));
        Spin.until("the profile read", editor::isLoaded);
        assertTrue(editor.pageIds().contains(PAGE_ID), editor.pageIds().toString());
        assertFalse(editor.pageIds().contains("org.retailerdesk.ui.retailers.profile.visits"),
                "the page replaces the read-only one");
        VisitsProfilePage visitsPage = assertInstanceOf(VisitsProfilePage.class, editor.showPage(PAGE_ID));
        Spin.until("the visits read", visitsPage::isSettled);
        assertEquals(visitsBefore, visitsPage.rows().size());

        Answers answers = new Answers();
        visitsPage.setDialogs(answers);
        visitsPage.newVisit();
        Spin.until("the dialog answered", () -> answers.dialog != null);
        Spin.until("the visit saved and read again", () -> visitsPage.isSettled()
                && visitsPage.rows().size() == visitsBefore + 1);
        assertTrue(answers.failures.isEmpty(), answers.failures.toString());

        List<Visit> stored = store.findBy(Visit.class, retailer.getId());
        assertEquals(visitsBefore + 1, stored.size());
        Visit v = stored.stream().filter(x -> "送货时间不固定".equals(x.getComplaint())).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 20), v.getDate());
        assertEquals(VisitPurpose.COMPLAINT, v.getPurpose());
        assertEquals("协调配送线路", v.getFollowUp());
        assertEquals(LocalDate.of(2026, 11, 27), v.getFollowUpDue());
        assertEquals(retailer.getCustomerManager().getId(), v.getVisitor().getId(), "the manager is the default visitor");
        Inspection in = store.findBy(Inspection.class, retailer.getId()).stream()
                .filter(i -> i.getVisit() != null && i.getVisit().getId() == v.getId()).findFirst().orElseThrow();
        assertEquals(InspectionResult.POOR, in.getHygiene());
        PublicityRecord p = store.findBy(PublicityRecord.class, retailer.getId()).stream()
                .filter(x -> x.getVisit() != null && x.getVisit().getId() == v.getId()).findFirst().orElseThrow();
        assertEquals(answers.policy.getId(), p.getPolicy().getId());
        assertEquals(PublicityChannel.VISIT, p.getChannel());
        assertEquals(Acknowledgement.SIGNED, p.getAcknowledgement());
        // newest first on the page, the complaint among what was observed
        int row = visitsPage.rows().indexOf(visitsPage.rows().stream().filter(x -> x.getId() == v.getId()).findFirst()
                .orElseThrow());
        assertTrue(visitsPage.cell(row, 4).contains("送货时间不固定"), visitsPage.cell(row, 4));
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void theLogShowsTheStoresWeeklyCountsAndTheUnvisitedRetailers() throws Exception {
        VisitLogView view = (VisitLogView) Spin.page().showView(VisitLogView.ID);
        Spin.until("the log read", view::isSettled);
        LocalDate today = LocalDate.now();
        WeeklyVisits expected = WeeklyVisits.read(store, today.minusWeeks(VisitLogView.DEFAULT_WEEKS - 1L), today, null);
        assertEquals(expected.weeks(), view.weekly().weeks());
        assertFalse(view.matrixRows().isEmpty(), "the demo centre's managers visit");
        for (int row = 0; row < Math.min(5, view.matrixRows().size()); row++) {
            long id = view.matrixRows().get(row);
            assertEquals(Long.toString(expected.total(id)), view.matrix().getItem(row).getText(view.matrix().getColumnCount() - 1));
        }
        long since = store.role(VisitQueries.class).findRetailersNotVisitedSince(RetailerQuery.all().page(0, 1),
                today.minusDays(VisitLogView.DEFAULT_DAYS)).total();
        assertEquals(since, view.notVisited().total());
        assertTrue(view.notVisited().total() > 0);

        // the busiest manager's visits of all weeks shown
        view.showVisits(0, -1);
        long top = view.matrixRows().get(0);
        Spin.until("the visits listed", () -> view.isSettled() && view.visits().viewer().getTable().getItemCount() > 0);
        assertEquals(expected.total(top), view.visits().viewer().getTable().getItemCount());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }
}
