package org.retailerdesk.ui.exports.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.CheckboxTreeViewer;
import org.eclipse.jface.viewers.ICheckStateProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.retailerdesk.exports.ExportColumn;

/**
 * A check tree of the retailer file's groups and columns, all or none at a click: the wizard's
 * columns page and the export preferences both choose columns with it.
 */
final class ColumnChoice {

    private final Set<ExportColumn> checked = new HashSet<>();
    private final CheckboxTreeViewer tree;
    private final Runnable changed;

    /** @param changed called after every change of the checked columns */
    ColumnChoice(Composite parent, Collection<ExportColumn> initial, Runnable changed) {
        this.changed = changed;
        checked.addAll(initial);
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        tree = new CheckboxTreeViewer(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, true).span(1, 3).hint(360, 320).applyTo(tree.getControl());
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ExportColumn.Group.values();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return parentElement instanceof ExportColumn.Group g ? ExportColumn.of(g).toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof ExportColumn col ? col.group() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof ExportColumn.Group;
            }
        });
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof ExportColumn col ? col.label(Locale.getDefault())
                        : ((ExportColumn.Group) element).label(Locale.getDefault());
            }
        });
        tree.setCheckStateProvider(new ICheckStateProvider() {
            @Override
            public boolean isChecked(Object element) {
                return element instanceof ExportColumn col ? checked.contains(col)
                        : ExportColumn.of((ExportColumn.Group) element).stream().anyMatch(checked::contains);
            }

            @Override
            public boolean isGrayed(Object element) {
                return element instanceof ExportColumn.Group g && !checked.containsAll(ExportColumn.of(g)) && isChecked(g);
            }
        });
        tree.addCheckStateListener(e -> check(e.getElement(), e.getChecked()));
        tree.setInput(ExportColumn.all());
        tree.expandAll();

        Button all = new Button(c, SWT.PUSH);
        all.setText(Messages.Columns_selectAll);
        all.addListener(SWT.Selection, e -> selectAll(true));
        GridDataFactory.fillDefaults().applyTo(all);
        Button none = new Button(c, SWT.PUSH);
        none.setText(Messages.Columns_selectNone);
        none.addListener(SWT.Selection, e -> selectAll(false));
        GridDataFactory.fillDefaults().applyTo(none);
    }

    /** Checks or unchecks a column, or every column of a group. */
    void check(Object element, boolean on) {
        List<ExportColumn> affected = element instanceof ExportColumn col ? List.of(col)
                : ExportColumn.of((ExportColumn.Group) element);
        if (on) {
            checked.addAll(affected);
        } else {
            affected.forEach(checked::remove);
        }
        refresh();
    }

    void selectAll(boolean all) {
        set(all ? ExportColumn.all() : List.of());
    }

    void set(Collection<ExportColumn> columns) {
        checked.clear();
        checked.addAll(columns);
        refresh();
    }

    private void refresh() {
        tree.refresh();
        changed.run();
    }

    /** The checked columns in the order of the retailer file. */
    List<ExportColumn> chosen() {
        return ExportColumn.all().stream().filter(checked::contains).toList();
    }
}
