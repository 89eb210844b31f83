package org.retailerdesk.visits.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.Inspection;
import org.retailerdesk.model.InspectionResult;
import org.retailerdesk.model.OperatingRecord;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PolicyCategory;
import org.retailerdesk.model.PublicityChannel;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Visit;
import org.retailerdesk.model.VisitPurpose;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.testsupport.FixedClock;
import org.retailerdesk.testsupport.TempStore;
import org.retailerdesk.visits.VisitRecording;

/** Recording a visit writes the visit, its inspections and its publicity together, or nothing. */
public class VisitRecordingTest {

    private static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;
    private static final String ACTOR = "tester"; //$NON-NLS-1$

    private TempStore temp;
    private Store store;
    private Retailer retailer;

    @BeforeEach
    void open() {
        temp = TempStore.withDemoCentre(20, 7);
        store = temp.store();
        retailer = store.retailers().findRetailerRows(RetailerQuery.all().page(0, 1)).get(0);
    }

    @AfterEach
    void close() {
        temp.close();
    }

    private Visit visit() {
        Visit v = F.createVisit();
        v.setRetailer(retailer);
        v.setVisitor(retailer.getCustomerManager());
        v.setDate(FixedClock.TODAY);
        v.setPurpose(VisitPurpose.INSPECTION);
        v.setShopOpen(true);
        v.setSalesNote("销量平稳");
        v.setComplaint("送货晚到");
        v.setFollowUp("联系配送部");
        v.setFollowUpDue(FixedClock.TODAY.plusDays(7));
        return v;
    }

    private static Inspection inspection(InspectionResult hygiene) {
        Inspection i = F.createInspection();
        i.setHygiene(hygiene);
        i.setDisplay(InspectionResult.GOOD);
        i.setPriceMarking(InspectionResult.FAIR);
        i.setHonestOperation(InspectionResult.GOOD);
        return i;
    }

    private PublicityRecord publicity(Policy policy) {
        PublicityRecord p = F.createPublicityRecord();
        p.setPolicy(policy);
        p.setAcknowledgement(Acknowledgement.SIGNED);
        p.setNote("已签收");
        return p;
    }

    private int stored() {
        return store.findBy(Visit.class, retailer.getId()).size() + store.findBy(Inspection.class, retailer.getId()).size()
                + store.findBy(PublicityRecord.class, retailer.getId()).size();
    }

    @Test
    public void theVisitItsInspectionAndItsPublicityAreStoredTogetherAndLinked() {
        Policy policy = store.findAll(Policy.class).get(0);
        int before = stored();
        Visit v = VisitRecording.record(store, visit(), List.of(inspection(InspectionResult.POOR)),
                List.of(publicity(policy)));
        assertTrue(v.getId() > 0);
        assertEquals(before + 3, stored());

        Visit read = store.get(Visit.class, v.getId());
        assertEquals(VisitPurpose.INSPECTION, read.getPurpose());
        assertEquals("送货晚到", read.getComplaint());
        assertEquals(FixedClock.TODAY.plusDays(7), read.getFollowUpDue());
        Inspection in = store.findBy(Inspection.class, retailer.getId()).stream()
                .filter(i -> i.getVisit() != null && i.getVisit().getId() == v.getId()).findFirst().orElseThrow();
        assertEquals(InspectionResult.POOR, in.getHygiene());
        assertEquals(FixedClock.TODAY, in.getDate());
        assertEquals(retailer.getCustomerManager().getId(), in.getRecordedBy().getId());
        // an inspection is an operating record of the retailer file
        assertTrue(store.findBy(OperatingRecord.class, retailer.getId()).stream().anyMatch(o -> o.getId() == in.getId()));
        PublicityRecord p = store.findBy(PublicityRecord.class, retailer.getId()).stream()
                .filter(x -> x.getVisit() != null && x.getVisit().getId() == v.getId()).findFirst().orElseThrow();
        assertEquals(PublicityChannel.VISIT, p.getChannel());
        assertEquals(policy.getId(), p.getPolicy().getId());
        assertEquals(FixedClock.TODAY, p.getDate());
        assertEquals(retailer.getCustomerManager().getId(), p.getDeliveredBy().getId());
        // every write is audited in the retailer's trail
        assertTrue(store.audit().auditTrail(retailer.getId(), 0, 200).rows().stream()
                .anyMatch(a -> a.entityId() == p.getId()));
    }

    @Test
    public void aFailureInTheLastWriteLeavesNothingWritten() {
        Policy unsaved = F.createPolicy();
        unsaved.setCode("P-NEW");
        unsaved.setTitle("未保存的政策");
        unsaved.setCategory(PolicyCategory.INDUSTRY_POLICY);
        unsaved.setIssuedOn(FixedClock.TODAY);
        int before = stored();
        long allVisits = store.findAll(Visit.class).size();
        Visit v = visit();
        assertThrows(StoreException.class, () -> VisitRecording.record(store, v,
                List.of(inspection(InspectionResult.GOOD)), List.of(publicity(unsaved))));
        assertEquals(before, stored());
        assertEquals(allVisits, store.findAll(Visit.class).size());
        assertEquals(0, v.getId(), "the id given during the failed transaction is taken back");
    }

    @Test
    public void anInvalidPartIsRefusedBeforeAnythingIsWrittenWithAMessageNamingIt() {
        int before = stored();
        PublicityRecord noPolicy = publicity(null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VisitRecording.record(store, visit(), List.of(inspection(InspectionResult.GOOD)), List.of(noPolicy)));
        assertTrue(e.getMessage().contains(org.retailerdesk.model.labels.ModelLabels
                .label(org.retailerdesk.model.RetailerdeskPackage.Literals.PUBLICITY_RECORD)), e.getMessage());
        assertEquals(before, stored());
    }
}
