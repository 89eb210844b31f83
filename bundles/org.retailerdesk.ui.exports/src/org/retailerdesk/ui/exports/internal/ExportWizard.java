package org.retailerdesk.ui.exports.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.retailerdesk.exports.ExportException;
import org.retailerdesk.exports.ExportFormatDescriptor;
import org.retailerdesk.exports.ExportRequest;
import org.retailerdesk.exports.ExportResult;
import org.retailerdesk.exports.ExportScope;
import org.retailerdesk.exports.RecordExport;
import org.retailerdesk.exports.RetailerExport;
import org.retailerdesk.imports.RecordKind;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.ui.StoreAccess;

/**
 * Export of the Retailers view's filter or selection: settings page (scope, format, encoding,
 * language, file) and columns page. Finish starts a Job with progress and cancel; the store is
 * only touched in that Job.
 */
public class ExportWizard extends Wizard {

    private final RetailerQuery filter;
    private final List<Long> selected;
    private ExportSettingsPage settings;
    private ExportColumnsPage columns;
    private Job job;

    /**
     * @param filter   the Retailers view's query, or null when it is not open (then: every retailer)
     * @param selected ids of the retailers selected in it
     */
    public ExportWizard(RetailerQuery filter, List<Long> selected) {
        this.filter = filter;
        this.selected = List.copyOf(selected);
        setWindowTitle(Messages.Wizard_title);
        // the last format, language and file are proposed next time; encoding and columns come from the preferences
        setDialogSettings(PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(ExportWizard.class))
                .getDialogSettings());
    }

    @Override
    public void addPages() {
        settings = new ExportSettingsPage(filter != null, selected.size());
        columns = new ExportColumnsPage();
        addPage(settings);
        addPage(columns);
    }

    @Override
    public boolean performFinish() {
        if (settings.kind() != null) {
            settings.remember();
            job = recordJob(settings.kind(), RecordExport.Format.of(settings.format().id()), settings, getShell().getDisplay());
            job.schedule();
            return true;
        }
        ExportScope scope = settings.useSelection() ? new ExportScope.Selection(selected)
                : new ExportScope.Filter(filter != null ? filter : RetailerQuery.all());
        ExportRequest request = new ExportRequest(scope, columns.chosen(), settings.encoding(), settings.locale());
        settings.remember();
        ExportPreferences.applyPdfFont();
        job = exportJob(settings.format(), request, settings.file(), getShell().getDisplay());
        job.schedule();
        return true;
    }

    /** The Job started by Finish, for tests; null before. */
    public Job job() {
        return job;
    }

    public ExportSettingsPage settingsPage() {
        return settings;
    }

    public ExportColumnsPage columnsPage() {
        return columns;
    }

    private static Job recordJob(RecordKind kind, RecordExport.Format format, ExportSettingsPage settings,
            Display display) {
        Path file = settings.file();
        java.nio.charset.Charset encoding = settings.encoding();
        Locale locale = settings.locale();
        return job(file, display, monitor -> RecordExport.run(StoreAccess.store(), kind, format, file, encoding, locale,
                monitor));
    }

    private static Job exportJob(ExportFormatDescriptor format, ExportRequest request, Path file, Display display) {
        return job(file, display, monitor -> RetailerExport.run(StoreAccess.store(), format, request, file, monitor));
    }

    private interface Export {
        ExportResult run(org.eclipse.core.runtime.IProgressMonitor monitor);
    }

    private static Job job(Path file, Display display, Export export) {
        Job j = Job.create(NLS.bind(Messages.Job_name, file.getFileName()), monitor -> {
            try {
                StoreAccess.whenOpen().join();
                ExportResult result = export.run(monitor);
                display.asyncExec(() -> done(display, result));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (ExportException | StoreException e) {
                return Status.error(e.getMessage(), e);
            } catch (java.util.concurrent.CompletionException e) {
                return StoreAccess.errorStatus(e);
            }
        });
        j.setUser(true);
        return j;
    }

    private static void done(Display display, ExportResult result) {
        Shell shell = display.getActiveShell();
        MessageDialog.openInformation(shell, Messages.Done_title, NLS.bind(Messages.Done_rows, new Object[] {
                result.rows(), result.file(), String.format(Locale.ROOT, "%.1f", result.seconds()) })); //$NON-NLS-1$
    }
}
