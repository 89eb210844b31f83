package org.retailerdesk.ui.internal;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

/**
 * RetailerDesk ▸ Import: what the import wizard proposes for a retailer file. The keys are read by
 * the import, in the InstanceScope node {@value #NODE}: {@value #CREATE_MISSING} (boolean, default
 * false: rows naming a district, market department, route or manager the centre lacks are
 * rejected) and {@value #INVALID_VALUES} ({@value #WARN}, the default: a value that does not fit
 * a field outside the retailer's identity leaves it empty with a warning; {@value #REJECT}: the row
 * is rejected).
 */
public class ImportPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.retailerdesk.ui.preferences.import"; //$NON-NLS-1$
    public static final String NODE = "org.retailerdesk.imports"; //$NON-NLS-1$
    public static final String CREATE_MISSING = "createMissing"; //$NON-NLS-1$
    public static final String INVALID_VALUES = "invalidValues"; //$NON-NLS-1$
    public static final String WARN = "WARN"; //$NON-NLS-1$
    public static final String REJECT = "REJECT"; //$NON-NLS-1$

    private Button createMissing;
    private Button warn;
    private Button reject;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Preferences_importDescription);
    }

    /** The node the import reads; both keys are always written, so that it never depends on a default of its own. */
    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(page);
        createMissing = new Button(page, SWT.CHECK);
        createMissing.setText(Messages.Preferences_importCreateMissing);
        Group invalid = new Group(page, SWT.NONE);
        invalid.setText(Messages.Preferences_importInvalid);
        GridLayoutFactory.swtDefaults().applyTo(invalid);
        GridDataFactory.fillDefaults().grab(true, false).indent(0, 8).applyTo(invalid);
        warn = new Button(invalid, SWT.RADIO);
        warn.setText(Messages.Preferences_importWarn);
        reject = new Button(invalid, SWT.RADIO);
        reject.setText(Messages.Preferences_importReject);
        show(node().getBoolean(CREATE_MISSING, false), node().get(INVALID_VALUES, WARN));
        return page;
    }

    private void show(boolean create, String invalidValues) {
        createMissing.setSelection(create);
        reject.setSelection(REJECT.equals(invalidValues));
        warn.setSelection(!reject.getSelection());
    }

    /** For tests: set the page as a user would. */
    public void choose(boolean create, boolean rejectInvalid) {
        show(create, rejectInvalid ? REJECT : WARN);
    }

    @Override
    protected void performDefaults() {
        show(false, WARN);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        IEclipsePreferences node = node();
        node.putBoolean(CREATE_MISSING, createMissing.getSelection());
        node.put(INVALID_VALUES, reject.getSelection() ? REJECT : WARN);
        try {
            node.flush();
            return true;
        } catch (BackingStoreException e) {
            setErrorMessage(NLS.bind(Messages.Preferences_notSaved, e.getMessage()));
            return false;
        }
    }
}
