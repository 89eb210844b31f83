package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.households.ActiveHouseholds;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.Masking;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.households.internal.HouseholdColumn;
import org.retailerdesk.ui.households.internal.HouseholdDialog;
import org.retailerdesk.ui.households.internal.HouseholdDialogs;
import org.retailerdesk.ui.households.internal.HouseholdFilter;
import org.retailerdesk.ui.households.internal.HouseholdProfilePage;
import org.retailerdesk.ui.households.internal.HouseholdsView;
import org.retailerdesk.ui.retailers.internal.profile.ProfileEditor;
import org.retailerdesk.ui.retailers.profile.ProfileEditorInput;

/**
 * The register of priority households against the test runtime's demo centre: the view lists the
 * store's households masked, the due/expired filters agree with a brute-force check, a reveal is
 * in the audit trail before anything is shown, and the profile page edits through the dialog.
 */
@ExtendWith(FailureEvidence.class)
public class HouseholdsTest {

    private static final String PAGE_ID = "org.retailerdesk.ui.households.profilePage";

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private Store store;
    private final List<PriorityHousehold> inserted = new ArrayList<>();

    /** Answers in place of a person and records what was shown. */
    private static class Answers implements HouseholdDialogs {
        String reason;
        String revealedFor;
        Map<String, String> revealed;
        List<String> failures = new ArrayList<>();
        Runnable atReveal = () -> {
        };
        Function<HouseholdDialog, PriorityHousehold> editing = d -> null;
        HouseholdDialog lastDialog;

        @Override
        public String reason(Shell shell, String household) {
            return reason;
        }

        @Override
        public void revealed(Shell shell, String household, Map<String, String> values) {
            atReveal.run();
            revealedFor = household;
            revealed = values;
        }

        @Override
        public PriorityHousehold edit(Shell shell, PriorityHousehold household, List<Staff> staff) {
            HouseholdDialog dialog = new HouseholdDialog(shell, household, staff);
            dialog.setBlockOnOpen(false);
            dialog.open();
            lastDialog = dialog;
            return editing.apply(dialog);
        }

        @Override
        public void failed(Shell shell, String message, Throwable error) {
            failures.add(message + ": " + error);
        }
    }

    private static IWorkbenchPage page() {
        return Spin.page();
    }

    @BeforeEach
    void openStore() throws Exception {
        store = Spin.store();
    }

    @AfterEach
    void cleanUp() {
        page().closeAllEditors(false);
        for (PriorityHousehold h : inserted) {
            store.delete(store.get(PriorityHousehold.class, h.getId()));
        }
        HouseholdsView view = (HouseholdsView) page().findView(HouseholdsView.ID);
        if (view != null) {
            page().hideView(view);
        }
    }

    private HouseholdsView openView() throws Exception {
        HouseholdsView view = (HouseholdsView) page().showView(HouseholdsView.ID);
        Spin.until("the register read", view::isSettled);
        view.setFilter(HouseholdFilter.ALL, HouseholdsView.DEFAULT_DAYS);
        return view;
    }

    private static int column(EStructuralFeature feature) {
        String header = ModelLabels.label(feature);
        List<HouseholdColumn> columns = HouseholdColumn.ofRegister();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return i;
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static Set<Long> ids(List<? extends Entity> entities) {
        return entities.stream().map(Entity::getId).collect(Collectors.toSet());
    }

    /** Masked as promised: same length, only stars but for the last four characters, which are the value's. */
    private static void assertMasked(String full, String shown) {
        assertEquals(full.length(), shown.length(), shown);
        int keep = Math.min(4, full.length());
        assertEquals(full.substring(full.length() - keep), shown.substring(shown.length() - keep));
        assertTrue(shown.substring(0, shown.length() - keep).chars().allMatch(c -> c == '*'), shown);
    }

    @Test
    public void theViewListsTheStoredHouseholdsWithMaskedNumbers() throws Exception {
        HouseholdsView view = openView();
        List<PriorityHousehold> stored = store.findAll(PriorityHousehold.class);
        assertFalse(stored.isEmpty(), "the demo centre has households");
        List<PriorityHousehold> shown = view.table().shown();
        assertEquals(ids(stored), ids(shown));
        Map<Long, PriorityHousehold> byId = stored.stream().collect(Collectors.toMap(Entity::getId, h -> h));

        int number = column(Literals.PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER);
        int help = column(Literals.PRIORITY_HOUSEHOLD__HELP_GIVEN);
        int code = column(Literals.RETAILER__CUSTOMER_CODE);
        boolean sawDisabled = false;
        for (int row = 0; row < shown.size(); row++) {
            PriorityHousehold s = byId.get(shown.get(row).getId());
            String cell = view.table().cell(row, number);
            // the store gives the number masked already: the table shows what it read
            assertEquals(s.getEvidenceNumber(), cell);
            assertTrue(cell.length() <= 4 || cell.startsWith("*"), cell); //$NON-NLS-1$
            if (s.getCategory() == AssistanceCategory.DISABLED && !sawDisabled) {
                sawDisabled = true;
                assertEquals(s.getHelpGiven(), view.table().cell(row, help));
                assertTrue(s.getHelpGiven().length() <= 4 || s.getHelpGiven().startsWith("*"), s.getHelpGiven()); //$NON-NLS-1$
            }
            if (row < 20) {
                assertEquals(store.get(Retailer.class, s.getRetailer().getId()).getCustomerCode(),
                        view.table().cell(row, code));
            }
        }
        assertTrue(sawDisabled, "the demo centre has disabled people among its households");

        // sorting by expiry date: oldest first, then reversed
        int expiry = column(Literals.PRIORITY_HOUSEHOLD__EXPIRY_DATE);
        view.table().sortBy(expiry);
        List<LocalDate> dates = view.table().shown().stream().map(PriorityHousehold::getExpiryDate).toList();
        for (int i = 1; i < dates.size(); i++) {
            assertFalse(dates.get(i).isBefore(dates.get(i - 1)), "ascending at " + i);
        }
        view.table().sortBy(expiry);
        assertEquals(dates.reversed().get(0), view.table().shown().get(0).getExpiryDate());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    /** A household of an existing retailer with these review and expiry dates, stored. */
    private PriorityHousehold storedHousehold(PriorityHousehold like, LocalDate review, LocalDate expiry, boolean active) {
        PriorityHousehold h = RetailerdeskFactory.eINSTANCE.createPriorityHousehold();
        h.setRetailer(store.get(Retailer.class, like.getRetailer().getId()));
        h.setCategory(AssistanceCategory.LAID_OFF);
        h.setEvidenceType("就业失业登记证");
        h.setEvidenceNumber("TEST" + System.nanoTime() % 100_000_000);
        h.setEvidenceIssuer("测试区人力资源和社会保障局");
        h.setEvidenceDate(LocalDate.now().minusYears(3));
        h.setVerifiedBy(store.resolve(like.getVerifiedBy()));
        h.setVerifiedOn(LocalDate.now().minusYears(2));
        h.setReviewDate(review);
        h.setExpiryDate(expiry);
        h.setPreferenceRule(PreferenceRule.NONE);
        h.setActive(active);
        PriorityHousehold saved = store.insert(h);
        inserted.add(saved);
        return saved;
    }

    @Test
    public void dueAndExpiredFiltersAgreeWithBruteForce() throws Exception {
        LocalDate today = LocalDate.now();
        PriorityHousehold like = store.findAll(PriorityHousehold.class).get(0);
        // the edges: due in exactly 30 days, in 31, due but inactive, expiring today and tomorrow
        PriorityHousehold in30 = storedHousehold(like, today.plusDays(30), today.plusDays(400), true);
        PriorityHousehold in31 = storedHousehold(like, today.plusDays(31), today.plusDays(400), true);
        PriorityHousehold inactive = storedHousehold(like, today.minusDays(5), today.minusDays(1), false);
        PriorityHousehold expiresToday = storedHousehold(like, today.plusDays(200), today, true);
        PriorityHousehold expiresTomorrow = storedHousehold(like, today.plusDays(200), today.plusDays(1), true);
        PriorityHousehold expiredYesterday = storedHousehold(like, today.plusDays(200), today.minusDays(1), true);

        HouseholdsView view = openView();
        view.reload();
        Spin.until("the register read again", view::isSettled);
        List<PriorityHousehold> all = store.findAll(PriorityHousehold.class);
        assertEquals(ids(all), ids(view.all()));

        for (int days : new int[] { 0, 30, 90, 400 }) {
            view.setFilter(HouseholdFilter.DUE_FOR_REVIEW, days);
            Predicate<PriorityHousehold> due = h -> h.isActive() && h.getReviewDate() != null
                    && ChronoUnit.DAYS.between(today, h.getReviewDate()) <= days;
            Set<Long> expected = ids(all.stream().filter(due).toList());
            assertEquals(expected, ids(view.table().shown()), "due within " + days + " days");
        }
        view.setFilter(HouseholdFilter.DUE_FOR_REVIEW, 30);
        Set<Long> due30 = ids(view.table().shown());
        assertTrue(due30.contains(in30.getId()));
        assertFalse(due30.contains(in31.getId()));
        assertFalse(due30.contains(inactive.getId()));
        assertTrue(due30.size() < all.size());

        view.setFilter(HouseholdFilter.EVIDENCE_EXPIRED, 30);
        Set<Long> expected = ids(all.stream().filter(h -> h.isActive() && h.getExpiryDate() != null
                && ChronoUnit.DAYS.between(h.getExpiryDate(), today) >= 0).toList());
        Set<Long> expired = ids(view.table().shown());
        assertEquals(expected, expired);
        assertTrue(expired.contains(expiresToday.getId()));
        assertFalse(expired.contains(expiresTomorrow.getId()));
        assertFalse(expired.contains(inactive.getId()));

        view.setFilter(HouseholdFilter.ACTIVE, 30);
        Set<Long> active = ids(view.table().shown());
        assertEquals(ids(all.stream().filter(h -> ActiveHouseholds.activeOn(h, today)).toList()), active);
        // the expiry date is the evidence's last valid day
        assertTrue(active.contains(expiresToday.getId()));
        assertFalse(active.contains(expiredYesterday.getId()));
        assertFalse(active.contains(inactive.getId()));
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void aRevealIsInTheAuditTrailBeforeTheNumberIsShown() throws Exception {
        HouseholdsView view = openView();
        PriorityHousehold h = view.table().shown().get(0);
        PriorityHousehold stored = store.get(PriorityHousehold.class, h.getId());
        long retailerId = h.getRetailer().getId();
        Answers answers = new Answers();
        view.setDialogs(answers);
        view.table().viewer().setSelection(new StructuredSelection(h), true);

        // cancelling the reason writes nothing and shows nothing
        long before = store.audit().auditTrail(retailerId, 0, 1).total();
        answers.reason = null;
        view.revealSelected();
        Spin.idle(500);
        assertNull(answers.revealed);
        assertEquals(before, store.audit().auditTrail(retailerId, 0, 1).total());

        answers.reason = "核对证件原件";
        List<AuditEntry> atReveal = new ArrayList<>();
        answers.atReveal = () -> atReveal.addAll(store.audit().auditTrail(retailerId, 0, 10).rows());
        view.revealSelected();
        Spin.until("the full number shown", () -> answers.revealed != null);

        String full = answers.revealed.get(ModelLabels.label(Literals.PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER));
        assertFalse(full.contains("*"), "the reveal shows the stored number, not its mask: " + full); //$NON-NLS-1$
        assertEquals(stored.getEvidenceNumber(), Masking.lastFour(full), "the number the table shows masked"); //$NON-NLS-1$
        AuditEntry reveal = atReveal.stream()
                .filter(a -> a.action() == AuditAction.REVEAL && "evidenceNumber".equals(a.field())).findFirst()
                .orElseThrow(() -> new AssertionError("no reveal row when the number was shown: " + atReveal));
        assertEquals(StoreAccess.store().users().signedIn().user(), reveal.actor());
        assertEquals(h.getId(), reveal.entityId());
        assertEquals("PriorityHousehold", reveal.entityType());
        assertEquals("核对证件原件", reveal.newValue());
        assertEquals(before + answers.revealed.size(), store.audit().auditTrail(retailerId, 0, 1).total());
        assertTrue(answers.failures.isEmpty(), answers.failures.toString());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void theProfilePageShowsTheRecordsAndTheDialogSavesThem() throws Exception {
        PriorityHousehold any = store.findAll(PriorityHousehold.class).stream()
                .filter(h -> h.getCategory() != AssistanceCategory.DISABLED).findFirst().orElseThrow();
        Retailer retailer = store.get(Retailer.class, any.getRetailer().getId());
        ProfileEditor editor = assertInstanceOf(ProfileEditor.class,
                page().openEditor(ProfileEditorInput.of(retailer), ProfileEditorInput.EDITOR_ID));
        Spin.until("the profile read", editor::isLoaded);
        assertTrue(editor.pageIds().contains(PAGE_ID), editor.pageIds().toString());
        HouseholdProfilePage page = assertInstanceOf(HouseholdProfilePage.class, editor.showPage(PAGE_ID));
        Spin.until("the records read", () -> page.rows() != null);
        assertEquals(ids(store.findBy(PriorityHousehold.class, retailer.getId())), ids(page.rows()));
        int row = page.shown().indexOf(page.rows().stream().filter(h -> h.getId() == any.getId()).findFirst().orElseThrow());
        assertMasked(any.getEvidenceNumber(), page.cell(row, 2));

        Answers answers = new Answers();
        page.setDialogs(answers);
        page.viewer().setSelection(new StructuredSelection(page.shown().get(row)), true);

        // Cancel writes nothing
        answers.editing = dialog -> {
            ((Text) dialog.control(Literals.PRIORITY_HOUSEHOLD__HELP_GIVEN)).setText("不会保存");
            dialog.close();
            return dialog.getReturnCode() == Window.OK ? dialog.result() : null;
        };
        page.editSelected();
        Spin.until("the dialog", () -> answers.lastDialog != null);
        Spin.idle(500);
        assertEquals(any.getVersion(), store.get(PriorityHousehold.class, any.getId()).getVersion());

        String help = "低档卷烟保障供应；测试" + System.nanoTime() % 10_000;
        LocalDate review = any.getVerifiedOn().plusMonths(6);
        List<String> blocked = new ArrayList<>();
        answers.lastDialog = null;
        answers.editing = dialog -> {
            Text reviewDate = (Text) dialog.control(Literals.PRIORITY_HOUSEHOLD__REVIEW_DATE);
            reviewDate.setText("2026-13-45");
            dialog.pressOk();
            blocked.add(dialog.getErrorMessage());
            // a model rule: the review may not come before the verification
            reviewDate.setText(any.getVerifiedOn().minusDays(1).toString());
            dialog.pressOk();
            blocked.add(dialog.getErrorMessage());
            assertNull(dialog.result(), "problems block saving");
            assertNotNull(dialog.getShell(), "the dialog stays open");
            reviewDate.setText(review.toString());
            ((Text) dialog.control(Literals.PRIORITY_HOUSEHOLD__HELP_GIVEN)).setText(help);
            dialog.pressOk();
            assertEquals(Window.OK, dialog.getReturnCode());
            return dialog.result();
        };
        page.editSelected();
        Spin.until("the edit saved", () -> help.equals(store.get(PriorityHousehold.class, any.getId()).getHelpGiven()));
        assertEquals(2, blocked.size());
        assertTrue(blocked.get(0) != null && blocked.get(0).contains("2026-13-45"), blocked.toString());
        assertNotNull(blocked.get(1));
        PriorityHousehold saved = store.get(PriorityHousehold.class, any.getId());
        assertEquals(review, saved.getReviewDate());
        assertEquals(any.getEvidenceNumber(), saved.getEvidenceNumber(), "left empty, the masked number is kept");
        assertEquals(any.getVersion() + 1, saved.getVersion());
        assertTrue(store.audit().auditTrail(retailer.getId(), 0, 20).rows().stream().anyMatch(a -> a.action() == AuditAction.UPDATE
                && a.entityId() == any.getId() && "helpGiven".equals(a.field()) && help.equals(a.newValue())));
        Spin.until("the page read again", () -> page.rows() != null
                && page.rows().stream().anyMatch(h -> h.getId() == any.getId() && help.equals(h.getHelpGiven())));
        assertFalse(editor.isDirty(), "a household saved on its own leaves the retailer's edits alone");
        assertTrue(answers.failures.isEmpty(), answers.failures.toString());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }
}
