package org.retailerdesk.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.ImportException;
import org.retailerdesk.imports.ImportField;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.InvalidValues;
import org.retailerdesk.imports.Rejection;
import org.retailerdesk.imports.RetailerImport;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.imports.internal.Encodings;

/**
 * Each kind of bad input gives a clear error naming the file, and the row and column where there
 * is one, and nothing reaches the store: neither retailers nor audit rows.
 */
public class BadInputTest extends ImportTestBase {

    private long retailersBefore;
    private long auditBefore;

    @BeforeEach
    void oneRetailerStored() throws Exception {
        importer.commit(dryRun(csv("seed.csv", HEADER + "\n" + row(100, "5") + "\n")), false, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                new NullProgressMonitor());
        retailersBefore = retailers();
        auditBefore = auditRows();
        assertEquals(1, retailersBefore);
    }

    /** The dry run refuses the whole file. */
    private ImportException fileError(Path file, ImportOptions options) throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> dryRunRaw(file, options));
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertEquals(file, e.file());
        assertNothingWritten(retailersBefore, auditBefore);
        return e;
    }

    private DryRun dryRunRaw(Path file, ImportOptions options) {
        return importer.dryRun(file, options, RetailerImport.preview(file, options).mapping(), new NullProgressMonitor());
    }

    /**
     * The dry run rejects exactly one row for one reason when invalid values reject their rows; the
     * commit is refused and writes nothing.
     */
    private Rejection rejected(Path file, int row, String column, String value) throws Exception {
        DryRun run = dryRun(file, ImportOptions.defaults().withInvalidValues(InvalidValues.REJECT));
        List<Rejection> all = run.rejections();
        assertEquals(1, all.size(), all.toString());
        Rejection r = all.get(0);
        assertEquals(row, r.row());
        assertEquals(column, r.column());
        assertEquals(value, r.value());
        assertTrue(run.describe(r).contains(file.getFileName().toString()), run.describe(r));
        assertTrue(run.describe(r).contains(Integer.toString(row)), run.describe(r));
        ImportException refused = assertThrows(ImportException.class,
                () -> importer.commit(run, false, new NullProgressMonitor()));
        assertTrue(refused.getMessage().contains(file.getFileName().toString()), refused.getMessage());
        assertNothingWritten(retailersBefore, auditBefore);
        return r;
    }

    @Test
    public void undecodableBytesNameTheirRow() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write((HEADER + "\n" + row(1, "9") + "\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
        bytes.write(new byte[] { (byte) 0xFF, (byte) 0x80, (byte) 0xFF, ',' });
        Path file = dir.resolve("binary.csv"); //$NON-NLS-1$
        Files.write(file, bytes.toByteArray());
        ImportException e = fileError(file, ImportOptions.defaults());
        assertEquals(3, e.row());
        assertTrue(e.getMessage().contains("GBK") && e.getMessage().contains("UTF-8"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$

        // a GBK file read as UTF-8 because the user said so
        Path gbk = csv("gbk.csv", HEADER + "\n" + row(1, "9") + "\n", Encodings.GBK); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        ImportException forced = assertThrows(ImportException.class,
                () -> RetailerImport.preview(gbk, ImportOptions.defaults().withCharset(StandardCharsets.UTF_8)));
        assertEquals(1, forced.row());
        assertTrue(forced.getMessage().contains("gbk.csv") && forced.getMessage().contains("UTF-8"), forced.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    public void missingKeyColumnOrHeaderRow() throws Exception {
        ImportException e = fileError(csv("nokey.csv", "店铺名称,档位\n便利店,9\n"), ImportOptions.defaults()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1, e.row());
        assertTrue(e.getMessage().contains("客户编码"), e.getMessage()); //$NON-NLS-1$
        ImportException noHeader = fileError(csv("noheader.csv", row(1, "9") + "\n" + row(2, "9") + "\n"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                ImportOptions.defaults());
        assertEquals(1, noHeader.row());
    }

    @Test
    public void identityColumnMissingForANewRetailer() throws Exception {
        String header = HEADER.replace("许可证号,", ""); //$NON-NLS-1$ //$NON-NLS-2$
        String line = row(1, "9").replace(",500000000001", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        rejected(csv("nolicence.csv", header + "\n" + line + "\n"), 2, ImportField.LICENCE_NUMBER.label(), ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    @Test
    public void malformedOrMissingCustomerCodesRejectWhateverTheChoiceForInvalidValues() throws Exception {
        String text = HEADER + "\n" + row(1, "9").replace("000000000001", "12345") + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + row(2, "9").replace("000000000002", "") + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        DryRun run = dryRun(csv("codes.csv", text)); //$NON-NLS-1$
        assertEquals(2, run.count(RowStatus.REJECTED), run.rejections().toString());
        assertEquals(List.of("客户编码", "客户编码"), run.rejections().stream().map(Rejection::column).toList()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(run.rejections().get(0).reason().contains("12"), run.rejections().get(0).reason()); //$NON-NLS-1$
    }

    @Test
    public void badGrades() throws Exception {
        Rejection words = rejected(csv("grade.csv", HEADER + "\n" + row(1, "9") + "\n" + row(2, "高档") + "\n"), 3, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "客户档位", "高档"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(words.reason().contains("D9"), words.reason()); //$NON-NLS-1$
        // D99 reads as a grade; the model's range rule rejects it with its own message
        Rejection range = rejected(csv("range.csv", HEADER + "\n" + row(1, "D99") + "\n"), 2, "客户档位", "D99"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertTrue(range.reason().contains("99") && range.reason().contains("30"), range.reason()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    public void duplicateLicenceNumbersAndCodesInTheFile() throws Exception {
        String text = HEADER + "\n" + row(1, "9") + "\n" + row(2, "9").replace("500000000002", "500000000001") + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        DryRun run = dryRun(csv("dup.csv", text)); //$NON-NLS-1$
        assertEquals(2, run.count(RowStatus.REJECTED));
        Rejection first = run.rows().get(0).rejections().get(0);
        assertEquals("许可证号", first.column()); //$NON-NLS-1$
        assertEquals("500000000001", first.value()); //$NON-NLS-1$
        assertTrue(first.reason().contains("3"), "names the other row: " + first.reason()); //$NON-NLS-1$
        assertThrows(ImportException.class, () -> importer.commit(run, false, new NullProgressMonitor()));
        assertNothingWritten(retailersBefore, auditBefore);

        String codes = HEADER + "\n" + row(1, "9") + "\n" + row(2, "9").replace("000000000002", "000000000001") + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        DryRun byCode = dryRun(csv("dupcode.csv", codes)); //$NON-NLS-1$
        assertEquals(2, byCode.count(RowStatus.REJECTED));
        assertEquals("客户编码", byCode.rows().get(1).rejections().get(0).column()); //$NON-NLS-1$

        // a licence number another stored retailer holds
        Rejection taken = rejected(csv("taken.csv", HEADER + "\n" + row(1, "9").replace("500000000001", "500000000100") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                + "\n"), 2, "许可证号", "500000000100"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertTrue(taken.reason().contains("000000000100"), taken.reason()); //$NON-NLS-1$
    }

    @Test
    public void formulasAreRejectedInCsvAndXlsx() throws Exception {
        rejected(csv("formula.csv", HEADER + "\n" + row(1, "9").replace("便利店1号", "=1+2") + "\n"), 2, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                "店铺名称", "=1+2"); //$NON-NLS-1$ //$NON-NLS-2$
        List<Object> header = List.of((Object[]) HEADER.split(",")); //$NON-NLS-1$
        Path file = xlsx("formula.xlsx", List.of(header, //$NON-NLS-1$
                List.of("000000000001", "500000000001", "店1", "张", "路", "便利店", "城关区", "城关市场部", "=4+5", "城网", "周一", "S001"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
        Rejection r = rejected(file, 2, "客户档位", "=4+5"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(r.toString().contains("2"), r.toString()); //$NON-NLS-1$
    }

    @Test
    public void oversizedCells() throws Exception {
        String huge = "长".repeat(5000); //$NON-NLS-1$
        Rejection cell = rejected(csv("huge.csv", HEADER + "\n" + row(1, "9").replace("人民路1号", huge) + "\n"), 2, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "经营地址", huge.substring(0, 60) + "\u2026"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(cell.reason().contains("5000") || cell.reason().contains("5,000"), cell.reason()); //$NON-NLS-1$ //$NON-NLS-2$
        String longName = "店".repeat(101); //$NON-NLS-1$
        Rejection field = rejected(csv("long.csv", HEADER + "\n" + row(1, "9").replace("便利店1号", longName) + "\n"), 2, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                "店铺名称", longName.substring(0, 60) + "\u2026"); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(field.reason().contains("100"), field.reason()); //$NON-NLS-1$
    }

    @Test
    public void emptyFilesAndHeaderOnly() throws Exception {
        fileError(csv("empty.csv", ""), ImportOptions.defaults()); //$NON-NLS-1$ //$NON-NLS-2$
        fileError(csv("blank.csv", "\n \n"), ImportOptions.defaults()); //$NON-NLS-1$ //$NON-NLS-2$
        fileError(csv("headeronly.csv", HEADER + "\n"), ImportOptions.defaults()); //$NON-NLS-1$ //$NON-NLS-2$
        Path emptyXlsx = dir.resolve("empty.xlsx"); //$NON-NLS-1$
        Files.write(emptyXlsx, new byte[0]);
        fileError(emptyXlsx, ImportOptions.defaults());
    }

    @Test
    public void truncatedXlsx() throws Exception {
        List<Object> header = List.of((Object[]) HEADER.split(",")); //$NON-NLS-1$
        List<List<Object>> rows = new java.util.ArrayList<>();
        rows.add(header);
        for (int i = 1001; i <= 3000; i++) { // clear of the stored row 100
            rows.add(List.of((Object[]) row(i, "9").split(","))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Path whole = xlsx("whole.xlsx", rows); //$NON-NLS-1$
        assertEquals(2000, dryRun(whole).count(RowStatus.NEW));
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.xlsx"); //$NON-NLS-1$
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ImportException e = fileError(cut, ImportOptions.defaults());
        assertTrue(e.getMessage().contains("cut.xlsx"), e.getMessage()); //$NON-NLS-1$
    }
}
