package org.retailerdesk.demodata.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.demodata.internal.DemoCentre;
import org.retailerdesk.demodata.internal.RetailerGenerator;
import org.retailerdesk.households.ActiveHouseholds;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.validation.ModelValidation;
import org.retailerdesk.model.validation.Problem;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.testsupport.FixedClock;
import org.retailerdesk.testsupport.TempStore;

public class DemoDataTest {

    private static final LocalDate TODAY = FixedClock.TODAY;

    private static List<Retailer> generate(int n, long seed, List<Entity> records) {
        DemoCentre centre = new DemoCentre(n, seed, TODAY);
        RetailerGenerator generator = new RetailerGenerator(centre, seed, TODAY);
        List<Retailer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Retailer r = generator.next();
            out.add(r);
            if (records != null) {
                generator.recordsFor(r, records);
            }
        }
        return out;
    }

    @Test
    public void everyGeneratedObjectPassesValidation() {
        List<Entity> records = new ArrayList<>();
        List<Retailer> retailers = generate(3000, 1, records);
        List<Entity> reference = new ArrayList<>();
        new DemoCentre(3000, 1, TODAY).forEachReference(reference::add);
        List<Problem> problems = new ArrayList<>();
        for (List<? extends Entity> list : List.of(reference, retailers, records)) {
            for (Entity e : list) {
                problems.addAll(ModelValidation.validate(e, TODAY));
            }
        }
        assertTrue(records.size() > 1000, "records made: " + records.size());
        assertTrue(problems.isEmpty(), problems.size() + " problems, first: "
                + problems.subList(0, Math.min(5, problems.size())));
    }

    @Test
    public void proportionsLookLikeARealCentre() {
        List<Entity> records = new ArrayList<>();
        List<Retailer> retailers = generate(20_000, 7, records);
        long households = records.stream().filter(PriorityHousehold.class::isInstance).count();
        assertTrue(households > 300 && households < 500, "about 2 % households: " + households);

        int[] byGrade = new int[31];
        Map<BusinessFormat, Integer> formats = new EnumMap<>(BusinessFormat.class);
        int urban = 0;
        Set<String> codes = new HashSet<>();
        Set<String> licences = new HashSet<>();
        Set<String> districts = new HashSet<>();
        for (Retailer r : retailers) {
            assertTrue(r.getGrade() >= 1 && r.getGrade() <= 30, "grade " + r.getGrade());
            byGrade[r.getGrade()]++;
            formats.merge(r.getBusinessFormat(), 1, Integer::sum);
            urban += r.getMarketType() == MarketType.URBAN ? 1 : 0;
            codes.add(r.getCustomerCode());
            licences.add(r.getLicenceNumber());
            districts.add(r.getDistrict().getName());
        }
        int high = 0;
        int low = 0;
        for (int g = 1; g <= 30; g++) {
            high += g >= 25 ? byGrade[g] : 0;
            low += g <= 15 ? byGrade[g] : 0;
        }
        assertTrue(high > 0 && high < retailers.size() / 50, "few top grades: " + high);
        assertTrue(low > retailers.size() * 8 / 10, "most grades low to middle: " + low);
        int cumulative = 0;
        int median = 0;
        while (cumulative < retailers.size() / 2) {
            cumulative += byGrade[++median];
        }
        assertTrue(median >= 6 && median <= 12, "median grade " + median);
        BusinessFormat commonest = formats.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertEquals(BusinessFormat.GROCERY, commonest, formats.toString());
        assertEquals(BusinessFormat.values().length, formats.size(), "every format occurs: " + formats);
        assertTrue(urban > retailers.size() * 4 / 10 && urban < retailers.size() * 8 / 10, "urban/rural mix: " + urban);
        assertEquals(retailers.size(), codes.size(), "customer codes unique");
        assertEquals(retailers.size(), licences.size(), "licence numbers unique");
        assertEquals(12, districts.size(), "spread over all districts");
    }

    @Test
    public void sameSeedMakesSameCentre() {
        List<Retailer> a = generate(500, 42, null);
        List<Retailer> b = generate(500, 42, null);
        List<Retailer> c = generate(500, 43, null);
        assertEquals(a.stream().map(Retailer::getShopName).toList(), b.stream().map(Retailer::getShopName).toList());
        assertTrue(!a.stream().map(Retailer::getShopName).toList().equals(c.stream().map(Retailer::getShopName).toList()));
    }

    @Test
    public void loadsIntoTheStore() {
        try (TempStore temp = TempStore.open()) {
            Store store = temp.store();
            DemoData.Summary summary = DemoData.load(store, 2500, 3, TODAY, null);
            assertEquals(2500, summary.retailers());
            assertEquals(2500, store.retailers().count(RetailerQuery.all()));
            assertEquals(2500L, store.retailers().countByGrade(RetailerQuery.all()).values().stream().mapToLong(Long::longValue).sum());
            List<PriorityHousehold> records = store.findAll(PriorityHousehold.class);
            long households = ActiveHouseholds.retailersOn(records, TODAY).size();
            assertTrue(households > 0 && households < records.size(), "some priority households, some no longer valid");
            assertEquals(households, store.retailers().count(
                    RetailerQuery.all().withPriorityHousehold(true, ActiveHouseholds.in(TODAY, TODAY))));
            Retailer first = store.retailers().findRetailers(RetailerQuery.all()).rows().get(0);
            assertTrue(first.getCustomerCode().matches("[0-9]{12}"), first.getCustomerCode());
            assertEquals(summary.referenceEntities() > 0, true);
        }
    }
}
