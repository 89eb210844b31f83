package org.retailerdesk.ui.publicity.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.retailerdesk.model.Acknowledgement;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PublicityChannel;
import org.retailerdesk.model.PublicityRecord;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.publicity.PublicityRecords;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;
import org.retailerdesk.ui.retailers.RetailerList;

/**
 * Bulk Record… : records a group meeting for the retailers selected in the Retailers view, or
 * when none is selected for every retailer of its list (its filters). One policy, one date, one
 * transaction, in a Job with progress and cancel.
 */
public class BulkRecordHandler extends AbstractHandler {

    /** Who attended: the selected retailers, or the list's query. */
    public record Attendees(List<Retailer> selected, RetailerQuery list) {
    }

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null) {
            return null;
        }
        List<Retailer> selected = retailers(page.getSelection(RetailerList.VIEW_ID));
        RetailerQuery list = Adapters.adapt(page.findView(RetailerList.VIEW_ID), RetailerQuery.class);
        start(window.getShell(), new Attendees(selected, selected.isEmpty() ? list : null));
        return null;
    }

    private static List<Retailer> retailers(ISelection selection) {
        List<Retailer> out = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s) {
                if (o instanceof Retailer r) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private record Choices(List<Policy> policies, List<Staff> staff, long count) {
    }

    /** Reads the catalogue and counts the attendees, asks for the meeting, then records it. */
    static void start(Shell shell, Attendees who) {
        UiJob.of(Messages.Job_readingPolicies, monitor -> {
            Store store = StoreAccess.store();
            long count = who.list() != null ? store.retailers().count(who.list()) : who.selected().size();
            return new Choices(store.findAll(Policy.class), store.findAll(Staff.class).stream()
                    .filter(s -> s.getRole() == StaffRole.CUSTOMER_MANAGER).toList(), count);
        }).owner(shell).onDone(choices -> {
            if (choices.count() == 0) {
                MessageDialog.openInformation(shell, Messages.Meeting_title, Messages.Meeting_none);
                return;
            }
            String what = NLS.bind(who.list() != null ? Messages.Meeting_list : Messages.Meeting_selected,
                    choices.count());
            PublicityRecord meeting = RetailerdeskFactory.eINSTANCE.createPublicityRecord();
            meeting.setChannel(PublicityChannel.GROUP_MEETING);
            meeting.setAcknowledgement(Acknowledgement.SIGNED);
            RecordDialog dialog = new RecordDialog(shell, meeting, choices.policies(), choices.staff(), what);
            if (dialog.open() == Window.OK) {
                record(shell, dialog.result(), who);
            }
        }).onFailure(e -> MessageDialog.openError(shell, Messages.Meeting_title, e.getMessage())).schedule();
    }

    /** Records the meeting in a user Job (progress, cancel); says how many were recorded, or why none. */
    static void record(Shell shell, PublicityRecord meeting, Attendees who) {
        UiJob.of(Messages.Job_recording, monitor -> {
            Store store = StoreAccess.store();
            return who.list() != null
                    ? PublicityRecords.recordMeeting(store, meeting, who.list(), monitor)
                    : PublicityRecords.recordMeeting(store, meeting, who.selected(), monitor);
        }).owner(shell).user()
                .onDone(stored -> MessageDialog.openInformation(shell, Messages.Meeting_title,
                        NLS.bind(Messages.Meeting_done, Texts.of(meeting.getPolicy()), stored)))
                .onFailure(e -> MessageDialog.openError(shell, Messages.Meeting_title, e.getMessage()))
                .schedule();
    }
}
