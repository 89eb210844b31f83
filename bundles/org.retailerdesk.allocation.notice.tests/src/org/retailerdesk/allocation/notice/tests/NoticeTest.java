package org.retailerdesk.allocation.notice.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.AllocationRounds;
import org.retailerdesk.allocation.Dimension;
import org.retailerdesk.allocation.LineOverride;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RetailerSets;
import org.retailerdesk.allocation.RoundSpec;
import org.retailerdesk.allocation.internal.DefaultAllocationEngine;
import org.retailerdesk.allocation.notice.Notice;
import org.retailerdesk.allocation.notice.NoticeFormat;
import org.retailerdesk.model.AllocationRound;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Staff;
import org.retailerdesk.store.Store;
import org.retailerdesk.testsupport.FixedClock;
import org.retailerdesk.testsupport.TempStore;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/** The public notice of a published round, written as XLSX and PDF and read back. */
public class NoticeTest {

    private static final LocalDate TODAY = FixedClock.TODAY;
    /** Households of retailers in the round, each with a certificate number the notice must not show. */
    private static final int HOUSEHOLDS = 3;

    @TempDir
    Path out;
    static TempStore temp;
    static Store store;
    static Notice notice;
    static AllocationPlan plan;
    static RetailerSet retailers;
    static int overridden;

    @BeforeAll
    static void publishARound() {
        temp = TempStore.withDemoCentre(250, 5);
        store = temp.store();
        retailers = RetailerSets.fromStore(store, TODAY, new NullProgressMonitor());
        for (int i = 0; i < HOUSEHOLDS; i++) {
            household(retailers.id(i * 50), "37010219800101" + (1000 + i)); //$NON-NLS-1$
        }
        Brand brand = store.findAll(Brand.class).get(0);
        plan = new DefaultAllocationEngine().compute(RoundSpec.builder(brand.getCode(), 800).period(YearMonth.of(2026, 12))
                .groups(Dimension.MARKET_TYPE).weight(Dimension.MARKET_TYPE, "URBAN", 4) //$NON-NLS-1$
                .weight(Dimension.MARKET_TYPE, "RURAL", 6).cutoffGrade(3).cap(9).build(), retailers); //$NON-NLS-1$
        overridden = 10;
        Staff staff = store.findAll(Staff.class).get(0);
        AllocationRound round = AllocationRounds.save(store, null, plan, //$NON-NLS-1$
                Map.of(retailers.id(overridden), new LineOverride(plan.quantity(overridden) + 1, "late request", staff))); //$NON-NLS-1$
        AllocationRounds.publish(store, round.getId(), TODAY);
        notice = Notice.read(store, round.getId(), new NullProgressMonitor());
    }

    @AfterAll
    static void close() {
        temp.close();
    }

    private static void household(long retailerId, String certificate) {
        PriorityHousehold h = RetailerdeskFactory.eINSTANCE.createPriorityHousehold();
        h.setRetailer(store.get(Retailer.class, retailerId));
        h.setCategory(AssistanceCategory.DISABLED);
        h.setEvidenceType("残疾证"); //$NON-NLS-1$
        h.setEvidenceNumber(certificate);
        h.setEvidenceIssuer("残联"); //$NON-NLS-1$
        h.setEvidenceDate(TODAY.minusMonths(2));
        h.setVerifiedBy(store.findAll(Staff.class).get(0));
        h.setVerifiedOn(TODAY.minusMonths(2));
        h.setPreferenceRule(PreferenceRule.UPLIFT);
        h.setPreferenceValue(20);
        h.setActive(true);
        store.insert(h);
    }

    /** The certificate numbers of the round's retailers that are households: never none, or the check proves nothing. */
    private static List<String> certificateNumbers() {
        Set<Long> inRound = new HashSet<>();
        for (int i = 0; i < retailers.size(); i++) {
            inRound.add(retailers.id(i));
        }
        List<String> numbers = store.findAll(PriorityHousehold.class).stream()
                .filter(h -> inRound.contains(h.getRetailer().getId()) && h.getEvidenceNumber() != null)
                .map(PriorityHousehold::getEvidenceNumber).toList();
        assertTrue(numbers.size() >= HOUSEHOLDS, "households with certificate numbers in the round: " + numbers); //$NON-NLS-1$
        return numbers;
    }

    @Test
    public void theNoticeSaysWhatTheStoredLinesSay() {
        assertEquals(800, notice.supply());
        assertEquals(plan.total() + 1, notice.total());
        assertEquals(TODAY, notice.publishedOn());
        assertEquals(retailers.size(), notice.lines().size());
        assertEquals(notice.total(), notice.lines().stream().mapToLong(Notice.LineRow::quantity).sum());
        assertEquals(notice.total(), notice.grades().stream().mapToLong(Notice.GradeRow::cartons).sum());
        assertEquals(notice.total(), notice.groups().stream().mapToLong(Notice.GroupRow::cartons).sum());
        assertEquals(2, notice.groups().size());
        long[] perGrade = plan.cartonsPerGrade();
        perGrade[retailers.grade(overridden)]++;
        for (Notice.GradeRow g : notice.grades()) {
            assertEquals(perGrade[g.grade()], g.cartons(), "grade " + g.grade()); //$NON-NLS-1$
            assertTrue(g.least() <= g.most());
        }
        // weights, cut-off and cap, each as one line
        assertEquals(4, notice.rules().size(), notice.rules().toString());
        // weight keys by their label (城网/Urban), not the stored literal
        String urban = org.retailerdesk.model.labels.ModelLabels.valueLabel(org.retailerdesk.model.MarketType.URBAN);
        assertTrue(notice.rules().stream().anyMatch(r -> r.contains(urban) && r.endsWith("4")), notice.rules().toString()); //$NON-NLS-1$
        assertFalse(notice.rules().stream().anyMatch(r -> r.contains("URBAN")), notice.rules().toString()); //$NON-NLS-1$
    }

    @Test
    public void theWorkbookReadsBackWithEveryRetailerAndNoHouseholdDetails() throws IOException {
        Path file = out.resolve("notice.xlsx"); //$NON-NLS-1$
        NoticeFormat.XLSX.write(notice, file);
        Map<String, List<Row>> sheets = read(file);
        assertEquals(4, sheets.size(), sheets.keySet().toString());
        List<Row> round = sheets.values().iterator().next();
        assertTrue(round.stream().anyMatch(r -> notice.title().equals(text(r, 1))), "title"); //$NON-NLS-1$
        assertTrue(round.stream().anyMatch(r -> "800".equals(text(r, 1))), "supply"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(round.stream().anyMatch(r -> String.valueOf(notice.total()).equals(text(r, 1))), "total"); //$NON-NLS-1$
        List<Row> lines = List.copyOf(sheets.values()).get(3);
        assertEquals(retailers.size() + 1, lines.size());
        Map<Long, Integer> quantities = new HashMap<>();
        for (int i = 0; i < retailers.size(); i++) {
            quantities.put(retailers.id(i), plan.quantity(i) + (i == overridden ? 1 : 0));
        }
        Map<String, Retailer> byCode = new HashMap<>();
        for (int i = 0; i < retailers.size(); i++) {
            Retailer r = store.get(Retailer.class, retailers.id(i));
            byCode.put(r.getCustomerCode(), r);
        }
        for (Row row : lines.subList(1, lines.size())) {
            assertEquals(4, row.getCellCount(), "code, shop, grade, cartons only"); //$NON-NLS-1$
            Retailer r = byCode.get(text(row, 0));
            assertEquals(r.getShopName(), text(row, 1));
            assertEquals(r.getGrade(), row.getCell(2).asNumber().intValue());
            assertEquals(quantities.get(r.getId()), row.getCell(3).asNumber().intValue());
        }
        String all = sheets.values().stream().flatMap(List::stream).map(Row::toString).reduce("", String::concat); //$NON-NLS-1$
        for (String number : certificateNumbers()) {
            assertFalse(all.contains(number), "no certificate number " + number); //$NON-NLS-1$
        }
    }

    @Test
    public void thePdfShowsTheRoundAndTheRetailerList() throws IOException {
        Path file = out.resolve("notice.pdf"); //$NON-NLS-1$
        NoticeFormat.PDF.write(notice, file);
        PdfReader reader = new PdfReader(file.toString());
        try {
            PdfTextExtractor text = new PdfTextExtractor(reader);
            String first = squeeze(text.getTextFromPage(1));
            assertTrue(first.contains(squeeze(notice.title())), first);
            assertTrue(first.contains(squeeze(notice.brand())), first);
            assertTrue(first.contains("800"), first); //$NON-NLS-1$
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                all.append(squeeze(text.getTextFromPage(p)));
            }
            for (Notice.LineRow l : List.of(notice.lines().get(0), notice.lines().get(notice.lines().size() - 1))) {
                assertTrue(all.indexOf(squeeze(l.customerCode() + l.shopName())) >= 0, l.toString());
            }
            for (String number : certificateNumbers()) {
                assertTrue(all.indexOf(number) < 0, "no certificate number " + number); //$NON-NLS-1$
            }
        } finally {
            reader.close();
        }
    }

    @Test
    public void aFailedWriteLeavesTheOldFileAndNoPartialOne() throws IOException {
        Path file = out.resolve("notice.xlsx"); //$NON-NLS-1$
        Files.writeString(file, "the old notice"); //$NON-NLS-1$
        // a notice without a period fails half-way, after the file was begun
        Notice broken = new Notice(notice.title(), notice.code(), notice.brand(), null, notice.method(), notice.status(),
                null, notice.supply(), notice.total(), notice.rules(), notice.grades(), notice.groups(), notice.lines());
        assertThrows(RuntimeException.class, () -> NoticeFormat.XLSX.write(broken, file));
        assertEquals("the old notice", Files.readString(file)); //$NON-NLS-1$
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(file), files.toList());
        }
        Path folderAsFile = out.resolve("notice.xlsx").resolve("x.xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
        AllocationException e = assertThrows(AllocationException.class, () -> NoticeFormat.PDF.write(notice, folderAsFile));
        assertTrue(e.getMessage().contains(folderAsFile.toString()), e.getMessage());
    }

    private static Map<String, List<Row>> read(Path file) throws IOException {
        Map<String, List<Row>> out = new java.util.LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file);
                ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false))) {
            for (Sheet s : workbook.getSheets().toList()) {
                try (Stream<Row> rows = s.openStream()) {
                    out.put(s.getName(), rows.toList());
                }
            }
        }
        return out;
    }

    private static String text(Row row, int c) {
        return row.getCellCount() > c && row.getCell(c) != null ? row.getCell(c).getText() : null;
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
