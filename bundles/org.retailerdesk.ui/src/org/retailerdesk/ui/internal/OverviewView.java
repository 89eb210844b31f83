package org.retailerdesk.ui.internal;

import java.util.concurrent.CompletionException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.retailerdesk.store.StoreInfo;
import org.retailerdesk.ui.Startup;
import org.retailerdesk.ui.StoreAccess;

/** The first thing staff see: which database they work on and whether it is ready. */
public class OverviewView extends ViewPart {

    public static final String ID = "org.retailerdesk.ui.overview";

    private Label status;
    private Text location;
    private Text schema;
    private Text engine;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        Label title = new Label(parent, SWT.NONE);
        title.setText(Messages.Overview_title);
        title.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        status = new Label(parent, SWT.WRAP);
        status.setText(Messages.Overview_opening);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        location = field(parent, Messages.Overview_location);
        schema = field(parent, Messages.Overview_schemaVersion);
        engine = field(parent, Messages.Overview_engine);

        Display display = parent.getDisplay();
        StoreAccess.whenOpen().whenComplete((info, error) -> display.asyncExec(() -> show(info, error)));
    }

    private static Text field(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.READ_ONLY);
        text.setText("\u2026");
        text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return text;
    }

    private void show(StoreInfo info, Throwable error) {
        if (status.isDisposed()) {
            return;
        }
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            status.setText(Messages.Overview_failed + "\n" + cause.getMessage());
            ILog.of(getClass()).log(StoreAccess.errorStatus(cause));
        } else {
            status.setText(info.created() ? Messages.Overview_createdNew : Messages.Overview_ready);
            location.setText(info.location().toString());
            schema.setText(Integer.toString(info.schemaVersion()));
            engine.setText(info.engine());
            Startup.mark("first-data");
        }
        status.getParent().layout(true, true);
    }

    /** For tests: the status line as shown. */
    public String statusText() {
        return status.getText();
    }

    /** For tests: the database location as shown. */
    public String locationText() {
        return location.getText();
    }

    @Override
    public void setFocus() {
        status.getParent().setFocus();
    }
}
