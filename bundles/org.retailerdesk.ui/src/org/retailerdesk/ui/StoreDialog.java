package org.retailerdesk.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * A dialog whose OK asks the store (sign in, create a user, change a password): the work runs in a
 * {@link UiJob} while the dialog waits with OK greyed; a refusal is shown as the dialog's error,
 * and the dialog stays open to be corrected; it closes only once the store has done it.
 * <p>
 * Subclasses say when OK may be pressed ({@link #complete()}), what to show meanwhile
 * ({@link #problem()}), and what OK does ({@link #work()}, made on the UI thread from the fields,
 * run off it). They call {@link #edited()} from their fields' modify listeners.
 *
 * @param <R> what the work returns
 */
public abstract class StoreDialog<R> extends TitleAreaDialog {

    private boolean busy;
    /** why the store refused the last attempt, shown until the user edits again */
    private String refusal;
    private String shownError;
    private R result;
    private boolean done;

    protected StoreDialog(Shell parent) {
        super(parent);
    }

    /** @return true when the fields are complete enough for OK */
    protected abstract boolean complete();

    /** @return what to show as the error while the fields are not right, or null for nothing */
    protected String problem() {
        return null;
    }

    /** @return the name of the work, for the progress view */
    protected abstract String workName();

    /** @return what OK does, with the fields' values taken now (on the UI thread) */
    protected abstract UiJob.Work<R> work();

    /** Called on the UI thread after a refusal, e.g. to empty a password field. */
    protected void refused(RuntimeException e) {
    }

    /** Called on the UI thread with the work's result, just before the dialog closes. */
    protected void succeeded(R value) {
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        update();
    }

    /** For the fields' modify listeners: a refusal shown stays only until the user changes something. */
    protected final void edited() {
        refusal = null;
        update();
    }

    /** Greys OK or not, and shows the refusal or the problem, as the fields are now. */
    protected final void update() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        showError(refusal != null ? refusal : problem());
        ok.setEnabled(!busy && complete());
    }

    /** Shows a message as the dialog's error (null: none). */
    protected final void showError(String message) {
        shownError = message;
        setErrorMessage(message);
    }

    @Override
    protected void okPressed() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null || !ok.isEnabled()) {
            return;
        }
        busy = true;
        update();
        UiJob.of(workName(), work()).owner(getShell()).interactive().onDone(value -> {
            busy = false;
            result = value;
            done = true;
            succeeded(value);
            super.okPressed();
        }).onFailure(e -> {
            busy = false;
            // first, as emptying a field counts as an edit that would take the refusal away
            refused(e);
            refusal = String.valueOf(e.getMessage());
            update();
        }).schedule();
    }

    /** The work's result once the dialog closed with OK, else null. */
    public final R result() {
        return result;
    }

    /** True once the store did what OK asked. */
    public final boolean done() {
        return done;
    }

    /** For tests: press OK (nothing happens while it is greyed). */
    public final void pressOk() {
        okPressed();
    }

    /** For tests: what the dialog shows as its error, or null. */
    public final String error() {
        return shownError;
    }

    /** For tests: true while the work is under way. */
    public final boolean busy() {
        return busy;
    }
}
