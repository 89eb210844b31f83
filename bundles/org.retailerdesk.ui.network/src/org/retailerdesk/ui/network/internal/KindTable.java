package org.retailerdesk.ui.network.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.network.NetworkKind;

/**
 * The table of one kind's entries: a column per field and the active flag. Retired entries are
 * grey, and shown only when asked; a text keeps the entries whose code or name contains it.
 */
final class KindTable {

    private static final int HEADER_PADDING = 24;

    final NetworkKind kind;
    private final TableViewer viewer;
    private List<Entity> entries = List.of();
    private boolean showRetired;
    private String text = ""; //$NON-NLS-1$

    KindTable(Composite parent, NetworkKind kind) {
        this.kind = kind;
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setUseHashlookup(true);
        List<EStructuralFeature> columns = new ArrayList<>(kind.fields());
        columns.add(kind.activeFeature());
        Color grey = parent.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        GC gc = new GC(viewer.getTable());
        for (EStructuralFeature f : columns) {
            TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
            String title = ModelLabels.label(f);
            c.getColumn().setText(title);
            // wide enough for its title, whatever the language, and the code column for a code
            int text = gc.textExtent(title).x;
            if (f == kind.codeFeature()) {
                text = Math.max(text, gc.textExtent(kind.codeExample()).x);
            }
            c.getColumn().setWidth(Math.max(width(f), text + HEADER_PADDING));
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return Texts.of((Entity) element, f);
                }

                @Override
                public Color getForeground(Object element) {
                    return isRetired(element) ? grey : null;
                }
            });
        }
        gc.dispose();
        viewer.setFilters(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return shows((Entity) element);
            }
        });
    }

    private static int width(EStructuralFeature f) {
        Class<?> type = f.getEType().getInstanceClass();
        if (f instanceof EReference) {
            return 180;
        }
        if (type == boolean.class || type == int.class) {
            return 60;
        }
        if (type == BigDecimal.class || type == LocalDate.class) {
            return 100;
        }
        return "name".equals(f.getName()) ? 160 : 100; //$NON-NLS-1$
    }

    private boolean isRetired(Object element) {
        return !Boolean.TRUE.equals(((Entity) element).eGet(kind.activeFeature()));
    }

    private boolean shows(Entity e) {
        if (!showRetired && isRetired(e)) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        return contains(e.eGet(kind.codeFeature())) || contains(e.eGet(kind.nameFeature()));
    }

    private boolean contains(Object value) {
        return value != null && value.toString().toLowerCase(Locale.ROOT).contains(text);
    }

    void setInput(List<Entity> input) {
        Entity selected = selected();
        entries = input;
        viewer.setInput(input);
        if (selected != null) {
            select(selected.getId());
        }
    }

    void setFilter(boolean retired, String filterText) {
        showRetired = retired;
        text = filterText.strip().toLowerCase(Locale.ROOT);
        viewer.refresh();
    }

    /** The selected entry, or null. */
    Entity selected() {
        return ((IStructuredSelection) viewer.getSelection()).getFirstElement() instanceof Entity e ? e : null;
    }

    /** Selects the entry with that id, if it is shown. */
    void select(long id) {
        entries.stream().filter(e -> e.getId() == id && shows(e)).findFirst()
                .ifPresent(e -> viewer.setSelection(new StructuredSelection(e), true));
    }

    TableViewer viewer() {
        return viewer;
    }

    int shown() {
        return viewer.getTable().getItemCount();
    }

    int total() {
        return entries.size();
    }

    long retired() {
        return entries.stream().filter(this::isRetired).count();
    }
}
