package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.util.SortedMap;
import java.util.function.BooleanSupplier;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.retailers.internal.NavigatorView;
import org.retailerdesk.ui.retailers.internal.RetailerColumn;
import org.retailerdesk.ui.retailers.internal.RetailersView;

/** The retailer list and the navigator, against the test runtime's demo centre. */
@ExtendWith(FailureEvidence.class)
public class RetailersViewTest {

    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance();

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private RetailersView view;
    private Store store;

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void spinUntil(String what, BooleanSupplier condition) throws InterruptedException {
        Spin.until(what, condition);
    }

    @BeforeEach
    void openList() throws Exception {
        spinUntil("the store", () -> StoreAccess.whenOpen().isDone());
        store = StoreAccess.store();
        view = (RetailersView) page().showView(RetailersView.ID);
        awaitRows();
    }

    @AfterEach
    void clearFilters() throws Exception {
        view.typeSearchText("");
        awaitRows();
    }

    private void awaitRows() throws InterruptedException {
        spinUntil("the list to show the latest query", () -> view.isSettled());
    }

    /** The table and the count line both show the store's count for the query on screen. */
    private long assertShowsStoreCount(RetailerQuery query) {
        long expected = store.count(query);
        assertEquals(expected, view.rows().getRowCount(), query.toString());
        assertTrue(view.countText().contains(NUMBER.format(expected)), view.countText());
        return expected;
    }

    @Test
    public void showsEveryRetailerAndNarrowsAsOneTypes() throws Exception {
        long all = assertShowsStoreCount(RetailerQuery.all());
        assertEquals(Integer.getInteger(StoreAccess.DEMO_RETAILERS_PROPERTY).longValue(), all);
        Retailer first = view.rows().getRowObject(0);
        assertNotNull(first, "the first page comes with the count");
        Point size = view.tableSize();
        assertTrue(size.x > 100 && size.y > 100 && size.y < 2000, "the table fills the view: " + size);

        String text = first.getShopName();
        view.typeSearchText(text);
        awaitRows();
        long found = assertShowsStoreCount(RetailerQuery.all().withText(text));
        assertTrue(found >= 1 && found < all, found + " of " + all);
        assertEquals(text, view.rows().query().text());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void sortsByGradeInTheDatabase() throws Exception {
        SortedMap<Integer, Long> grades = store.countByGrade(RetailerQuery.all());
        view.sortBy(RetailerColumn.GRADE, SortDirectionEnum.ASC);
        awaitRows();
        assertEquals(grades.firstKey(), view.rows().getRowObject(0).getGrade());
        view.sortBy(RetailerColumn.GRADE, SortDirectionEnum.DESC);
        awaitRows();
        assertEquals(grades.lastKey(), view.rows().getRowObject(0).getGrade());
        assertShowsStoreCount(RetailerQuery.all());

        view.sortBy(RetailerColumn.OWNER, SortDirectionEnum.ASC);
        assertTrue(view.isSettled(), "a column the store cannot sort by does nothing");
        view.sortBy(RetailerColumn.GRADE, SortDirectionEnum.NONE);
        awaitRows();
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void aNavigatorDistrictNarrowsTheListAndSelectedRowsAreRetailers() throws Exception {
        NavigatorView navigator = (NavigatorView) page().showView(NavigatorView.ID);
        TreeViewer tree = navigator.viewer();
        ITreeContentProvider content = (ITreeContentProvider) tree.getContentProvider();
        spinUntil("the service network", () -> content.getElements(tree.getInput())[0] instanceof NavigatorView.Node);
        NavigatorView.Node centre = (NavigatorView.Node) content.getElements(tree.getInput())[0];
        NavigatorView.Node districtNode = (NavigatorView.Node) content.getChildren(centre)[0];
        District district = assertInstanceOf(District.class, districtNode.element());

        page().activate(navigator);
        tree.setSelection(new StructuredSelection(districtNode), true);
        spinUntil("the list narrowed to the district",
                () -> Long.valueOf(district.getId()).equals(view.rows().query().districtId()) && view.isSettled());
        long inDistrict = assertShowsStoreCount(RetailerQuery.all().withDistrict(district.getId()));
        assertTrue(inDistrict < store.count(RetailerQuery.all()));
        assertEquals(district.getId(), view.rows().getRowObject(0).getDistrict().getId());

        page().activate(view);
        view.selectRow(0);
        IStructuredSelection selection = (IStructuredSelection) view.getSite().getSelectionProvider().getSelection();
        assertEquals(view.rows().getRowObject(0), selection.getFirstElement());

        page().activate(navigator);
        tree.setSelection(new StructuredSelection(centre), true);
        spinUntil("the whole centre again", () -> view.rows().query().districtId() == null && view.isSettled());
        assertFalse(view.rows().getRowCount() == inDistrict);
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }
}
