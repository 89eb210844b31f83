package org.retailerdesk.ui.imports.internal;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.retailerdesk.imports.AbstractDryRun;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.RecordDryRun;
import org.retailerdesk.imports.RecordImport;
import org.retailerdesk.imports.InvalidValues;
import org.retailerdesk.imports.ReferenceDryRun;
import org.retailerdesk.imports.ReferenceImport;
import org.retailerdesk.imports.TableKind;
import org.retailerdesk.imports.ImportException;
import org.retailerdesk.imports.ImportResult;
import org.retailerdesk.imports.RetailerImport;
import org.retailerdesk.ui.StoreAccess;

/**
 * Import: choose what the file holds (retailers, records, the service network, staff, brands,
 * mutual-aid groups) and the file, check the column mapping, look at the dry run, finish. The
 * preview, the dry run and the commit each run in a Job; Finish closes the wizard at once and the
 * commit reports its result in a dialog when it is done (with what it created and how many warnings).
 */
public class ImportWizard extends Wizard {

    final FilePage filePage = new FilePage();
    final MappingPage mappingPage = new MappingPage();
    final DryRunPage dryRunPage = new DryRunPage();

    public ImportWizard() {
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(filePage);
        addPage(mappingPage);
        addPage(dryRunPage);
    }

    @Override
    public boolean canFinish() {
        return dryRunPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        AbstractDryRun<?> run = dryRunPage.dryRun();
        boolean skipRejected = dryRunPage.skipRejected();
        Display display = getShell().getDisplay();
        Job job = Job.create(NLS.bind(Messages.Commit_job, run.file().getFileName()), monitor -> {
            try {
                StoreAccess.whenOpen().join();
                ImportResult result;
                StringBuilder done = new StringBuilder();
                if (run instanceof RecordDryRun records) {
                    result = new RecordImport(StoreAccess.store()).commit(records, skipRejected, monitor);
                    done.append(NLS.bind(Messages.Commit_recordsDone, new Object[] { run.file().getFileName(), result.inserted(),
                            result.updated(), result.unchanged(), result.skipped(), records.kind().label() }));
                } else if (run instanceof ReferenceDryRun entries) {
                    result = new ReferenceImport(StoreAccess.store()).commit(entries, skipRejected, monitor);
                    done.append(NLS.bind(Messages.Commit_entriesDone, new Object[] { run.file().getFileName(), result.inserted(),
                            result.updated(), result.unchanged(), result.skipped(), entries.kind().label() }));
                } else {
                    DryRun retailers = (DryRun) run;
                    result = new RetailerImport(StoreAccess.store()).commit(retailers, skipRejected, monitor);
                    done.append(NLS.bind(Messages.Commit_done, new Object[] { run.file().getFileName(), result.inserted(),
                            result.updated(), result.unchanged(), result.skipped() }));
                    for (String line : retailers.createdSummary()) {
                        done.append('\n').append(line);
                    }
                    if (!retailers.warnings().isEmpty()) {
                        done.append('\n').append(NLS.bind(Messages.Commit_warnings, retailers.warnings().size()));
                    }
                }
                display.asyncExec(() -> MessageDialog.openInformation(shell(display), Messages.Wizard_title, done.toString()));
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                display.asyncExec(() -> MessageDialog.openInformation(shell(display), Messages.Wizard_title,
                        NLS.bind(Messages.Commit_cancelled, run.file().getFileName())));
                return Status.CANCEL_STATUS;
            } catch (ImportException e) {
                return Status.error(e.getMessage(), e);
            } catch (RuntimeException e) {
                return StoreAccess.errorStatus(e);
            }
        });
        job.setUser(true);
        job.setPriority(Job.LONG);
        job.schedule();
        return true;
    }

    /** Types a file name into the first page, as the user would (UI tests). */
    public void chooseFile(String path) {
        filePage.setPath(path);
    }

    /** The dry run of retailers the last page shows, or null while it runs or it is another's (UI tests). */
    public DryRun dryRun() {
        return dryRunPage.dryRun() instanceof DryRun d ? d : null;
    }

    /** The dry run of records the last page shows, or null (UI tests). */
    public RecordDryRun recordDryRun() {
        return dryRunPage.dryRun() instanceof RecordDryRun d ? d : null;
    }

    /** The dry run of a centre's own entries the last page shows, or null (UI tests). */
    public ReferenceDryRun referenceDryRun() {
        return dryRunPage.dryRun() instanceof ReferenceDryRun d ? d : null;
    }

    /** Chooses what the file holds, as the first page's drop-down does (null: retailers; UI tests). */
    public void chooseKind(TableKind kind) {
        filePage.setKind(kind);
    }

    /** Ticks or clears "create missing references" on the last page, which checks again (UI tests). */
    public void createMissing(boolean create) {
        dryRunPage.setCreateMissing(create);
    }

    /** Chooses what invalid values do on the last page, which checks again (UI tests). */
    public void invalidValues(InvalidValues v) {
        dryRunPage.setInvalidValues(v);
    }

    /** What the last page lists as created (UI tests). */
    public String createdText() {
        return dryRunPage.createdText();
    }

    /** Saves the last page's report as its button does, without the file dialog (UI tests). */
    public void saveReport(java.nio.file.Path file) {
        dryRunPage.writeReport(file);
    }

    private static Shell shell(Display display) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return window != null ? window.getShell() : display.getActiveShell();
    }
}
