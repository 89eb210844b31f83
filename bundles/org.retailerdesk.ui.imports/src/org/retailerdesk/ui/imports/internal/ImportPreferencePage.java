package org.retailerdesk.ui.imports.internal;

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
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.InvalidValues;

/**
 * RetailerDesk ▸ Import: what the import wizard proposes for a retailer file, stored where
 * {@link ImportOptions#PREFERENCES} says: create missing references (default no: such rows are
 * rejected) and what a value that does not fit a non-identity field does (default
 * {@link InvalidValues#WARN}: the field is left empty with a warning).
 */
public class ImportPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.retailerdesk.ui.preferences.import"; //$NON-NLS-1$

    private Button createMissing;
    private Button warn;
    private Button reject;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Preferences_importDescription);
    }

    /** The node the import reads; both keys are always written, so that it never depends on a default of its own. */
    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(ImportOptions.PREFERENCES);
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
        show(node().getBoolean(ImportOptions.PREFERENCE_CREATE_MISSING, false),
                InvalidValues.REJECT.name().equals(node().get(ImportOptions.PREFERENCE_INVALID_VALUES, null)));
        return page;
    }

    private void show(boolean create, boolean rejectInvalid) {
        createMissing.setSelection(create);
        reject.setSelection(rejectInvalid);
        warn.setSelection(!rejectInvalid);
    }

    /** For tests: set the page as a user would. */
    public void choose(boolean create, boolean rejectInvalid) {
        show(create, rejectInvalid);
    }

    @Override
    protected void performDefaults() {
        show(false, false);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        IEclipsePreferences node = node();
        node.putBoolean(ImportOptions.PREFERENCE_CREATE_MISSING, createMissing.getSelection());
        node.put(ImportOptions.PREFERENCE_INVALID_VALUES,
                (reject.getSelection() ? InvalidValues.REJECT : InvalidValues.WARN).name());
        try {
            node.flush();
            return true;
        } catch (BackingStoreException e) {
            setErrorMessage(NLS.bind(Messages.Preferences_notSaved, e.getMessage()));
            return false;
        }
    }
}
