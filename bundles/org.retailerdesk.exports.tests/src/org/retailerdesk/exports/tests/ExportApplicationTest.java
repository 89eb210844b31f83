package org.retailerdesk.exports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.junit.jupiter.api.Test;
import org.retailerdesk.exports.internal.ExportApplication;
import org.retailerdesk.model.District;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.testsupport.TempStore;

/** The command line in-process; the launched product is tested by releng/scripts/test-export-cli.sh. */
class ExportApplicationTest extends ExportTestBase {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void exportsTheFilteredRetailersAndPrintsOneSummaryLine() throws Exception {
        District district = store.findAll(District.class).get(2);
        Path file = dir.resolve("x.csv"); //$NON-NLS-1$
        int code = run("--format", "csv", "--filter", "district=" + district.getName() + ";grade=1-30", "--out", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                file.toString(), "--columns", "customerCode,shopName", "--encoding", "gbk"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(IApplication.EXIT_OK, code, err.toString(StandardCharsets.UTF_8));
        long rows = store.retailers().count(RetailerQuery.all().withDistrict(district.getId()));
        List<String> lines = Files.readAllLines(file, java.nio.charset.Charset.forName("GBK")); //$NON-NLS-1$
        assertEquals(rows + 1, lines.size());
        assertEquals("客户编码,店铺名称", lines.get(0)); //$NON-NLS-1$
        String summary = out.toString(StandardCharsets.UTF_8).strip();
        assertEquals(1, summary.lines().count(), summary);
        assertTrue(summary.contains(String.valueOf(rows)) && summary.contains(file.toString()), summary);
    }

    @Test
    void badArgumentsAndFiltersExitWithUsageAndNoFile() throws Exception {
        Path file = dir.resolve("x.csv"); //$NON-NLS-1$
        assertEquals(2, run("--format", "csv")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--out")); //$NON-NLS-1$
        assertEquals(2, run("--format", "doc", "--out", file.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(2, run("--format", "csv", "--out", file.toString(), "--filter", "grade=40")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("grade"), err.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
        assertEquals(2, run("--format", "csv", "--out", file.toString(), "--encoding", "latin9")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertEquals(2, run("--format", "csv", "--out", file.toString(), "stray")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertFalse(Files.exists(file));
    }

    @Test
    void aFailedExportExitsWithOneAndNoFile() throws Exception {
        Path file = dir.resolve("x.csv"); //$NON-NLS-1$
        assertEquals(1, run("--format", "csv", "--out", file.toString(), "--ids", String.valueOf(notGbkRetailer), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "--encoding", "GBK")); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("370102999999"), err.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
        assertEquals(List.of(), files(dir));
    }

    @Test
    void exportsEveryVisitWithRecordsAndRefusesRetailerOptionsForThem() throws Exception {
        Path file = dir.resolve("visits.csv"); //$NON-NLS-1$
        int code = run("--records", "visits", "--format", "csv", "--out", file.toString(), "--lang", "en"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        assertEquals(IApplication.EXIT_OK, code, err.toString(StandardCharsets.UTF_8));
        long visits = store.findAll(org.retailerdesk.model.Visit.class).size();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(visits + 1, lines.size());
        assertTrue(lines.get(0).startsWith("\uFEFFCustomer code,"), lines.get(0)); //$NON-NLS-1$
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(String.valueOf(visits)));

        Path other = dir.resolve("p.pdf"); //$NON-NLS-1$
        assertEquals(2, run("--records", "publicity", "--format", "pdf", "--out", other.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("pdf"), err.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
        assertEquals(2, run("--records", "meetings", "--format", "csv", "--out", other.toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("meetings"), err.toString(StandardCharsets.UTF_8)); //$NON-NLS-1$
        assertEquals(2, run("--records", "visits", "--format", "csv", "--out", other.toString(), "--filter", "grade=1-5")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
        assertFalse(Files.exists(other));
    }

    @Test
    void exportsTheServiceNetworkOneRowPerRoute() throws Exception {
        Path file = dir.resolve("network.csv"); //$NON-NLS-1$
        assertEquals(IApplication.EXIT_OK, run("--records", "network", "--format", "csv", "--out", file.toString()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                err.toString(StandardCharsets.UTF_8));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        // a row per route, and one per department without routes and per district without departments
        List<org.retailerdesk.model.DeliveryRoute> routes = store.findAll(org.retailerdesk.model.DeliveryRoute.class);
        List<org.retailerdesk.model.MarketDepartment> departments = store.findAll(org.retailerdesk.model.MarketDepartment.class);
        long bare = departments.stream().filter(m -> routes.stream().noneMatch(r -> r.getMarketDepartment() != null
                && r.getMarketDepartment().getId() == m.getId())).count()
                + store.findAll(District.class).stream().filter(d -> departments.stream().noneMatch(m -> m.getDistrict() != null
                        && m.getDistrict().getId() == d.getId())).count();
        assertEquals(routes.size() + bare + 1, lines.size(), String.join("\n", lines)); //$NON-NLS-1$
        assertEquals("\uFEFF区域编码,区域名称,行政区域启用,市场部编码,市场部名称,市场部启用,线路编码,线路名称,订货日,送货线路启用", //$NON-NLS-1$
                lines.get(0));
        assertTrue(lines.get(1).matches("3701\\d\\d,.+,是,MD\\d\\d,.+,是,\\d{5},.+,周.,是"), lines.get(1)); //$NON-NLS-1$
    }

    private int run(String... args) throws IOException, InterruptedException {
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            return new ExportApplication().run(args, o, e);
        } finally {
            // the application closed it, as a command line must
            store.open();
            TempStore.signInAdministrator(store);
        }
    }
}
