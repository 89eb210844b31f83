package org.retailerdesk.ui.internal;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.menus.WorkbenchWindowControlContribution;
import org.retailerdesk.store.Connectivity;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;

/**
 * The status line's word on the centre's server: empty while the store reaches its database, and
 * "Server connection lost, retrying… Retry" from a lost link until the store has reconnected
 * (it retries by itself every few seconds; Retry tries at once). Unsaved edits stay in their
 * editors meanwhile: a save that fails leaves the editor dirty.
 */
public class ConnectionStatus extends WorkbenchWindowControlContribution {

    private Composite box;
    private Label text;
    private Link retry;
    private Connectivity connectivity;
    private final Consumer<Boolean> listener = online -> {
        Composite b = box;
        if (b != null && !b.isDisposed()) {
            b.getDisplay().asyncExec(() -> show(online));
        }
    };

    public ConnectionStatus() {
        super("org.retailerdesk.ui.connection"); //$NON-NLS-1$
    }

    @Override
    protected Control createControl(Composite parent) {
        box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 0).applyTo(box);
        text = new Label(box, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(text);
        retry = new Link(box, SWT.NONE);
        retry.setText("<a>" + Messages.ConnectionStatus_retry + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(retry);
        retry.addListener(SWT.Selection, e -> retryNow());
        // the message's width is kept while online too: the status line sizes its items once
        text.setText(Messages.ConnectionStatus_lost);
        ((GridData) text.getLayoutData()).widthHint = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
        show(true);
        StoreAccess.whenOpen().thenAccept(info -> {
            Connectivity c = StoreAccess.store().role(Connectivity.class);
            c.addListener(listener);
            connectivity = c;
            listener.accept(c.online());
        });
        box.addDisposeListener(e -> {
            Connectivity c = connectivity;
            if (c != null) {
                c.removeListener(listener);
            }
        });
        return box;
    }

    /** Shows the state; for the UI thread. */
    void show(boolean online) {
        if (box.isDisposed()) {
            return;
        }
        text.setText(online ? "" : Messages.ConnectionStatus_lost); //$NON-NLS-1$
        text.setToolTipText(online ? null : Messages.ConnectionStatus_lostDetail);
        retry.setVisible(!online);
    }

    private void retryNow() {
        Connectivity c = connectivity;
        if (c == null) {
            return;
        }
        retry.setEnabled(false);
        UiJob.of(Messages.ConnectionStatus_retrying, monitor -> c.retry())
                .owner(box)
                .onDone(this::show)
                .whenFinished(() -> retry.setEnabled(true))
                .schedule();
    }

    /** For tests: the text shown ({@code ""} while online). */
    public String shownText() {
        return text.getText();
    }

    /** For tests: whether Retry is offered. */
    public boolean retryOffered() {
        return retry.getVisible();
    }
}
