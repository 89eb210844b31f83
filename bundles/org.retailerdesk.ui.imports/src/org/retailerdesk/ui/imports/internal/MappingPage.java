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
import org.retailerdesk.imports.FilePreview;
import org.retailerdesk.imports.ImportField;
import org.retailerdesk.imports.SavedMappings;

/**
 * Page 2: which field each file column fills, filled in from the headers; one combo per column.
 * Mappings can be saved by name and loaded for the next file of the same kind.
 */
final class MappingPage extends WizardPage {

    private final SavedMappings saved = new SavedMappings();
    private TableViewer viewer;
    private Combo savedNames;
    private Text saveName;
    private FilePreview preview;
    private ColumnMapping mapping;

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

    private static String label(ImportField f) {
        return f == null ? Messages.MappingPage_ignore : f.label();
    }

    /** The combo of a column: "(not imported)" and every field. */
    private final class FieldEditing extends EditingSupport {
        private final String[] items;

        FieldEditing() {
            super(viewer);
            ImportField[] fields = ImportField.values();
            items = new String[fields.length + 1];
            items[0] = Messages.MappingPage_ignore;
            for (int i = 0; i < fields.length; i++) {
                items[i + 1] = fields[i].label() + (fields[i].isRequired() ? " *" : ""); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new ComboBoxCellEditor(viewer.getTable(), items, SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            ImportField f = mapping.field((Integer) element);
            return f == null ? 0 : f.ordinal() + 1;
        }

        @Override
        protected void setValue(Object element, Object value) {
            int index = (Integer) value;
            if (index >= 0) {
                mapping.set((Integer) element, index == 0 ? null : ImportField.values()[index - 1]);
                viewer.refresh();
                validate();
            }
        }
    }

    @Override
    public void setVisible(boolean visible) {
        FilePreview p = ((ImportWizard) getWizard()).filePage.preview();
        if (visible && p != null && p != preview) {
            preview = p;
            mapping = p.mapping().copy();
            viewer.setInput(java.util.stream.IntStream.range(0, mapping.columns()).boxed().toArray(Integer[]::new));
            validate();
        }
        super.setVisible(visible);
    }

    /** The mapping as the user left it (a copy). */
    ColumnMapping mapping() {
        return mapping == null ? null : mapping.copy();
    }

    FilePreview preview() {
        return preview;
    }

    private void validate() {
        if (mapping.column(ColumnMapping.KEY) < 0) {
            setErrorMessage(NLS.bind(Messages.MappingPage_needKey, ColumnMapping.KEY.label()));
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
            mapping = saved.load(savedNames.getText(), preview.headers());
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
