package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.XMLMemento;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.model.OperatingRecord;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.model.validation.Rule;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.SaveConflict.Resolution;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.retailers.internal.FilterState;
import org.retailerdesk.ui.retailers.internal.RetailersView;
import org.retailerdesk.ui.retailers.internal.profile.OpenProfileHandler;
import org.retailerdesk.ui.retailers.internal.profile.ProblemsView;
import org.retailerdesk.ui.retailers.internal.profile.ProfileEditor;
import org.retailerdesk.ui.retailers.internal.profile.ProfileInputFactory;
import org.retailerdesk.ui.retailers.internal.profile.ProfileProblems;
import org.retailerdesk.ui.retailers.internal.profile.RecordsPage;
import org.retailerdesk.ui.retailers.internal.profile.SaveDialogs;
import org.retailerdesk.ui.retailers.profile.ProfileEditorInput;

/**
 * The retailer profile editor, opened from the retailer list, against the test runtime's demo
 * centre: edits as commands (undo, redo, dirty), saving, validation, conflicts, every page.
 */
@ExtendWith(FailureEvidence.class)
public class ProfileEditorTest {

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;
    private static final String CONTACT_PAGE = "org.retailerdesk.ui.retailers.profile.contact";
    /** The built-in pages; visits and publicity come from org.retailerdesk.ui.visits and ui.publicity. */
    private static final List<String> BUILT_IN_PAGES = Arrays.asList("basic", "network", "licence", "sales", "contact",
            "images", "operating", "history").stream()
            .map(p -> "org.retailerdesk.ui.retailers.profile." + p).toList();

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private Store store;
    private RetailersView list;

    /** Answers the questions of saving in place of a person, and records what was asked. */
    private static final class Answers implements SaveDialogs {
        Resolution resolution = Resolution.CANCEL;
        final List<String> asked = new ArrayList<>();
        List<String> refused;

        @Override
        public Resolution conflict(Shell shell, String retailer, ConflictException conflict) {
            asked.add("conflict");
            return resolution;
        }

        @Override
        public void refuseErrors(Shell shell, String retailer, List<String> errors) {
            asked.add("refused");
            refused = errors;
        }

        @Override
        public void failed(Shell shell, String retailer, Throwable error) {
            asked.add("failed: " + error);
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void command(String id) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
    }

    @BeforeEach
    void openList() throws Exception {
        Spin.until("the store", () -> StoreAccess.whenOpen().isDone());
        store = StoreAccess.store();
        list = (RetailersView) page().showView(RetailersView.ID);
        Spin.until("the retailer list", () -> list.isSettled());
    }

    @AfterEach
    void closeEditors() throws Exception {
        page().closeAllEditors(false);
        list.typeSearchText("");
        Spin.until("the retailer list", () -> list.isSettled());
    }

    /** Filters the list down to one retailer, selects it and runs "Open Profile" as the menu does. */
    private ProfileEditor openFromList(Retailer retailer) throws Exception {
        return openFromList(retailer, () -> command(OpenProfileHandler.COMMAND_ID));
    }

    private interface Opener {
        void open() throws Exception;
    }

    private ProfileEditor openFromList(Retailer retailer, Opener opener) throws Exception {
        page().activate(list);
        // only the search text narrows the list, whatever filters earlier tests left
        list.filters().restore(FilterState.NONE);
        list.typeSearchText(retailer.getCustomerCode());
        Spin.until("the list filtered to " + retailer.getCustomerCode(),
                () -> list.isSettled() && retailer.getCustomerCode().equals(list.rows().query().text()));
        int row = 0;
        while (row < list.rows().getRowCount() && list.rows().getRowObject(row).getId() != retailer.getId()) {
            row++;
        }
        assertTrue(row < list.rows().getRowCount(), "the search finds " + retailer.getCustomerCode());
        list.selectRow(row);
        opener.open();
        IEditorPart part = page().findEditor(new ProfileEditorInput(retailer.getId(), null, null));
        ProfileEditor editor = assertInstanceOf(ProfileEditor.class, part);
        Spin.until("the profile read", editor::isLoaded);
        return editor;
    }

    /** Lets the test answer the editor's questions about saving. */
    private static Answers answering(ProfileEditor editor) {
        Answers answers = new Answers();
        editor.setDialogs(answers);
        return answers;
    }

    private Retailer someRetailer(int offset) {
        return store.retailers().findRetailers(RetailerQuery.all().page(offset, 1)).rows().get(0);
    }

    /** Types into a text field as a person does and waits for the typing to become one edit. */
    private static void type(Control field, String text, java.util.function.BooleanSupplier applied)
            throws InterruptedException {
        Text widget = assertInstanceOf(Text.class, field);
        widget.setText(text);
        Spin.until("the typing to reach the model", applied);
    }

    @Test
    public void anEditIsUndoneRedoneSavedAndStillThereAfterReopening() throws Exception {
        Retailer retailer = someRetailer(3);
        ProfileEditor editor = openFromList(retailer);
        assertTrue(editor.getPartName().contains(retailer.getShopName()), editor.getPartName());
        assertTrue(editor.getPartName().contains(retailer.getCustomerCode()), editor.getPartName());
        assertTrue(editor.getTitleToolTip().contains(retailer.getCustomerCode()));
        assertFalse(editor.isDirty());
        // pages other bundles contribute (e.g. the household register) come on top of these
        assertEquals(BUILT_IN_PAGES, editor.pageIds().stream().filter(id -> id.startsWith("org.retailerdesk.ui.retailers.")).toList());

        editor.showPage(CONTACT_PAGE);
        Control person = editor.fieldControl(P.getRetailer_ContactPerson());
        String before = retailer.getContactPerson();
        String mine = "测试联系人" + System.nanoTime() % 1000;
        type(person, mine, () -> mine.equals(editor.workingCopy().getContactPerson()));
        assertTrue(editor.isDirty(), "an edit makes the editor dirty");

        page().activate(editor);
        command(IWorkbenchCommandConstants.EDIT_UNDO);
        assertEquals(before, editor.workingCopy().getContactPerson());
        Spin.until("the field to show the old value", () -> ((Text) person).getText().equals(before == null ? "" : before));
        assertFalse(editor.isDirty(), "undoing the only edit makes it clean again");
        command(IWorkbenchCommandConstants.EDIT_REDO);
        assertEquals(mine, editor.workingCopy().getContactPerson());
        assertTrue(editor.isDirty());

        // an enum drop-down is an edit like any other
        editor.showPage("org.retailerdesk.ui.retailers.profile.basic");
        Combo status = assertInstanceOf(Combo.class, editor.fieldControl(P.getRetailer_Status()));
        RetailerStatus newStatus = retailer.getStatus() == RetailerStatus.SUSPENDED ? RetailerStatus.ACTIVE : RetailerStatus.SUSPENDED;
        status.select(Arrays.asList(status.getItems()).indexOf(ModelLabels.valueLabel(newStatus)));
        status.notifyListeners(SWT.Selection, new Event());
        assertEquals(newStatus, editor.workingCopy().getStatus());

        int version = retailer.getVersion();
        command(IWorkbenchCommandConstants.FILE_SAVE);
        Spin.until("the save", () -> !editor.isDirty());
        Retailer stored = store.get(Retailer.class, retailer.getId());
        assertEquals(mine, stored.getContactPerson());
        assertEquals(newStatus, stored.getStatus());
        assertEquals(version + 1, stored.getVersion());
        assertEquals(stored.getVersion(), editor.workingCopy().getVersion());

        assertTrue(page().closeEditor(editor, false));
        ProfileEditor again = openFromList(retailer);
        assertNotEquals(editor, again);
        again.showPage(CONTACT_PAGE);
        assertEquals(mine, ((Text) again.fieldControl(P.getRetailer_ContactPerson())).getText());
        assertFalse(again.isDirty());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void aProblemShowsBesideTheFieldAndInTheProblemsViewAndStopsSaving() throws Exception {
        Retailer retailer = someRetailer(5);
        ProfileEditor editor = openFromList(retailer);
        Answers answers = answering(editor);
        assertTrue(editor.problems().stream().noneMatch(p -> p.rule() == Rule.CUSTOMER_CODE_FORMAT));

        Control code = editor.fieldControl(P.getRetailer_CustomerCode());
        type(code, "12AB", () -> "12AB".equals(editor.workingCopy().getCustomerCode()));
        assertTrue(editor.problems().stream().anyMatch(p -> p.rule() == Rule.CUSTOMER_CODE_FORMAT));
        assertEquals(IMessageProvider.ERROR, editor.activeForm().getForm().getMessageType(), "the page header says so");

        ProblemsView problems = (ProblemsView) page().showView(ProblemsView.ID);
        ProfileProblems.Entry entry = problems.entries().stream()
                .filter(e -> e.editor() == editor && e.problem().rule() == Rule.CUSTOMER_CODE_FORMAT).findFirst()
                .orElseThrow(() -> new AssertionError("not in the Problems view: " + problems.entries()));

        editor.showPage(CONTACT_PAGE);
        problems.open(entry);
        assertEquals(editor, page().getActiveEditor());
        assertEquals(0, editor.getActivePage(), "the page with the field is shown again");

        page().activate(editor);
        command(IWorkbenchCommandConstants.FILE_SAVE);
        assertEquals(List.of("refused"), answers.asked);
        assertTrue(answers.refused.stream().anyMatch(e -> e.contains(ModelLabels.label(P.getRetailer_CustomerCode()))),
                answers.refused.toString());
        assertTrue(editor.isDirty(), "nothing was saved");
        assertEquals(retailer.getCustomerCode(), store.get(Retailer.class, retailer.getId()).getCustomerCode());

        // text that is no number is refused as well, at the field
        editor.showPage("org.retailerdesk.ui.retailers.profile.sales");
        Text grade = assertInstanceOf(Text.class, editor.fieldControl(P.getRetailer_Grade()));
        grade.setText("九档");
        Spin.idle(1000); // well past the typing delay
        assertEquals(retailer.getGrade(), editor.workingCopy().getGrade(), "unreadable text does not reach the model");

        page().activate(editor);
        command(IWorkbenchCommandConstants.EDIT_UNDO);
        assertEquals(retailer.getCustomerCode(), editor.workingCopy().getCustomerCode());
        Spin.until("the problem to leave the Problems view",
                () -> problems.entries().stream().noneMatch(e -> e.editor() == editor));
        assertTrue(page().closeEditor(editor, false));
        assertTrue(ProfileProblems.all().isEmpty(), "a closed editor leaves no problems behind");
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void aConflictingSaveAsksAndLosesNothing() throws Exception {
        Retailer retailer = someRetailer(7);
        ProfileEditor editor = openFromList(retailer);
        Answers answers = answering(editor);
        editor.showPage(CONTACT_PAGE);
        String mine = "我的联系人";
        type(editor.fieldControl(P.getRetailer_ContactPerson()), mine,
                () -> mine.equals(editor.workingCopy().getContactPerson()));

        // someone else saves the same retailer meanwhile
        String theirs = "他人修改的地址 " + System.nanoTime() % 1000;
        Retailer other = store.get(Retailer.class, retailer.getId());
        other.setContactAddress(theirs);
        store.update(other);

        answers.resolution = Resolution.CANCEL;
        page().activate(editor);
        command(IWorkbenchCommandConstants.FILE_SAVE);
        assertEquals(List.of("conflict"), answers.asked);
        assertTrue(editor.isDirty(), "cancel keeps my changes in the editor");
        assertEquals(theirs, store.get(Retailer.class, retailer.getId()).getContactAddress());
        assertNotEquals(mine, store.get(Retailer.class, retailer.getId()).getContactPerson());

        answers.resolution = Resolution.OVERWRITE;
        command(IWorkbenchCommandConstants.FILE_SAVE);
        assertEquals(List.of("conflict", "conflict"), answers.asked);
        Spin.until("the merged save", () -> !editor.isDirty());
        Retailer merged = store.get(Retailer.class, retailer.getId());
        assertEquals(mine, merged.getContactPerson(), "my change is saved");
        assertEquals(theirs, merged.getContactAddress(), "their change to a field I did not touch is kept");
        assertEquals(theirs, editor.workingCopy().getContactAddress(), "and the editor shows it");
        assertEquals(merged.getVersion(), editor.workingCopy().getVersion());

        // and once more, this time dropping mine
        type(editor.fieldControl(P.getRetailer_ContactPerson()), "又改了",
                () -> "又改了".equals(editor.workingCopy().getContactPerson()));
        Retailer third = store.get(Retailer.class, retailer.getId());
        third.setContactPhone("13800138000");
        store.update(third);
        answers.resolution = Resolution.RELOAD;
        command(IWorkbenchCommandConstants.FILE_SAVE);
        assertFalse(editor.isDirty());
        assertEquals(mine, editor.workingCopy().getContactPerson(), "mine is dropped");
        assertEquals("13800138000", editor.workingCopy().getContactPhone(), "theirs is shown");
        assertEquals(mine, ((Text) editor.fieldControl(P.getRetailer_ContactPerson())).getText());
        assertEquals(third.getVersion(), editor.workingCopy().getVersion());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void aChangeStoredElsewhereIsAnnouncedWithWhoAndWhenAndReloadShowsIt() throws Exception {
        Retailer retailer = someRetailer(11);
        ProfileEditor editor = openFromList(retailer);
        assertNull(editor.changedElsewhereNotice());
        assertFalse(editor.reloadOffered());

        // a write the editor did not make, announced as a write from another workstation is
        String theirs = "别处修改的地址 " + System.nanoTime() % 1000;
        Retailer other = store.get(Retailer.class, retailer.getId());
        other.setContactAddress(theirs);
        store.update(other);
        Spin.until("the notice", () -> editor.changedElsewhereNotice() != null);
        String who = store.users().current().user();
        assertTrue(editor.changedElsewhereNotice().contains(who), "says who: " + editor.changedElsewhereNotice());
        assertTrue(editor.changedElsewhereNotice().matches(".*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}.*"),
                "says when: " + editor.changedElsewhereNotice());
        assertEquals(editor.changedElsewhereNotice(), editor.activeForm().getForm().getMessage(), "in the page's header");
        assertTrue(editor.reloadOffered());
        assertFalse(editor.isDirty());
        assertNotEquals(theirs, editor.workingCopy().getContactAddress(), "nothing changes under the user's eyes");

        editor.reload();
        assertEquals(theirs, editor.workingCopy().getContactAddress());
        assertEquals(store.get(Retailer.class, retailer.getId()).getVersion(), editor.workingCopy().getVersion());
        assertNull(editor.changedElsewhereNotice());
        assertFalse(editor.reloadOffered());
        assertFalse(editor.isDirty());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void everyContributedPageShowsWithoutErrorsAndRecordsComeNewestFirst() throws Exception {
        PriorityHousehold household = store.findAll(PriorityHousehold.class).get(0);
        Retailer retailer = store.get(Retailer.class, household.getRetailer().getId());
        ProfileEditor editor = openFromList(retailer);
        for (String id : editor.pageIds()) {
            assertNotNull(editor.showPage(id), "page " + id);
            if (editor.showPage(id) instanceof RecordsPage records) {
                Spin.until("the records of " + id, () -> records.rows() != null);
            }
        }
        // the household register contributes its page from its own bundle, through the extension point
        assertTrue(editor.pageIds().contains("org.retailerdesk.ui.households.profilePage"), editor.pageIds().toString());
        assertTrue(editor.pageIds().contains("org.retailerdesk.ui.publicity.profilePage"), editor.pageIds().toString());

        List<?> operating = ((RecordsPage) editor.showPage("org.retailerdesk.ui.retailers.profile.operating")).rows();
        assertEquals(store.findBy(OperatingRecord.class, retailer.getId()).size(), operating.size());
        for (int i = 1; i < operating.size(); i++) {
            LocalDate newer = ((OperatingRecord) operating.get(i - 1)).getDate();
            LocalDate older = ((OperatingRecord) operating.get(i)).getDate();
            assertFalse(newer.isBefore(older), "newest first: " + newer + " before " + older);
        }
        assertFalse(editor.isDirty(), "showing pages is no edit");
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void theSelectedRetailerIsInThePropertiesViewAndTheInputSurvivesARestart() throws Exception {
        Retailer retailer = someRetailer(9);
        // Enter on the selected row opens the profile, as a double-click does
        ProfileEditor editor = openFromList(retailer, () -> {
            Event enter = new Event();
            enter.keyCode = SWT.CR;
            enter.character = SWT.CR;
            list.table().notifyListeners(SWT.KeyDown, enter);
        });
        page().activate(editor);
        page().showView("org.eclipse.ui.views.PropertySheet");
        page().activate(editor);

        IPropertySource source = Adapters.adapt(editor.workingCopy(), IPropertySource.class);
        assertNotNull(source);
        IPropertyDescriptor shopName = Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> d.getId() == P.getRetailer_ShopName()).findFirst().orElseThrow();
        assertEquals(ModelLabels.label(P.getRetailer_ShopName()), shopName.getDisplayName());
        assertNotNull(shopName.getCategory());
        assertEquals(retailer.getShopName(), source.getPropertyValue(shopName.getId()));
        assertEquals(editor.workingCopy(),
                ((org.eclipse.jface.viewers.IStructuredSelection) editor.getSite().getSelectionProvider().getSelection())
                        .getFirstElement());

        XMLMemento memento = XMLMemento.createWriteRoot("editor");
        editor.profileInput().getPersistable().saveState(memento);
        ProfileEditorInput restored = assertInstanceOf(ProfileEditorInput.class,
                new ProfileInputFactory().createElement(XMLMemento.createReadRoot(new java.io.StringReader(memento.toString()))));
        assertEquals(editor.profileInput(), restored);
        assertEquals(editor.profileInput().getName(), restored.getName());
        assertNull(ProfileEditorInput.restore(XMLMemento.createWriteRoot("empty")));
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }
}
