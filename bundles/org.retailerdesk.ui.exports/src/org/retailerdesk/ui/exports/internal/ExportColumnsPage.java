package org.retailerdesk.ui.exports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.retailerdesk.exports.ExportColumn;

/** The columns to export: a check tree of the retailer file's groups and fields, all or none at a click. */
public class ExportColumnsPage extends WizardPage {

    private static final String COLUMNS = "columns"; //$NON-NLS-1$

    private final Set<ExportColumn> checked = new HashSet<>(ExportColumn.all());
    private CheckboxTreeViewer tree;

    ExportColumnsPage() {
        super("columns"); //$NON-NLS-1$
        setTitle(Messages.Columns_title);
        setDescription(Messages.Columns_description);
    }

    @Override
    public void createControl(Composite parent) {
        restore();
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
        tree = new CheckboxTreeViewer(page, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).span(1, 3).hint(360, 320).applyTo(tree.getControl());
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ExportColumn.Group.values();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return parent instanceof ExportColumn.Group g ? ExportColumn.of(g).toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof ExportColumn c ? c.group() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof ExportColumn.Group;
            }
        });
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof ExportColumn c ? c.label(Locale.getDefault())
                        : ((ExportColumn.Group) element).label(Locale.getDefault());
            }
        });
        tree.setCheckStateProvider(new ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return element instanceof ExportColumn c ? checked.contains(c)
                        : ExportColumn.of((ExportColumn.Group) element).stream().anyMatch(checked::contains);
            }

            @Override
            public boolean isGrayed(Object element) {
                return element instanceof ExportColumn.Group g && !checked.containsAll(ExportColumn.of(g))
                        && isChecked(g);
            }
        });
        tree.addCheckStateListener(e -> {
            List<ExportColumn> affected = e.getElement() instanceof ExportColumn c ? List.of(c)
                    : ExportColumn.of((ExportColumn.Group) e.getElement());
            if (e.getChecked()) {
                checked.addAll(affected);
            } else {
                affected.forEach(checked::remove);
            }
            changed();
        });
        tree.setInput(ExportColumn.all());
        tree.expandAll();

        Button all = new Button(page, SWT.PUSH);
        all.setText(Messages.Columns_selectAll);
        all.addListener(SWT.Selection, e -> selectAll(true));
        GridDataFactory.fillDefaults().applyTo(all);
        Button none = new Button(page, SWT.PUSH);
        none.setText(Messages.Columns_selectNone);
        none.addListener(SWT.Selection, e -> selectAll(false));
        GridDataFactory.fillDefaults().applyTo(none);
        setControl(page);
        changed();
    }

    /** Select all / Select none. */
    public void selectAll(boolean all) {
        checked.clear();
        if (all) {
            checked.addAll(ExportColumn.all());
        }
        changed();
    }

    /** For tests: the check box of a group or a column, as a click sets it. */
    public void check(Object element, boolean on) {
        tree.setChecked(element, on);
        List<ExportColumn> affected = element instanceof ExportColumn c ? List.of(c) : ExportColumn.of((ExportColumn.Group) element);
        if (on) {
            checked.addAll(affected);
        } else {
            affected.forEach(checked::remove);
        }
        changed();
    }

    private void changed() {
        tree.refresh();
        setErrorMessage(checked.isEmpty() ? Messages.Columns_none : null);
        setPageComplete(!checked.isEmpty());
    }

    /** The checked columns in the order of the retailer file. */
    public List<ExportColumn> chosen() {
        return ExportColumn.all().stream().filter(checked::contains).toList();
    }

    private void restore() {
        IDialogSettings s = getDialogSettings();
        String[] names = s == null ? null : s.getArray(COLUMNS);
        if (names != null && names.length > 0) {
            Set<String> wanted = new HashSet<>(Arrays.asList(names));
            checked.clear();
            ExportColumn.all().stream().filter(c -> wanted.contains(c.name())).forEach(checked::add);
            if (checked.isEmpty()) {
                checked.addAll(ExportColumn.all());
            }
        }
    }

    void remember() {
        IDialogSettings s = getDialogSettings();
        if (s != null) {
            List<String> names = new ArrayList<>();
            chosen().forEach(c -> names.add(c.name()));
            s.put(COLUMNS, names.toArray(String[]::new));
        }
    }
}
