package org.retailerdesk.ui.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.dialogs.PreferenceLinkArea;
import org.eclipse.ui.preferences.IWorkbenchPreferenceContainer;

/** The root of RetailerDesk's preferences: what a centre sets once, one link per page below it. */
public class RetailerDeskPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.retailerdesk.ui.preferences"; //$NON-NLS-1$
    /** The export and import pages, contributed by org.retailerdesk.ui.exports and ui.imports beneath this one. */
    private static final String EXPORT_PAGE = "org.retailerdesk.ui.exports.preferences"; //$NON-NLS-1$
    private static final String IMPORT_PAGE = "org.retailerdesk.ui.preferences.import"; //$NON-NLS-1$

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Preferences_rootDescription);
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 8).applyTo(page);
        IWorkbenchPreferenceContainer container = (IWorkbenchPreferenceContainer) getContainer();
        for (String[] link : new String[][] { { GeneralPreferencePage.ID, Messages.Preferences_linkGeneral },
                { DatabasePreferencePage.ID, Messages.Preferences_linkDatabase }, { EXPORT_PAGE, Messages.Preferences_linkExport },
                { IMPORT_PAGE, Messages.Preferences_linkImport } }) {
            PreferenceLinkArea area = new PreferenceLinkArea(page, SWT.WRAP, link[0], link[1], container, null);
            GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(area.getControl());
        }
        return page;
    }
}
