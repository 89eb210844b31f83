package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.Staff;
import org.retailerdesk.publicity.Coverage;
import org.retailerdesk.publicity.CoverageFilter;
import org.retailerdesk.publicity.CoverageMatrix;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.retailers.InBusiness;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.publicity.internal.CoverageView;
import org.retailerdesk.ui.publicity.internal.PolicyCatalogueView;
import org.retailerdesk.ui.publicity.internal.PolicyDialog;
import org.retailerdesk.ui.publicity.internal.PublicityDialogs;
import org.retailerdesk.ui.publicity.internal.PublicityProfilePage;
import org.retailerdesk.ui.publicity.internal.RecordDialog;
import org.retailerdesk.ui.retailers.RetailerList;
import org.retailerdesk.ui.retailers.internal.profile.ProfileEditor;
import org.retailerdesk.ui.retailers.profile.ProfileEditorInput;

/**
 * Policy publicity in the workbench against the test runtime's demo centre: recording, correcting
 * and deleting from the profile page, the policy editor's checks, and the coverage matrix, whose
 * figures must equal the headless computation and whose "open the untold" must give the Retailers
 * view exactly the untold retailers.
 */
@ExtendWith(FailureEvidence.class)
public class PublicityUiTest {

    private static final String PAGE_ID = "org.retailerdesk.ui.publicity.profilePage";

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private Store store;

    /** Answers in place of a person and records what was shown. */
    private static class Answers implements PublicityDialogs {
        Function<RecordDialog, PublicityRecord> editing = d -> null;
        RecordDialog lastDialog;
        String reason;
        final List<String> failures = new ArrayList<>();

        @Override
        public PublicityRecord edit(Shell shell, PublicityRecord record, List<Policy> policies, List<Staff> staff) {
            RecordDialog dialog = new RecordDialog(shell, record, policies, staff, null);
            dialog.setBlockOnOpen(false);
            dialog.open();
            lastDialog = dialog;
            return editing.apply(dialog);
        }

        @Override
        public String deleteReason(Shell shell, PublicityRecord record) {
            return reason;
        }

        @Override
        public void failed(Shell shell, String message) {
            failures.add(message);
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @BeforeEach
    void openStore() throws Exception {
        Spin.until("the store", () -> StoreAccess.whenOpen().isDone());
        store = StoreAccess.store();
    }

    @AfterEach
    void cleanUp() throws Exception {
        page().closeAllEditors(false);
        if (page().findView(RetailerList.VIEW_ID) != null) {
            // the untold opened in the Retailers view: the next tests expect every retailer there
            RetailerList.show(page(), RetailerQuery.all(), null);
        }
        for (String id : new String[] { CoverageView.ID, PolicyCatalogueView.ID }) {
            if (page().findView(id) != null) {
                page().hideView(page().findView(id));
            }
        }
    }

    /** Selects the record in the rows the page shows now (a re-read replaces them and their selection). */
    private static void select(PublicityProfilePage page, PublicityRecord record) {
        page.viewer().setSelection(new StructuredSelection(
                page.rows().stream().filter(r -> r.getId() == record.getId()).findFirst().orElseThrow()), true);
    }

    private List<PublicityRecord> recordsOf(Retailer r) {
        return store.findBy(PublicityRecord.class, r.getId());
    }

    @Test
    public void theProfilePageRecordsCorrectsAndDeletesThroughTheStore() throws Exception {
        Retailer retailer = store.retailers().findRetailers(RetailerQuery.all().page(17, 1)).rows().get(0);
        ProfileEditor editor = assertInstanceOf(ProfileEditor.class,
                page().openEditor(ProfileEditorInput.of(retailer), ProfileEditorInput.EDITOR_ID));
        Spin.until("the profile read", editor::isLoaded);
        assertTrue(editor.pageIds().contains(PAGE_ID), editor.pageIds().toString());
        assertTrue(editor.pageIds().stream().noneMatch(id -> id.endsWith("retailers.profile.publicity")),
                "the read-only page is replaced: " + editor.pageIds());
        PublicityProfilePage page = assertInstanceOf(PublicityProfilePage.class, editor.showPage(PAGE_ID));
        Spin.until("the records read", () -> page.rows() != null);
        assertEquals(recordsOf(retailer).size(), page.rows().size());
        Answers answers = new Answers();
        page.setDialogs(answers);

        // New: the second policy of the catalogue, two days ago, signed
        List<Long> known = recordsOf(retailer).stream().map(PublicityRecord::getId).toList();
        int before = known.size();
        LocalDate day = LocalDate.now().minusDays(2);
        answers.editing = dialog -> {
            dialog.policy().select(1);
            if (dialog.deliveredBy().getSelectionIndex() < 0) {
                dialog.deliveredBy().select(0);
            }
            dialog.date().setText(day.toString());
            dialog.note().setText("上门宣讲");
            dialog.pressOk();
            assertEquals(Window.OK, dialog.getReturnCode());
            return dialog.result();
        };
        page.recordNew();
        Spin.until("the record stored", () -> recordsOf(retailer).size() == before + 1);
        PublicityRecord added = recordsOf(retailer).stream().filter(r -> !known.contains(r.getId())).findFirst()
                .orElseThrow();
        assertEquals(day, added.getDate());
        assertEquals("上门宣讲", added.getNote());
        assertEquals(store.findAll(Policy.class).get(1).getId(), added.getPolicy().getId());
        Spin.until("the page read again", () -> page.rows() != null && page.rows().size() == before + 1);

        // Correct: refused instead of signed; the audit trail keeps "signed"
        PublicityRecord shown = page.rows().stream().filter(r -> r.getId() == added.getId()).findFirst().orElseThrow();
        page.viewer().setSelection(new StructuredSelection(shown), true);
        answers.editing = dialog -> {
            dialog.acknowledgement().select(Acknowledgement.VALUES.indexOf(Acknowledgement.REFUSED));
            dialog.pressOk();
            return dialog.result();
        };
        page.correctSelected();
        Spin.until("the correction stored",
                () -> store.get(PublicityRecord.class, added.getId()).getAcknowledgement() == Acknowledgement.REFUSED);
        AuditEntry correction = store.audit().auditTrail(retailer.getId(), 0, 30).rows().stream()
                .filter(a -> a.entityId() == added.getId() && a.action() == AuditAction.UPDATE
                        && "acknowledgement".equals(a.field()))
                .findFirst().orElseThrow();
        assertEquals("SIGNED", correction.oldValue());

        // Bad input: no policy chosen; a clear message, nothing stored
        Spin.until("the page read again", () -> page.rows() != null);
        answers.editing = dialog -> {
            dialog.policy().deselectAll();
            dialog.pressOk();
            return dialog.result();
        };
        page.recordNew();
        Spin.until("the refusal", () -> !answers.failures.isEmpty());
        assertTrue(answers.failures.get(0).contains(org.retailerdesk.publicity.internal.Messages.Record_noPolicy),
                answers.failures.toString());
        assertEquals(before + 1, recordsOf(retailer).size());

        // Delete: only with a reason, which the audit trail keeps. The views that hear of the
        // correction re-read in the background; each delete selects the record in what the page shows then.
        Spin.idle(500);
        Spin.until("the page read again", page::isSettled);
        select(page, added);
        answers.reason = null;
        page.deleteSelected();
        Spin.idle(300);
        assertNotNull(store.get(PublicityRecord.class, added.getId()), "cancelled: nothing deleted");
        answers.reason = "误登记";
        Spin.until("the page read again", page::isSettled);
        select(page, added);
        page.deleteSelected();
        Spin.until("the record deleted", () -> store.get(PublicityRecord.class, added.getId()) == null);
        assertTrue(store.audit().auditTrail(retailer.getId(), 0, 30).rows().stream().anyMatch(a -> a.entityId() == added.getId()
                && a.action() == AuditAction.DELETE_REASON && "误登记".equals(a.newValue())));
        assertEquals(1, answers.failures.size(), answers.failures.toString());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void thePolicyEditorChecksTheScopeAndTheFieldsBeforeSaving() throws Exception {
        PolicyCatalogueView catalogue = (PolicyCatalogueView) page().showView(PolicyCatalogueView.ID);
        Spin.until("the catalogue read", () -> catalogue.policies() != null);
        int count = catalogue.policies().size();
        assertEquals(store.findAll(Policy.class).size(), count);

        Policy fresh = org.retailerdesk.model.RetailerdeskFactory.eINSTANCE.createPolicy();
        PolicyDialog dialog = new PolicyDialog(catalogue.getSite().getShell(), fresh);
        dialog.setBlockOnOpen(false);
        dialog.open();
        String code = "UI-" + System.nanoTime() % 100_000;
        dialog.text(Literals.POLICY__CODE).setText(code);
        dialog.text(Literals.POLICY__SCOPE).setText("grade=40");
        Spin.until("the scope refused", () -> dialog.getErrorMessage() != null && dialog.getErrorMessage().contains("grade=40"));
        dialog.text(Literals.POLICY__SCOPE).setText("grade=10-30");
        Spin.until("the scope accepted", () -> dialog.getErrorMessage() == null
                && dialog.scopeStatus().contains(java.text.NumberFormat.getIntegerInstance()
                        .format(store.retailers().count(InBusiness.only(RetailerQuery.all().withGrades(10, 30))))));
        dialog.text(Literals.POLICY__EFFECTIVE_FROM).setText("2026-02-01");
        dialog.text(Literals.POLICY__EFFECTIVE_TO).setText("2026-01-01");
        dialog.pressOk();
        Spin.until("the refusal", () -> dialog.getErrorMessage() != null);
        String refusal = dialog.getErrorMessage();
        assertTrue(refusal.contains(org.retailerdesk.model.labels.ModelLabels.label(Literals.POLICY__TITLE)), refusal);
        assertTrue(refusal.contains("2026-01-01"), refusal);
        assertNull(dialog.saved());
        assertEquals(count, store.findAll(Policy.class).size(), "nothing stored");

        dialog.text(Literals.POLICY__TITLE).setText("卷烟零售终端建设指引");
        dialog.text(Literals.POLICY__EFFECTIVE_TO).setText("2026-12-31");
        dialog.pressOk();
        Spin.until("the policy saved", () -> dialog.saved() != null);
        Policy saved = store.get(Policy.class, dialog.saved().getId());
        assertEquals(code, saved.getCode());
        assertEquals("grade=10-30", saved.getScope());
        assertEquals(LocalDate.of(2026, 12, 31), saved.getEffectiveTo());
        catalogue.read();
        Spin.until("the catalogue read again", () -> catalogue.policies() != null && catalogue.policies().size() == count + 1);
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void theCoverageMatrixShowsTheHeadlessFiguresAndOpensTheUntold() throws Exception {
        // the demo policy told most often, in the district with most retailers: told and untold in every filter
        Map<Long, Long> told = new java.util.HashMap<>();
        store.findAll(PublicityRecord.class).forEach(r -> told.merge(r.getPolicy().getId(), 1L, Long::sum));
        Policy policy = store.get(Policy.class,
                told.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
        District district = store.findAll(District.class).stream().max(java.util.Comparator
                .comparingLong(d -> store.retailers().count(RetailerQuery.all().withDistrict(d.getId())))).orElseThrow();
        CoverageView view = (CoverageView) page().showView(CoverageView.ID);
        view.showPolicy(policy.getId());
        Spin.until("the first matrix", () -> view.isSettled() && view.matrix() != null
                && view.matrix().policy().getId() == policy.getId());

        LocalDate from = LocalDate.now().minusMonths(8);
        for (CoverageFilter filter : List.of(new CoverageFilter(district.getId(), null, null, null),
                new CoverageFilter(district.getId(), null, from, LocalDate.now()),
                new CoverageFilter(null, null, from, null))) {
            view.setFilter(filter.districtId(), filter.from(), filter.to());
            Spin.until("the matrix of " + filter, () -> view.isSettled() && filter.equals(view.matrix().filter()));
            CoverageMatrix shown = view.matrix();
            CoverageMatrix headless = Coverage.compute(store, policy, filter);
            assertEquals(headless.retailers(), shown.retailers());
            assertEquals(headless.told(), shown.told());
            assertEquals(headless.byDistrict(), shown.byDistrict());
            assertEquals(headless.byManager(), shown.byManager());
            assertTrue(shown.retailers() > 0 && shown.told() > 0 && shown.untold() > 0, "a real mix: " + shown);
            List<CoverageMatrix.Share> groups = filter.districtId() != null ? headless.byManager() : headless.byDistrict();
            assertEquals(groups.size(), view.shares().getTable().getItemCount());
            double[] bars = view.chart().getSeriesSet().getSeries()[0].getYSeries();
            assertEquals(groups.size(), bars.length);
            for (int i = 0; i < bars.length; i++) {
                assertEquals(groups.get(i).percent(), bars[i], 1e-9);
            }
            Map<Long, PublicityRecord> latest = Coverage.latest(store, headless,
                    view.rows().stream().map(r -> r.retailer().getId()).toList());
            for (CoverageView.Row row : view.rows()) {
                PublicityRecord want = latest.get(row.retailer().getId());
                assertEquals(want == null ? null : want.getId(), row.latest() == null ? null : row.latest().getId());
            }

            RetailerQuery opened = view.openUntold();
            assertNotNull(opened);
            assertEquals(shown.untold(), store.retailers().count(opened), "the Retailers view lists the untold");
            Spin.until("the Retailers view's query", () -> {
                RetailerQuery listed = Adapters.adapt(page().findView(RetailerList.VIEW_ID), RetailerQuery.class);
                return listed != null && listed.notTold() != null && store.retailers().count(listed) == shown.untold();
            });
            page().showView(CoverageView.ID);
        }

        // the district's first manager: the headless figures of that manager alone
        view.setFilter(district.getId(), null, null);
        Spin.until("the district", () -> view.isSettled() && view.matrix().filter().districtId() != null
                && view.matrix().filter().from() == null);
        CoverageMatrix.Share manager = view.matrix().byManager().stream().filter(s -> s.id() != null).findFirst().orElseThrow();
        view.selectManager(manager.id());
        Spin.until("the manager", () -> view.isSettled() && manager.id().equals(view.matrix().filter().customerManagerId()));
        assertEquals(manager.retailers(), view.matrix().retailers());
        assertEquals(manager.told(), view.matrix().told());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }
}
