package org.retailerdesk.ui.imports.internal;

import java.io.IOException;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.imports.ColumnMapping;
import org.retailerdesk.imports.FieldMapping;
import org.retailerdesk.imports.FilePreview;
import org.retailerdesk.imports.MappedField;
import org.retailerdesk.imports.SavedMappings;
import org.retailerdesk.imports.TableKind;

/**
 * Page 2: which field each file column fills, filled in from the headers; one combo per column.
 * Mappings can be saved by name and loaded for the next file of the same kind.
 */
final class MappingPage extends WizardPage {

    private SavedMappings saved = new SavedMappings();
    /** What the file holds: null for retailers. */
    private TableKind kind;
    private TableViewer viewer;
    private Combo savedNames;
    private Text saveName;
    private FilePreview preview;
    private FieldMapping<? extends MappedField> mapping;

    MappingPage() {
        super("mapping"); //$NON-NLS-1$
        setTitle(Messages.MappingPage_title);
        setDescription(Messages.MappingPage_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(4, false));
        viewer = new TableViewer(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.MappingPage_column, 160, i -> mapping.headers().get(i));
        column(Messages.MappingPage_sample, 200, this::sample);
        TableViewerColumn field = column(Messages.MappingPage_field, 200, i -> label(mapping.field(i)));
        field.setEditingSupport(new FieldEditing());

        new Label(c, SWT.NONE).setText(Messages.MappingPage_saved);
        savedNames = new Combo(c, SWT.READ_ONLY);
        savedNames.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button load = new Button(c, SWT.PUSH);
        load.setText(Messages.MappingPage_load);
        load.addListener(SWT.Selection, e -> load());
        new Label(c, SWT.NONE);
        new Label(c, SWT.NONE).setText(Messages.MappingPage_saveAs);
        saveName = new Text(c, SWT.BORDER);
        saveName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button save = new Button(c, SWT.PUSH);
        save.setText(Messages.MappingPage_save);
        save.addListener(SWT.Selection, e -> save());
        refreshSavedNames();
        setControl(c);
    }

    private interface CellText {
        String of(int column);
    }

    private TableViewerColumn column(String title, int width, CellText text) {
        TableViewerColumn col = new TableViewerColumn(viewer, SWT.NONE);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((Integer) element);
            }
        });
        return col;
    }

    private String sample(int column) {
        for (List<String> row : preview.sample()) {
            if (column < row.size() && !row.get(column).isBlank()) {
                return row.get(column);
            }
        }
        return ""; //$NON-NLS-1$
    }

    private static String label(MappedField f) {
        return f == null ? Messages.MappingPage_ignore : f.label();
    }

    /** The combo of a column: "(not imported)" and every field. */
    private final class FieldEditing extends EditingSupport {
        FieldEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            List<? extends MappedField> fields = mapping.choices();
            String[] items = new String[fields.size() + 1];
            items[0] = Messages.MappingPage_ignore;
            for (int i = 0; i < fields.size(); i++) {
                items[i + 1] = fields.get(i).label() + (fields.get(i).isRequired() ? " *" : ""); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return new ComboBoxCellEditor(viewer.getTable(), items, SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            MappedField f = mapping.field((Integer) element);
            return f == null ? 0 : mapping.choices().indexOf(f) + 1;
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index >= 0) {
                choose(mapping, (Integer) element, index);
                viewer.refresh();
                validate();
            }
        }
    }

    /** Lets the column fill the index'th choice (0: none). */
    private static <F extends MappedField> void choose(FieldMapping<F> m, int column, int index) {
        m.set(column, index == 0 ? null : m.choices().get(index - 1));
    }

    @Override
    public void setVisible(boolean visible) {
        FilePreview p = ((ImportWizard) getWizard()).filePage.preview();
        TableKind k = ((ImportWizard) getWizard()).filePage.kind();
        if (visible && p != null && (p != preview || k != kind || mapping == null)) {
            preview = p;
            kind = k;
            saved = kind == null ? new SavedMappings() : SavedMappings.of(kind);
            refreshSavedNames();
            mapping = kind == null ? p.mapping().copy() : FieldMapping.automatic(p.headers(), kind.fields());
            viewer.setInput(java.util.stream.IntStream.range(0, mapping.columns()).boxed().toArray(Integer[]::new));
            validate();
        }
        super.setVisible(visible);
    }

    /** The mapping as the user left it (a copy). */
    FieldMapping<?> mapping() {
        return mapping == null ? null : mapping.copy();
    }

    FilePreview preview() {
        return preview;
    }

    private void validate() {
        List<String> missing = kind == null
                ? mapping.column(ColumnMapping.KEY) < 0 ? List.of(ColumnMapping.KEY.label()) : List.of()
                : kind.missingKey(mapping);
        if (!missing.isEmpty()) {
            setErrorMessage(NLS.bind(Messages.MappingPage_needKey, String.join(", ", missing))); //$NON-NLS-1$
            setPageComplete(false);
        } else {
            setErrorMessage(null);
            setPageComplete(true);
        }
    }

    private void refreshSavedNames() {
        try {
            savedNames.setItems(saved.names().toArray(String[]::new));
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.MappingPage_savedFailed, e.getMessage()));
        }
    }

    private void load() {
        if (savedNames.getSelectionIndex() < 0 || preview == null) {
            return;
        }
        try {
            mapping = kind == null ? saved.load(savedNames.getText(), preview.headers())
                    : saved.load(savedNames.getText(), preview.headers(), kind.fields());
            viewer.refresh();
            validate();
        } catch (IOException | IllegalArgumentException e) {
            setErrorMessage(NLS.bind(Messages.MappingPage_savedFailed, e.getMessage()));
        }
    }

    private void save() {
        if (mapping == null) {
            return;
        }
        try {
            saved.save(saveName.getText(), mapping);
            refreshSavedNames();
            setMessage(NLS.bind(Messages.MappingPage_savedAs, saveName.getText().strip()));
        } catch (IOException | IllegalArgumentException e) {
            setErrorMessage(NLS.bind(Messages.MappingPage_savedFailed, e.getMessage()));
        }
    }
}
