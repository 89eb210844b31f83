package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditQuery;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.testsupport.TempStore;
import org.retailerdesk.ui.AuditText;
import org.retailerdesk.ui.audit.internal.AuditView;

/**
 * The audit viewer in the test workbench (signed in as the administrator): it opens on the newest
 * rows, filters by action, pages forward and back with the total, follows the store's writes, says
 * why a user without the permission sees nothing, and exports every row of the filter as CSV and
 * XLSX with formulas neutralised.
 */
@ExtendWith(FailureEvidence.class)
public class AuditViewTest {

    /** More reveals than a page holds, so that the filter by action has a second page. */
    private static final int REVEALS = 130;
    /** A reason a spreadsheet would run as a formula. */
    private static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"x\")"; //$NON-NLS-1$

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    @TempDir
    Path folder;

    private static Store store;

    @BeforeAll
    static void reveal() throws Exception {
        store = Spin.store();
        PriorityHousehold household = store.findAll(PriorityHousehold.class).get(0);
        for (int i = 0; i < REVEALS; i++) {
            store.audit().reveal(household, "evidenceNumber", i == 0 ? FORMULA : "audit view test " + i); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @AfterEach
    void hideView() {
        AuditView view = (AuditView) Spin.page().findView(AuditView.ID);
        if (view != null) {
            Spin.page().hideView(view);
        }
    }

    private static AuditView open() throws Exception {
        // a view left open by an earlier test shows what it read then: open it anew
        org.eclipse.ui.IViewPart old = Spin.page().findView(AuditView.ID);
        if (old != null) {
            Spin.page().hideView(old);
        }
        AuditView view = (AuditView) Spin.page().showView(AuditView.ID);
        settle(view);
        return view;
    }

    private static void settle(AuditView view) throws InterruptedException {
        Spin.until("the audit rows", view::isSettled); //$NON-NLS-1$
    }

    private static long stored(AuditQuery q) {
        return store.audit().search(q, 0, 1).total();
    }

    @Test
    public void opensOnTheNewestRowsAndFollowsTheStoresWrites() throws Exception {
        AuditView view = open();
        assertEquals(stored(AuditQuery.ALL), view.total());
        assertEquals(100, view.rows().size());

        Retailer r = Spin.retailerAt(store, RetailerQuery.all(), 0.71);
        long before = view.total();
        r.setShopName(r.getShopName() + "·审计"); //$NON-NLS-1$
        store.update(r);
        Spin.until("the change read again", () -> view.isSettled() && view.total() > before); //$NON-NLS-1$
        AuditText.Row newest = view.rows().get(0);
        assertEquals(AuditText.action(AuditAction.UPDATE), newest.action());
        assertEquals(TempStore.ADMINISTRATOR, newest.who());
        assertTrue(newest.newValue().endsWith("·审计"), newest.toString()); //$NON-NLS-1$
        assertTrue(newest.retailer().contains(r.getCustomerCode()), "the retailer by its code: " + newest); //$NON-NLS-1$
    }

    @Test
    public void filtersByActionAndPagesForwardAndBack() throws Exception {
        AuditView view = open();
        view.filterByAction(AuditAction.REVEAL);
        settle(view);
        long reveals = stored(AuditQuery.ALL.withActions(Set.of(AuditAction.REVEAL)));
        assertTrue(reveals >= REVEALS);
        assertEquals(reveals, view.total());
        assertEquals(100, view.rows().size());
        assertTrue(view.rows().stream().allMatch(row -> row.action().equals(AuditText.action(AuditAction.REVEAL))));
        assertFalse(view.canGoBack());
        assertTrue(view.canGoOn());
        assertTrue(view.statusText().contains("100"), view.statusText()); //$NON-NLS-1$

        view.nextPage();
        settle(view);
        assertEquals(100, view.offset());
        assertEquals(Math.min(100, reveals - 100), view.rows().size());
        assertTrue(view.canGoBack());
        assertTrue(view.rows().stream().anyMatch(row -> row.newValue().equals(FORMULA)), "the oldest reveal is further on"); //$NON-NLS-1$

        view.previousPage();
        settle(view);
        assertEquals(0, view.offset());
        assertEquals(reveals, view.total());
    }

    @Test
    public void exportWritesEveryRowOfTheFilterWithFormulasNeutralised() throws Exception {
        AuditView view = open();
        view.filterByAction(AuditAction.REVEAL);
        settle(view);
        long reveals = view.total();

        Path csv = folder.resolve("audit.csv"); //$NON-NLS-1$
        Job job = view.export(csv);
        job.join();
        Spin.until("the export's message", () -> view.statusText().contains(csv.toString())); //$NON-NLS-1$
        List<CSVRecord> records;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read(), "UTF-8 with a byte order mark"); //$NON-NLS-1$
            records = CSVFormat.DEFAULT.parse(in).getRecords();
        }
        assertEquals(reveals + 1, records.size(), "the header and every row of the filter, not just the page"); //$NON-NLS-1$
        assertTrue(records.stream().skip(1).allMatch(rec -> rec.get(2).equals(AuditText.action(AuditAction.REVEAL))));
        assertTrue(records.stream().anyMatch(rec -> rec.get(7).equals("'" + FORMULA)), "the formula as text"); //$NON-NLS-1$ //$NON-NLS-2$
        assertFalse(records.stream().anyMatch(rec -> rec.get(7).equals(FORMULA)));

        Path xlsx = folder.resolve("audit.xlsx"); //$NON-NLS-1$
        view.export(xlsx).join();
        assertEquals(reveals + 1, sheetRows(xlsx));
    }

    @Test
    public void aUserWithoutThePermissionIsToldAndSeesNothing() throws Exception {
        AuditView view = open();
        long denials = stored(AuditQuery.ALL.withActions(Set.of(AuditAction.DENIED)));
        try {
            TempStore.signInAs(store, "auditstaff", null, Role.CENTRE_STAFF); //$NON-NLS-1$
            view.filterByAction(null);
            settle(view);
            assertTrue(view.rows().isEmpty());
            assertEquals(0, view.total());
            assertFalse(view.canGoOn());
            assertTrue(view.statusText().contains(org.retailerdesk.ui.audit.internal.Messages.View_notAllowed));
            TempStore.signInAdministrator(store);
            assertEquals(denials, stored(AuditQuery.ALL.withActions(Set.of(AuditAction.DENIED))),
                    "the view asked before it read: no denial to record"); //$NON-NLS-1$
        } finally {
            TempStore.signInAdministrator(store);
        }
    }

    /** The rows of the first sheet of an XLSX file. */
    private static long sheetRows(Path xlsx) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml"); //$NON-NLS-1$
            assertNotNull(sheet, "the first sheet of " + xlsx); //$NON-NLS-1$
            try (InputStream in = zip.getInputStream(sheet)) {
                Matcher m = Pattern.compile("<row ").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)); //$NON-NLS-1$
                long rows = 0;
                while (m.find()) {
                    rows++;
                }
                return rows;
            }
        }
    }
}
