package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PolicyCategory;
import org.retailerdesk.model.PublicityChannel;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.store.PublicityQueries;
import org.retailerdesk.store.Page;
import org.retailerdesk.store.HouseholdRule;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.RetailerSort;

/**
 * Every filter, their combinations, every sort both ways and several pages, checked against the
 * same query computed in Java over the retailers the test wrote. The data is written through
 * both write paths (bulk and unit of work) and then edited and partly deleted, so the search
 * tokens and count cells are checked after updates and deletes as well. The search indexer is
 * held at first, so the bulk rows are checked while still in the search backlog (edited and
 * deleted there too), then once their tokens are built, then after more edits.
 */
public class RetailerQueryTest extends StoreTestBase {

    private static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;
    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "老王", "Wang", "x%_" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    private static final String[] SUFFIXES = { "便利店", "烟酒商行", "超市", "食杂店", "小卖部", " Mart" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    private static final String[] ROADS = { "人民路", "解放路", "建设路", "中山路", "和平街" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private final Random random = new Random(20240607);
    private final List<District> districts = new ArrayList<>();
    private final List<MarketDepartment> departments = new ArrayList<>();
    private final List<Staff> managers = new ArrayList<>();
    private final List<DeliveryRoute> routes = new ArrayList<>();
    private final Map<Long, Retailer> retailers = new HashMap<>();
    /** Every household record written, by retailer. */
    private final Map<Long, List<PriorityHousehold>> households = new HashMap<>();
    /** Which records the household filters count: active on the first day of 2025. */
    private static final HouseholdRule ON_NEW_YEAR = new HouseholdRule(true, LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 1, 1));
    private final List<Policy> policies = new ArrayList<>();
    /** Every publicity record written, by retailer. */
    private final Map<Long, List<PublicityRecord>> publicity = new HashMap<>();

    @BeforeEach
    void writeRetailers() {
        store.pauseSearchIndexing(true);
        // names not in id order, so sorting by district name differs from sorting by district id
        for (String name : new String[] { "西区", "东区", "南区", "北区" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            District d = F.createDistrict();
            d.setCode("D" + name.hashCode()); //$NON-NLS-1$
            d.setName(name);
            districts.add(store.insert(d));
        }
        for (int i = 0; i < 6; i++) {
            MarketDepartment m = F.createMarketDepartment();
            m.setCode("M" + i); //$NON-NLS-1$
            m.setName("市场部" + i); //$NON-NLS-1$
            m.setDistrict(districts.get(i % districts.size()));
            departments.add(store.insert(m));
        }
        for (int i = 0; i < 8; i++) {
            Staff s = F.createStaff();
            s.setCode("S" + i); //$NON-NLS-1$
            s.setName("客户经理" + i); //$NON-NLS-1$
            s.setRole(StaffRole.CUSTOMER_MANAGER);
            managers.add(store.insert(s));
        }
        for (int i = 0; i < 5; i++) {
            DeliveryRoute route = F.createDeliveryRoute();
            route.setCode("R" + i); //$NON-NLS-1$
            route.setName("线路" + i); //$NON-NLS-1$
            route.setMarketDepartment(departments.get(i));
            routes.add(store.insert(route));
        }
        List<Retailer> bulk = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            bulk.add(newRetailer(i));
        }
        store.bulk().bulkInsert(Retailer.class, bulk);
        bulk.forEach(r -> retailers.put(r.getId(), r));
        for (int i = 1500; i < 1700; i++) {
            Retailer r = store.insert(newRetailer(i));
            retailers.put(r.getId(), r);
        }
        writePublicity();
        edit(0);
        Staff verifier = managers.get(0);
        List<Retailer> left = new ArrayList<>(retailers.values());
        store.write(tx -> {
            for (int i = 0; i < left.size(); i += 9) {
                PriorityHousehold h = F.createPriorityHousehold();
                h.setRetailer(left.get(i));
                h.setCategory(AssistanceCategory.LAID_OFF);
                h.setEvidenceType("下岗证"); //$NON-NLS-1$
                h.setEvidenceNumber("X" + i); //$NON-NLS-1$
                h.setEvidenceIssuer("人社局"); //$NON-NLS-1$
                // evidence dated before and after the rule's day, some expired before it, some on it
                h.setEvidenceDate(i % 27 == 0 ? LocalDate.of(2025, 6, 1) : LocalDate.of(2020, 1, 1));
                h.setExpiryDate(i % 4 == 0 ? LocalDate.of(2024, 12, 31) : i % 5 == 0 ? LocalDate.of(2025, 1, 1) : null);
                h.setVerifiedBy(verifier);
                h.setVerifiedOn(LocalDate.of(2021, 1, 1));
                h.setPreferenceRule(PreferenceRule.NONE);
                h.setActive(i % 2 == 0);
                tx.insert(h);
                households.computeIfAbsent(left.get(i).getId(), k -> new ArrayList<>()).add(h);
            }
            return null;
        });
    }

    /** Two policies; about 40 % of the retailers told of one or both, some twice, on dates through 2025. */
    private void writePublicity() {
        for (String code : new String[] { "LAW-1", "POL-2" }) { //$NON-NLS-1$ //$NON-NLS-2$
            Policy p = F.createPolicy();
            p.setCode(code);
            p.setTitle("政策" + code); //$NON-NLS-1$
            p.setCategory(PolicyCategory.LAW);
            policies.add(store.insert(p));
        }
        List<PublicityRecord> records = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Retailer r : retailers.values()) {
            int told = random.nextInt(10) < 4 ? 1 + random.nextInt(3) : 0;
            for (int i = 0; i < told; i++) {
                PublicityRecord p = F.createPublicityRecord();
                p.setRetailer(r);
                p.setPolicy(policies.get(random.nextInt(policies.size())));
                p.setDate(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(365)));
                p.setChannel(PublicityChannel.VISIT);
                p.setDeliveredBy(managers.get(random.nextInt(managers.size())));
                p.setAcknowledgement(Acknowledgement.SIGNED);
                if (!keys.add(r.getId() + " " + p.getPolicy().getCode() + " " + p.getDate())) { //$NON-NLS-1$ //$NON-NLS-2$
                    continue; // retailer, policy and date identify a record
                }
                records.add(p);
                publicity.computeIfAbsent(r.getId(), id -> new ArrayList<>()).add(p);
            }
        }
        store.write(tx -> {
            tx.insertAll(records);
            return null;
        });
    }

    /**
     * Changes name, address, grade, format, market and status of every 7th retailer and deletes every 50th
     * (but those with a household record), each round others.
     */
    private void edit(int round) {
        List<Retailer> all = new ArrayList<>(retailers.values());
        all.sort(Comparator.comparingLong(Entity::getId));
        store.write(tx -> {
            for (int i = round; i < all.size(); i += 7) {
                Retailer r = all.get(i);
                Retailer changed = newRetailer(10_000 + i);
                r.setShopName(changed.getShopName());
                r.setAddress(changed.getAddress());
                r.setGrade(changed.getGrade());
                r.setBusinessFormat(changed.getBusinessFormat());
                r.setMarketType(changed.getMarketType());
                r.setStatus(changed.getStatus());
                tx.update(r);
            }
            for (int i = 3 + round; i < all.size(); i += 50) {
                if (!households.containsKey(all.get(i).getId()) && !publicity.containsKey(all.get(i).getId())) {
                    tx.delete(all.get(i));
                    retailers.remove(all.get(i).getId());
                }
            }
            return null;
        });
    }

    private Retailer newRetailer(int n) {
        Retailer r = F.createRetailer();
        r.setCustomerCode(String.format("3301%06d", n)); //$NON-NLS-1$
        r.setLicenceNumber(String.format("LN%04d%04d", random.nextInt(50), n)); //$NON-NLS-1$
        r.setShopName(SURNAMES[random.nextInt(SURNAMES.length)] + SUFFIXES[random.nextInt(SUFFIXES.length)]
                + (random.nextInt(4) == 0 ? n : "")); //$NON-NLS-1$
        r.setOwner("店主"); //$NON-NLS-1$
        r.setAddress("城关镇" + ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(30)) + "号"); //$NON-NLS-1$ //$NON-NLS-2$
        r.setGrade(1 + random.nextInt(30));
        MarketDepartment m = departments.get(random.nextInt(departments.size()));
        r.setMarketDepartment(m);
        r.setDistrict(districts.get(random.nextInt(districts.size())));
        r.setCustomerManager(random.nextInt(5) == 0 ? null : managers.get(random.nextInt(managers.size())));
        r.setDeliveryRoute(random.nextInt(6) == 0 ? null : routes.get(random.nextInt(routes.size())));
        r.setBusinessFormat(BusinessFormat.VALUES.get(random.nextInt(BusinessFormat.VALUES.size())));
        r.setMarketType(random.nextBoolean() ? MarketType.URBAN : MarketType.RURAL);
        // about one in eight out of business, as a centre with years of cancellations has
        int status = random.nextInt(16);
        r.setStatus(status == 0 ? RetailerStatus.SUSPENDED : status == 1 ? RetailerStatus.CLOSED : RetailerStatus.ACTIVE);
        return r;
    }

    @Test
    public void everyFilterSortAndPageMatchesBruteForce() throws Exception {
        assertTrue(store.bulk().searchIndexBacklog() >= 1500, "the bulk rows wait for their tokens"); //$NON-NLS-1$
        check(queries());
        store.pauseSearchIndexing(false);
        assertTrue(store.bulk().awaitSearchIndex(2, TimeUnit.MINUTES));
        assertEquals(0, store.bulk().searchIndexBacklog());
        assertEquals(0, sqlLong("SELECT COUNT(*) FROM RD_RETAILER_SEARCH_BACKLOG")); //$NON-NLS-1$
        check(queries());
        edit(1);
        check(queries());
        assertEquals(sqlLong("SELECT COUNT(*) FROM RD_RETAILER_TOKEN"), //$NON-NLS-1$
                sqlLong("SELECT SUM(N) FROM RD_RETAILER_TOKEN_COUNT"), "token counts kept"); //$NON-NLS-1$
        assertEquals(0, sqlLong("SELECT COUNT(*) FROM RD_RETAILER_TOKEN_COUNT C WHERE C.N <> (SELECT COUNT(*)" //$NON-NLS-1$
                + " FROM RD_RETAILER_TOKEN T WHERE T.TOKEN = C.TOKEN)"), "token counts kept"); //$NON-NLS-1$
    }

    private List<RetailerQuery> queries() {
        long d0 = districts.get(0).getId();
        long m2 = departments.get(2).getId();
        long s3 = managers.get(3).getId();
        long r1 = routes.get(1).getId();
        RetailerQuery all = RetailerQuery.all();
        return List.of(all,
                all.withGrades(5, 12), all.withGrades(null, 3), all.withGrades(28, null), all.withGrades(40, 50),
                all.withDistrict(d0), all.withMarketDepartment(m2), all.withCustomerManager(s3),
                all.withBusinessFormat(BusinessFormat.CONVENIENCE), all.withMarketType(MarketType.RURAL),
                all.withPriorityHousehold(true, ON_NEW_YEAR), all.withPriorityHousehold(false, ON_NEW_YEAR),
                all.withText("王"), all.withText("老王"), all.withText("便利"), all.withText("人民路1"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                all.withText("wang m"), all.withText("WANG"), all.withText("3301000"), all.withText("LN0012"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                all.withText("x%_"), all.withText("%"), all.withText("_"), all.withText("不存在的店"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                all.withText("1号"), all.withText("  超市 "), all.withText("便利"), all.withText("人民"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                all.withText("mart"), all.withText("3301001"), all.withText("330100"), all.withText("LN00"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                all.withText("10"), all.withText("便利").withGrades(10, 20), all.withText("人民").withDistrict(d0), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                all.withText("超市").withPriorityHousehold(true, ON_NEW_YEAR), all.withDistrict(d0).withPriorityHousehold(true, ON_NEW_YEAR), //$NON-NLS-1$
                all.withDistrict(d0).withGrades(10, 20).withBusinessFormat(BusinessFormat.GROCERY),
                all.withText("店").withMarketType(MarketType.URBAN), //$NON-NLS-1$
                all.withText("烟酒").withDistrict(d0).withPriorityHousehold(false, ON_NEW_YEAR), //$NON-NLS-1$
                all.withPriorityHousehold(true, ON_NEW_YEAR).withGrades(10, 30).withMarketType(MarketType.URBAN),
                all.withCustomerManager(s3).withMarketDepartment(m2),
                all.withDeliveryRoute(r1), all.withCustomerManager(s3).withDeliveryRoute(r1),
                // dense prefixes (the test runtime lowers the limit): rows checked one by one, grade index walked
                all.withText("3301"), all.withText("33").withGrades(5, 12), all.withText("3301").withDistrict(d0), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                all.withText("3301").withPriorityHousehold(true, ON_NEW_YEAR), //$NON-NLS-1$
                all.withText("便利").withDeliveryRoute(r1), //$NON-NLS-1$
                all.withGrades(8, 22).withMarketType(MarketType.URBAN).withBusinessFormat(BusinessFormat.SUPERMARKET),
                all.withNotTold(notTold(0, null, null)), all.withNotTold(notTold(1, "2025-03-01", "2025-06-30")), //$NON-NLS-1$ //$NON-NLS-2$
                all.withNotTold(notTold(0, "2025-07-01", null)).withDistrict(d0), //$NON-NLS-1$
                all.withNotTold(notTold(1, null, "2025-02-01")).withCustomerManager(s3).withGrades(5, 25), //$NON-NLS-1$
                all.withNotTold(notTold(0, null, null)).withText("便利"), //$NON-NLS-1$
                all.withNotTold(notTold(0, null, null)).withText("3301").withPriorityHousehold(true, ON_NEW_YEAR), //$NON-NLS-1$
                all.withNotTold(notTold(1, null, null)).withPriorityHousehold(true, ON_NEW_YEAR),
                // in business (the list's default), out of business, and with every other filter
                all.withStatuses(ACTIVE), all.withStatuses(Set.of(RetailerStatus.SUSPENDED)),
                all.withStatuses(Set.of(RetailerStatus.CLOSED)), all.withStatuses(OUT),
                all.withStatuses(ACTIVE).withText("王"), all.withStatuses(ACTIVE).withText("老王"), //$NON-NLS-1$ //$NON-NLS-2$
                all.withStatuses(ACTIVE).withText("便利"), all.withStatuses(ACTIVE).withText("人民路1"), //$NON-NLS-1$ //$NON-NLS-2$
                all.withStatuses(ACTIVE).withText("3301000"), all.withStatuses(ACTIVE).withText("LN0012"), //$NON-NLS-1$ //$NON-NLS-2$
                all.withStatuses(ACTIVE).withText("3301"), all.withStatuses(ACTIVE).withText("不存在的店"), //$NON-NLS-1$ //$NON-NLS-2$
                all.withStatuses(ACTIVE).withText("mart"), all.withStatuses(ACTIVE).withText("10"), //$NON-NLS-1$ //$NON-NLS-2$
                all.withStatuses(OUT).withText("便利"), all.withStatuses(OUT).withText("老王"), //$NON-NLS-1$ //$NON-NLS-2$
                all.withStatuses(Set.of(RetailerStatus.SUSPENDED)).withText("3301"), //$NON-NLS-1$
                all.withStatuses(Set.of(RetailerStatus.CLOSED)).withText("人民"), //$NON-NLS-1$
                all.withStatuses(ACTIVE).withGrades(5, 12).withMarketType(MarketType.URBAN),
                all.withStatuses(ACTIVE).withDistrict(d0), all.withStatuses(OUT).withCustomerManager(s3),
                all.withStatuses(ACTIVE).withPriorityHousehold(true, ON_NEW_YEAR),
                all.withStatuses(OUT).withPriorityHousehold(true, ON_NEW_YEAR),
                all.withStatuses(ACTIVE).withPriorityHousehold(false, ON_NEW_YEAR).withText("超市"), //$NON-NLS-1$
                all.withStatuses(ACTIVE).withNotTold(notTold(0, null, null)),
                all.withStatuses(ACTIVE).withText("便利").withGrades(10, 20)); //$NON-NLS-1$
    }

    /** The list's default: retailers in business. */
    private static final Set<RetailerStatus> ACTIVE = Set.of(RetailerStatus.ACTIVE);
    /** The retailers out of business. */
    private static final Set<RetailerStatus> OUT = Set.of(RetailerStatus.SUSPENDED, RetailerStatus.CLOSED);

    private RetailerQuery.NotTold notTold(int policy, String from, String to) {
        return new RetailerQuery.NotTold(policies.get(policy).getId(), from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }

    /** The records of the policy in the date range (null bounds open) of one retailer. */
    private List<PublicityRecord> told(long retailerId, long policyId, LocalDate from, LocalDate to) {
        return publicity.getOrDefault(retailerId, List.of()).stream().filter(p -> p.getPolicy().getId() == policyId
                && (from == null || !p.getDate().isBefore(from)) && (to == null || !p.getDate().isAfter(to))).toList();
    }

    @Test
    public void coverageCountsAndLatestRecordsMatchBruteForce() {
        edit(1);
        RetailerQuery all = RetailerQuery.all();
        LocalDate[][] ranges = { { null, null }, { LocalDate.of(2025, 4, 1), LocalDate.of(2025, 9, 30) },
                { null, LocalDate.of(2025, 1, 31) }, { LocalDate.of(2026, 1, 1), null } };
        List<RetailerQuery> queries = List.of(all, all.withDistrict(districts.get(1).getId()),
                all.withCustomerManager(managers.get(2).getId()), all.withGrades(10, 20).withText("便利"), //$NON-NLS-1$
                all.withPriorityHousehold(true, ON_NEW_YEAR), all.withText("3301"), all.withStatuses(ACTIVE), //$NON-NLS-1$
                all.withStatuses(ACTIVE).withText("便利"), all.withStatuses(OUT).withDistrict(districts.get(2).getId())); //$NON-NLS-1$
        int cells = 0;
        for (Policy policy : policies) {
            for (LocalDate[] range : ranges) {
                for (RetailerQuery q : queries) {
                    Map<List<Long>, long[]> expected = new HashMap<>();
                    for (Retailer r : retailers.values().stream().filter(matcher(q)).toList()) {
                        List<Long> key = java.util.Arrays.asList(r.getDistrict().getId(),
                                r.getCustomerManager() == null ? null : r.getCustomerManager().getId());
                        long[] counts = expected.computeIfAbsent(key, k -> new long[2]);
                        counts[0]++;
                        counts[1] += told(r.getId(), policy.getId(), range[0], range[1]).isEmpty() ? 0 : 1;
                    }
                    Map<List<Long>, long[]> actual = new HashMap<>();
                    store.role(PublicityQueries.class).publicityCoverage(q, policy.getId(), range[0], range[1]).forEach(c -> actual.put(
                            java.util.Arrays.asList(c.districtId(), c.customerManagerId()),
                            new long[] { c.retailers(), c.told() }));
                    assertEquals(expected.keySet(), actual.keySet(), "cells " + q); //$NON-NLS-1$
                    expected.forEach((key, counts) -> assertArrayEquals(counts, actual.get(key), key + " " + q)); //$NON-NLS-1$
                    cells += expected.size();
                }
                List<Long> ids = retailers.keySet().stream().sorted().toList();
                Map<Long, PublicityRecord> latest = store.role(PublicityQueries.class).latestPublicity(policy.getId(), ids, range[0], range[1]);
                for (Long id : ids) {
                    PublicityRecord want = told(id, policy.getId(), range[0], range[1]).stream()
                            .max(Comparator.comparing(PublicityRecord::getDate).thenComparingLong(Entity::getId))
                            .orElse(null);
                    PublicityRecord got = latest.get(id);
                    assertEquals(want == null ? null : want.getId(), got == null ? null : got.getId(), "latest of " + id); //$NON-NLS-1$
                }
            }
        }
        assertTrue(cells > 100);
    }

    private void check(List<RetailerQuery> queries) {
        RetailerQuery all = RetailerQuery.all();
        int checked = 0;
        for (RetailerQuery q : queries) {
            List<Retailer> matching = retailers.values().stream().filter(matcher(q)).toList();
            assertEquals(matching.size(), store.retailers().count(q), "count " + q); //$NON-NLS-1$
            SortedMap<Integer, Long> perGrade = new TreeMap<>();
            matching.forEach(r -> perGrade.merge(r.getGrade(), 1L, Long::sum));
            assertEquals(perGrade, store.retailers().countByGrade(q), "countByGrade " + q); //$NON-NLS-1$
            for (RetailerSort sort : RetailerSort.values()) {
                for (boolean asc : new boolean[] { true, false }) {
                    List<Long> expected = matching.stream().sorted(order(sort, asc)).map(Entity::getId).toList();
                    for (int[] page : new int[][] { { 0, 25 }, { 30, 17 }, { Math.max(0, expected.size() - 5), 10 },
                            { expected.size() + 3, 10 }, { expected.size() / 2, 20 } }) {
                        RetailerQuery pq = q.sortedBy(sort, asc).page(page[0], page[1]);
                        Page<Retailer> result = store.retailers().findRetailers(pq);
                        List<Long> want = expected.subList(Math.min(page[0], expected.size()),
                                Math.min(page[0] + page[1], expected.size()));
                        assertEquals(want, result.rows().stream().map(Entity::getId).toList(), "page " + pq); //$NON-NLS-1$
                        assertEquals(expected.size(), result.total(), "total " + pq); //$NON-NLS-1$
                        assertEquals(want, store.retailers().findRetailerRows(pq).stream().map(Entity::getId).toList(),
                                "rows without count " + pq); //$NON-NLS-1$
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 1000);
        assertTrue(store.retailers().count(all.withText("老王")) > 10, "the text queries do find something"); //$NON-NLS-1$
        assertTrue(store.retailers().count(all.withStatuses(OUT)) > 50, "some out of business"); //$NON-NLS-1$
        assertTrue(store.retailers().count(all.withPriorityHousehold(true, ON_NEW_YEAR)) > 10);
        long untold = store.retailers().count(all.withNotTold(notTold(0, null, null)));
        assertTrue(untold > 10 && untold < store.retailers().count(all), "some told, some not: " + untold); //$NON-NLS-1$
    }

    @Test
    public void pageRowsAreCompleteRetailers() {
        Page<Retailer> page = store.retailers().findRetailers(RetailerQuery.all().sortedBy(RetailerSort.CUSTOMER_CODE, true).page(0, 5));
        for (Retailer r : page.rows()) {
            Fixtures.assertSameValues(retailers.get(r.getId()), r);
        }
        assertTrue(page.hasMore());
    }

    private Predicate<Retailer> matcher(RetailerQuery q) {
        return r -> {
            if (q.text() != null) {
                String t = q.text().toLowerCase(Locale.ROOT);
                boolean hit = r.getShopName().toLowerCase(Locale.ROOT).contains(t)
                        || r.getAddress().toLowerCase(Locale.ROOT).contains(t)
                        || r.getCustomerCode().startsWith(q.text()) || r.getLicenceNumber().startsWith(q.text());
                if (!hit) {
                    return false;
                }
            }
            return (q.minGrade() == null || r.getGrade() >= q.minGrade())
                    && (q.maxGrade() == null || r.getGrade() <= q.maxGrade())
                    && (q.districtId() == null || r.getDistrict().getId() == q.districtId())
                    && (q.marketDepartmentId() == null || r.getMarketDepartment().getId() == q.marketDepartmentId())
                    && (q.customerManagerId() == null
                            || r.getCustomerManager() != null && r.getCustomerManager().getId() == q.customerManagerId())
                    && (q.deliveryRouteId() == null
                            || r.getDeliveryRoute() != null && r.getDeliveryRoute().getId() == q.deliveryRouteId())
                    && (q.businessFormat() == null || r.getBusinessFormat() == q.businessFormat())
                    && (q.marketType() == null || r.getMarketType() == q.marketType())
                    && (q.priorityHousehold() == null
                            || q.priorityHousehold() == households.getOrDefault(r.getId(), List.of()).stream()
                                    .anyMatch(q.householdRule()::matches))
                    && (q.notTold() == null || told(r.getId(), q.notTold().policyId(), q.notTold().from(),
                            q.notTold().to()).isEmpty())
                    && (q.statuses() == null || q.statuses().contains(r.getStatus()));
        };
    }

    private static Comparator<Retailer> order(RetailerSort sort, boolean asc) {
        Comparator<Retailer> key = switch (sort) {
            case GRADE -> Comparator.comparingInt(Retailer::getGrade);
            case CUSTOMER_CODE -> Comparator.comparing(Retailer::getCustomerCode);
            case SHOP_NAME -> Comparator.comparing(Retailer::getShopName);
            case DISTRICT -> Comparator.comparing(r -> r.getDistrict().getName());
        };
        Comparator<Retailer> c = key.thenComparingLong(Entity::getId);
        return asc ? c : c.reversed();
    }
}
