package org.retailerdesk.ui.exports.internal;

import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.retailerdesk.exports.ExportColumn;

/** The columns to export, starting from the default columns set in the preferences. */
public class ExportColumnsPage extends WizardPage {

    private ColumnChoice columns;

    ExportColumnsPage() {
        super("columns"); //$NON-NLS-1$
        setTitle(Messages.Columns_title);
        setDescription(Messages.Columns_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(page);
        columns = new ColumnChoice(page, ExportPreferences.columns(), this::changed);
        setControl(page);
        changed();
    }

    /** Select all / Select none. */
    public void selectAll(boolean all) {
        columns.selectAll(all);
    }

    /** For tests: the check box of a group or a column, as a click sets it. */
    public void check(Object element, boolean on) {
        columns.check(element, on);
    }

    private void changed() {
        boolean none = columns.chosen().isEmpty();
        setErrorMessage(none ? Messages.Columns_none : null);
        setPageComplete(!none);
    }

    /** The checked columns in the order of the retailer file. */
    public List<ExportColumn> chosen() {
        return columns.chosen();
    }
}
