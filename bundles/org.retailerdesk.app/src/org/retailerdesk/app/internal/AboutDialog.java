package org.retailerdesk.app.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.store.DataFolder;
import org.retailerdesk.store.StoreInfo;
import org.retailerdesk.ui.StoreAccess;

/** Product name, version and where the data lives: what support asks for first. */
public class AboutDialog extends Dialog {

    public AboutDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.About_title);
    }

    /** The facts shown, in order; also read by tests. */
    public static Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        IProduct product = Platform.getProduct();
        facts.put(Messages.About_version, product != null
                ? product.getDefiningBundle().getVersion().toString()
                : Platform.getBundle("org.retailerdesk.app").getVersion().toString());
        StoreInfo info = StoreAccess.infoIfOpen();
        if (info != null) {
            facts.put(Messages.About_database, info.location().toString());
            facts.put(Messages.About_schemaVersion, Integer.toString(info.schemaVersion()));
            facts.put(Messages.About_engine, info.engine());
        } else {
            facts.put(Messages.About_database, NLS.bind(Messages.About_notOpen, DataFolder.resolve().resolve("db")));
        }
        facts.put(Messages.About_java, System.getProperty("java.vendor") + " " + System.getProperty("java.version"));
        return facts;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label name = new Label(area, SWT.NONE);
        IProduct product = Platform.getProduct();
        name.setText(product != null ? product.getName() : Messages.About_title);
        name.setFont(JFaceResources.getHeaderFont());
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        if (product != null && product.getDescription() != null) {
            Label about = new Label(area, SWT.WRAP);
            about.setText(product.getDescription());
            GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
            gd.widthHint = 480;
            about.setLayoutData(gd);
        }
        for (Map.Entry<String, String> fact : facts().entrySet()) {
            new Label(area, SWT.NONE).setText(fact.getKey());
            Text value = new Text(area, SWT.READ_ONLY);
            value.setText(fact.getValue());
            value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
    }
}
