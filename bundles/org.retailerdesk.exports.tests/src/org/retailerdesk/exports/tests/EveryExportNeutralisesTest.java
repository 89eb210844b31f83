package org.retailerdesk.exports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.retailerdesk.allocation.notice.Notice;
import org.retailerdesk.allocation.notice.NoticeFormat;
import org.retailerdesk.allocation.outcome.Breakdown;
import org.retailerdesk.allocation.outcome.OutcomeExport;
import org.retailerdesk.allocation.outcome.OutcomeQuery;
import org.retailerdesk.allocation.outcome.OutcomeReport;
import org.retailerdesk.allocation.outcome.OutcomeRow;
import org.retailerdesk.exports.ExportFormatDescriptor;
import org.retailerdesk.exports.ExportFormats;
import org.retailerdesk.exports.ExportRequest;
import org.retailerdesk.exports.RecordExport;
import org.retailerdesk.imports.RecordKind;
import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PolicyCategory;
import org.retailerdesk.model.PublicityChannel;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.Visit;
import org.retailerdesk.model.VisitPurpose;
import org.retailerdesk.publicity.Coverage;
import org.retailerdesk.publicity.CoverageExport;
import org.retailerdesk.publicity.CoverageFilter;
import org.retailerdesk.store.RetailerQuery;

/**
 * Every export path, in each of its spreadsheet formats, fed entities whose every text field
 * (codes, names, notes, policy codes…) starts with a formula character: no cell of any output may
 * start with one unescaped. Formats registered on the extension point are enumerated, so a new one
 * is checked too (PDF has no cells); a new export path belongs in {@link #everyPath}.
 */
class EveryExportNeutralisesTest extends ExportTestBase {

    private static final String[] STARTS = { "=", "+", "-", "@" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    /** A cell a spreadsheet runs as a formula. */
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\\t\\r].*", Pattern.DOTALL); //$NON-NLS-1$
    /** A text the exporter escaped: its apostrophe and then the formula. */
    private static final Pattern ESCAPED = Pattern.compile("^'[=+\\-@\\t\\r].*", Pattern.DOTALL); //$NON-NLS-1$
    /** A CSV cell that is a number (a negative one starts with "-" and is a value, not a formula). */
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?"); //$NON-NLS-1$

    private int counter;

    @Test
    void noCellOfAnyExportStartsWithAFormula() throws IOException {
        Fixture f = fixture();
        List<String> problems = new ArrayList<>();
        for (Path file : everyPath(f)) {
            int escaped = switch (extension(file)) {
            case "csv" -> checkDelimited(file, problems, true); //$NON-NLS-1$
            case "tsv" -> checkDelimited(file, problems, false); //$NON-NLS-1$
            case "xlsx" -> checkXlsx(file, problems); //$NON-NLS-1$
            default -> throw new AssertionError("no reader for " + file); //$NON-NLS-1$
            };
            if (escaped == 0) {
                // each output carries some of the formula texts: none escaped means they went out raw or not at all
                problems.add(file.getFileName() + ": no escaped formula text at all"); //$NON-NLS-1$
            }
        }
        assertEquals(List.of(), problems);
    }

    /** Writes every export of the fixture's data, in every spreadsheet format; returns the files. */
    private List<Path> everyPath(Fixture f) {
        List<Path> files = new ArrayList<>();
        for (ExportFormatDescriptor format : ExportFormats.all()) {
            if ("pdf".equals(format.extension())) { //$NON-NLS-1$
                continue; // profile cards: no cells
            }
            Path file = dir.resolve("retailers." + format.extension()); //$NON-NLS-1$
            export(format.id(), ExportRequest.of(selection(f.retailer.getId())), file);
            files.add(file);
        }
        for (RecordKind kind : RecordKind.values()) {
            for (RecordExport.Format format : RecordExport.Format.values()) {
                Path file = dir.resolve(kind.folder() + "." + format.name().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
                RecordExport.run(store, kind, format, file, StandardCharsets.UTF_8, Locale.CHINESE, new NullProgressMonitor());
                files.add(file);
            }
        }
        Path notice = dir.resolve("notice.xlsx"); //$NON-NLS-1$
        NoticeFormat.XLSX.write(notice(f.retailer), notice);
        files.add(notice);
        Path coverage = dir.resolve("coverage.xlsx"); //$NON-NLS-1$
        CoverageExport.writeXlsx(store, Coverage.compute(store, f.policy, CoverageFilter.NONE), coverage,
                new NullProgressMonitor());
        files.add(coverage);
        OutcomeReport report = outcome(f.district);
        for (Breakdown b : Breakdown.values()) {
            for (OutcomeExport.Format format : OutcomeExport.Format.values()) {
                Path file = dir.resolve("outcome-" + b + format.extension()); //$NON-NLS-1$
                try {
                    OutcomeExport.write(report, b, file, Locale.CHINESE, new NullProgressMonitor());
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
                files.add(file);
            }
        }
        return files;
    }

    private record Fixture(Retailer retailer, Policy policy, District district) {
    }

    /**
     * A district, a customer manager, a policy and a retailer, each with every text field starting
     * with a formula character, and a publicity record and a visit of that retailer likewise.
     */
    private Fixture fixture() {
        Retailer model = store.retailers().findRetailers(RetailerQuery.all()).rows().get(0);
        District district = store.insert(formulas(EcoreUtil.copy(model.getDistrict())));
        Staff manager = store.insert(formulas(EcoreUtil.copy(model.getCustomerManager())));
        Policy policy = RetailerdeskFactory.eINSTANCE.createPolicy();
        formulas(policy);
        policy.setScope(""); //$NON-NLS-1$ (a filter: every retailer)
        policy.setCategory(PolicyCategory.values()[0]);
        policy.setIssuedOn(LocalDate.of(2026, 1, 5));
        policy.setEffectiveFrom(LocalDate.of(2026, 1, 5));
        policy.setEffectiveTo(null);
        store.insert(policy);
        Retailer retailer = formulas(EcoreUtil.copy(model));
        retailer.setDistrict(district);
        retailer.setCustomerManager(manager);
        store.insert(retailer);
        PublicityRecord p = formulas(RetailerdeskFactory.eINSTANCE.createPublicityRecord());
        p.setRetailer(retailer);
        p.setPolicy(policy);
        p.setDate(LocalDate.of(2026, 2, 3));
        p.setChannel(PublicityChannel.VISIT);
        p.setDeliveredBy(manager);
        p.setAcknowledgement(Acknowledgement.SIGNED);
        store.insert(p);
        Visit v = formulas(RetailerdeskFactory.eINSTANCE.createVisit());
        v.setRetailer(retailer);
        v.setVisitor(manager);
        v.setDate(LocalDate.of(2026, 2, 3));
        v.setPurpose(VisitPurpose.values()[0]);
        v.setFollowUpDue(null);
        store.insert(v);
        return new Fixture(retailer, policy, district);
    }

    /** Sets every text attribute (not the id) to a unique text starting with one formula character after another. */
    private <T extends Entity> T formulas(T object) {
        for (EAttribute a : object.eClass().getEAllAttributes()) {
            if (a.getEAttributeType().getInstanceClass() == String.class && !a.isMany()) {
                // short: codes are a few characters long
                object.eSet(a, STARTS[counter % STARTS.length] + counter++);
            }
        }
        object.setId(0);
        object.setVersion(0);
        return object;
    }

    private static Notice notice(Retailer r) {
        return new Notice("=1+1 title", "+code", "-brand", YearMonth.of(2026, 3), "@method", "=status", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                LocalDate.of(2026, 3, 1), 100, 120, List.of("+rule"), List.of(new Notice.GradeRow(30, 1, 120, 120, 120)), //$NON-NLS-1$
                List.of(new Notice.GroupRow("-group", 1, 120)), //$NON-NLS-1$
                List.of(new Notice.LineRow(r.getCustomerCode(), r.getShopName(), 30, 120)));
    }

    private static OutcomeReport outcome(District d) {
        OutcomeRow all = new OutcomeRow("@all", null, null, 10, 1, 5, 50); //$NON-NLS-1$
        OutcomeRow district = new OutcomeRow(d.getName(), null, d.getCode(), 10, 1, 5, 50);
        OutcomeRow category = new OutcomeRow("+category", AssistanceCategory.DISABLED, null, 10, 1, 5, 50); //$NON-NLS-1$
        OutcomeRow both = new OutcomeRow("=" + d.getName() + " · +category", AssistanceCategory.DISABLED, d.getCode(), 10, //$NON-NLS-1$ //$NON-NLS-2$
                1, 5, 50);
        return new OutcomeReport(OutcomeQuery.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)), List.of(), all,
                List.of(category), List.of(district), List.of(both));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** CSV (RFC 4180) or TSV: every cell; returns how many were escaped formulas. */
    private static int checkDelimited(Path file, List<String> problems, boolean csv) throws IOException {
        int escaped = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            List<List<String>> rows = new ArrayList<>();
            if (csv) {
                for (CSVRecord r : CSVFormat.DEFAULT.parse(in)) {
                    rows.add(r.toList());
                }
            } else {
                in.lines().forEach(line -> rows.add(List.of(line.split("\t", -1)))); //$NON-NLS-1$
            }
            for (int y = 0; y < rows.size(); y++) {
                for (int x = 0; x < rows.get(y).size(); x++) {
                    escaped += check(file, y, x, rows.get(y).get(x), problems, true);
                }
            }
        }
        return escaped;
    }

    /** Every cell of every sheet; returns how many were escaped formulas. */
    private static int checkXlsx(Path file, List<String> problems) throws IOException {
        int escaped = 0;
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                try (Stream<Row> rows = sheet.openStream()) {
                    for (Row row : rows.toList()) {
                        for (Cell cell : row) {
                            if (cell == null) {
                                continue;
                            }
                            String where = file.getFileName() + "/" + sheet.getName(); //$NON-NLS-1$
                            if (cell.getType() == CellType.FORMULA) {
                                problems.add(where + " " + cell.getAddress() + ": formula " + cell.getFormula()); //$NON-NLS-1$ //$NON-NLS-2$
                            } else if (cell.getType() == CellType.STRING) {
                                escaped += check(file, row.getRowNum(), cell.getColumnIndex(), cell.asString(), problems,
                                        false);
                            }
                        }
                    }
                }
            }
        }
        return escaped;
    }

    private static int check(Path file, int y, int x, String text, List<String> problems, boolean numbersAllowed) {
        if (FORMULA.matcher(text).matches() && !(numbersAllowed && NUMBER.matcher(text).matches())) {
            problems.add(file.getFileName() + " row " + y + " column " + x + ": " + text); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return ESCAPED.matcher(text).matches() ? 1 : 0;
    }

}
