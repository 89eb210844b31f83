package org.retailerdesk.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.exports.ExportFormats;
import org.retailerdesk.exports.ExportRequest;
import org.retailerdesk.exports.ExportResult;
import org.retailerdesk.exports.ExportScope;
import org.retailerdesk.exports.RecordExport;
import org.retailerdesk.exports.RetailerExport;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.RecordDryRun;
import org.retailerdesk.imports.RecordField;
import org.retailerdesk.imports.RecordImport;
import org.retailerdesk.imports.RecordKind;
import org.retailerdesk.imports.RetailerImport;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.Staff;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.RetailerSort;
import org.retailerdesk.store.derby.internal.DerbyStore;

/**
 * Publicity records and visits exported as CSV and XLSX, read back, then imported into a fresh
 * database holding the same retailers: the same records come back, field by field (references by
 * code), and importing the file a second time changes nothing.
 */
public class RecordRoundTripTest extends RoundTripBase {

    private static final int RETAILERS = 150;
    private static final long SEED = 11;

    public RecordRoundTripTest() {
        super(RETAILERS, SEED);
    }

    @BeforeEach
    void importRetailers() {
        // the retailers first, by their own round trip
        Path retailers = dir.resolve("retailers.csv"); //$NON-NLS-1$
        RetailerExport.run(source, ExportFormats.get("csv"), ExportRequest.of(new ExportScope.Filter(RetailerQuery.all())) //$NON-NLS-1$
                .withColumns(ExportColumn.all()), retailers, new NullProgressMonitor());
        RetailerImport importer = new RetailerImport(target);
        DryRun run = importer.dryRun(retailers, ImportOptions.defaults(),
                RetailerImport.preview(retailers, ImportOptions.defaults()).mapping(), new NullProgressMonitor());
        importer.commit(run, false, new NullProgressMonitor());
    }

    @ParameterizedTest
    @CsvSource({ "PUBLICITY, CSV, zh", "PUBLICITY, XLSX, en", "VISIT, CSV, en", "VISIT, XLSX, zh" })
    void exportedRecordsImportIntoAFreshDatabaseUnchanged(RecordKind kind, RecordExport.Format format, String lang)
            throws Exception {
        Locale locale = Locale.forLanguageTag(lang);
        Path file = dir.resolve(kind.folder() + "." + format.name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
        List<String> expected = lines(source, kind);
        assertTrue(expected.size() > 20, "the demo centre has records: " + expected.size()); //$NON-NLS-1$
        ExportResult result = RecordExport.run(source, kind, format, file, StandardCharsets.UTF_8, locale,
                new NullProgressMonitor());
        assertEquals(expected.size(), result.rows());
        if (format == RecordExport.Format.CSV) {
            readBack(file, kind, locale, expected.size());
        }

        List<String> headers = RetailerImport.preview(file, ImportOptions.defaults()).headers();
        RecordImport importer = new RecordImport(target);
        RecordDryRun run = importer.dryRun(file, ImportOptions.defaults(), kind, RecordImport.mapping(headers, kind),
                new NullProgressMonitor());
        assertEquals(List.of(), run.rejections().stream().map(run::describe).toList());
        assertEquals(expected.size(), run.count(RowStatus.NEW));
        importer.commit(run, false, new NullProgressMonitor());
        assertEquals(expected, lines(target, kind));

        RecordDryRun again = importer.dryRun(file, ImportOptions.defaults(), kind, RecordImport.mapping(headers, kind),
                new NullProgressMonitor());
        assertEquals(expected.size(), again.count(RowStatus.UNCHANGED), "a second import matches every record");
    }

    /** The CSV as a spreadsheet reads it: the header in the language, one row per record, codes as written. */
    private void readBack(Path file, RecordKind kind, Locale locale, int rows) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read(), "UTF-8 with a byte order mark"); //$NON-NLS-1$
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(in).getRecords();
            assertEquals(kind.fields().stream().map(f -> f.label(locale)).toList(), records.get(0).toList());
            assertEquals(rows + 1, records.size());
            for (CSVRecord r : records.subList(1, records.size())) {
                assertTrue(r.get(0).matches("\\d{12}"), r.get(0)); //$NON-NLS-1$
                LocalDate.parse(r.get(1));
            }
        }
    }

    /** Every record of the kind as one line of its field values (references by code), sorted. */
    private static List<String> lines(DerbyStore store, RecordKind kind) {
        TreeSet<String> out = new TreeSet<>();
        List<String> all = new ArrayList<>();
        RetailerQuery query = RetailerQuery.all().sortedBy(RetailerSort.CUSTOMER_CODE, true);
        for (int offset = 0;; offset += 100) {
            List<Retailer> page = store.retailers().findRetailerRows(query.page(offset, 100));
            for (Retailer r : page) {
                for (Entity e : store.findBy(kind.type(), r.getId())) {
                    StringBuilder line = new StringBuilder(r.getCustomerCode());
                    for (RecordField f : kind.fields().subList(1, kind.fields().size())) {
                        Object v = e.eGet(f.feature());
                        line.append('|').append(v instanceof Policy p ? p.getCode() : v instanceof Staff s ? s.getCode() : v);
                    }
                    all.add(line.toString());
                }
            }
            if (page.size() < 100) {
                break;
            }
        }
        out.addAll(all);
        assertEquals(all.size(), out.size(), "no two records alike"); //$NON-NLS-1$
        return new ArrayList<>(out);
    }
}
