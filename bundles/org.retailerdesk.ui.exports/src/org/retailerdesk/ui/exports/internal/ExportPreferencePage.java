package org.retailerdesk.ui.exports.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.retailerdesk.exports.ExportColumn;

/** RetailerDesk ▸ Export: what the export wizard proposes (encoding, columns) and the font of PDF files. */
public class ExportPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.retailerdesk.ui.exports.preferences"; //$NON-NLS-1$

    private Combo encoding;
    private ColumnChoice columns;
    private Text font;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Preferences_description);
    }

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return ExportPreferences.store();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.Encoding_label);
        encoding = new Combo(page, SWT.READ_ONLY);
        encoding.setItems(Messages.Encoding_utf8, Messages.Encoding_gbk);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(encoding);

        new Label(page, SWT.NONE).setText(Messages.Preferences_font);
        font = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(font);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.File_browse);
        browse.addListener(SWT.Selection, e -> browse());
        Label fontNote = new Label(page, SWT.WRAP);
        fontNote.setText(Messages.Preferences_fontNote);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(fontNote);

        Label columnsLabel = new Label(page, SWT.NONE);
        columnsLabel.setText(Messages.Preferences_columns);
        GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(columnsLabel);
        Composite tree = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(tree);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(tree);
        columns = new ColumnChoice(tree, ExportPreferences.columns(), this::validate);

        show(ExportPreferences.GBK.name().equals(getPreferenceStore().getString(ExportPreferences.ENCODING)),
                getPreferenceStore().getString(ExportPreferences.PDF_FONT));
        font.addListener(SWT.Modify, e -> validate());
        validate();
        return page;
    }

    private void show(boolean gbk, String fontFile) {
        encoding.select(gbk ? 1 : 0);
        font.setText(fontFile);
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.ttf;*.ttc;*.otf", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        String current = font.getText().strip();
        if (!current.isEmpty() && Path.of(current).getParent() != null) {
            dialog.setFilterPath(Path.of(current).getParent().toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            font.setText(chosen);
        }
    }

    private void validate() {
        String error = null;
        String text = font.getText().strip();
        if (!text.isEmpty()) {
            try {
                if (!Files.isRegularFile(Path.of(text))) {
                    error = NLS.bind(Messages.Preferences_fontMissing, text);
                }
            } catch (InvalidPathException e) {
                error = NLS.bind(Messages.Preferences_fontMissing, text);
            }
        }
        if (error == null && columns.chosen().isEmpty()) {
            error = Messages.Columns_none;
        }
        setErrorMessage(error);
        setValid(error == null);
    }

    /** The encoding chosen on the page. */
    public Charset encoding() {
        return encoding.getSelectionIndex() == 1 ? ExportPreferences.GBK : StandardCharsets.UTF_8;
    }

    /** For tests: set the page as a user would. */
    public void choose(boolean gbk, List<ExportColumn> chosen, String fontFile) {
        show(gbk, fontFile);
        columns.set(chosen);
        validate();
    }

    @Override
    protected void performDefaults() {
        IPreferenceStore store = getPreferenceStore();
        show(ExportPreferences.GBK.name().equals(store.getDefaultString(ExportPreferences.ENCODING)),
                store.getDefaultString(ExportPreferences.PDF_FONT));
        columns.selectAll(true);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        IPreferenceStore store = getPreferenceStore();
        store.setValue(ExportPreferences.ENCODING, encoding().name());
        store.setValue(ExportPreferences.COLUMNS, ExportPreferences.columnsValue(columns.chosen()));
        store.setValue(ExportPreferences.PDF_FONT, font.getText().strip());
        return true;
    }
}
