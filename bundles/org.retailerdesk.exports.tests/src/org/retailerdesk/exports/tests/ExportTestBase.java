package org.retailerdesk.exports.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.exports.ExportFormats;
import org.retailerdesk.exports.ExportRequest;
import org.retailerdesk.exports.ExportResult;
import org.retailerdesk.exports.ExportScope;
import org.retailerdesk.exports.RetailerExport;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.store.Page;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.testsupport.FixedClock;
import org.retailerdesk.testsupport.TempStore;

/**
 * The store service on the test run's own new data folder ({@code -Dretailerdesk.home} under
 * target/), filled once with a demo centre and a few retailers made to catch export mistakes:
 * leading zeros, text that looks like a formula, a character GBK lacks, a disabled household.
 */
abstract class ExportTestBase {

    static final int DEMO_RETAILERS = 400;

    /** Leading zeros that a spreadsheet would drop from a number. */
    static final String ZERO_CODE = "000123456789"; //$NON-NLS-1$
    static final String ZERO_LICENCE = "000000004321"; //$NON-NLS-1$
    static final String FORMULA_SHOP = "=HYPERLINK(\"http://evil.example\",\"点我\")"; //$NON-NLS-1$
    static final String FORMULA_OWNER = "@SUM(A1)"; //$NON-NLS-1$
    static final String FORMULA_ADDRESS = "+1 经十路"; //$NON-NLS-1$
    static final String FORMULA_SCOPE = "-2+3"; //$NON-NLS-1$
    static final String FORMULA_CONTACT = "\t王五"; //$NON-NLS-1$
    /** U+1F600, an emoji: not in GBK. */
    static final String NOT_GBK_SHOP = "快乐便利店\uD83D\uDE00"; //$NON-NLS-1$
    static final String EVIDENCE_NUMBER = "37010219800101123X"; //$NON-NLS-1$
    static final String EVIDENCE_TYPE = "残疾人证（肢体二级）"; //$NON-NLS-1$

    static Store store;
    static long zeroRetailer;
    static long notGbkRetailer;

    @TempDir
    Path dir;

    @BeforeAll
    static synchronized void demoCentre() throws InterruptedException {
        if (store != null) {
            return;
        }
        ServiceTracker<Store, Store> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(ExportTestBase.class).getBundleContext(), Store.class, null);
        tracker.open();
        Store s = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
        boolean created = s.open().created();
        TempStore.signInAdministrator(s);
        if (created) {
            DemoData.load(s, DEMO_RETAILERS, DemoData.DEFAULT_SEED, FixedClock.TODAY, new NullProgressMonitor());
        }
        s.bulk().awaitSearchIndex(1, TimeUnit.MINUTES);
        Retailer model = s.retailers().findRetailers(RetailerQuery.all()).rows().get(0);
        zeroRetailer = special(s, model, r -> {
            r.setCustomerCode(ZERO_CODE);
            r.setLicenceNumber(ZERO_LICENCE);
            r.setShopName(FORMULA_SHOP);
            r.setOwner(FORMULA_OWNER);
            r.setAddress(FORMULA_ADDRESS);
            r.setBusinessScope(FORMULA_SCOPE);
            r.setContactPerson(FORMULA_CONTACT);
        });
        notGbkRetailer = special(s, model, r -> {
            r.setCustomerCode("370102999999"); //$NON-NLS-1$
            r.setLicenceNumber("370102999998"); //$NON-NLS-1$
            r.setShopName(NOT_GBK_SHOP);
        });
        PriorityHousehold h = RetailerdeskFactory.eINSTANCE.createPriorityHousehold();
        h.setRetailer(s.get(Retailer.class, zeroRetailer));
        h.setCategory(AssistanceCategory.DISABLED);
        h.setEvidenceType(EVIDENCE_TYPE);
        h.setEvidenceNumber(EVIDENCE_NUMBER);
        h.setEvidenceIssuer("历下区残疾人联合会"); //$NON-NLS-1$
        h.setEvidenceDate(LocalDate.of(2025, 3, 1));
        h.setVerifiedBy(model.getCustomerManager());
        h.setVerifiedOn(LocalDate.of(2025, 3, 5));
        h.setReviewDate(LocalDate.of(2026, 3, 5));
        h.setExpiryDate(LocalDate.of(2028, 3, 5));
        h.setPreferenceRule(PreferenceRule.UPLIFT);
        h.setPreferenceValue(20);
        h.setHelpGiven("轮椅通道改造；紧俏货源优先"); //$NON-NLS-1$
        h.setActive(true);
        s.insert(h);
        store = s;
    }

    /** A copy of the model retailer, changed and stored; returns its id. */
    private static long special(Store s, Retailer model, java.util.function.Consumer<Retailer> change) {
        Retailer r = EcoreUtil.copy(model);
        r.setId(0);
        r.setVersion(0);
        change.accept(r);
        return s.insert(r).getId();
    }

    /** The export application closes the store at its end, as a command line must. */
    @BeforeEach
    void reopen() {
        store.open();
    }

    static ExportResult export(String format, ExportRequest request, Path file) {
        return RetailerExport.run(store, ExportFormats.get(format), request, file, new NullProgressMonitor());
    }

    /** Every retailer of the query, read from the store page by page, in its order. */
    static List<Retailer> expected(RetailerQuery query) {
        List<Retailer> all = new ArrayList<>();
        for (int offset = 0;; offset += 500) {
            Page<Retailer> page = store.retailers().findRetailers(query.page(offset, 500));
            all.addAll(page.rows());
            if (!page.hasMore()) {
                return all;
            }
        }
    }

    /** The first district's query, a few dozen retailers of the demo centre. */
    static RetailerQuery oneDistrict() {
        long district = store.retailers().findRetailers(RetailerQuery.all()).rows().get(0).getDistrict().getId();
        return RetailerQuery.all().withDistrict(district);
    }

    static ExportScope.Selection selection(long... ids) {
        List<Long> list = new ArrayList<>();
        for (long id : ids) {
            list.add(id);
        }
        return new ExportScope.Selection(list);
    }

    /** Files in the folder, to check that nothing (no temporary .part file either) was left. */
    static List<String> files(Path folder) throws IOException {
        try (var s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
