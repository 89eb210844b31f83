package org.retailerdesk.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.ImportException;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.ImportResult;
import org.retailerdesk.imports.RetailerImport;
import org.retailerdesk.imports.RowResult;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MutualAidGroup;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.Transaction;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/**
 * A company's own 15 000-row export (see {@link CompanyExport}) imported into an empty centre, one
 * that holds only its service centre: with "create missing references" every row goes in and the
 * districts, departments, routes, managers and groups are created once each; without it every row
 * is rejected naming its department; neither dry run writes; a commit that fails in the middle
 * leaves neither retailers nor created entries.
 */
public class CompanyExportTest {

    private static final int ROWS = 15_000;
    private static final ImportOptions CREATE = ImportOptions.defaults().withCreateMissing(true);

    @TempDir
    static Path files;
    private static Path file;

    private TempStore temp;
    private DerbyStore store;

    @BeforeAll
    static void writeFile() throws Exception {
        file = CompanyExport.write(files.resolve("company.csv"), ROWS); //$NON-NLS-1$
    }

    @BeforeEach
    void emptyCentre() {
        temp = TempStore.open();
        store = temp.store();
        ServiceCentre centre = RetailerdeskFactory.eINSTANCE.createServiceCentre();
        centre.setCode("SC6201"); //$NON-NLS-1$
        centre.setName("兰州市烟草公司客户服务中心"); //$NON-NLS-1$
        store.insert(centre);
    }

    @AfterEach
    void close() {
        temp.close();
    }

    private DryRun dryRun(Store on, ImportOptions options) {
        return new RetailerImport(on).dryRun(file, options, RetailerImport.preview(file, options).mapping(),
                new NullProgressMonitor());
    }

    @Test
    public void withoutCreateMissingEveryRowIsRejectedNamingItsDepartment() throws Exception {
        long audit = ImportTestBase.auditRows(store);
        DryRun run = dryRun(store, ImportOptions.defaults());
        assertEquals(ROWS, run.count(RowStatus.REJECTED));
        for (int i : new int[] { 0, 1, 4321, ROWS - 1 }) {
            RowResult r = run.rows().get(i);
            String department = CompanyExport.departments().get(CompanyExport.department(i));
            assertTrue(r.rejections().stream().anyMatch(x -> x.column().equals("MARKET_DEPARTMENT") //$NON-NLS-1$
                    && x.value().equals(department) && x.reason().contains(department)), r.rejections().toString());
        }
        assertEquals(List.of(), run.created());
        assertEquals(audit, ImportTestBase.auditRows(store), "a dry run writes nothing");
        assertThrows(ImportException.class, () -> new RetailerImport(store).commit(run, false, new NullProgressMonitor()));
        assertEquals(0, store.retailers().count(RetailerQuery.all()));
    }

    @Test
    public void withCreateMissingEveryRowGoesInAndEachEntryIsCreatedOnce() throws Exception {
        long audit = ImportTestBase.auditRows(store);
        DryRun run = dryRun(store, CREATE);
        assertEquals(ROWS, run.count(RowStatus.NEW), run.rejections().stream().limit(5).map(run::describe).toList()
                .toString());
        assertEquals(6, run.created(District.class));
        assertEquals(12, run.created(MarketDepartment.class));
        assertEquals(60, run.created(DeliveryRoute.class));
        assertEquals(48, run.created(Staff.class));
        assertEquals(36, run.created(MutualAidGroup.class));
        assertTrue(run.createdSummary().stream().anyMatch(l -> l.contains("12") && l.contains("城关东关市场部") //$NON-NLS-1$ //$NON-NLS-2$
                && l.contains("榆中西关市场部")), run.createdSummary().toString()); //$NON-NLS-1$
        // no shop names in the file: every row is warned about it, and a row is warned at most once per field
        assertTrue(run.warnings().size() >= ROWS, "warnings: " + run.warnings().size());
        RowResult first = run.rows().get(0);
        assertTrue(first.warnings().stream().anyMatch(w -> w.reason().contains(CompanyExport.owner(0))),
                first.warnings().toString());
        assertEquals(audit, ImportTestBase.auditRows(store), "a dry run writes nothing");
        assertEquals(List.of(), store.findAll(District.class));

        ImportResult result = new RetailerImport(store).commit(run, false, new NullProgressMonitor());
        assertEquals(new ImportResult(ROWS, 0, 0, 0), result);
        assertEquals(ROWS, store.retailers().count(RetailerQuery.all()));
        Map<String, MarketDepartment> departments = store.findAll(MarketDepartment.class).stream()
                .collect(Collectors.toMap(MarketDepartment::getName, d -> d));
        assertEquals(CompanyExport.departments().stream().sorted().toList(), departments.keySet().stream().sorted().toList());
        assertEquals("城关区", departments.get("城关东关市场部").getDistrict().getName(), "a new department hangs under its rows' district"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(6, store.findAll(District.class).size());
        assertTrue(store.findAll(District.class).stream().allMatch(d -> d.getCode().matches("6201\\d\\d") //$NON-NLS-1$
                && d.getCentre() != null), "codes under the centre's city, as the demo writes them");
        assertTrue(store.findAll(Staff.class).stream().allMatch(s -> s.getRole() == StaffRole.CUSTOMER_MANAGER && s.isActive()
                && s.getCode().matches("E\\d{5}") && s.getMarketDepartment() != null)); //$NON-NLS-1$
        assertEquals(48, store.findAll(Staff.class).size());
        assertTrue(store.findAll(DeliveryRoute.class).stream().allMatch(r -> r.getMarketDepartment() != null
                && r.getCode().matches("\\d{5}")), "routes hang under their department"); //$NON-NLS-1$

        Map<String, Retailer> byCode = new HashMap<>();
        for (Retailer r : store.retailers().findRetailersByKeys(List.of(CompanyExport.customerCode(0),
                CompanyExport.customerCode(3), CompanyExport.customerCode(50), CompanyExport.customerCode(97),
                CompanyExport.customerCode(7203)), List.of())) {
            byCode.put(r.getCustomerCode(), r);
        }
        Retailer r0 = byCode.get(CompanyExport.customerCode(0));
        assertEquals(CompanyExport.owner(0), r0.getShopName(), "the shop name falls back to the holder's name");
        assertEquals(CompanyExport.grade(0), r0.getGrade());
        assertEquals(CompanyExport.grade(3), byCode.get(CompanyExport.customerCode(3)).getGrade(), "第四档");
        assertEquals(CompanyExport.grade(7203), byCode.get(CompanyExport.customerCode(7203)).getGrade());
        assertEquals(CompanyExport.route(0), r0.getDeliveryRoute().getName());
        assertEquals(CompanyExport.manager(0), r0.getCustomerManager().getName());
        assertEquals(CompanyExport.group(0), r0.getMutualAidGroup().getName());
        assertEquals(RetailerStatus.ACTIVE, byCode.get(CompanyExport.customerCode(3)).getStatus());
        assertEquals(RetailerStatus.SUSPENDED, byCode.get(CompanyExport.customerCode(50)).getStatus());
        assertEquals(RetailerStatus.CLOSED, byCode.get(CompanyExport.customerCode(97)).getStatus());
        int notMember = 36; // i / 12 = 3: "否"
        assertNull(CompanyExport.group(notMember));
        assertNull(store.retailers().findRetailersByKeys(List.of(CompanyExport.customerCode(notMember)), List.of()).get(0)
                .getMutualAidGroup());
    }

    /**
     * The store refuses the third batch of retailers, after the new entries and two batches were
     * written in the transaction: nothing is left, and the same dry run commits later.
     */
    @Test
    public void aFailureInTheMiddleOfTheCommitLeavesNeitherRetailersNorCreatedEntries() throws Exception {
        DryRun run = dryRun(store, CREATE);
        long audit = ImportTestBase.auditRows(store);
        int[] batches = { 0 };
        Store failing = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] { Store.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("write")) { //$NON-NLS-1$
                        org.retailerdesk.store.UnitOfWork<?> work = (org.retailerdesk.store.UnitOfWork<?>) args[0];
                        return store.write(tx -> work.run(refusingThirdBatch(tx, batches)));
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        ImportException e = assertThrows(ImportException.class,
                () -> new RetailerImport(failing).commit(run, false, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains("company.csv"), e.getMessage()); //$NON-NLS-1$
        assertEquals(3, batches[0], "failed in the third batch, after the entries and two batches");
        assertEquals(0, store.retailers().count(RetailerQuery.all()));
        for (Class<? extends Entity> type : List.of(District.class, MarketDepartment.class, DeliveryRoute.class,
                Staff.class, MutualAidGroup.class)) {
            assertEquals(List.of(), store.findAll(type), type.getSimpleName());
        }
        assertEquals(audit, ImportTestBase.auditRows(store), "no audit row is left either");
        assertTrue(run.created().stream().allMatch(x -> x.getId() == 0), "the entries' ids were taken back");

        new RetailerImport(store).commit(run, false, new NullProgressMonitor());
        assertEquals(ROWS, store.retailers().count(RetailerQuery.all()));
        assertEquals(12, store.findAll(MarketDepartment.class).size());
        Retailer any = store.retailers().findRetailersByKeys(List.of(CompanyExport.customerCode(5)), List.of()).get(0);
        assertEquals("西固区", any.getDistrict().getName(), "the retailer points at the stored entry"); //$NON-NLS-1$
    }

    /** The transaction, refusing its third {@code insertAll}. */
    private static Transaction refusingThirdBatch(Transaction tx, int[] batches) {
        return (Transaction) Proxy.newProxyInstance(Transaction.class.getClassLoader(), new Class<?>[] { Transaction.class },
                (proxy, method, args) -> {
                    if (method.getName().equals("insertAll") && ++batches[0] == 3) { //$NON-NLS-1$
                        throw new StoreException("disk full (a test)"); //$NON-NLS-1$
                    }
                    try {
                        return method.invoke(tx, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
