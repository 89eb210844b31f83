package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.Staff;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.retailers.internal.FilterState;
import org.retailerdesk.ui.retailers.internal.StatusChoice;
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

    /** Runs the event loop until the condition holds; fails after a minute (the import wizard test uses it too). */
    static void spinUntil(String what, BooleanSupplier condition) throws InterruptedException {
        Spin.until(what, condition);
    }

    @BeforeEach
    void openList() throws Exception {
        spinUntil("the store", () -> StoreAccess.whenOpen().isDone());
        store = StoreAccess.store();
        view = (RetailersView) page().showView(RetailersView.ID);
        // every retailer, whatever its status: the status filter has tests of its own (RetailerLifeListTest)
        view.filters().restore(FilterState.NONE);
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
        long expected = store.retailers().count(query);
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
        SortedMap<Integer, Long> grades = store.retailers().countByGrade(RetailerQuery.all());
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
        assertTrue(inDistrict < store.retailers().count(RetailerQuery.all()));
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

    /** The navigator's nodes of that type, breadth first from the centre. */
    private static List<NavigatorView.Node> nodesOf(NavigatorView navigator, Class<?> type) throws Exception {
        TreeViewer tree = navigator.viewer();
        ITreeContentProvider content = (ITreeContentProvider) tree.getContentProvider();
        spinUntil("the service network", () -> content.getElements(tree.getInput())[0] instanceof NavigatorView.Node);
        List<NavigatorView.Node> found = new ArrayList<>();
        List<Object> level = List.of(content.getElements(tree.getInput()));
        while (!level.isEmpty()) {
            List<Object> next = new ArrayList<>();
            for (Object o : level) {
                NavigatorView.Node node = (NavigatorView.Node) o;
                if (type.isInstance(node.element())) {
                    found.add(node);
                }
                next.addAll(List.of(content.getChildren(node)));
            }
            level = next;
        }
        assertFalse(found.isEmpty(), "no " + type.getSimpleName() + " in the navigator");
        return found;
    }

    private static RetailerQuery placeOf(NavigatorView.Node node) {
        return RetailerQuery.all().withDistrict(node.find(District.class).getId())
                .withMarketDepartment(node.find(MarketDepartment.class).getId())
                .withCustomerManager(node.find(Staff.class).getId())
                .withDeliveryRoute(node.find(DeliveryRoute.class).getId());
    }

    @Test
    public void aRouteUnderAManagerNarrowsToThatManagersRetailersOnTheRoute() throws Exception {
        NavigatorView navigator = (NavigatorView) page().showView(NavigatorView.ID);
        NavigatorView.Node routeNode = nodesOf(navigator, DeliveryRoute.class).stream()
                .filter(n -> store.retailers().count(placeOf(n)) > 0).findFirst().orElseThrow();
        DeliveryRoute route = (DeliveryRoute) routeNode.element();
        Staff manager = routeNode.find(Staff.class);
        page().activate(navigator);
        navigator.viewer().setSelection(new StructuredSelection(routeNode), true);
        spinUntil("the list narrowed to the route",
                () -> Long.valueOf(route.getId()).equals(view.rows().query().deliveryRouteId()) && view.isSettled());
        assertShowsStoreCount(placeOf(routeNode));
        Retailer first = view.rows().getRowObject(0);
        assertEquals(route.getId(), first.getDeliveryRoute().getId());
        assertEquals(manager.getId(), first.getCustomerManager().getId());
        navigator.viewer().setSelection(StructuredSelection.EMPTY);
        view.filters().restore(FilterState.NONE);
        awaitRows();
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void theDropDownsOfferOnlyWhatLiesInsideTheChosenPlace() throws Exception {
        spinUntil("the reference lists", () -> !view.filters().offered().get(0).isEmpty());
        List<District> districts = store.findAll(District.class);
        District district = districts.get(districts.size() - 1);
        view.filters().restore(new FilterState("", 1, 30, district.getId(), null, null, null, null, null, false,
                StatusChoice.ALL));
        awaitRows();
        List<List<? extends Entity>> offered = view.filters().offered();
        assertFalse(offered.get(0).isEmpty(), "the district has market departments");
        for (Entity e : offered.get(0)) {
            assertEquals(district.getId(), ((MarketDepartment) e).getDistrict().getId());
        }
        for (Entity e : offered.get(1)) {
            assertEquals(district.getId(), ((Staff) e).getMarketDepartment().getDistrict().getId());
        }
        MarketDepartment department = (MarketDepartment) offered.get(0).get(0);
        view.filters().restore(new FilterState("", 1, 30, district.getId(), department.getId(), null, null, null, null,
                false, StatusChoice.ALL));
        awaitRows();
        offered = view.filters().offered();
        assertFalse(offered.get(1).isEmpty(), "the department has customer managers");
        for (Entity e : offered.get(1)) {
            assertEquals(department.getId(), ((Staff) e).getMarketDepartment().getId());
        }
        for (Entity e : offered.get(2)) {
            assertEquals(department.getId(), ((DeliveryRoute) e).getMarketDepartment().getId());
        }
        assertShowsStoreCount(RetailerQuery.all().withDistrict(district.getId()).withMarketDepartment(department.getId()));
        view.filters().restore(FilterState.NONE);
        awaitRows();
        assertEquals(store.findAll(MarketDepartment.class).size(), view.filters().offered().get(0).size());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void aSavedFilterIsKeptOnDiskAndComesBackByName() throws Exception {
        spinUntil("the reference lists", () -> !view.filters().offered().get(0).isEmpty());
        District district = store.findAll(District.class).get(0);
        FilterState state = new FilterState("", 5, 20, district.getId(), null, null, null, BusinessFormat.GROCERY,
                null, false, StatusChoice.IN_BUSINESS);
        view.filters().restore(state);
        awaitRows();
        long expected = assertShowsStoreCount(state.apply(RetailerQuery.all()));
        String name = "历下杂货店 5-20";
        view.filters().saveAs(name);

        view.filters().restore(FilterState.NONE);
        awaitRows();
        assertEquals(store.retailers().count(RetailerQuery.all()), view.rows().getRowCount());
        view.filters().choose(name);
        awaitRows();
        assertEquals(state, view.filters().state());
        assertEquals(expected, view.rows().getRowCount());

        // what the next start reads: the preference file in the workspace, written at once
        Path prefs = Path.of(Platform.getInstanceLocation().getURL().toURI())
                .resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/org.retailerdesk.ui.retailers.prefs");
        Properties stored = new Properties();
        try (var in = Files.newInputStream(prefs)) {
            stored.load(in);
        }
        assertEquals(state, FilterState.decode(stored.getProperty("savedFilters/" + name)));
        view.filters().restore(FilterState.NONE);
        awaitRows();
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void showInNavigatorRevealsTheRetailersPlaceAndKeepsTheFilter() throws Exception {
        NavigatorView navigator = (NavigatorView) page().showView(NavigatorView.ID);
        nodesOf(navigator, District.class);
        page().activate(view);
        Retailer some = view.rows().getRowObject(3);
        view.typeSearchText(some.getCustomerCode());
        awaitRows();
        RetailerQuery filtered = view.rows().query();
        assertEquals(1, view.rows().getRowCount());
        view.selectRow(0);

        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = view.getSite().getService(IHandlerService.class);
        handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand("org.eclipse.ui.navigate.showIn"),
                Map.of("org.eclipse.ui.navigate.showIn.targetId", NavigatorView.ID)), null);

        TreeSelection shown = (TreeSelection) navigator.viewer().getSelection();
        NavigatorView.Node node = (NavigatorView.Node) shown.getFirstElement();
        assertNotNull(node, "the navigator selects the retailer's place");
        assertEquals(some.getDistrict().getId(), node.find(District.class).getId());
        assertEquals(some.getMarketDepartment().getId(), node.find(MarketDepartment.class).getId());
        if (node.element() instanceof DeliveryRoute route) {
            assertEquals(some.getDeliveryRoute().getId(), route.getId());
            assertEquals(some.getCustomerManager().getId(), node.find(Staff.class).getId());
        }
        awaitRows();
        assertEquals(filtered, view.rows().query(), "showing the place leaves the list's filter alone");
        assertEquals(1, view.rows().getRowCount());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }
}
