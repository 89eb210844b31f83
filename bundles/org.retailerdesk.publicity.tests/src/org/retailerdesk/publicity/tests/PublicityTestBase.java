package org.retailerdesk.publicity.tests;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeAll;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PolicyCategory;
import org.retailerdesk.model.PublicityChannel;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.publicity.Policies;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.testsupport.TempStore;

/**
 * The store service on the test run's own new data folder ({@code -Dretailerdesk.home} under
 * target/), filled once with a demo centre (its policies and publicity records included). Tests
 * write their own policies, so what one test records does not change another's figures.
 */
abstract class PublicityTestBase {

    static final int DEMO_RETAILERS = 800;
    static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;
    static final LocalDate TODAY = LocalDate.now();

    static Store store;
    private static int policies;

    @BeforeAll
    static synchronized void demoCentre() throws InterruptedException {
        if (store != null) {
            return;
        }
        ServiceTracker<Store, Store> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(PublicityTestBase.class).getBundleContext(), Store.class, null);
        tracker.open();
        Store s = tracker.waitForService(TimeUnit.SECONDS.toMillis(30));
        boolean created = s.open().created();
        TempStore.signInAdministrator(s);
        if (created) {
            DemoData.load(s, DEMO_RETAILERS, DemoData.DEFAULT_SEED, TODAY, new NullProgressMonitor());
        }
        s.bulk().awaitSearchIndex(1, TimeUnit.MINUTES);
        store = s;
    }

    /** A new valid policy (not saved) with a code no other test uses. */
    static synchronized Policy newPolicy(String scope) {
        Policy p = F.createPolicy();
        p.setCode("TEST-" + (++policies) + "-" + System.nanoTime() % 100_000); //$NON-NLS-1$ //$NON-NLS-2$
        p.setTitle("测试政策 " + policies); //$NON-NLS-1$
        p.setCategory(PolicyCategory.COMPANY_STRATEGY);
        p.setIssuer("市局"); //$NON-NLS-1$
        p.setEffectiveFrom(LocalDate.of(2025, 1, 1));
        p.setScope(scope);
        return p;
    }

    static Policy savedPolicy(String scope) {
        return Policies.save(store, newPolicy(scope));
    }

    static Staff manager() {
        return store.findAll(Staff.class).stream().filter(s -> s.getRole() == StaffRole.CUSTOMER_MANAGER).findFirst()
                .orElseThrow();
    }

    /** A valid record of the policy for the retailer (not saved). */
    static PublicityRecord newRecord(Retailer retailer, Policy policy, LocalDate date) {
        PublicityRecord r = F.createPublicityRecord();
        r.setRetailer(retailer);
        r.setPolicy(policy);
        r.setDate(date);
        r.setChannel(PublicityChannel.VISIT);
        r.setDeliveredBy(manager());
        r.setAcknowledgement(Acknowledgement.SIGNED);
        r.setNote("当面讲解"); //$NON-NLS-1$
        return r;
    }

    static List<Retailer> allRetailers() {
        return store.retailers().findRetailers(RetailerQuery.all().page(0, 100_000)).rows();
    }

    /** How many publicity records the policy has, straight from the store. */
    static long recordsOf(Policy policy) {
        return store.findAll(PublicityRecord.class).stream().filter(r -> r.getPolicy().getId() == policy.getId()).count();
    }
}
