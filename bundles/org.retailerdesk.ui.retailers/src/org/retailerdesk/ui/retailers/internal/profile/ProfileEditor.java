package org.retailerdesk.ui.retailers.internal.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.editor.IFormPage;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.model.validation.ModelValidation;
import org.retailerdesk.model.validation.Problem;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.AuditText;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.StoreEvents;
import org.retailerdesk.ui.UiJob;
import org.retailerdesk.ui.UiJob.Outcome;
import org.retailerdesk.ui.retailers.profile.ProfileEditorInput;
import org.retailerdesk.ui.retailers.profile.ProfilePage;

/**
 * The profile of one retailer: one page per {@link ProfilePage} contributed to
 * {@value ProfilePage#EXTENSION_POINT}. The retailer is read in a Job; the pages edit a working
 * copy through an editing domain, so every edit is a command: undo and redo, the dirty marker
 * and validation (after each command) follow the command stack. Saving writes the working copy
 * in one store transaction; a retailer saved by someone else meanwhile is never overwritten
 * without asking (see {@link org.retailerdesk.ui.SaveConflict}). A file with errors is not saved: the
 * user is told which fields to fix (warnings do not stop saving).
 */
public class ProfileEditor extends FormEditor {

    public static final String ID = ProfileEditorInput.EDITOR_ID;
    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;

    /** A field made by a page, where its problems are shown. */
    private record Field(Control control, PageContext page, Binding binding, ControlDecoration decoration) {
    }

    private final BasicCommandStack stack = new BasicCommandStack();
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
            new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), stack);
    private final DataBindingContext bindings = new DataBindingContext();
    private final Map<EStructuralFeature, Field> fields = new HashMap<>();
    private CommandStackAction undo;
    private CommandStackAction redo;
    private SaveDialogs dialogs = SaveDialogs.INTERACTIVE;
    /** The working copy the pages edit; null until read. */
    private Retailer retailer;
    /** The retailer as last read or saved: what the working copy's changes are measured against. */
    private Retailer saved;
    private References references;
    private List<Problem> problems = List.of();
    private boolean closed;
    /** While a save runs: the store's announcement of it is this editor's own write. */
    private boolean saving;
    /** What another workstation (or another part) stored since this editor read the file, or null. */
    private String changedElsewhere;
    private final Action reload = new Action(Messages.Profile_reload) {
        @Override
        public void run() {
            reloadStored();
        }
    };
    private final ActionContributionItem reloadItem = new ActionContributionItem(reload);

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof ProfileEditorInput)) {
            throw new PartInitException(NLS.bind(Messages.Profile_wrongInput, input));
        }
        super.init(site, input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        undo = new CommandStackAction(CommandStackAction.Kind.UNDO, stack);
        redo = new CommandStackAction(CommandStackAction.Kind.REDO, stack);
        stack.addCommandStackListener(event -> changed());
    }

    public ProfileEditorInput profileInput() {
        return (ProfileEditorInput) getEditorInput();
    }

    @Override
    protected void addPages() {
        try {
            addPage(new LoadingPage(this));
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
        load();
    }

    private void load() {
        long id = profileInput().retailerId();
        record Read(Retailer stored, References lists) {
        }
        UiJob.of(NLS.bind(Messages.Profile_loading, getPartName()), monitor -> {
            StoreAccess.whenOpen().join();
            Store store = StoreAccess.store();
            return new Read(store.get(Retailer.class, id), References.read(store));
        }).owner(this).interactive().onDone(r -> loaded(r.stored(), r.lists())).onFailure(e -> {
            ILog.of(getClass()).log(StoreAccess.errorStatus(e));
            loadingPage().ifPresent(p -> p.failed(StoreAccess.errorStatus(e).getMessage()));
        }).schedule();
    }

    private Optional<LoadingPage> loadingPage() {
        return closed || pages.isEmpty() || !(pages.get(0) instanceof LoadingPage l) ? Optional.empty() : Optional.of(l);
    }

    private void loaded(Retailer stored, References lists) {
        if (closed) {
            return;
        }
        if (stored == null) {
            loadingPage().ifPresent(p -> p.failed(NLS.bind(Messages.Profile_notFound, profileInput().retailerId())));
            return;
        }
        retailer = stored;
        saved = EcoreUtil.copy(stored);
        references = lists;
        updateTitle();
        try {
            for (PageContribution contribution : PageContribution.all()) {
                addPage(new ContributedPage(this, contribution));
            }
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
        removePage(0);
        if (getPageCount() > 0) {
            setActivePage(0);
        }
        validate();
        getSite().getSelectionProvider().setSelection(new StructuredSelection(retailer));
        reloadItem.setVisible(false);
        StoreEvents.onChange(getSite(), getContainer(), this::checkStored, Retailer.class);
    }

    /**
     * After a write of retailers (here or, announced by the store, on another workstation): when
     * the stored file is newer than what this editor read or saved, says who changed it and when,
     * and offers Reload. Saving over it still meets the conflict dialog.
     */
    private void checkStored() {
        long id = retailer.getId();
        record Stored(int version, AuditEntry last) {
        }
        UiJob.of(Messages.Profile_checking, monitor -> {
            Store store = StoreAccess.store();
            Retailer r = store.get(Retailer.class, id);
            List<AuditEntry> last = store.audit().auditTrail(id, 0, 1).rows();
            return new Stored(r == null ? -1 : r.getVersion(), last.isEmpty() ? null : last.get(0));
        }).owner(this).onDone(stored -> {
            if (!saving && retailer != null && stored.version() > saved.getVersion() && stored.last() != null) {
                changedElsewhere = NLS.bind(Messages.Profile_changedElsewhere, stored.last().actor(),
                        AuditText.time(stored.last().at()));
                reloadItem.setVisible(true);
                showProblems();
            }
        }).onFailure(e -> ILog.of(getClass()).log(StoreAccess.errorStatus(e))).schedule();
    }

    /** Shows the stored file; unsaved changes go only when the user agrees. */
    private void reloadStored() {
        if (isDirty() && !MessageDialog.openQuestion(getSite().getShell(), getPartName(), Messages.Profile_reloadDiscards)) {
            return;
        }
        Outcome<Retailer> outcome = inJob(Messages.Profile_reloading,
                () -> StoreAccess.store().get(Retailer.class, retailer.getId()));
        if (outcome.error() != null || outcome.value() == null) {
            dialogs.failed(getSite().getShell(), getPartName(),
                    outcome.error() != null ? outcome.error() : new IllegalStateException(getPartName()));
        } else {
            adopt(outcome.value(), true);
        }
    }

    private void updateTitle() {
        ProfileEditorInput input = ProfileEditorInput.of(saved);
        setInputWithNotify(input);
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
        for (Object page : pages) {
            if (page instanceof ContributedPage p && p.context() != null) {
                p.context().form().getForm().setText(getPartName());
            }
        }
    }

    // The pages' side.

    Retailer retailer() {
        return retailer;
    }

    EditingDomain editingDomain() {
        return domain;
    }

    DataBindingContext bindingContext() {
        return bindings;
    }

    References references() {
        return references;
    }

    void fieldCreated(EStructuralFeature feature, Control control, PageContext page, Binding binding) {
        ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        decoration.hide();
        fields.put(feature, new Field(control, page, binding, decoration));
    }

    void pageCreated(ContributedPage page) {
        IToolBarManager tools = page.getManagedForm().getForm().getToolBarManager();
        tools.add(reloadItem);
        tools.update(true);
        showProblems();
    }

    <T extends Entity> void read(Class<T> type, Consumer<List<T>> onLoaded) {
        long id = profileInput().retailerId();
        UiJob.of(NLS.bind(Messages.Profile_readingRecords, ModelLabels.label(P.getEClassifier(type.getSimpleName()))),
                monitor -> StoreAccess.store().findBy(type, id)).owner(this).onDone(onLoaded).onFailure(e -> {
                    IStatus status = StoreAccess.errorStatus(e);
                    ILog.of(getClass()).log(status);
                    showGeneralMessage(NLS.bind(Messages.Profile_readFailed, status.getMessage()));
                }).schedule();
    }

    private void showGeneralMessage(String message) {
        if (!closed && getActivePageInstance() instanceof FormPage page && page.getManagedForm() != null) {
            page.getManagedForm().getForm().setMessage(message, IMessageProvider.ERROR);
        }
    }

    // Changes, validation and problems.

    private void changed() {
        firePropertyChange(PROP_DIRTY);
        undo.update();
        redo.update();
        validate();
    }

    private void validate() {
        if (retailer == null) {
            return;
        }
        problems = ModelValidation.validate(retailer);
        showProblems();
        ProfileProblems.publish(this, problems);
    }

    /**
     * Each problem beside its field, and a summary in the header of every page, so problems on
     * other pages are not missed. (Not the forms message manager: its summaries are English only.)
     */
    private void showProblems() {
        fields.forEach((feature, field) -> {
            List<Problem> own = problems.stream().filter(p -> p.feature() == feature).toList();
            if (own.isEmpty() || field.control().isDisposed()) {
                field.decoration().hide();
                return;
            }
            boolean error = own.stream().anyMatch(Problem::isError);
            field.decoration().setImage(FieldDecorationRegistry.getDefault()
                    .getFieldDecoration(error ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage());
            field.decoration().setDescriptionText(own.stream().map(Problem::message).collect(Collectors.joining("\n")));
            field.decoration().show();
        });
        String summary = null;
        int type = IMessageProvider.NONE;
        if (!problems.isEmpty()) {
            long errors = problems.stream().filter(Problem::isError).count();
            type = errors > 0 ? IMessageProvider.ERROR : IMessageProvider.WARNING;
            summary = problems.size() == 1 ? problems.get(0).message()
                    : NLS.bind(Messages.Profile_problems, errors, problems.size() - errors);
        }
        if (changedElsewhere != null) {
            // the newer stored file first: saving would meet it; the problems stay beside their fields
            summary = changedElsewhere;
            type = IMessageProvider.WARNING;
        }
        for (Object page : pages) {
            if (page instanceof ContributedPage p && p.page() != null) {
                p.context().form().getForm().setMessage(summary, type);
                p.context().form().getForm().getToolBarManager().update(true);
            }
        }
    }

    /** A problem with the field it is about, for a list that does not show the field otherwise. */
    private static String describe(Problem problem) {
        return problem.feature() == null ? problem.message() : describe(problem.feature(), problem.message());
    }

    private static String describe(EStructuralFeature feature, String message) {
        return NLS.bind(Messages.Profile_fieldProblem, ModelLabels.label(feature), message);
    }

    /** The problems of the working copy after the last change. */
    public List<Problem> problems() {
        return problems;
    }

    /** Shows the page with the field of a feature and puts the cursor in it; false if no page has it. */
    public boolean showField(EStructuralFeature feature) {
        for (int i = 0; i < getPageCount() && !fields.containsKey(feature); i++) {
            if (pages.get(i) instanceof ContributedPage p && p.context() == null) {
                setActivePage(i); // creates the page, which makes its fields
            }
        }
        Field field = fields.get(feature);
        if (field == null || field.control().isDisposed()) {
            return false;
        }
        for (int i = 0; i < getPageCount(); i++) {
            if (pages.get(i) instanceof ContributedPage p && p.context() == field.page()) {
                setActivePage(i);
            }
        }
        return field.control().setFocus();
    }

    // Saving.

    @Override
    public boolean isDirty() {
        return retailer != null && stack.isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void doSaveAs() {
        // one file per retailer: there is nothing to save it as
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (retailer == null) {
            return;
        }
        // typing not yet committed (the delay after the last key) counts as an edit before saving
        bindings.updateModels();
        List<String> errors = saveBlockers();
        if (!errors.isEmpty()) {
            dialogs.refuseErrors(getSite().getShell(), getPartName(), errors);
            monitor.setCanceled(true);
            return;
        }
        Retailer copy = EcoreUtil.copy(retailer);
        saving = true;
        try {
            Outcome<Retailer> outcome = inJob(Messages.Save_job, () -> StoreAccess.store().write(tx -> tx.update(copy)));
            if (outcome.error() instanceof ConflictException conflict) {
                resolve(conflict, monitor);
            } else if (outcome.error() != null) {
                // the edits stay, unsaved (also when the server was lost): the editor stays dirty
                ILog.of(getClass()).log(StoreAccess.errorStatus(outcome.error()));
                dialogs.failed(getSite().getShell(), getPartName(), outcome.error());
                monitor.setCanceled(true);
            } else {
                adopt(outcome.value(), false);
            }
        } finally {
            saving = false;
        }
    }

    /** The errors that stop saving: the model's errors and text that could not be read as a value. */
    private List<String> saveBlockers() {
        List<String> blockers = new ArrayList<>();
        problems.stream().filter(Problem::isError).map(ProfileEditor::describe).forEach(blockers::add);
        fields.forEach((feature, field) -> {
            IStatus status = field.binding().getValidationStatus().getValue();
            if (status.matches(IStatus.ERROR)) {
                blockers.add(describe(feature, status.getMessage()));
            }
        });
        return blockers;
    }

    private void resolve(ConflictException conflict, IProgressMonitor monitor) {
        switch (dialogs.conflict(getSite().getShell(), getPartName(), conflict)) {
            case OVERWRITE -> {
                long id = retailer.getId();
                Outcome<Retailer> outcome = inJob(Messages.Save_job, () -> StoreAccess.store().write(tx -> {
                    // in one transaction: nobody can save between reading the newest version and writing over it
                    Retailer newest = tx.get(Retailer.class, id);
                    if (newest == null) {
                        throw conflict;
                    }
                    copyChanges(saved, retailer, newest);
                    return tx.update(newest);
                }));
                if (outcome.error() != null) {
                    ILog.of(getClass()).log(StoreAccess.errorStatus(outcome.error()));
                    dialogs.failed(getSite().getShell(), getPartName(), outcome.error());
                    monitor.setCanceled(true);
                } else {
                    adopt(outcome.value(), true);
                }
            }
            case RELOAD -> {
                Outcome<Retailer> outcome = inJob(Messages.Profile_reloading,
                        () -> StoreAccess.store().get(Retailer.class, retailer.getId()));
                if (outcome.error() != null || outcome.value() == null) {
                    Throwable error = outcome.error() != null ? outcome.error() : conflict;
                    dialogs.failed(getSite().getShell(), getPartName(), error);
                    monitor.setCanceled(true);
                } else {
                    adopt(outcome.value(), true);
                }
            }
            case CANCEL -> monitor.setCanceled(true);
        }
    }

    /**
     * Makes a stored retailer the editor's state: the working copy takes its values (without
     * commands: this is no edit) and the editor is clean. After a merge or reload the undo
     * history no longer matches what is stored, so it is cleared.
     */
    private void adopt(Retailer stored, boolean clearHistory) {
        copyChanges(retailer, stored, retailer);
        retailer.setVersion(stored.getVersion());
        saved = EcoreUtil.copy(stored);
        if (clearHistory) {
            stack.flush();
        }
        stack.saveIsDone();
        changedElsewhere = null;
        reloadItem.setVisible(false);
        changed();
        updateTitle();
    }

    /**
     * Shows the retailer as a write beside the editor stored it (a licence event): the editor takes
     * its values and version, and is clean. Only for an editor without unsaved changes, which the
     * write would otherwise meet as a conflict on saving.
     *
     * @throws IllegalStateException when the editor has unsaved changes
     */
    public void reloaded(Retailer stored) {
        if (isDirty()) {
            throw new IllegalStateException("unsaved changes in " + getPartName()); //$NON-NLS-1$
        }
        if (retailer != null && stored.getId() == retailer.getId()) {
            adopt(stored, true);
        }
    }

    /** Puts on {@code target} each field whose value in {@code changed} differs from {@code base}. */
    private static void copyChanges(EObject base, EObject changed, EObject target) {
        for (EStructuralFeature feature : P.getRetailer().getEAllStructuralFeatures()) {
            if (feature == P.getEntity_Id() || feature == P.getEntity_Version()) {
                continue;
            }
            Object value = Values.get(changed, feature);
            if (!sameValue(Values.get(base, feature), value)) {
                if (value == null && feature.isUnsettable()) {
                    target.eUnset(feature);
                } else {
                    target.eSet(feature, value);
                }
            }
        }
    }

    private static boolean sameValue(Object a, Object b) {
        return a instanceof Entity x && b instanceof Entity y ? References.same(x, y) : Objects.equals(a, b);
    }

    /**
     * Runs store work and waits for it with the UI alive, the editor's widgets disabled meanwhile.
     * Saving waits because the workbench expects {@link #doSave} to have saved when it returns
     * (closing, shutting down).
     */
    private <R> Outcome<R> inJob(String name, Supplier<R> work) {
        getContainer().setEnabled(false);
        try {
            return UiJob.of(name, monitor -> work.get()).interactive().runAndWait();
        } finally {
            if (!getContainer().isDisposed()) {
                getContainer().setEnabled(true);
            }
        }
    }

    // Undo and redo, for the action bar contributor.

    CommandStackAction undoAction() {
        return undo;
    }

    CommandStackAction redoAction() {
        return redo;
    }

    // For tests.

    /** True once the retailer is read and its pages are added. */
    public boolean isLoaded() {
        return retailer != null;
    }

    /** The working copy (for tests: read it, do not change it). */
    public Retailer workingCopy() {
        return retailer;
    }

    /** The editing widget of a feature, if its page was created. */
    public Control fieldControl(EStructuralFeature feature) {
        Field field = fields.get(feature);
        return field == null ? null : field.control();
    }

    /** The ids of the pages, in order. */
    public List<String> pageIds() {
        List<String> ids = new ArrayList<>();
        for (Object page : pages) {
            if (page instanceof IFormPage p) {
                ids.add(p.getId());
            }
        }
        return ids;
    }

    /**
     * Shows the page with that id (creating it) and returns its contributed {@link ProfilePage},
     * or null if there is no such page or it could not be created.
     */
    public ProfilePage showPage(String id) {
        for (int i = 0; i < getPageCount(); i++) {
            if (pages.get(i) instanceof ContributedPage p && p.getId().equals(id)) {
                setActivePage(i);
                return p.page();
            }
        }
        return null;
    }

    public void undo() {
        undo.run();
    }

    public void redo() {
        redo.run();
    }

    /** The notice that the stored file changed since this editor read it, or null. */
    public String changedElsewhereNotice() {
        return changedElsewhere;
    }

    /** True while Reload is offered. */
    public boolean reloadOffered() {
        return reloadItem.isVisible();
    }

    /** Reloads as the Reload button does. */
    public void reload() {
        reload.run();
    }

    /** Who answers the questions of saving (tests answer in place of a person). */
    public void setDialogs(SaveDialogs dialogs) {
        this.dialogs = dialogs;
    }

    /** The managed form of the active page, if created. */
    public IManagedForm activeForm() {
        return getActivePageInstance() instanceof FormPage page ? page.getManagedForm() : null;
    }

    @Override
    public void dispose() {
        closed = true;
        ProfileProblems.withdraw(this);
        bindings.dispose();
        super.dispose();
    }
}
