package org.retailerdesk.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.imports.FieldChange;
import org.retailerdesk.imports.FieldMapping;
import org.retailerdesk.imports.ImportException;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.ImportResult;
import org.retailerdesk.imports.RecordDryRun;
import org.retailerdesk.imports.RecordField;
import org.retailerdesk.imports.RecordImport;
import org.retailerdesk.imports.RecordKind;
import org.retailerdesk.imports.RecordRow;
import org.retailerdesk.imports.Rejection;
import org.retailerdesk.imports.RetailerImport;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.imports.internal.Messages;
import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PublicityChannel;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.Visit;
import org.retailerdesk.model.VisitPurpose;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/**
 * Importing publicity records and visits: the dry run classifies against the store by key
 * (retailer, date, policy or visitor), the commit writes all or nothing, a second import of the
 * same file changes nothing, and every kind of bad input is named with row, column, value and
 * reason while nothing is written.
 */
public class RecordImportTest {

    private static final String PUBLICITY_HEADER = "客户编码,宣传日期,政策编码,宣传方式,宣传人编码,零售户确认,备注"; //$NON-NLS-1$

    @TempDir
    Path dir;
    private TempStore temp;
    private DerbyStore store;
    private RecordImport importer;
    private Retailer first;
    private Retailer second;
    private Policy policy;
    private Staff staff;

    @BeforeEach
    void open() {
        temp = TempStore.withDemoCentre(40, 7);
        store = temp.store();
        importer = new RecordImport(store);
        List<Retailer> retailers = store.retailers().findRetailerRows(RetailerQuery.all().page(0, 2));
        first = retailers.get(0);
        second = retailers.get(1);
        policy = store.findAll(Policy.class).get(0);
        staff = first.getCustomerManager();
    }

    @AfterEach
    void close() {
        temp.close();
    }

    private Path csv(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private RecordDryRun dryRun(Path file, RecordKind kind) {
        List<String> headers = RetailerImport.preview(file, ImportOptions.defaults()).headers();
        return importer.dryRun(file, ImportOptions.defaults(), kind, RecordImport.mapping(headers, kind),
                new NullProgressMonitor());
    }

    private String publicityRow(Retailer r, String date, String note) {
        return String.join(",", r.getCustomerCode(), date, policy.getCode(), "走访", staff.getCode(), "签字确认", note); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private long auditRows() throws Exception {
        return ImportTestBase.auditRows(store);
    }

    private long records() {
        return store.findAll(PublicityRecord.class).size() + store.findAll(Visit.class).size();
    }

    @Test
    public void publicityRecordsAreAddedThenMatchedByRetailerDatePolicyAndChanged() throws Exception {
        // the labels of the channel and acknowledgement in the file must be what the model calls them
        String channel = ModelLabels.valueLabel(PublicityChannel.VISIT, Locale.CHINESE);
        String ack = ModelLabels.valueLabel(Acknowledgement.SIGNED, Locale.CHINESE);
        String header = String.join(",", RecordKind.PUBLICITY.fields().stream().map(f -> f.label(Locale.CHINESE)).toList());
        Path file = csv("publicity.csv", header + "\n" //$NON-NLS-1$ //$NON-NLS-2$
                + String.join(",", first.getCustomerCode(), "2026-10-08", policy.getCode(), channel, staff.getCode(), ack, "已签字") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "\n" + String.join(",", second.getCustomerCode(), "2026/10/9", policy.getCode(), channel, staff.getCode(), ack, "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + "\n"); //$NON-NLS-1$
        RecordDryRun run = dryRun(file, RecordKind.PUBLICITY);
        assertEquals(List.of(), run.rejections().stream().map(run::describe).toList());
        assertEquals(2, run.count(RowStatus.NEW));
        int before = store.findBy(PublicityRecord.class, first.getId()).size();
        ImportResult result = importer.commit(run, false, new NullProgressMonitor());
        assertEquals(2, result.inserted());
        List<PublicityRecord> stored = store.findBy(PublicityRecord.class, first.getId());
        assertEquals(before + 1, stored.size());
        PublicityRecord p = stored.stream().filter(x -> LocalDate.of(2026, 10, 8).equals(x.getDate())).findFirst().orElseThrow();
        assertEquals(policy.getId(), p.getPolicy().getId());
        assertEquals(PublicityChannel.VISIT, p.getChannel());
        assertEquals(Acknowledgement.SIGNED, p.getAcknowledgement());
        assertEquals(staff.getId(), p.getDeliveredBy().getId());
        assertEquals("已签字", p.getNote()); //$NON-NLS-1$

        // the same file again: matched, nothing to write
        RecordDryRun again = dryRun(file, RecordKind.PUBLICITY);
        assertEquals(2, again.count(RowStatus.UNCHANGED));
        // a corrected note: the record is changed, not duplicated
        Path corrected = csv("publicity2.csv", Files.readString(file).replace("已签字", "已签字，张贴公告")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        RecordDryRun change = dryRun(corrected, RecordKind.PUBLICITY);
        assertEquals(1, change.count(RowStatus.CHANGED));
        RecordRow changed = change.rows().get(0);
        assertEquals(List.of(RecordField.PUBLICITY_NOTE), changed.changes().stream().map(FieldChange::field).toList());
        assertEquals(p.getId(), changed.record().getId());
        importer.commit(change, false, new NullProgressMonitor());
        List<PublicityRecord> after = store.findBy(PublicityRecord.class, first.getId());
        assertEquals(before + 1, after.size());
        assertEquals("已签字，张贴公告", store.get(PublicityRecord.class, p.getId()).getNote()); //$NON-NLS-1$

        // another deliverer: the dry run names both as every reference is named, "name (code)"
        Staff other = store.findAll(Staff.class).stream().filter(x -> x.getId() != staff.getId()).findFirst().orElseThrow();
        Path deliverer = csv("publicity3.csv", Files.readString(corrected).replace("," + staff.getCode() + ",", //$NON-NLS-1$ //$NON-NLS-2$
                "," + other.getCode() + ",")); //$NON-NLS-1$ //$NON-NLS-2$
        FieldChange who = dryRun(deliverer, RecordKind.PUBLICITY).rows().get(0).changes().get(0);
        assertEquals(RecordField.PUBLICITY_DELIVERED_BY, who.field());
        assertEquals(EntityLabels.label(staff), who.oldValue());
        assertEquals(EntityLabels.label(other), who.newValue());
        assertTrue(who.newValue().contains(other.getName()) && who.newValue().contains(other.getCode()), who.newValue());
    }

    @Test
    public void visitsImportWithEnglishHeadersAndAreMatchedByRetailerDateVisitor() throws Exception {
        String purpose = ModelLabels.valueLabel(VisitPurpose.COMPLAINT, Locale.ENGLISH);
        Path file = csv("visits.csv", "Customer code,Date,Visitor code,Purpose,Shop open,Complaint,Follow-up,Follow-up due\n" //$NON-NLS-1$ //$NON-NLS-2$
                + String.join(",", first.getCustomerCode(), "2026-11-02", staff.getCode(), purpose, "yes", "送货晚", "协调线路", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                        "2026-11-30") + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
        RecordDryRun run = dryRun(file, RecordKind.VISIT);
        FieldMapping<RecordField> mapping = run.mapping();
        assertEquals(8, java.util.stream.IntStream.range(0, mapping.columns()).filter(i -> mapping.field(i) != null).count(),
                "every English header is mapped");
        assertEquals(List.of(), run.rejections().stream().map(run::describe).toList());
        assertEquals(1, run.count(RowStatus.NEW));
        importer.commit(run, false, new NullProgressMonitor());
        Visit v = store.findBy(Visit.class, first.getId()).stream()
                .filter(x -> LocalDate.of(2026, 11, 2).equals(x.getDate()) && x.getVisitor().getId() == staff.getId())
                .findFirst().orElseThrow();
        assertEquals(VisitPurpose.COMPLAINT, v.getPurpose());
        assertTrue(v.isShopOpen());
        assertEquals("送货晚", v.getComplaint()); //$NON-NLS-1$
        assertEquals(LocalDate.of(2026, 11, 30), v.getFollowUpDue());
        assertEquals(1, dryRun(file, RecordKind.VISIT).count(RowStatus.UNCHANGED));
    }

    /** Runs the dry run of a one-row file, asserts the one rejection, and that a commit writes nothing. */
    private void assertRejected(String row, String column, String value, String reason) throws Exception {
        long records = records();
        long audit = auditRows();
        Path file = csv("bad.csv", PUBLICITY_HEADER + "\n" + publicityRow(second, "2026-10-01", "好") + "\n" + row + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        RecordDryRun run = dryRun(file, RecordKind.PUBLICITY);
        assertEquals(RowStatus.NEW, run.rows().get(0).status(), "the good row");
        assertEquals(RowStatus.REJECTED, run.rows().get(1).status());
        List<Rejection> rejections = run.rows().get(1).rejections();
        assertEquals(List.of(new Rejection(3, column, value, reason)), rejections,
                rejections.stream().map(run::describe).collect(Collectors.joining("\n"))); //$NON-NLS-1$
        assertTrue(run.describe(rejections.get(0)).startsWith("bad.csv"), run.describe(rejections.get(0))); //$NON-NLS-1$
        ImportException e = assertThrows(ImportException.class, () -> importer.commit(run, false, new NullProgressMonitor()));
        assertEquals(NLS.bind(Messages.Commit_rejectedRows, "bad.csv", 1), e.getMessage()); //$NON-NLS-1$
        assertEquals(records, records(), "records");
        assertEquals(audit, auditRows(), "audit rows");
    }

    @Test
    public void anUnknownRetailerIsRejected() throws Exception {
        assertRejected(publicityRow(first, "2026-10-01", "").replace(first.getCustomerCode(), "999999999999"), "客户编码", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "999999999999", NLS.bind(Messages.Import_unknownReference, ModelLabels.label(Literals.RETAILER), "999999999999")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    public void anUnknownPolicyIsRejected() throws Exception {
        assertRejected(publicityRow(first, "2026-10-01", "").replace(policy.getCode(), "P-NONE"), "政策编码", "P-NONE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                NLS.bind(Messages.Import_unknownReference, ModelLabels.label(Literals.POLICY), "P-NONE")); //$NON-NLS-1$
    }

    @Test
    public void anUnknownStaffCodeIsRejected() throws Exception {
        assertRejected(publicityRow(first, "2026-10-01", "").replace(staff.getCode(), "X-404"), "宣传人编码", "X-404", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                NLS.bind(Messages.Import_unknownReference, ModelLabels.label(Literals.STAFF), "X-404")); //$NON-NLS-1$
    }

    @Test
    public void aBadDateIsRejected() throws Exception {
        assertRejected(publicityRow(first, "2026-02-30", ""), "宣传日期", "2026-02-30", Messages.Import_badDate); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    @Test
    public void aBadChoiceIsRejected() throws Exception {
        String choices = PublicityChannel.VALUES.stream().map(ModelLabels::valueLabel).collect(Collectors.joining(", ")); //$NON-NLS-1$
        assertRejected(publicityRow(first, "2026-10-01", "").replace(",走访,", ",飞鸽传书,"), "宣传方式", "飞鸽传书", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                NLS.bind(Messages.Import_badChoice, choices));
    }

    @Test
    public void aRowTwiceInTheFileIsRejectedBothTimes() throws Exception {
        long records = records();
        Path file = csv("twice.csv", PUBLICITY_HEADER + "\n" + publicityRow(first, "2026-10-01", "一") + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                + publicityRow(second, "2026-10-01", "") + "\n" + publicityRow(first, "2026/10/1", "二") + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        RecordDryRun run = dryRun(file, RecordKind.PUBLICITY);
        assertEquals(RowStatus.NEW, run.rows().get(1).status());
        String key = "客户编码 + 宣传日期 + 政策编码"; //$NON-NLS-1$
        String value = first.getCustomerCode() + ", 2026-10-01, " + policy.getCode(); //$NON-NLS-1$
        assertEquals(List.of(new Rejection(2, key, value, NLS.bind(Messages.Import_duplicateRecord, key, "4"))), //$NON-NLS-1$
                run.rows().get(0).rejections());
        assertEquals(List.of(new Rejection(4, key, value, NLS.bind(Messages.Import_duplicateRecord, key, "2"))), //$NON-NLS-1$
                run.rows().get(2).rejections());
        // skipping the rejected rows writes the good one only
        ImportResult result = importer.commit(run, true, new NullProgressMonitor());
        assertEquals(1, result.inserted());
        assertEquals(2, result.skipped());
        assertEquals(records + 1, records());
    }

    @Test
    public void aMissingRequiredColumnRefusesTheFile() throws Exception {
        long records = records();
        Path file = csv("nopolicy.csv", "客户编码,宣传日期,宣传方式,宣传人编码,零售户确认\n" //$NON-NLS-1$
                + String.join(",", first.getCustomerCode(), "2026-10-01", "走访", staff.getCode(), "签字确认") + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        ImportException e = assertThrows(ImportException.class, () -> dryRun(file, RecordKind.PUBLICITY));
        assertEquals(NLS.bind(Messages.Import_missingRecordColumn, new Object[] { "nopolicy.csv", //$NON-NLS-1$
                RecordField.PUBLICITY_POLICY.label(Locale.CHINESE), RecordField.PUBLICITY_POLICY.label(Locale.ENGLISH) }),
                e.getMessage());
        assertEquals(1, e.row());
        assertEquals(records, records());
    }

    @Test
    public void anEmptyFileOrOneWithoutRowsIsRefused() throws Exception {
        Path empty = csv("empty.csv", ""); //$NON-NLS-1$
        ImportException e = assertThrows(ImportException.class, () -> dryRun(empty, RecordKind.VISIT));
        assertEquals(NLS.bind(Messages.Import_empty, "empty.csv"), e.getMessage()); //$NON-NLS-1$
        Path header = csv("header.csv", PUBLICITY_HEADER + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
        ImportException noRows = assertThrows(ImportException.class, () -> dryRun(header, RecordKind.PUBLICITY));
        assertEquals(NLS.bind(Messages.Import_noData, "header.csv"), noRows.getMessage()); //$NON-NLS-1$
    }

    @Test
    public void aRecordAddedAfterTheDryRunRefusesTheCommit() throws Exception {
        Path file = csv("late.csv", PUBLICITY_HEADER + "\n" + publicityRow(first, "2026-09-09", "") + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        RecordDryRun run = dryRun(file, RecordKind.PUBLICITY);
        assertEquals(1, run.count(RowStatus.NEW));
        importer.commit(dryRun(file, RecordKind.PUBLICITY), false, new NullProgressMonitor());
        long records = records();
        ImportException e = assertThrows(ImportException.class, () -> importer.commit(run, false, new NullProgressMonitor()));
        assertEquals(NLS.bind(Messages.Commit_recordChangedSince, new Object[] { "late.csv", run.rows().get(0).key(), 2 }), //$NON-NLS-1$
                e.getMessage());
        assertEquals(records, records());
    }
}
