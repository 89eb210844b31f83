package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.model.Inspection;
import org.retailerdesk.model.InspectionResult;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.samples.inspections.internal.InspectionsChartView;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.RetailerSelection;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.retailers.internal.RetailersView;

/**
 * The sample plug-in view that follows the selected retailer ({@link RetailerSelection}) and
 * charts its inspections: what a plug-in author's view gets from the API.
 */
@ExtendWith(FailureEvidence.class)
public class InspectionsSampleTest {

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void closeChart() {
        InspectionsChartView chart = (InspectionsChartView) page().findView(InspectionsChartView.ID);
        if (chart != null) {
            page().hideView(chart);
        }
    }

    /** Criteria met per inspection, oldest first, computed here without the view's code. */
    private static double[] expected(List<Inspection> inspections) {
        return inspections.stream().sorted(Comparator.comparing(Inspection::getDate)).mapToDouble(i -> {
            int met = 0;
            for (InspectionResult r : new InspectionResult[] { i.getHygiene(), i.getDisplay(), i.getPriceMarking(),
                    i.getHonestOperation() }) {
                met += r == InspectionResult.GOOD ? 1 : 0;
            }
            return met;
        }).toArray();
    }

    @Test
    public void theChartFollowsTheRetailerSelectedInTheList() throws Exception {
        Spin.until("the store", () -> StoreAccess.whenOpen().isDone());
        Store store = StoreAccess.store();
        RetailersView list = (RetailersView) page().showView(RetailersView.ID);
        Spin.until("the retailer list", list::isSettled);
        int withInspections = -1;
        int without = -1;
        for (int row = 0; row < 50 && (withInspections < 0 || without < 0); row++) {
            boolean has = !store.findBy(Inspection.class, list.rows().getRowObject(row).getId()).isEmpty();
            if (has && withInspections < 0) {
                withInspections = row;
            } else if (!has && without < 0) {
                without = row;
            }
        }
        assertTrue(withInspections >= 0 && without >= 0, "the demo centre has retailers with and without inspections");

        InspectionsChartView chart = (InspectionsChartView) page().showView(InspectionsChartView.ID);

        page().activate(list);
        list.selectRow(withInspections);
        Retailer selected = list.rows().getRowObject(withInspections);
        assertEquals(selected, RetailerSelection.of(list.getSite().getSelectionProvider().getSelection()));
        List<Inspection> inspections = store.findBy(Inspection.class, selected.getId());
        Spin.until("the chart of the selected retailer", () -> chart.inspections().size() == inspections.size()
                && chart.retailer() != null && chart.retailer().getId() == selected.getId());
        assertArrayEquals(expected(inspections), chart.values());
        assertTrue(chart.headingText().contains(selected.getShopName()), chart.headingText());

        list.selectRow(without);
        Retailer other = list.rows().getRowObject(without);
        Spin.until("the chart of a retailer without inspections",
                () -> chart.retailer().getId() == other.getId() && chart.inspections().isEmpty());
        assertEquals(0, chart.values().length);
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void aNewChartStartsWithTheRetailerAlreadySelected() throws Exception {
        Spin.until("the store", () -> StoreAccess.whenOpen().isDone());
        RetailersView list = (RetailersView) page().showView(RetailersView.ID);
        Spin.until("the retailer list", list::isSettled);
        list.selectRow(2);
        Retailer selected = list.rows().getRowObject(2);
        InspectionsChartView chart = (InspectionsChartView) page().showView(InspectionsChartView.ID);
        assertEquals(selected.getId(), chart.retailer().getId());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }
}
