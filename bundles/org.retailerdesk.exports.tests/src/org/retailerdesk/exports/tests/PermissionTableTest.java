package org.retailerdesk.exports.tests;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.retailerdesk.allocation.AllocationEngine;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.AllocationRounds;
import org.retailerdesk.allocation.RetailerSets;
import org.retailerdesk.allocation.RoundSpec;
import org.retailerdesk.exports.ExportFormats;
import org.retailerdesk.exports.ExportRequest;
import org.retailerdesk.exports.ExportScope;
import org.retailerdesk.exports.RetailerExport;
import org.retailerdesk.households.ActiveHouseholds;
import org.retailerdesk.imports.ColumnMapping;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.RetailerImport;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.Visit;
import org.retailerdesk.security.Operation;
import org.retailerdesk.security.Permissions;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.AccessDeniedException;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.UserAccount;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.FixedClock;
import org.retailerdesk.testsupport.TempStore;

/**
 * The role × operation table, cell by cell: a user with only that role attempts a real action that
 * needs the operation. Allowed, it is done; denied, it throws {@link AccessDeniedException}, no
 * table changes (row counts and versions, the audit trail but for the denial) and one DENIED audit
 * row names the user and the operation. The table is written out here, and the README's section
 * "Roles and permissions" must show {@link Permissions} as it is.
 */
class PermissionTableTest {

    /** Who may, per operation, in the order of {@link Role}: centre staff, customer manager, licence officer, supervisor, administrator. */
    private static final Map<Operation, String> TABLE = Map.ofEntries(
            entry(Operation.VIEW_ALL_RETAILERS, "Y-YYY"), //$NON-NLS-1$
            entry(Operation.EDIT_RETAILERS, "YYYYY"), //$NON-NLS-1$
            entry(Operation.CHANGE_LICENCES, "--YYY"), //$NON-NLS-1$
            entry(Operation.EDIT_HOUSEHOLDS, "Y--YY"), //$NON-NLS-1$
            entry(Operation.REVEAL_SENSITIVE, "---YY"), //$NON-NLS-1$
            entry(Operation.EXPORT_HOUSEHOLDS, "---YY"), //$NON-NLS-1$
            entry(Operation.IMPORT_DATA, "Y--YY"), //$NON-NLS-1$
            entry(Operation.PLAN_ALLOCATION, "Y--YY"), //$NON-NLS-1$
            entry(Operation.PUBLISH_ROUND, "---YY"), //$NON-NLS-1$
            entry(Operation.EDIT_POLICIES, "Y--YY"), //$NON-NLS-1$
            entry(Operation.RECORD_PUBLICITY, "YYYYY"), //$NON-NLS-1$
            entry(Operation.RECORD_VISITS, "YYYYY"), //$NON-NLS-1$
            entry(Operation.EDIT_MASTER_DATA, "---YY"), //$NON-NLS-1$
            entry(Operation.MANAGE_USERS, "----Y"), //$NON-NLS-1$
            entry(Operation.VIEW_AUDIT, "---YY"), //$NON-NLS-1$
            entry(Operation.BACKUP, "----Y")); //$NON-NLS-1$

    private static final String EVIDENCE_NUMBER = "37010219750505771X"; //$NON-NLS-1$
    /** Tables that change without a write of the user's: sign-in attempts, id blocks, the search index's work. */
    private static final Set<String> NOT_COMPARED = Set.of("RD_AUDIT", "RD_SIGN_IN", "RD_ID_BLOCK", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "RD_RETAILER_SEARCH_BACKLOG", "RD_RETAILER_TOKEN", "RD_RETAILER_TOKEN_COUNT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    private static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;

    private static TempStore temp;
    private static DerbyStore store;
    /** The test users' retailer (his customer manager is the users' staff member) and another manager's. */
    private static Retailer own;
    private static Retailer others;
    private static Staff manager;
    private static PriorityHousehold household;
    private static AllocationPlan plan;
    private static int serial;

    @TempDir
    static Path dir;

    /** What a cell attempts: returns what it made (a file, a value), for the check that it was done. */
    private interface Attempt {
        Object run() throws Exception;
    }

    /**
     * @param writes true when the action writes to the database (then, allowed, something changed)
     * @param done   what an allowed attempt's result must satisfy
     */
    private record Action(Attempt attempt, boolean writes, Predicate<Object> done) {
    }

    @BeforeAll
    static void centre() throws Exception {
        temp = TempStore.withDemoCentre(80, 7);
        store = temp.store();
        store.bulk().awaitSearchIndex(1, TimeUnit.MINUTES);
        List<Retailer> all = store.retailers().findRetailers(RetailerQuery.all().page(0, 1000)).rows();
        own = all.stream().filter(r -> r.getCustomerManager() != null).findFirst().orElseThrow();
        manager = (Staff) own.getCustomerManager();
        others = all.stream().filter(r -> r.getCustomerManager() != null && r.getCustomerManager().getId() != manager.getId())
                .findFirst().orElseThrow();
        household = F.createPriorityHousehold();
        household.setRetailer(own);
        household.setCategory(AssistanceCategory.DISABLED);
        household.setEvidenceType("残疾人证"); //$NON-NLS-1$
        household.setEvidenceNumber(EVIDENCE_NUMBER);
        household.setEvidenceIssuer("历下区残疾人联合会"); //$NON-NLS-1$
        household.setEvidenceDate(FixedClock.TODAY.minusMonths(2));
        household.setVerifiedBy(manager);
        household.setVerifiedOn(FixedClock.TODAY.minusMonths(1));
        household.setPreferenceRule(PreferenceRule.UPLIFT);
        household.setActive(true);
        household = store.insert(household);
        ServiceTracker<AllocationEngine, AllocationEngine> engines = new ServiceTracker<>(
                FrameworkUtil.getBundle(PermissionTableTest.class).getBundleContext(), AllocationEngine.class, null);
        engines.open();
        AllocationEngine engine = engines.waitForService(TimeUnit.SECONDS.toMillis(30));
        plan = engine.compute(RoundSpec.builder(store.findAll(Brand.class).get(0).getCode(), 500).period(YearMonth.of(2026, 12))
                .build(), RetailerSets.fromStore(store, FixedClock.TODAY, new NullProgressMonitor()));
        engines.close();
        for (Role role : Role.values()) {
            // every user is the manager of "own", so that only his role decides (and "others" is not his)
            temp.signInAs(userOf(role), manager.getId(), role);
        }
        TempStore.signInAdministrator(store);
    }

    @AfterAll
    static void close() {
        temp.close();
    }

    private static String userOf(Role role) {
        return "cell_" + role.name().toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$
    }

    @TestFactory
    Stream<DynamicTest> everyRoleAttemptsEveryOperation() {
        return Arrays.stream(Operation.values()).flatMap(op -> Arrays.stream(Role.values())
                .map(role -> dynamicTest(role + " × " + op, () -> cell(role, op)))); //$NON-NLS-1$
    }

    private static void cell(Role role, Operation op) throws Exception {
        boolean allowed = TABLE.get(op).charAt(role.ordinal()) == 'Y';
        assertEquals(allowed, Permissions.allows(Set.of(role), op), "Permissions says otherwise"); //$NON-NLS-1$
        TempStore.signInAdministrator(store);
        Action action = prepare(op);
        String user = userOf(role);
        store.users().signIn(user, TempStore.passwordOf(user));
        Map<String, Long> before = fingerprint();
        long denials = denials(user, op);
        try {
            if (allowed) {
                Object result = action.attempt().run();
                assertTrue(action.done().test(result), "not done: " + result); //$NON-NLS-1$
                if (action.writes()) {
                    assertNotEquals(before, fingerprint(), "nothing was written"); //$NON-NLS-1$
                }
            } else {
                AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> action.attempt().run());
                assertEquals(op, e.operation());
                assertEquals(before, fingerprint(), "a denied attempt wrote"); //$NON-NLS-1$
                assertEquals(denials + 1, denials(user, op), "the denial is audited once, naming the user and operation"); //$NON-NLS-1$
            }
        } finally {
            TempStore.signInAdministrator(store);
        }
    }

    /** The action of an operation, with what it needs made as the administrator beforehand. */
    private static Action prepare(Operation op) throws Exception {
        int n = ++serial;
        return switch (op) {
            case VIEW_ALL_RETAILERS -> {
                // another manager's retailer: only who sees every retailer may change it
                Retailer r = store.get(Retailer.class, others.getId());
                r.setShopName("改名店" + n); //$NON-NLS-1$
                yield new Action(() -> store.update(r), true, x -> true);
            }
            case EDIT_RETAILERS -> {
                Retailer r = store.get(Retailer.class, own.getId());
                r.setShopName("新店名" + n); //$NON-NLS-1$
                yield new Action(() -> store.update(r), true, x -> true);
            }
            case CHANGE_LICENCES -> {
                Retailer r = store.get(Retailer.class, own.getId());
                r.setStatus(r.getStatus() == RetailerStatus.SUSPENDED ? RetailerStatus.ACTIVE : RetailerStatus.SUSPENDED);
                yield new Action(() -> store.update(r), true, x -> true);
            }
            case EDIT_HOUSEHOLDS -> {
                PriorityHousehold h = store.get(PriorityHousehold.class, household.getId());
                h.setHelpGiven("帮扶" + n); //$NON-NLS-1$
                yield new Action(() -> store.update(h), true, x -> true);
            }
            case REVEAL_SENSITIVE -> new Action(() -> store.audit().reveal(household, "evidenceNumber", "核对身份"), true, //$NON-NLS-1$ //$NON-NLS-2$
                    EVIDENCE_NUMBER::equals);
            case EXPORT_HOUSEHOLDS -> {
                Path file = dir.resolve("households-" + n + ".csv"); //$NON-NLS-1$ //$NON-NLS-2$
                RetailerQuery households = RetailerQuery.all().withPriorityHousehold(true,
                        ActiveHouseholds.in(FixedClock.TODAY, FixedClock.TODAY));
                yield new Action(() -> {
                    try {
                        return RetailerExport.run(store, ExportFormats.get("csv"), //$NON-NLS-1$
                                ExportRequest.of(new ExportScope.Filter(households)), file, new NullProgressMonitor()).file();
                    } finally {
                        assertEquals(Files.exists(file), store.access().allows(Operation.EXPORT_HOUSEHOLDS));
                    }
                }, false, f -> Files.exists((Path) f));
            }
            case IMPORT_DATA -> {
                Path file = Files.writeString(dir.resolve("import-" + n + ".csv"), //$NON-NLS-1$ //$NON-NLS-2$
                        "客户编码,许可证号,店铺名称\n" + own.getCustomerCode() + "," + own.getLicenceNumber() + ",导入店" + n + "\n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        StandardCharsets.UTF_8);
                yield new Action(() -> new RetailerImport(store).dryRun(file, ImportOptions.defaults(),
                        ColumnMapping.automatic(List.of("客户编码", "许可证号", "店铺名称")), new NullProgressMonitor()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        false, run -> ((org.retailerdesk.imports.DryRun) run).rows().size() == 1);
            }
            case PLAN_ALLOCATION -> new Action(() -> AllocationRounds.save(store, null, plan, Map.of()), true, x -> true);
            case PUBLISH_ROUND -> {
                long round = AllocationRounds.save(store, null, plan, Map.of()).getId();
                yield new Action(() -> AllocationRounds.publish(store, round, FixedClock.TODAY), true, x -> true);
            }
            case EDIT_POLICIES -> {
                Policy p = store.get(Policy.class, store.findAll(Policy.class).get(0).getId());
                p.setTitle(p.getTitle() + n);
                yield new Action(() -> store.update(p), true, x -> true);
            }
            case RECORD_PUBLICITY -> {
                PublicityRecord p = F.createPublicityRecord();
                p.setRetailer(own);
                p.setPolicy(store.findAll(Policy.class).get(0));
                p.setDate(FixedClock.TODAY.minusDays(n));
                p.setDeliveredBy(manager);
                yield new Action(() -> store.insert(p), true, x -> true);
            }
            case RECORD_VISITS -> {
                Visit v = F.createVisit();
                v.setRetailer(own);
                v.setVisitor(manager);
                v.setDate(FixedClock.TODAY.minusDays(n));
                yield new Action(() -> store.insert(v), true, x -> true);
            }
            case EDIT_MASTER_DATA -> {
                District d = store.get(District.class, store.findAll(District.class).get(0).getId());
                d.setName(d.getName() + n);
                yield new Action(() -> store.update(d), true, x -> true);
            }
            case MANAGE_USERS -> new Action(() -> store.users().create(UserAccount.of("new_" + n, "新用户", //$NON-NLS-1$ //$NON-NLS-2$
                    Set.of(Role.CENTRE_STAFF), null), "pw-new-user-1".toCharArray()), true, x -> true); //$NON-NLS-1$
            // the audit viewer and the backup are built on these checks (store and backup bundles)
            case VIEW_AUDIT, BACKUP -> new Action(() -> {
                store.access().require(op, "cell test"); //$NON-NLS-1$
                return null;
            }, false, x -> true);
        };
    }

    /**
     * Every compared table's row count and version sum, and the audit rows but for denials and
     * sign-ins: what a write changes.
     */
    private static Map<String, Long> fingerprint() throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = store.ownerConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "APP", "RD_%", new String[] { "TABLE" })) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME")); //$NON-NLS-1$
                }
            }
            assertTrue(tables.contains("RD_RETAILER"), tables.toString()); //$NON-NLS-1$
            for (String t : tables) {
                if (NOT_COMPARED.contains(t)) {
                    continue;
                }
                boolean versioned;
                try (ResultSet rs = c.getMetaData().getColumns(null, "APP", t, "VERSION")) { //$NON-NLS-1$ //$NON-NLS-2$
                    versioned = rs.next();
                }
                out.put(t, single(c, "SELECT COUNT(*) FROM " + t)); //$NON-NLS-1$
                if (versioned) {
                    out.put(t + ".VERSION", single(c, "SELECT COALESCE(SUM(CAST(VERSION AS BIGINT)), 0) FROM " + t)); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
            out.put("RD_AUDIT", single(c, "SELECT COUNT(*) FROM RD_AUDIT WHERE ACTION NOT IN ('" //$NON-NLS-1$ //$NON-NLS-2$
                    + Stream.of(AuditAction.DENIED, AuditAction.SIGN_IN, AuditAction.SIGN_IN_FAILED).map(Enum::name)
                            .collect(Collectors.joining("', '")) //$NON-NLS-1$
                    + "')")); //$NON-NLS-1$
            c.commit();
        }
        return out;
    }

    /** The DENIED audit rows naming the user and the operation. */
    private static long denials(String user, Operation op) throws SQLException {
        try (Connection c = store.ownerConnection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM RD_AUDIT WHERE ACTION = ? AND ACTOR = ? AND FIELD = ?")) { //$NON-NLS-1$
            ps.setString(1, AuditAction.DENIED.name());
            ps.setString(2, user);
            ps.setString(3, op.name());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long n = rs.getLong(1);
                c.commit();
                return n;
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The README's table is {@link Permissions}' (regenerate it from this test's message when it is not). */
    @Test
    void theReadmeShowsThePermissionTable() throws Exception {
        Path readme = Path.of(System.getProperty("retailerdesk.test.sources", "../..")).resolve("README.md"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        String expected = markdown();
        assertTrue(text.contains(expected), "README.md's section \"Roles and permissions\" must hold this table:\n" + expected); //$NON-NLS-1$
        assertFalse(expected.isEmpty());
    }

    /** The table as the README shows it: an operation a row, a role a column, ✓ where the role may. */
    static String markdown() {
        StringBuilder md = new StringBuilder("| operation |"); //$NON-NLS-1$
        StringBuilder rule = new StringBuilder("|---|"); //$NON-NLS-1$
        for (Role role : Role.values()) {
            md.append(' ').append(role.name()).append(" |"); //$NON-NLS-1$
            rule.append(":---:|"); //$NON-NLS-1$
        }
        md.append('\n').append(rule).append('\n');
        for (Operation op : Operation.values()) {
            md.append("| `").append(op.name()).append("` |"); //$NON-NLS-1$ //$NON-NLS-2$
            for (Role role : Role.values()) {
                md.append(Permissions.allows(Set.of(role), op) ? " ✓ |" : " — |"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            md.append('\n');
        }
        return md.toString();
    }
}
