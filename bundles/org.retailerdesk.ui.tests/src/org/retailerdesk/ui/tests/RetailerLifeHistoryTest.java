package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.Masking;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.retailers.internal.profile.HistoryPage;
import org.retailerdesk.ui.retailers.internal.profile.ProfileEditor;
import org.retailerdesk.ui.retailers.internal.profile.ProfileOpening;

/**
 * The profile's History page: an edit saved in the profile is listed by field label with its old
 * and new value, and a priority household's certificate number only masked.
 */
@ExtendWith(FailureEvidence.class)
public class RetailerLifeHistoryTest {

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    /** The first row of the history about that field, or -1. */
    private static int rowOf(HistoryPage history, String field) {
        for (int row = 0; row < history.auditRows(); row++) {
            if (field.equals(history.auditCell(row, 4))) {
                return row;
            }
        }
        return -1;
    }

    @Test
    public void theHistoryShowsAnEditInWordsAndMasksWhatIsSensitive() throws Exception {
        Store store = Spin.store();
        Retailer retailer = Spin.retailerAt(store, RetailerQuery.all(), 0.55);
        ProfileEditor editor = assertInstanceOf(ProfileEditor.class, ProfileOpening.open(Spin.page(), retailer));
        PriorityHousehold household = null;
        try {
            Spin.until("the profile read", editor::isLoaded);
            HistoryPage history = assertInstanceOf(HistoryPage.class, editor.showPage(RetailerLifeLicenceTest.HISTORY_PAGE));
            Spin.until("the history read", history::isSettled);
            long before = history.auditTotal();

            editor.showPage("org.retailerdesk.ui.retailers.profile.contact"); //$NON-NLS-1$
            Text person = assertInstanceOf(Text.class, editor.fieldControl(P.getRetailer_ContactPerson()));
            String old = retailer.getContactPerson() == null ? "" : retailer.getContactPerson(); //$NON-NLS-1$
            String mine = "履历测试" + System.nanoTime() % 1000; //$NON-NLS-1$
            person.setText(mine);
            Spin.until("the edit", () -> mine.equals(editor.workingCopy().getContactPerson()));
            Spin.page().activate(editor);
            Spin.page().getWorkbenchWindow().getService(IHandlerService.class)
                    .executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
            Spin.until("the save", () -> !editor.isDirty());

            editor.showPage(RetailerLifeLicenceTest.HISTORY_PAGE);
            Spin.until("the history read again", () -> history.isSettled() && history.auditTotal() > before);
            int row = rowOf(history, ModelLabels.label(P.getRetailer_ContactPerson()));
            assertEquals(0, row, "the newest change first"); //$NON-NLS-1$
            assertEquals(ModelLabels.label(P.getRetailer()), history.auditCell(row, 3));
            assertEquals(old, history.auditCell(row, 5));
            assertEquals(mine, history.auditCell(row, 6));
            assertFalse(history.auditCell(row, 0).isBlank(), "when"); //$NON-NLS-1$
            assertFalse(history.auditCell(row, 1).isBlank(), "who"); //$NON-NLS-1$

            // a household's certificate number is written in full, shown masked
            Staff verifier = store.findAll(Staff.class).get(0);
            PriorityHousehold h = RetailerdeskFactory.eINSTANCE.createPriorityHousehold();
            h.setRetailer(retailer);
            h.setCategory(AssistanceCategory.LAID_OFF);
            h.setEvidenceType("下岗证"); //$NON-NLS-1$
            h.setEvidenceNumber("370102198801011234"); //$NON-NLS-1$
            h.setEvidenceIssuer("人社局"); //$NON-NLS-1$
            h.setEvidenceDate(LocalDate.now().minusYears(1));
            h.setVerifiedBy(verifier);
            h.setVerifiedOn(LocalDate.now().minusYears(1));
            h.setPreferenceRule(PreferenceRule.NONE);
            h.setActive(true);
            household = store.insert(h);
            String number = ModelLabels.label(P.getPriorityHousehold_EvidenceNumber());
            Spin.until("the household in the history", () -> history.isSettled() && rowOf(history, number) >= 0);
            // the audit trail keeps that a sensitive value changed, never the value
            assertEquals("***", history.auditCell(rowOf(history, number), 6)); //$NON-NLS-1$
            assertTrue(errors.isEmpty(), "errors logged: " + errors);
        } finally {
            Spin.page().closeAllEditors(false);
            if (household != null) {
                // the other tests share the demo centre's households
                store.delete(store.get(PriorityHousehold.class, household.getId()));
            }
        }
    }
}
