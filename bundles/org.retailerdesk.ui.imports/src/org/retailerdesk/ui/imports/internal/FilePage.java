package org.retailerdesk.ui.imports.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.imports.FilePreview;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.TableKind;
import org.retailerdesk.imports.RetailerImport;

/** Page 1: the file, its encoding (CSV) or sheet (XLSX). The file is previewed in a Job on every change. */
final class FilePage extends WizardPage {

    /** Encoding choices: detect, then the two a Chinese centre meets. */
    private static final Charset[] CHARSETS = { null, StandardCharsets.UTF_8, Charset.forName("GBK") }; //$NON-NLS-1$

    private Combo records;
    private Text path;
    private Combo encoding;
    private Combo sheet;
    private Label info;
    private FilePreview preview;
    /** Number of the latest preview asked for; answers to earlier ones are dropped. */
    private int latest;

    FilePage() {
        super("file"); //$NON-NLS-1$
        setTitle(Messages.FilePage_title);
        setDescription(Messages.FilePage_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(3, false));
        new Label(c, SWT.NONE).setText(Messages.FilePage_records);
        records = new Combo(c, SWT.READ_ONLY);
        records.add(Messages.FilePage_retailers);
        for (TableKind k : TableKind.all()) {
            records.add(k.label());
        }
        records.select(0);
        new Label(c, SWT.NONE);
        new Label(c, SWT.NONE).setText(Messages.FilePage_file);
        path = new Text(c, SWT.BORDER);
        path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        path.addModifyListener(e -> schedulePreview(true));
        Button browse = new Button(c, SWT.PUSH);
        browse.setText(Messages.FilePage_browse);
        browse.addListener(SWT.Selection, e -> browse());

        new Label(c, SWT.NONE).setText(Messages.FilePage_encoding);
        encoding = new Combo(c, SWT.READ_ONLY);
        encoding.setItems(Messages.FilePage_detect, "UTF-8", "GBK"); //$NON-NLS-1$ //$NON-NLS-2$
        encoding.select(0);
        encoding.addListener(SWT.Selection, e -> schedulePreview(false));
        new Label(c, SWT.NONE);

        new Label(c, SWT.NONE).setText(Messages.FilePage_sheet);
        sheet = new Combo(c, SWT.READ_ONLY);
        sheet.setEnabled(false);
        sheet.addListener(SWT.Selection, e -> schedulePreview(false));
        new Label(c, SWT.NONE);

        info = new Label(c, SWT.WRAP);
        GridData infoData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        infoData.widthHint = 600;
        info.setLayoutData(infoData);
        setControl(c);
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx;*.txt", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterNames(new String[] { Messages.FilePage_filterFiles, Messages.FilePage_filterAll });
        String chosen = dialog.open();
        if (chosen != null) {
            path.setText(chosen);
        }
    }

    void setPath(String text) {
        path.setText(text);
    }

    ImportOptions options() {
        Charset charset = CHARSETS[Math.max(0, encoding.getSelectionIndex())];
        String sheetName = sheet.isEnabled() && sheet.getSelectionIndex() > 0 ? sheet.getText() : null;
        return new ImportOptions(charset, sheetName);
    }

    FilePreview preview() {
        return preview;
    }

    /** What the file holds: null for retailers, else records (publicity, visits) or a centre's own entries. */
    TableKind kind() {
        int i = records.getSelectionIndex();
        return i <= 0 ? null : TableKind.all().get(i - 1);
    }

    /** Chooses what the file holds, as the drop-down does (null: retailers). */
    void setKind(TableKind kind) {
        records.select(kind == null ? 0 : TableKind.all().indexOf(kind) + 1);
    }

    /** Reads the file's header and first rows in a Job; a new file forgets the sheet chosen for the last one. */
    private void schedulePreview(boolean newFile) {
        preview = null;
        setPageComplete(false);
        if (newFile) {
            sheet.removeAll();
            sheet.setEnabled(false);
        }
        String text = path.getText().strip();
        if (text.isEmpty()) {
            setErrorMessage(null);
            info.setText(""); //$NON-NLS-1$
            return;
        }
        Path file = Path.of(text);
        ImportOptions options = options();
        int number = ++latest;
        info.setText(Messages.FilePage_reading);
        Job.create(NLS.bind(Messages.FilePage_job, file.getFileName()), monitor -> {
            FilePreview p = null;
            String error = null;
            if (!Files.isRegularFile(file)) {
                error = NLS.bind(Messages.FilePage_noFile, file);
            } else {
                try {
                    p = RetailerImport.preview(file, options);
                } catch (RuntimeException e) {
                    error = e.getMessage();
                }
            }
            FilePreview result = p;
            String message = error;
            getShell().getDisplay().asyncExec(() -> show(number, result, message));
            return Status.OK_STATUS;
        }).schedule();
    }

    private void show(int number, FilePreview p, String error) {
        if (number != latest || getControl() == null || getControl().isDisposed()) {
            return;
        }
        preview = p;
        setErrorMessage(error);
        if (p == null) {
            info.setText(""); //$NON-NLS-1$
            setPageComplete(false);
            return;
        }
        if (!p.sheets().isEmpty() && !sheet.isEnabled()) {
            sheet.setItems(p.sheets().toArray(String[]::new));
            sheet.add(Messages.FilePage_firstSheet, 0);
            sheet.select(0);
            sheet.setEnabled(true);
        }
        info.setText(NLS.bind(Messages.FilePage_info, new Object[] { p.source(), p.headers().size(),
                String.join(", ", p.headers()) })); //$NON-NLS-1$
        info.getParent().layout(true, true);
        setPageComplete(true);
    }
}
