package org.retailerdesk.ui.exports.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.exports.ExportFormatDescriptor;
import org.retailerdesk.exports.ExportFormats;
import org.retailerdesk.exports.RecordExport;
import org.retailerdesk.imports.RecordKind;

/**
 * Which retailers, in which format, encoding and language, into which file. The encoding starts at
 * the preferences' default; format, language and file are the last export's.
 */
public class ExportSettingsPage extends WizardPage {

    private static final String FORMAT = "format"; //$NON-NLS-1$
    private static final String LANGUAGE = "language"; //$NON-NLS-1$
    private static final String FILE = "file"; //$NON-NLS-1$

    private final boolean filterAvailable;
    private final int selectedCount;
    private final List<ExportFormatDescriptor> formats = ExportFormats.all();
    private Combo records;
    private Button filterButton;
    private Button selectionButton;
    private Combo format;
    private Combo encoding;
    private Combo language;
    private Text file;
    private Label pdfFont;

    ExportSettingsPage(boolean filterAvailable, int selectedCount) {
        super("settings"); //$NON-NLS-1$
        this.filterAvailable = filterAvailable;
        this.selectedCount = selectedCount;
        setTitle(Messages.Settings_title);
        setDescription(Messages.Settings_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);

        List<String> kinds = new java.util.ArrayList<>(List.of(Messages.Records_retailers));
        java.util.Arrays.stream(RecordKind.values()).map(RecordKind::label).forEach(kinds::add);
        records = combo(page, Messages.Records_label, kinds.toArray(String[]::new));
        Group scope = new Group(page, SWT.NONE);
        scope.setText(Messages.Scope_group);
        GridLayoutFactory.swtDefaults().applyTo(scope);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(scope);
        filterButton = new Button(scope, SWT.RADIO);
        filterButton.setText(filterAvailable ? Messages.Scope_filter : Messages.Scope_filterUnavailable);
        selectionButton = new Button(scope, SWT.RADIO);
        selectionButton.setText(NLS.bind(Messages.Scope_selection, selectedCount));
        selectionButton.setEnabled(selectedCount > 0);
        selectionButton.setSelection(selectedCount > 0);
        filterButton.setSelection(selectedCount == 0);

        format = combo(page, Messages.Format_label, formats.stream().map(ExportFormatDescriptor::label).toArray(String[]::new));
        encoding = combo(page, Messages.Encoding_label, new String[] { Messages.Encoding_utf8, Messages.Encoding_gbk });
        language = combo(page, Messages.Language_label, new String[] { Messages.Language_zh, Messages.Language_en });

        new Label(page, SWT.NONE).setText(Messages.File_label);
        file = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.File_browse);
        browse.addListener(SWT.Selection, e -> browse());
        pdfFont = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(360, SWT.DEFAULT).applyTo(pdfFont);

        restore();
        format.addListener(SWT.Selection, e -> formatChanged());
        records.addListener(SWT.Selection, e -> recordsChanged());
        file.addListener(SWT.Modify, e -> validate());
        formatChanged();
        setControl(page);
    }

    private static Combo combo(Composite page, String label, String[] items) {
        new Label(page, SWT.NONE).setText(label);
        Combo c = new Combo(page, SWT.READ_ONLY);
        c.setItems(items);
        c.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(c);
        return c;
    }

    /** Encoding only for CSV, the font only for PDF; the file's extension follows the format. */
    private void formatChanged() {
        encoding.setEnabled("csv".equals(format().id())); //$NON-NLS-1$
        String font = ExportPreferences.effectivePdfFont();
        pdfFont.setText(!isPdf() ? "" //$NON-NLS-1$
                : font != null ? NLS.bind(Messages.Pdf_font, font) : Messages.Pdf_systemFont);
        pdfFont.getParent().layout(true);
        String name = file.getText().strip();
        if (!name.isEmpty()) {
            int dot = name.lastIndexOf('.');
            int slash = name.lastIndexOf('/');
            String base = dot > slash ? name.substring(0, dot) : name;
            file.setText(base + "." + format().extension()); //$NON-NLS-1$
        }
        validate();
    }

    /** The columns page is for retailers; records have their own columns. */
    @Override
    public boolean canFlipToNextPage() {
        return kind() == null && super.canFlipToNextPage();
    }

    /** Records are exported whole: the retailer scope does not apply to them. */
    private void recordsChanged() {
        filterButton.setEnabled(kind() == null);
        selectionButton.setEnabled(kind() == null && selectedCount > 0);
        validate();
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setOverwrite(false); // the page says so; replacing happens only once the export succeeded
        dialog.setFilterExtensions(new String[] { "*." + format().extension() }); //$NON-NLS-1$
        Path current = file.getText().isBlank() ? null : Path.of(file.getText().strip());
        if (current != null) {
            dialog.setFileName(current.getFileName().toString());
            if (current.getParent() != null) {
                dialog.setFilterPath(current.getParent().toString());
            }
        }
        String chosen = dialog.open();
        if (chosen != null) {
            file.setText(chosen);
        }
    }

    private void validate() {
        String text = file.getText().strip();
        String error = null;
        String warning = null;
        String font = ExportPreferences.effectivePdfFont();
        if (kind() != null && RecordExport.Format.of(format().id()) == null) {
            error = Messages.Records_formats;
        } else if (isPdf() && font != null && !Files.isRegularFile(Path.of(font))) {
            error = NLS.bind(Messages.Pdf_fontMissing, font);
        } else if (text.isEmpty()) {
            error = Messages.File_missing;
        } else {
            Path p = Path.of(text).toAbsolutePath();
            if (Files.isDirectory(p)) {
                error = NLS.bind(Messages.File_isFolder, p);
            } else if (p.getParent() == null || !Files.isDirectory(p.getParent())) {
                error = NLS.bind(Messages.File_noFolder, p.getParent());
            } else if (Files.exists(p)) {
                warning = NLS.bind(Messages.File_exists, p);
            }
        }
        setErrorMessage(error);
        setMessage(warning, IMessageProvider.WARNING);
        setPageComplete(error == null);
    }

    private void restore() {
        encoding.select(ExportPreferences.encoding().equals(ExportPreferences.GBK) ? 1 : 0);
        IDialogSettings s = getDialogSettings();
        if (s == null) {
            return;
        }
        for (int i = 0; i < formats.size(); i++) {
            if (formats.get(i).id().equals(s.get(FORMAT))) {
                format.select(i);
            }
        }
        language.select("en".equals(s.get(LANGUAGE)) ? 1 : 0); //$NON-NLS-1$
        String last = s.get(FILE);
        file.setText(last != null ? last
                : Path.of(System.getProperty("user.home"), Messages.File_defaultName + ".csv").toString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    void remember() {
        IDialogSettings s = getDialogSettings();
        if (s != null) {
            s.put(FORMAT, format().id());
            s.put(LANGUAGE, locale().getLanguage());
            s.put(FILE, file().toString());
        }
    }

    public boolean useSelection() {
        return selectionButton.getSelection();
    }

    ExportFormatDescriptor format() {
        return formats.get(Math.max(0, format.getSelectionIndex()));
    }

    /** What is exported: null for retailers, else every publicity record or visit. */
    public RecordKind kind() {
        int i = records.getSelectionIndex();
        return i <= 0 ? null : RecordKind.values()[i - 1];
    }

    /** For tests: choose what is exported (null: retailers), as the drop-down does. */
    public void chooseRecords(RecordKind kind) {
        records.select(kind == null ? 0 : kind.ordinal() + 1);
        recordsChanged();
    }

    /** The encoding of the file (UTF-8 unless GBK is chosen for a CSV file). */
    public Charset encoding() {
        return encoding.isEnabled() && encoding.getSelectionIndex() == 1 ? ExportPreferences.GBK : StandardCharsets.UTF_8;
    }

    /** Whether the page proposes GBK (the CSV encoding chosen, whatever the format). */
    public boolean proposesGbk() {
        return encoding.getSelectionIndex() == 1;
    }

    private boolean isPdf() {
        return "pdf".equals(format().id()); //$NON-NLS-1$
    }

    Locale locale() {
        return language.getSelectionIndex() == 1 ? Locale.ENGLISH : Locale.CHINESE;
    }

    Path file() {
        return Path.of(file.getText().strip()).toAbsolutePath();
    }

    /** For tests: fill the page as a user would. */
    public void choose(String formatId, boolean gbk, String path) {
        for (int i = 0; i < formats.size(); i++) {
            if (formats.get(i).id().equals(formatId)) {
                format.select(i);
            }
        }
        formatChanged();
        encoding.select(gbk ? 1 : 0);
        file.setText(path);
    }
}
