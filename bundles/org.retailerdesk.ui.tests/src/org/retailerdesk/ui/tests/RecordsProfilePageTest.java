package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Visit;
import org.retailerdesk.model.VisitPurpose;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.retailers.internal.profile.Messages;
import org.retailerdesk.ui.retailers.internal.profile.ProfileEditor;
import org.retailerdesk.ui.retailers.profile.ProfileEditorInput;
import org.retailerdesk.ui.visits.internal.VisitsProfilePage;
import org.retailerdesk.visits.VisitRecording;

/** The records-page base, through the visits page: rows read in a Job, status line, sort by header, references' text. */
@ExtendWith(FailureEvidence.class)
public class RecordsProfilePageTest {

    private static final String PAGE_ID = "org.retailerdesk.ui.visits.profilePage";

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    @AfterEach
    void closeEditors() {
        Spin.page().closeAllEditors(false);
    }

    @Test
    public void theRowsAreReadCountedAndSortedByTheClickedColumn() throws Exception {
        Store store = Spin.store();
        Retailer retailer = store.retailers().findRetailerRows(RetailerQuery.all().page(11, 1)).get(0);
        // visits on three dates out of order, so that the page's order and each sort show
        for (LocalDate day : List.of(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 1, 9), LocalDate.of(2025, 2, 17))) {
            Visit v = RetailerdeskFactory.eINSTANCE.createVisit();
            v.setRetailer(retailer);
            v.setVisitor(retailer.getCustomerManager());
            v.setDate(day);
            v.setPurpose(VisitPurpose.INSPECTION);
            v.setShopOpen(true);
            VisitRecording.record(store, v, List.of(), List.of());
        }
        List<Visit> stored = store.findBy(Visit.class, retailer.getId());
        ProfileEditor editor = assertInstanceOf(ProfileEditor.class,
                Spin.page().openEditor(ProfileEditorInput.of(retailer), ProfileEditorInput.EDITOR_ID));
        Spin.until("the profile read", editor::isLoaded);
        VisitsProfilePage page = assertInstanceOf(VisitsProfilePage.class, editor.showPage(PAGE_ID));
        Spin.until("the visits read", page::isSettled);

        assertEquals(stored.size(), page.rows().size());
        assertEquals(NLS.bind(Messages.Records_shown, stored.size()), page.statusText());
        List<String> newestFirst = stored.stream().map(v -> v.getDate().toString())
                .sorted(Comparator.reverseOrder()).toList();
        assertEquals(newestFirst, dates(page), "the page's own order before a click");

        page.sortBy(0);
        assertEquals(newestFirst.reversed(), dates(page), "a click on the date column: oldest first");
        page.sortBy(0);
        assertEquals(newestFirst, dates(page), "a second click reverses");

        // the visitor as every reference is written: EntityLabels' "name (code)"
        for (int row = 0; row < page.shown().size(); row++) {
            assertEquals(EntityLabels.label(page.shown().get(row).getVisitor()), page.cell(row, 1));
        }
        assertTrue(errors.isEmpty(), errors.toString());
    }

    private static List<String> dates(VisitsProfilePage page) {
        List<String> dates = new java.util.ArrayList<>();
        for (int row = 0; row < page.shown().size(); row++) {
            dates.add(page.cell(row, 0));
        }
        return dates;
    }
}
