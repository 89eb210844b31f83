package org.retailerdesk.exports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.exports.internal.ImportApplication;
import org.retailerdesk.model.District;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/**
 * {@code retailerdesk import} in-process on a store of its own (a district, a department, a manager):
 * the one-line summary, the report, the exit codes, and that nothing is written unless it says so.
 */
class ImportApplicationTest {

    private static final String HEADER = "CUST_CODE,LICENSE_CODE,CUST_NAME,CORPORATION_NAME,ADDRESS,CUST_FORMAT," //$NON-NLS-1$
            + "COMPANY_DISTRICT,MARKET_DEPARTMENT,CUST_LEVEL,MARKET_TYPE,SLSMAN_NAME\n"; //$NON-NLS-1$
    /** Whether the product (and so the command line) speaks Chinese in this test run. */
    private static final boolean ZH = java.util.Locale.getDefault().getLanguage().equals("zh"); //$NON-NLS-1$

    @TempDir
    Path dir;
    private TempStore temp;
    private DerbyStore store;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void smallCentre() {
        temp = TempStore.open();
        store = temp.store();
        RetailerdeskFactory f = RetailerdeskFactory.eINSTANCE;
        District d = f.createDistrict();
        d.setCode("620102"); //$NON-NLS-1$
        d.setName("城关区"); //$NON-NLS-1$
        store.insert(d);
        MarketDepartment m = f.createMarketDepartment();
        m.setCode("MD02"); //$NON-NLS-1$
        m.setName("城关市场部"); //$NON-NLS-1$
        m.setDistrict(d);
        store.insert(m);
        Staff s = f.createStaff();
        s.setCode("E00001"); //$NON-NLS-1$
        s.setName("王伟"); //$NON-NLS-1$
        s.setRole(StaffRole.CUSTOMER_MANAGER);
        s.setActive(true);
        s.setMarketDepartment(m);
        store.insert(s);
    }

    @AfterEach
    void close() {
        temp.close();
    }

    /** Three good rows and one whose market department the centre lacks. */
    private Path file() throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 4; i++) {
            csv.append(String.format("6201000000%02d,6201009999%02d,店%d,张%d,路%d号,便利店,城关区,%s,九档,城网,王伟%n", i, i, i, i, i, //$NON-NLS-1$
                    i == 4 ? "东关市场部" : "城关市场部")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Files.writeString(dir.resolve("客户.csv"), csv, StandardCharsets.UTF_8); //$NON-NLS-1$
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return new ImportApplication().run(args, store, o, e);
        }
    }

    private List<String> output() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static String summary(int created) {
        return ZH ? "新增 " + (4 - (created == 0 ? 1 : 0)) + "，变更 0，未变 0，拒绝 " + (created == 0 ? 1 : 0) //$NON-NLS-1$ //$NON-NLS-2$
                + "，警告 0，新建：0 个区域，" + created + " 个市场部，0 条送货线路，0 名员工，0 个诚信互助小组" //$NON-NLS-1$ //$NON-NLS-2$
                : "new " + (4 - (created == 0 ? 1 : 0)) + ", changed 0, unchanged 0, rejected " + (created == 0 ? 1 : 0) //$NON-NLS-1$ //$NON-NLS-2$
                        + ", warnings 0, created: 0 districts, " + created //$NON-NLS-1$
                        + " market departments, 0 routes, 0 staff, 0 mutual-aid groups"; //$NON-NLS-1$
    }

    @Test
    void aDryRunPrintsOneLineWritesTheReportAndNothingElse() throws Exception {
        Path report = dir.resolve("report.csv"); //$NON-NLS-1$
        assertEquals(1, run(file().toString(), "--dry-run", "--report", report.toString()), //$NON-NLS-1$ //$NON-NLS-2$
                "rejected rows without --skip-rejected: " + err);
        assertEquals(List.of(summary(0)), output());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("客户.csv"), err.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
        assertEquals(0, store.retailers().count(RetailerQuery.all()));
        try (var in = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read());
            List<CSVRecord> rows = CSVFormat.DEFAULT.parse(in).getRecords();
            assertEquals(5, rows.size(), "the header and every row");
            assertEquals("5", rows.get(4).get(0)); //$NON-NLS-1$
            assertEquals("620100000004", rows.get(4).get(2)); //$NON-NLS-1$
            assertTrue(rows.get(4).get(3).contains("东关市场部"), rows.get(4).toString()); //$NON-NLS-1$
            assertEquals("", rows.get(2).get(3), "an accepted row has no reason"); //$NON-NLS-1$
        }
        assertEquals(0, run(file().toString(), "--dry-run", "--skip-rejected"), "a dry run that a commit would accept"); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, store.retailers().count(RetailerQuery.all()));
    }

    @Test
    void theToolActsAsItsUserWhoMayNotImportAsACustomerManager() throws Exception {
        Path file = file();
        temp.signInAs("cm_import", store.findAll(Staff.class).get(0).getId(), org.retailerdesk.security.Role.CUSTOMER_MANAGER); //$NON-NLS-1$
        assertEquals(1, run(file.toString(), "--skip-rejected")); //$NON-NLS-1$
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("cm_import") && message.contains(file.getFileName().toString()), message); //$NON-NLS-1$
        assertEquals(List.of(), output());
        TempStore.signInAdministrator(store);
        assertEquals(0, store.retailers().count(RetailerQuery.all()));
    }

    @Test
    void skippingRejectedRowsOrCreatingTheMissingDepartmentCommits() throws Exception {
        assertEquals(0, run(file().toString(), "--skip-rejected"), err.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
        assertEquals(summary(0), output().get(0));
        assertEquals(2, output().size(), "the summary and the line saying it is imported");
        assertEquals(3, store.retailers().count(RetailerQuery.all()));

        assertEquals(0, run(file().toString(), "--create-missing"), err.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
        assertEquals(4, store.retailers().count(RetailerQuery.all()));
        assertTrue(store.findAll(MarketDepartment.class).stream().anyMatch(m -> m.getName().equals("东关市场部") //$NON-NLS-1$
                && m.getDistrict().getName().equals("城关区"))); //$NON-NLS-1$
    }

    @Test
    void aFileOfTheServiceNetworkImportsWithRecords() throws Exception {
        Path file = Files.writeString(dir.resolve("network.csv"), "DISTRICT_CODE,DISTRICT,DEPT_NAME,ROUTE_NAME,ORDER_CYCLE\n" //$NON-NLS-1$
                + "620103,七里河区,七里河市场部,七里河01线,周三\n", StandardCharsets.UTF_8); //$NON-NLS-1$
        assertEquals(0, run(file.toString(), "--records", "network"), err.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(2, store.findAll(District.class).size());
        assertEquals("七里河市场部", store.findAll(MarketDepartment.class).stream().filter(m -> m.getDistrict().getCode() //$NON-NLS-1$
                .equals("620103")).findFirst().orElseThrow().getName()); //$NON-NLS-1$
    }

    @Test
    void badArgumentsExitWithTwoAndAFileThatCannotBeImportedWithOne() throws Exception {
        String file = file().toString();
        assertEquals(2, run());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--records"), "the usage: " + err); //$NON-NLS-1$
        assertEquals(2, run(file, "--records", "meetings")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("meetings")); //$NON-NLS-1$
        assertEquals(2, run(file, "--encoding", "latin9")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(2, run(file, "--invalid-values", "maybe")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(2, run(file, "--frobnicate")); //$NON-NLS-1$
        assertEquals(2, run(file, file)); // two files
        assertEquals(2, run(dir.resolve("none.csv").toString())); //$NON-NLS-1$
        assertEquals(2, run(file, "--mapping", "never saved")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(0, run("--help")); //$NON-NLS-1$
        assertFalse(output().isEmpty(), "the usage on standard output");
        Path empty = Files.writeString(dir.resolve("empty.csv"), "", StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, run(empty.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("empty.csv"), err.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
        assertEquals(0, store.retailers().count(RetailerQuery.all()));
    }
}
