package org.retailerdesk.ui.internal;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.retailerdesk.store.DataFolder;
import org.retailerdesk.store.ServerAddress;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.StoreInfo;
import org.retailerdesk.ui.StoreAccess;

/**
 * RetailerDesk ▸ Database: where the database is now, the data folder the next start opens, and
 * the centre's database server a workstation works on instead of a database of its own.
 */
public class DatabasePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.retailerdesk.ui.preferences.database"; //$NON-NLS-1$
    /** The database's folder inside a data folder (as the Derby store keeps it). */
    private static final String DATABASE = "db"; //$NON-NLS-1$

    private Text current;
    private Text folder;
    private Text server;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Preferences_databaseDescription);
    }

    @Override
    protected IPreferenceStore doGetPreferenceStore() {
        return UiPreferences.store();
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.Preferences_databaseCurrent);
        current = new Text(page, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(current);
        StoreInfo info = StoreAccess.infoIfOpen();
        current.setText(info != null ? info.where() : DataFolder.resolve().resolve(DATABASE).toString());

        new Label(page, SWT.NONE).setText(Messages.Preferences_databaseNext);
        folder = new Text(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(folder);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.Preferences_browse);
        browse.addListener(SWT.Selection, e -> browse());
        Label note = new Label(page, SWT.WRAP);
        note.setText(Messages.Preferences_databaseNote);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(360, SWT.DEFAULT).indent(0, 8).applyTo(note);

        Label serverLabel = new Label(page, SWT.NONE);
        serverLabel.setText(Messages.Preferences_databaseServer);
        GridDataFactory.swtDefaults().indent(0, 12).applyTo(serverLabel);
        server = new Text(page, SWT.BORDER);
        server.setMessage("//host:1527/db"); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).indent(0, 12).applyTo(server);
        Label serverNote = new Label(page, SWT.WRAP);
        serverNote.setText(Messages.Preferences_databaseServerNote);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(360, SWT.DEFAULT).indent(0, 8).applyTo(serverNote);

        folder.setText(getPreferenceStore().getString(UiPreferences.DATA_FOLDER));
        server.setText(getPreferenceStore().getString(UiPreferences.SERVER));
        folder.addListener(SWT.Modify, e -> validate());
        server.addListener(SWT.Modify, e -> validate());
        validate();
        return page;
    }

    private void browse() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setMessage(Messages.Preferences_databaseNext);
        String start = folder.getText().isBlank() ? DataFolder.resolve().toString() : folder.getText().strip();
        dialog.setFilterPath(start);
        String chosen = dialog.open();
        if (chosen != null) {
            folder.setText(chosen);
        }
    }

    /** Refuses what the next start could not use; says whether it finds a database there or creates one. */
    private void validate() {
        String text = folder.getText().strip();
        String error = null;
        String info = null;
        if (!text.isEmpty()) {
            try {
                Path p = Path.of(text);
                Path existing = p;
                while (existing != null && !Files.exists(existing)) {
                    existing = existing.getParent();
                }
                // the folder, or the nearest of its parents that exists: the next start creates the rest
                if (!p.isAbsolute()) {
                    error = Messages.Preferences_databaseNotAbsolute;
                } else if (existing == null) {
                    error = NLS.bind(Messages.Preferences_databaseNotWritable, p);
                } else if (!Files.isDirectory(existing)) {
                    error = NLS.bind(Messages.Preferences_databaseNotFolder, existing);
                } else if (!Files.isWritable(existing)) {
                    error = NLS.bind(Messages.Preferences_databaseNotWritable, existing);
                } else if (Files.isDirectory(p.resolve(DATABASE))) {
                    info = NLS.bind(Messages.Preferences_databaseFound, p.resolve(DATABASE));
                } else {
                    info = NLS.bind(Messages.Preferences_databaseNew, p.resolve(DATABASE));
                }
            } catch (InvalidPathException e) {
                error = NLS.bind(Messages.Preferences_databaseInvalid, text);
            }
        }
        String address = server.getText().strip();
        if (!address.isEmpty() && error == null) {
            try {
                info = NLS.bind(Messages.Preferences_databaseServerNext, ServerAddress.parse(address));
            } catch (StoreException e) {
                error = e.getMessage();
            }
        }
        setErrorMessage(error);
        setMessage(info, IMessageProvider.INFORMATION);
        setValid(error == null);
    }

    /** The folder chosen for the next start, as typed ({@code ""}: the default). */
    public String folder() {
        return folder.getText().strip();
    }

    /** For tests: type a folder as a user would. */
    public void type(String path) {
        folder.setText(path);
    }

    /** For tests: type a server address as a user would. */
    public void typeServer(String address) {
        server.setText(address);
    }

    /** For tests: the database in use, as shown. */
    public String currentText() {
        return current.getText();
    }

    @Override
    protected void performDefaults() {
        folder.setText(getPreferenceStore().getDefaultString(UiPreferences.DATA_FOLDER));
        server.setText(getPreferenceStore().getDefaultString(UiPreferences.SERVER));
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        String chosen = folder();
        getPreferenceStore().setValue(UiPreferences.DATA_FOLDER, chosen.isEmpty() ? chosen : Path.of(chosen).normalize().toString());
        String address = server.getText().strip();
        getPreferenceStore().setValue(UiPreferences.SERVER, address.isEmpty() ? address : ServerAddress.parse(address).toString());
        return true;
    }
}
