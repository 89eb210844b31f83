package org.retailerdesk.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.imports.ColumnMapping;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.FilePreview;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.RetailerImport;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/**
 * A fresh Derby store with a small service network (two districts, market departments, a route,
 * customer managers, a licence officer) and helpers that write import files into a temp folder.
 */
abstract class ImportTestBase {

    static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;
    /** The header of the tests' usual file: Chinese names as a centre's own spreadsheet has them. */
    static final String HEADER = "客户编码,许可证号,店铺名称,负责人,经营地址,零售业态,行政区域,市场部,客户档位,市场类型,订货日,客户经理"; //$NON-NLS-1$

    @TempDir
    Path dir;

    TempStore temp;
    DerbyStore store;
    RetailerImport importer;
    District district;
    MarketDepartment department;
    Staff manager;

    @BeforeEach
    void openStore() {
        temp = TempStore.open();
        store = temp.store();
        importer = new RetailerImport(store);
        district = F.createDistrict();
        district.setCode("D01"); //$NON-NLS-1$
        district.setName("城关区"); //$NON-NLS-1$
        store.insert(district);
        District other = F.createDistrict();
        other.setCode("D02"); //$NON-NLS-1$
        other.setName("河口区"); //$NON-NLS-1$
        store.insert(other);
        department = F.createMarketDepartment();
        department.setCode("M01"); //$NON-NLS-1$
        department.setName("城关市场部"); //$NON-NLS-1$
        department.setDistrict(district);
        store.insert(department);
        manager = staff("S001", "王伟", StaffRole.CUSTOMER_MANAGER); //$NON-NLS-1$ //$NON-NLS-2$
        staff("S002", "王伟", StaffRole.LICENCE_OFFICER); //$NON-NLS-1$ //$NON-NLS-2$
        staff("S003", "李娜", StaffRole.CUSTOMER_MANAGER); //$NON-NLS-1$ //$NON-NLS-2$
        staff("S004", "李娜", StaffRole.CUSTOMER_MANAGER); //$NON-NLS-1$ //$NON-NLS-2$
        DeliveryRoute route = F.createDeliveryRoute();
        route.setCode("R01"); //$NON-NLS-1$
        route.setName("城关一线"); //$NON-NLS-1$
        route.setMarketDepartment(department);
        store.insert(route);
    }

    private Staff staff(String code, String name, StaffRole role) {
        Staff s = F.createStaff();
        s.setCode(code);
        s.setName(name);
        s.setRole(role);
        s.setMarketDepartment(department);
        return store.insert(s);
    }

    @AfterEach
    void closeStore() {
        temp.close();
    }

    /** One data row of {@link #HEADER}: code n, licence n, valid values. */
    static String row(int n, String grade) {
        return String.format("%012d,%012d,便利店%d号,张%d,人民路%d号,便利店,城关区,城关市场部,%s,城网,周四,S001", //$NON-NLS-1$
                n, 500_000_000_000L + n, n, n, n, grade);
    }

    Path csv(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    Path csv(String name, String text) throws IOException {
        return csv(name, text, StandardCharsets.UTF_8);
    }

    /** An XLSX file; a cell value starting with "=" is written as a formula, a Number as a number cell. */
    Path xlsx(String name, List<List<Object>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(out, "RetailerDesk tests", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
            Worksheet ws = wb.newWorksheet("零售户"); //$NON-NLS-1$
            for (int r = 0; r < rows.size(); r++) {
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof String s && s.startsWith("=")) { //$NON-NLS-1$
                        ws.formula(r, c, s.substring(1));
                    } else if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v instanceof String s) {
                        ws.value(r, c, s);
                    }
                }
            }
            wb.finish();
        }
        return file;
    }

    DryRun dryRun(Path file) {
        return dryRun(file, ImportOptions.defaults());
    }

    DryRun dryRun(Path file, ImportOptions options) {
        FilePreview preview = RetailerImport.preview(file, options);
        return importer.dryRun(file, options, preview.mapping(), new NullProgressMonitor());
    }

    DryRun dryRun(Path file, ColumnMapping mapping) {
        return importer.dryRun(file, ImportOptions.defaults(), mapping, new NullProgressMonitor());
    }

    long retailers() {
        return store.retailers().count(RetailerQuery.all());
    }

    long auditRows() throws Exception {
        return auditRows(store);
    }

    /** The rows of the store's audit trail, counted in SQL. */
    static long auditRows(DerbyStore store) throws Exception {
        try (Connection c = store.connection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM RD_AUDIT"); //$NON-NLS-1$
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            long n = rs.getLong(1);
            c.commit();
            return n;
        }
    }

    /** The store holds exactly what it held before: same retailer count, same audit. */
    void assertNothingWritten(long retailersBefore, long auditBefore) throws Exception {
        assertEquals(retailersBefore, retailers(), "retailers"); //$NON-NLS-1$
        assertEquals(auditBefore, auditRows(), "audit rows"); //$NON-NLS-1$
    }
}
