package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.model.LicenceEvent;
import org.retailerdesk.model.LicenceEventKind;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.retailers.internal.FilterState;
import org.retailerdesk.ui.retailers.internal.RetailersView;
import org.retailerdesk.ui.retailers.internal.StatusChoice;
import org.retailerdesk.ui.retailers.internal.profile.HistoryPage;
import org.retailerdesk.ui.retailers.internal.profile.LicenceActions;
import org.retailerdesk.ui.retailers.internal.profile.LicenceDialog;
import org.retailerdesk.ui.retailers.internal.profile.ProfileEditor;
import org.retailerdesk.ui.retailers.internal.profile.ProfileOpening;

/**
 * A retailer suspended from its profile's History page: stored, shown in the open profile and its
 * history, gone from the list's default (retailers in business) and found with the status filter;
 * then resumed from the list's context menu.
 */
@ExtendWith(FailureEvidence.class)
public class RetailerLifeLicenceTest {

    static final String HISTORY_PAGE = "org.retailerdesk.ui.retailers.profile.history"; //$NON-NLS-1$

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private Store store;
    private RetailersView list;
    private Retailer retailer;
    /** What the dialog was filled with, as a person would. */
    private String note;

    @BeforeEach
    void pickRetailer() throws Exception {
        store = Spin.store();
        list = (RetailersView) Spin.page().showView(RetailersView.ID);
        Spin.until("the retailer list", list::isSettled);
        retailer = Spin.retailerAt(store, RetailerQuery.all().withStatuses(java.util.Set.of(RetailerStatus.ACTIVE)), 0.33);
        // the dialog answered in place of a person: dated today, with a note
        LicenceActions.setOpener(dialog -> {
            dialog.setBlockOnOpen(false);
            dialog.open();
            fill(dialog);
            dialog.pressOk();
            try {
                Spin.until("the event recorded or refused", () -> dialog.stored() != null || dialog.getErrorMessage() != null);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            Retailer stored = dialog.stored();
            dialog.close();
            return stored;
        });
    }

    private void fill(LicenceDialog dialog) {
        dialog.noteField().setText(note);
    }

    @AfterEach
    void restore() throws Exception {
        LicenceActions.setOpener(null);
        Spin.page().closeAllEditors(false);
        list.filters().restore(FilterState.NONE);
        Spin.until("the retailer list", list::isSettled);
        // the other tests share the demo centre: back in business (its history stays)
        Retailer now = store.get(Retailer.class, retailer.getId());
        if (now.getStatus() != RetailerStatus.ACTIVE) {
            now.setStatus(RetailerStatus.ACTIVE);
            store.update(now);
        }
    }

    /** The list's rows for the retailer's code under a status filter. */
    private List<Long> listed(StatusChoice status) throws InterruptedException {
        list.filters().restore(new FilterState(retailer.getCustomerCode(), FilterState.MIN_GRADE, FilterState.MAX_GRADE,
                null, null, null, null, null, null, false, status));
        Spin.until("the list filtered", () -> list.isSettled() && retailer.getCustomerCode().equals(list.rows().query().text()));
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < list.rows().getRowCount(); i++) {
            ids.add(list.rows().getRowObject(i).getId());
        }
        return ids;
    }

    @Test
    public void aRetailerSuspendedFromItsProfileLeavesTheDefaultListAndResumesFromTheList() throws Exception {
        assertTrue(listed(StatusChoice.IN_BUSINESS).contains(retailer.getId()));
        assertEquals(FilterState.DEFAULT, FilterState.decode(""), "a filter saved before the status means in business"); //$NON-NLS-1$

        ProfileEditor editor = assertInstanceOf(ProfileEditor.class, ProfileOpening.open(Spin.page(), retailer));
        Spin.until("the profile read", editor::isLoaded);
        HistoryPage history = assertInstanceOf(HistoryPage.class, editor.showPage(HISTORY_PAGE));
        Spin.until("the history read", history::isSettled);
        assertFalse(history.action(LicenceEventKind.RESUMED).isEnabled(), "an active retailer does not resume"); //$NON-NLS-1$
        note = "店面装修"; //$NON-NLS-1$
        history.action(LicenceEventKind.SUSPENDED).notifyListeners(SWT.Selection, new Event());

        assertEquals(RetailerStatus.SUSPENDED, store.get(Retailer.class, retailer.getId()).getStatus());
        assertEquals(RetailerStatus.SUSPENDED, editor.workingCopy().getStatus(), "the open profile shows it"); //$NON-NLS-1$
        assertFalse(editor.isDirty());
        Spin.until("the history read again", () -> history.isSettled() && history.events() != null
                && !history.events().isEmpty() && history.events().get(0).getKind() == LicenceEventKind.SUSPENDED);
        LicenceEvent event = history.events().get(0);
        assertEquals(note, event.getNote());
        assertTrue(history.statusText().contains(ModelLabels.valueLabel(RetailerStatus.SUSPENDED)), history.statusText());
        assertFalse(history.action(LicenceEventKind.SUSPENDED).isEnabled());
        assertTrue(history.action(LicenceEventKind.RESUMED).isEnabled());

        assertFalse(listed(StatusChoice.IN_BUSINESS).contains(retailer.getId()), "not in business: not in the default list"); //$NON-NLS-1$
        assertTrue(listed(StatusChoice.SUSPENDED).contains(retailer.getId()));
        assertTrue(listed(StatusChoice.OUT_OF_BUSINESS).contains(retailer.getId()));
        assertTrue(listed(StatusChoice.ALL).contains(retailer.getId()));
        assertFalse(listed(StatusChoice.CANCELLED).contains(retailer.getId()));

        // resumed from the list's context menu command, on the selected row
        int row = listed(StatusChoice.SUSPENDED).indexOf(retailer.getId());
        Spin.page().activate(list);
        list.selectRow(row);
        note = "装修完毕"; //$NON-NLS-1$
        Spin.page().getWorkbenchWindow().getService(IHandlerService.class)
                .executeCommand("org.retailerdesk.ui.retailers.licence.resume", null); //$NON-NLS-1$
        assertEquals(RetailerStatus.ACTIVE, store.get(Retailer.class, retailer.getId()).getStatus());
        assertEquals(RetailerStatus.ACTIVE, editor.workingCopy().getStatus());
        List<LicenceEvent> events = store.findBy(LicenceEvent.class, retailer.getId());
        assertNotNull(events.stream().filter(e -> e.getKind() == LicenceEventKind.RESUMED && note.equals(e.getNote()))
                .findFirst().orElse(null), events.toString());
        assertTrue(listed(StatusChoice.IN_BUSINESS).contains(retailer.getId()));
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void aLicenceEventWaitsForTheProfilesUnsavedChanges() throws Exception {
        ProfileEditor editor = assertInstanceOf(ProfileEditor.class, ProfileOpening.open(Spin.page(), retailer));
        Spin.until("the profile read", editor::isLoaded);
        editor.showPage("org.retailerdesk.ui.retailers.profile.contact"); //$NON-NLS-1$
        org.eclipse.swt.widgets.Text person = assertInstanceOf(org.eclipse.swt.widgets.Text.class,
                editor.fieldControl(org.retailerdesk.model.RetailerdeskPackage.Literals.RETAILER__CONTACT_PERSON));
        person.setText("未保存的联系人"); //$NON-NLS-1$
        Spin.until("the edit", editor::isDirty);
        // the refusal is a message box: closed as soon as it shows
        CloseMessages closing = CloseMessages.start(ModelLabels.valueLabel(LicenceEventKind.SUSPENDED));
        assertEquals(null, LicenceActions.run(editor.getSite().getShell(), Spin.page(), retailer, LicenceEventKind.SUSPENDED));
        closing.stop();
        assertTrue(closing.closed() > 0, "the user was told to save first"); //$NON-NLS-1$
        assertEquals(RetailerStatus.ACTIVE, store.get(Retailer.class, retailer.getId()).getStatus(), "nothing recorded"); //$NON-NLS-1$
        assertTrue(editor.isDirty(), "the edit is still there"); //$NON-NLS-1$
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }
}
