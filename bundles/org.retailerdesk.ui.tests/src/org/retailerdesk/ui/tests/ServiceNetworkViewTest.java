package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.PriceBand;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.Weekday;
import org.retailerdesk.network.EntryProblem;
import org.retailerdesk.network.MasterData;
import org.retailerdesk.network.NetworkKind;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.SaveConflict;
import org.retailerdesk.ui.network.internal.EntryDialog;
import org.retailerdesk.ui.network.internal.NetworkDialogs;
import org.retailerdesk.ui.network.internal.ServiceNetworkView;
import org.retailerdesk.ui.network.internal.ShowNetworkHandler;
import org.retailerdesk.ui.network.internal.Snapshot;

/**
 * The Service Network view against the test runtime's demo centre: for each kind an entry is
 * created, edited and retired through the view and its form, as a person would, and each write is
 * in the audit trail; a form with errors cannot be saved; delete is refused for what records point
 * at; a save that meets another version asks; the show command opens the kind's tab.
 */
@ExtendWith(FailureEvidence.class)
public class ServiceNetworkViewTest {

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private Store store;
    private ServiceNetworkView view;
    private Answers answers;
    private final List<Entity> created = new ArrayList<>();
    /** Makes each run's codes new, also on a data folder kept from an earlier run. */
    private final String run = String.format("%05d", System.currentTimeMillis() % 100_000);

    /** Fills the form as a person would (the test's script) and answers the view's other questions. */
    private static class Answers implements NetworkDialogs {
        Consumer<EntryDialog> script = d -> {
        };
        EntryDialog dialog;
        boolean confirm = true;
        SaveConflict.Resolution resolution = SaveConflict.Resolution.CANCEL;
        int conflicts;
        final List<String> failures = new ArrayList<>();

        @Override
        public Entity edit(Shell shell, NetworkKind kind, Entity entry, Snapshot snapshot) {
            dialog = new EntryDialog(shell, kind, entry, snapshot, this);
            dialog.setBlockOnOpen(false);
            dialog.open();
            script.accept(dialog);
            return null;
        }

        @Override
        public boolean confirmDelete(Shell shell, Entity entry) {
            return confirm;
        }

        @Override
        public SaveConflict.Resolution conflict(Shell shell, Entity entry, ConflictException conflict) {
            conflicts++;
            return resolution;
        }

        @Override
        public void failed(Shell shell, String message) {
            failures.add(message);
        }
    }

    @BeforeEach
    void openView() throws Exception {
        store = Spin.store();
        view = (ServiceNetworkView) Spin.page().showView(ServiceNetworkView.ID);
        answers = new Answers();
        view.setDialogs(answers);
        view.setShowRetired(false);
        Spin.until("the service network read", view::isSettled);
    }

    @AfterEach
    void closeViewAndDeleteWhatWasCreated() {
        if (answers.dialog != null && answers.dialog.getShell() != null) {
            answers.dialog.close();
        }
        // the later test classes see the demo centre as it was
        MasterData data = new MasterData(store);
        for (Entity e : created) {
            Entity stored = store.get(NetworkKind.of(e.eClass()).type(), e.getId());
            if (stored != null) {
                data.delete(stored);
            }
        }
        IWorkbenchPage page = Spin.page();
        if (page.findView(ServiceNetworkView.ID) != null) {
            page.hideView(page.findView(ServiceNetworkView.ID));
        }
    }

    private static void type(EntryDialog dialog, EStructuralFeature feature, String text) {
        ((Text) dialog.field(feature)).setText(text);
    }

    /** Picks an item of a drop-down as a person would: the selection event follows. */
    private static void pick(EntryDialog dialog, EStructuralFeature feature, int index) {
        Combo combo = (Combo) dialog.field(feature);
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    private static void check(Control box, boolean on) {
        ((Button) box).setSelection(on);
        box.notifyListeners(SWT.Selection, new Event());
    }

    /** A code of the kind's format, new in this run. */
    private String code(NetworkKind kind) {
        return kind == NetworkKind.BRAND ? "6909" + kind.ordinal() + "000" + run : "UT" + kind.ordinal() + run;
    }

    /** Fills the fields of a new entry of the kind beyond code and name. */
    private static void fillTheRest(EntryDialog d, NetworkKind kind) {
        switch (kind) {
            case DISTRICT -> {
                // the demo centre's one service centre is the default
            }
            case DEPARTMENT -> pick(d, Literals.MARKET_DEPARTMENT__DISTRICT, 1);
            case ROUTE -> {
                pick(d, Literals.DELIVERY_ROUTE__MARKET_DEPARTMENT, 1);
                pick(d, Literals.DELIVERY_ROUTE__ORDER_DAY, Weekday.THURSDAY.getValue());
            }
            case STAFF -> {
                pick(d, Literals.STAFF__ROLE, StaffRole.CUSTOMER_MANAGER.getValue());
                type(d, Literals.STAFF__MANAGER_GRADE, "3");
                type(d, Literals.STAFF__PHONE, "13912345678");
                check(d.field(Literals.STAFF__HIRE_DATE), true);
                d.dateField(Literals.STAFF__HIRE_DATE).setDate(2020, 4, 1);
                d.dateField(Literals.STAFF__HIRE_DATE).notifyListeners(SWT.Selection, new Event());
                pick(d, Literals.STAFF__MARKET_DEPARTMENT, 1);
            }
            case BRAND -> {
                type(d, Literals.BRAND__MANUFACTURER, "山东中烟");
                pick(d, Literals.BRAND__PRICE_BAND, PriceBand.CLASS_2.getValue());
                type(d, Literals.BRAND__PRICE_PER_CARTON, "100");
                type(d, Literals.BRAND__RETAIL_PRICE_PER_CARTON, "110.50");
                check(d.field(Literals.BRAND__SCARCE), true);
            }
            case GROUP -> pick(d, Literals.MUTUAL_AID_GROUP__MARKET_DEPARTMENT, 1);
        }
    }

    private Entity shown(NetworkKind kind, String code) {
        for (Entity e : view.snapshot().of(kind)) {
            if (code.equals(e.eGet(kind.codeFeature()))) {
                return e;
            }
        }
        return null;
    }

    private TableItem rowOf(NetworkKind kind, long id) {
        for (TableItem item : view.table(kind).getTable().getItems()) {
            if (((Entity) item.getData()).getId() == id) {
                return item;
            }
        }
        return null;
    }

    /** Waits for the form's save and for the view to show what it saved. */
    private Entity saveAndWait(NetworkKind kind, String code) throws InterruptedException {
        assertTrue(answers.dialog.isSaveEnabled(), () -> "the form has no error: " + answers.dialog.getErrorMessage());
        answers.dialog.pressSave();
        Spin.until("the entry saved", () -> answers.dialog.saved() != null);
        Spin.until("the view read again", () -> view.isSettled() && shown(kind, code) != null);
        return shown(kind, code);
    }

    @ParameterizedTest
    @EnumSource(NetworkKind.class)
    public void anEntryIsCreatedEditedAndRetiredThroughTheViewAudited(NetworkKind kind) throws Exception {
        String code = code(kind);
        view.showKind(kind);
        assertEquals(kind, view.currentKind());

        // create
        answers.script = d -> {
            type(d, kind.codeFeature(), code);
            type(d, kind.nameFeature(), "界面测试" + kind.id());
            fillTheRest(d, kind);
        };
        view.newEntry();
        Spin.until("the form opened", () -> answers.dialog != null);
        Entity created = saveAndWait(kind, code);
        this.created.add(created);
        Entity stored = store.get(kind.type(), created.getId());
        assertEquals("界面测试" + kind.id(), stored.eGet(kind.nameFeature()));
        assertEquals(Boolean.TRUE, stored.eGet(kind.activeFeature()));
        assertStoredFields(kind, stored);
        assertNotNull(rowOf(kind, created.getId()), "the new entry is in its table");

        // edit
        view.select(created.getId());
        answers.script = d -> type(d, kind.nameFeature(), "界面测试改名" + kind.id());
        view.editSelected();
        answers.dialog.pressSave();
        Spin.until("the edited name saved", () -> answers.dialog.saved() != null);
        Spin.until("the edited name shown", () -> view.isSettled()
                && ("界面测试改名" + kind.id()).equals(shown(kind, code).eGet(kind.nameFeature())));

        // retire: hidden, then shown grey with "Show Retired"
        view.select(created.getId());
        assertTrue(view.actions()[2].isEnabled(), "Retire is offered for an active entry");
        view.retireSelected();
        Spin.until("the entry retired", () -> view.isSettled()
                && Boolean.FALSE.equals(shown(kind, code).eGet(kind.activeFeature())));
        assertFalse((Boolean) store.get(kind.type(), created.getId()).eGet(kind.activeFeature()));
        assertNull(rowOf(kind, created.getId()), "retired entries are hidden");
        view.setShowRetired(true);
        TableItem row = rowOf(kind, created.getId());
        assertNotNull(row, "Show Retired shows it");
        assertEquals(view.getSite().getShell().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY), row.getForeground(0),
                "retired entries are grey");
        assertTrue(answers.failures.isEmpty(), answers.failures::toString);

        List<String[]> audit = auditRows(created);
        assertTrue(audit.stream().allMatch(r -> StoreAccess.store().users().signedIn().user().equals(r[0])), "written by the signed-in user");
        assertTrue(audit.stream().anyMatch(r -> r[1].equals("INSERT") && r[2].equals("code") && code.equals(r[4])));
        assertTrue(audit.stream().anyMatch(r -> r[1].equals("UPDATE") && r[2].equals("name")
                && ("界面测试" + kind.id()).equals(r[3]) && ("界面测试改名" + kind.id()).equals(r[4])));
        assertTrue(audit.stream().anyMatch(r -> r[1].equals("UPDATE") && r[2].equals("active") && "false".equals(r[4])));
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    private static void assertStoredFields(NetworkKind kind, Entity stored) {
        switch (stored) {
            case DeliveryRoute r -> {
                assertEquals(Weekday.THURSDAY, r.getOrderDay());
                assertNotNull(r.getMarketDepartment());
            }
            case Staff s -> {
                assertEquals(StaffRole.CUSTOMER_MANAGER, s.getRole());
                assertEquals(3, s.getManagerGrade());
                assertEquals("13912345678", s.getPhone());
                assertEquals(LocalDate.of(2020, 5, 1), s.getHireDate());
                assertNotNull(s.getMarketDepartment());
            }
            case Brand b -> {
                assertEquals(PriceBand.CLASS_2, b.getPriceBand());
                assertEquals(0, new BigDecimal("100").compareTo(b.getPricePerCarton()));
                assertEquals(new BigDecimal("110.50"), b.getRetailPricePerCarton());
                assertTrue(b.isScarce());
                assertEquals("山东中烟", b.getManufacturer());
            }
            case District d -> assertNotNull(d.getCentre(), "a new district is in the centre");
            default -> {
                for (var r : kind.requiredReferences()) {
                    assertNotNull(stored.eGet(r), r.getName());
                }
            }
        }
    }

    @Test
    public void aFormWithErrorsCannotBeSavedAndShowsThemAtTheirFields() throws Exception {
        view.showKind(NetworkKind.STAFF);
        Staff taken = store.findAll(Staff.class).get(0);
        int staffBefore = store.findAll(Staff.class).size();
        answers.script = d -> type(d, Literals.STAFF__NAME, "表单测试");
        view.newEntry();
        Spin.until("the form opened", () -> answers.dialog != null);
        EntryDialog d = answers.dialog;
        assertFalse(d.isSaveEnabled(), "no code yet");
        assertNotNull(d.problemAt(Literals.STAFF__CODE));

        type(d, Literals.STAFF__CODE, "E-" + run);
        assertFalse(d.isSaveEnabled());
        assertEquals(codeProblem("E-" + run), d.problemAt(Literals.STAFF__CODE), "MasterData's message at the field");
        assertTrue(d.problemAt(Literals.STAFF__CODE).contains("E-" + run), d.problemAt(Literals.STAFF__CODE));

        type(d, Literals.STAFF__CODE, taken.getCode().toLowerCase());
        assertFalse(d.isSaveEnabled(), "a code another member has, in another case");
        assertTrue(d.problemAt(Literals.STAFF__CODE).contains(taken.getName()), d.problemAt(Literals.STAFF__CODE));

        type(d, Literals.STAFF__CODE, "UTF" + run);
        pick(d, Literals.STAFF__ROLE, StaffRole.SUPERVISOR.getValue());
        type(d, Literals.STAFF__MANAGER_GRADE, "2");
        assertFalse(d.isSaveEnabled(), "a grade for a supervisor");
        assertNotNull(d.problemAt(Literals.STAFF__MANAGER_GRADE));
        assertNull(d.problemAt(Literals.STAFF__CODE));
        d.pressSave();
        Spin.idle(300);
        assertNull(d.saved(), "Save with errors saves nothing");
        assertEquals(staffBefore, store.findAll(Staff.class).size());

        type(d, Literals.STAFF__MANAGER_GRADE, "x");
        assertTrue(d.problemAt(Literals.STAFF__MANAGER_GRADE).contains("x"), "a grade that is no number");
        type(d, Literals.STAFF__MANAGER_GRADE, "");
        type(d, Literals.STAFF__PHONE, "12345");
        assertTrue(d.isSaveEnabled(), "a warning does not block saving");
        assertNotNull(d.problemAt(Literals.STAFF__PHONE));
        created.add(saveAndWait(NetworkKind.STAFF, "UTF" + run));
        assertEquals(staffBefore + 1, store.findAll(Staff.class).size());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    /** What MasterData says about a staff member's code, to compare with what the form shows. */
    private static String codeProblem(String code) {
        Staff s = RetailerdeskFactory.eINSTANCE.createStaff();
        s.setCode(code);
        s.setName("表单测试");
        return MasterData.validate(s, List.of()).stream().filter(p -> p.feature() == Literals.STAFF__CODE)
                .map(EntryProblem::message).findFirst().orElse(null);
    }

    @Test
    public void deleteIsRefusedForWhatRecordsPointAtAndDoneForAnUnusedEntry() throws Exception {
        view.showKind(NetworkKind.DISTRICT);
        District used = store.findAll(District.class).get(0);
        long retailers = store.retailers().count(RetailerQuery.all().withDistrict(used.getId()));
        view.select(used.getId());
        view.deleteSelected();
        Spin.until("the refusal", () -> view.isSettled() && !answers.failures.isEmpty());
        assertTrue(answers.failures.get(0).contains(Long.toString(retailers)), answers.failures.get(0));
        assertNotNull(store.get(District.class, used.getId()));

        answers.script = d -> {
            type(d, Literals.DISTRICT__CODE, "UTD" + run);
            type(d, Literals.DISTRICT__NAME, "待删除区");
        };
        view.newEntry();
        Spin.until("the form opened", () -> answers.dialog != null);
        Entity unused = saveAndWait(NetworkKind.DISTRICT, "UTD" + run);
        view.select(unused.getId());
        view.deleteSelected();
        Spin.until("the entry deleted", () -> view.isSettled() && shown(NetworkKind.DISTRICT, "UTD" + run) == null);
        assertNull(store.get(District.class, unused.getId()));
        assertEquals(1, answers.failures.size(), answers.failures::toString);
        assertTrue(auditRows(unused).stream().anyMatch(r -> r[1].equals("DELETE")), "the delete is audited");
    }

    @Test
    public void aSaveThatMeetsAnotherVersionAsksAndOverwrites() throws Exception {
        view.showKind(NetworkKind.DISTRICT);
        MasterData data = new MasterData(store);
        District d = data.newEntry(District.class);
        d.setCode("UTC" + run);
        d.setName("冲突前");
        District saved = data.save(d);
        created.add(saved);
        Spin.until("shown", () -> view.isSettled() && shown(NetworkKind.DISTRICT, "UTC" + run) != null);
        view.select(saved.getId());
        answers.script = form -> type(form, Literals.DISTRICT__NAME, "我的名称");
        view.editSelected();
        District theirs = store.get(District.class, saved.getId());
        theirs.setName("他人的名称");
        data.save(theirs);
        answers.resolution = SaveConflict.Resolution.OVERWRITE;
        answers.dialog.pressSave();
        Spin.until("saved over theirs", () -> answers.dialog.saved() != null);
        assertEquals(1, answers.conflicts);
        assertEquals("我的名称", store.get(District.class, saved.getId()).getName());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void theShowCommandOpensTheTabOfItsKind() throws Exception {
        Spin.page().hideView(view);
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        Object shown = handlers.executeCommand(ParameterizedCommand.generateCommand(
                commands.getCommand(ShowNetworkHandler.COMMAND_ID), Map.of(ShowNetworkHandler.KIND_PARAMETER, "brand")),
                null);
        ServiceNetworkView opened = (ServiceNetworkView) Spin.page().findView(ServiceNetworkView.ID);
        assertNotNull(opened);
        assertEquals(opened, shown);
        assertEquals(NetworkKind.BRAND, opened.currentKind());
        handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(ShowNetworkHandler.COMMAND_ID),
                Map.of(ShowNetworkHandler.KIND_PARAMETER, "group")), null);
        assertEquals(NetworkKind.GROUP, opened.currentKind());
        assertTrue(commands.getCommand(ShowNetworkHandler.COMMAND_ID).getParameter(ShowNetworkHandler.KIND_PARAMETER)
                .getValues().getParameterValues().containsValue("staff"));
    }

    /** The audit rows about an entry (actor, action, field, old, new), oldest first. */
    private List<String[]> auditRows(Entity entity) {
        List<String[]> rows = new ArrayList<>();
        for (AuditEntry e : store.audit().entityTrail(entity.eClass(), entity.getId(), 0, Integer.MAX_VALUE).rows()) {
            rows.add(0, new String[] { e.actor(), e.action().name(), e.field(), e.oldValue(), e.newValue() });
        }
        return rows;
    }
}
