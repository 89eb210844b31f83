package org.retailerdesk.exports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.exports.ExportFormats;
import org.retailerdesk.exports.ExportRequest;
import org.retailerdesk.exports.ExportScope;
import org.retailerdesk.exports.RetailerExport;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.Visit;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.CoverageCount;
import org.retailerdesk.store.PublicityQueries;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.VisitQueries;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.FixedClock;
import org.retailerdesk.testsupport.TempStore;

/**
 * A customer manager sees only the retailers assigned to him, below the UI: the lists and their
 * counts, key lookups, what belongs to a retailer, the per-feature queries and an export hold
 * exactly his retailers, compared with a brute-force filter of every retailer read by the administrator.
 */
class OwnRetailersTest {

    private static TempStore temp;
    private static DerbyStore store;
    /** Every retailer, as the administrator reads them. */
    private static List<Retailer> all;
    private static long manager;
    private static Set<Long> mine;
    private static Retailer someoneElses;

    @TempDir
    Path dir;

    @BeforeAll
    static void centre() throws InterruptedException {
        temp = TempStore.withDemoCentre(300, 5);
        store = temp.store();
        store.bulk().awaitSearchIndex(1, TimeUnit.MINUTES);
        all = store.retailers().findRetailers(RetailerQuery.all().page(0, 10_000)).rows();
        // the manager of most retailers, so that every filter below has some of his
        Map<Long, Long> perManager = all.stream().filter(r -> r.getCustomerManager() != null)
                .collect(Collectors.groupingBy(r -> r.getCustomerManager().getId(), Collectors.counting()));
        manager = perManager.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        mine = ids(all.stream().filter(r -> isMine(r)).toList());
        someoneElses = all.stream().filter(r -> !isMine(r)).findFirst().orElseThrow();
        assertTrue(mine.size() > 1 && mine.size() < all.size(), mine.size() + " of " + all.size()); //$NON-NLS-1$
    }

    @BeforeEach
    void signInAsTheManager() {
        temp.signInAs("manager_own", manager, Role.CUSTOMER_MANAGER); //$NON-NLS-1$
    }

    @AfterAll
    static void close() {
        temp.close();
    }

    private static boolean isMine(Retailer r) {
        return r.getCustomerManager() != null && r.getCustomerManager().getId() == manager;
    }

    private static Set<Long> ids(List<Retailer> retailers) {
        return retailers.stream().map(Retailer::getId).collect(Collectors.toSet());
    }

    /** His retailers matching the condition, by brute force. */
    private static Set<Long> mineWhere(Predicate<Retailer> condition) {
        return ids(all.stream().filter(r -> mine.contains(r.getId()) && condition.test(r)).toList());
    }

    private static void assertListed(Set<Long> expected, RetailerQuery query) {
        var page = store.retailers().findRetailers(query.page(0, 10_000));
        assertEquals(expected, ids(page.rows()), query.toString());
        assertEquals(expected.size(), page.total(), query.toString());
        assertEquals(expected.size(), store.retailers().count(query), query.toString());
        assertEquals(expected, ids(store.retailers().findRetailerRows(query.page(0, 10_000))), query.toString());
        long byGrade = store.retailers().countByGrade(query).values().stream().mapToLong(Long::longValue).sum();
        assertEquals(expected.size(), byGrade, query.toString());
    }

    @Test
    void listsAndCountsHoldExactlyHisRetailers() {
        assertListed(mine, RetailerQuery.all());
        assertListed(mineWhere(r -> r.getStatus() == RetailerStatus.ACTIVE), RetailerQuery.all()
                .withStatuses(Set.of(RetailerStatus.ACTIVE)));
        assertListed(mineWhere(r -> r.getGrade() >= 10), RetailerQuery.all().withGrades(10, null));
        for (District d : store.findAll(District.class)) {
            assertListed(mineWhere(r -> r.getDistrict().getId() == d.getId()), RetailerQuery.all().withDistrict(d.getId()));
        }
        // a text of two characters from one of his shops, answered from the search index
        Retailer one = all.stream().filter(r -> mine.contains(r.getId())).findFirst().orElseThrow();
        String text = one.getShopName().substring(0, 2);
        String lower = text.toLowerCase(Locale.ROOT);
        assertListed(mineWhere(r -> r.getShopName().toLowerCase(Locale.ROOT).contains(lower)
                || r.getAddress().toLowerCase(Locale.ROOT).contains(lower) || r.getCustomerCode().startsWith(text)
                || r.getLicenceNumber().startsWith(text)), RetailerQuery.all().withText(text));
        // his own filter is his list; another manager's is empty
        assertListed(mine, RetailerQuery.all().withCustomerManager(manager));
        assertListed(Set.of(), RetailerQuery.all().withCustomerManager(someoneElses.getCustomerManager().getId()));
    }

    @Test
    void anotherManagersRetailerAndWhatBelongsToItReadAsAbsent() {
        assertNull(store.get(Retailer.class, someoneElses.getId()));
        // a reference to it (an EMF proxy carrying its id) resolves to nothing either
        Retailer proxy = RetailerdeskFactory.eINSTANCE.createRetailer();
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI("retailerdesk:/Retailer/" + someoneElses.getId())); //$NON-NLS-1$
        proxy.setId(someoneElses.getId());
        assertNull(store.resolve(proxy));
        assertEquals(List.of(), store.findBy(Visit.class, someoneElses.getId()));
        assertEquals(List.of(), store.retailers().findRetailersByKeys(List.of(someoneElses.getCustomerCode()),
                List.of(someoneElses.getLicenceNumber())));
        assertEquals(mine, ids(store.findAll(Retailer.class)));
        List<Visit> visits = store.findAll(Visit.class);
        assertTrue(visits.stream().allMatch(v -> mine.contains(v.getRetailer().getId())), visits.toString());
        assertTrue(store.findByReference(Visit.class, RetailerdeskPackage.Literals.VISIT__RETAILER.getName(),
                someoneElses.getId()).isEmpty());
        Retailer his = store.get(Retailer.class, mine.iterator().next());
        assertEquals(manager, his.getCustomerManager().getId());
    }

    @Test
    void reportsCountHisRetailersOnly() {
        Policy policy = store.findAll(Policy.class).get(0);
        List<CoverageCount> coverage = store.role(PublicityQueries.class).publicityCoverage(RetailerQuery.all(),
                policy.getId(), null, null);
        assertEquals(mine.size(), coverage.stream().mapToLong(CoverageCount::retailers).sum());
        assertTrue(coverage.stream().allMatch(c -> c.customerManagerId() == manager), coverage.toString());
        // nobody visited after today: every one of his retailers is "not visited since"
        var notVisited = store.role(VisitQueries.class).findRetailersNotVisitedSince(RetailerQuery.all().page(0, 10_000),
                FixedClock.TODAY.plusDays(1));
        assertEquals(mine.size(), notVisited.total());
        assertEquals(mine, notVisited.rows().stream().map(v -> v.retailer().getId()).collect(Collectors.toSet()));
        long visitsOfHis = store.role(VisitQueries.class).countVisitsByDay(FixedClock.TODAY.minusYears(20),
                FixedClock.TODAY.plusYears(1), null).stream().mapToLong(VisitQueries.DayCount::visits).sum();
        assertEquals(store.findAll(Visit.class).size(), visitsOfHis);
    }

    @Test
    void anExportHoldsExactlyHisRetailers() throws Exception {
        Path file = dir.resolve("mine.csv"); //$NON-NLS-1$
        List<ExportColumn> code = ExportColumn.parse("customerCode"); //$NON-NLS-1$
        RetailerExport.run(store, ExportFormats.get("csv"), //$NON-NLS-1$
                ExportRequest.of(new ExportScope.Filter(RetailerQuery.all())).withColumns(code), file,
                new NullProgressMonitor());
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Map<String, Long> codeToId = new TreeMap<>();
        all.forEach(r -> codeToId.put(r.getCustomerCode(), r.getId()));
        Set<Long> exported = lines.subList(1, lines.size()).stream().map(l -> codeToId.get(l.strip())).collect(Collectors.toSet());
        assertEquals(mine.size(), lines.size() - 1);
        assertEquals(mine, exported);
    }
}
