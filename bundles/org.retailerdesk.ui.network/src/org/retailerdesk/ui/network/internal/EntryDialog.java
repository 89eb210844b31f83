package org.retailerdesk.ui.network.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.network.EntryProblem;
import org.retailerdesk.network.EntryRefusedException;
import org.retailerdesk.network.MasterData;
import org.retailerdesk.network.NetworkKind;
import org.retailerdesk.store.ConflictException;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;

/**
 * The form of one entry of the service network: its kind's fields, checked by {@link MasterData} as
 * the user types (codes against the entries the view shows), each problem beside its field; Save
 * is disabled while there is an error. Saving runs in a Job through {@link MasterData}, which
 * checks again against the store; a version saved elsewhere meanwhile is the {@code SaveConflict}
 * question.
 */
public class EntryDialog extends TitleAreaDialog {

    private final NetworkKind kind;
    private final Snapshot snapshot;
    private final NetworkDialogs dialogs;
    private final List<FieldEditor> editors = new ArrayList<>();
    /** The entry as read: its id and version are what a save is checked against. */
    private Entity original;
    private Entity saved;
    private boolean saving;
    private boolean valid;

    /** @param entry a new entry, or a stored one (it is not changed: the form edits a copy) */
    public EntryDialog(Shell shell, NetworkKind kind, Entity entry, Snapshot snapshot, NetworkDialogs dialogs) {
        super(shell);
        this.kind = kind;
        this.original = EcoreUtil.copy(entry);
        this.snapshot = snapshot;
        this.dialogs = dialogs;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    private String title() {
        String kindLabel = ModelLabels.label(kind.eClass());
        return original.getId() == 0 ? NLS.bind(Messages.Dialog_titleNew, kindLabel)
                : NLS.bind(Messages.Dialog_titleEdit, kindLabel, EntityLabels.label(original));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        getShell().setText(title());
        setTitle(title());
        setMessage(Messages.Dialog_message);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (EStructuralFeature f : kind.fields()) {
            FieldEditor editor = FieldEditor.create(body, f, snapshot, original);
            editor.onChange(this::check);
            editors.add(editor);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Dialog_save, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        check();
    }

    /** The form's values: a copy of the entry as read, and why a field's text is no value. */
    private record Edited(Entity entry, Map<EStructuralFeature, String> unreadable) {
    }

    private Edited edited(Entity base) {
        Entity entry = EcoreUtil.copy(base);
        Map<EStructuralFeature, String> unreadable = new HashMap<>();
        for (FieldEditor editor : editors) {
            String problem = editor.apply(entry);
            if (problem != null) {
                unreadable.put(editor.feature, problem);
            }
        }
        return new Edited(entry, unreadable);
    }

    /** Checks the form as it is now and shows what is wrong; Save is enabled only without errors. */
    private void check() {
        Edited edited = edited(original);
        show(edited.unreadable(), MasterData.validate(edited.entry(), snapshot.of(kind)));
    }

    private void show(Map<EStructuralFeature, String> unreadable, List<EntryProblem> problems) {
        String firstError = null;
        String firstWarning = null;
        for (FieldEditor editor : editors) {
            String bad = unreadable.get(editor.feature);
            // errors before warnings at one field
            EntryProblem p = problems.stream().filter(x -> x.feature() == editor.feature)
                    .min(Comparator.comparing(x -> !x.isError())).orElse(null);
            if (bad != null) {
                editor.showProblem(bad, true);
                firstError = firstError == null ? bad : firstError;
            } else if (p != null) {
                editor.showProblem(p.message(), p.isError());
                if (p.isError()) {
                    firstError = firstError == null ? p.message() : firstError;
                } else {
                    firstWarning = firstWarning == null ? p.message() : firstWarning;
                }
            } else {
                editor.showProblem(null, false);
            }
        }
        for (EntryProblem p : problems) {
            boolean atAField = editors.stream().anyMatch(e -> e.feature == p.feature());
            if (!atAField && p.isError() && firstError == null) {
                firstError = p.message();
            }
        }
        valid = firstError == null;
        setErrorMessage(firstError);
        if (valid) {
            setMessage(firstWarning != null ? firstWarning : Messages.Dialog_message,
                    firstWarning != null ? IMessageProvider.WARNING : IMessageProvider.NONE);
        }
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(valid && !saving);
        }
        fitProblems();
    }

    /** Lays the form out again for the problems under its fields, growing the window when they need room. */
    private void fitProblems() {
        Shell shell = getShell();
        if (shell == null || !shell.isVisible()) {
            return;
        }
        Point wanted = shell.computeSize(shell.getSize().x, SWT.DEFAULT);
        if (wanted.y > shell.getSize().y) {
            shell.setSize(shell.getSize().x, wanted.y);
        }
        shell.layout(true, true);
    }

    @Override
    protected void okPressed() {
        check();
        if (valid && !saving) {
            save(edited(original).entry());
        }
    }

    private void save(Entity entry) {
        saving = true;
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        setMessage(Messages.Dialog_saving, IMessageProvider.INFORMATION);
        UiJob.of(Messages.Dialog_saving, monitor -> new MasterData(StoreAccess.store()).save(entry))
                .owner(getShell()).onDone(stored -> {
                    saving = false;
                    saved = stored;
                    super.okPressed();
                }).onFailure(e -> {
                    saving = false;
                    failed(entry, e);
                }).schedule();
    }

    private void failed(Entity entry, RuntimeException e) {
        if (e instanceof EntryRefusedException refused) {
            // the store knows more than the view read: a code taken on another workstation meanwhile
            show(Map.of(), refused.problems());
        } else if (e instanceof ConflictException conflict) {
            switch (dialogs.conflict(getShell(), entry, conflict)) {
                case OVERWRITE -> readStored(stored -> save(edited(stored).entry()));
                case RELOAD -> readStored(stored -> {
                    original = EcoreUtil.copy(stored);
                    editors.forEach(editor -> editor.show(original));
                    check();
                });
                case CANCEL -> check();
            }
        } else {
            check();
            setErrorMessage(String.valueOf(e.getMessage()));
        }
    }

    /** Reads the stored version of the entry, then gives it to {@code then} on the UI thread. */
    private void readStored(java.util.function.Consumer<Entity> then) {
        long id = original.getId();
        UiJob.of(Messages.Dialog_reading, monitor -> StoreAccess.store().get(kind.type(), id)).owner(getShell())
                .onDone(stored -> {
                    if (stored == null) {
                        setErrorMessage(NLS.bind(Messages.Conflict_deleted, ModelLabels.label(kind.eClass()),
                                EntityLabels.label(original)));
                    } else {
                        then.accept(stored);
                    }
                }).onFailure(e -> setErrorMessage(String.valueOf(e.getMessage()))).schedule();
    }

    // for tests: the form as a person fills it

    private FieldEditor editor(EStructuralFeature feature) {
        return editors.stream().filter(e -> e.feature == feature).findFirst().orElseThrow();
    }

    /** The widget of a field: a Text, a Combo or a check Button (of a date: whether it is known). */
    public Control field(EStructuralFeature feature) {
        return editor(feature).widget();
    }

    /** The date of a date field. */
    public DateTime dateField(EStructuralFeature feature) {
        return editor(feature).dateWidget();
    }

    /** The problem shown beside a field, or null. */
    public String problemAt(EStructuralFeature feature) {
        return editor(feature).problem();
    }

    public boolean isSaveEnabled() {
        return getButton(IDialogConstants.OK_ID).isEnabled();
    }

    /** Presses Save as a person would (also when it is disabled: then nothing is saved). */
    public void pressSave() {
        okPressed();
    }

    /** The entry as stored by Save, else null. */
    public Entity saved() {
        return saved;
    }
}
