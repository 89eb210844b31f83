package org.retailerdesk.ui.retailers.internal.profile;

import java.util.List;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.ui.retailers.internal.profile.ProfileProblems.Entry;

/**
 * The problems of every open profile editor, errors first. Double-click (or Enter) on one shows
 * its editor with the cursor in the field.
 */
public class ProblemsView extends ViewPart {

    public static final String ID = "org.retailerdesk.ui.retailers.problems";

    private TableViewer viewer;
    private final Runnable refresh = this::refresh;

    @Override
    public void createPartControl(Composite parent) {
        Composite client = new Composite(parent, SWT.NONE);
        TableColumnLayout columns = new TableColumnLayout();
        client.setLayout(columns);
        viewer = new TableViewer(client, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Columns.add(viewer, columns, Messages.Problems_message, 50, Entry.class, e -> e.problem().message(), ProblemsView::icon);
        Columns.add(viewer, columns, Messages.Problems_field, 15, Entry.class,
                e -> e.problem().feature() == null ? "" : ModelLabels.label(e.problem().feature()), null);
        Columns.add(viewer, columns, Messages.Problems_retailer, 25, Entry.class, e -> e.editor().getPartName(), null);
        Columns.add(viewer, columns, Messages.Problems_severity, 10, Entry.class,
                e -> e.problem().isError() ? Messages.Problems_error : Messages.Problems_warning, null);
        viewer.addOpenListener(event -> {
            if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof Entry entry) {
                go(entry);
            }
        });
        getSite().setSelectionProvider(viewer);
        ProfileProblems.addListener(refresh);
        refresh();
    }

    private static Image icon(Entry entry) {
        String image = entry.problem().isError() ? ISharedImages.IMG_OBJS_ERROR_TSK : ISharedImages.IMG_OBJS_WARN_TSK;
        return PlatformUI.getWorkbench().getSharedImages().getImage(image);
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Entry> entries = ProfileProblems.all().stream()
                .sorted((a, b) -> Boolean.compare(b.problem().isError(), a.problem().isError())).toList();
        viewer.setInput(entries);
        long errors = entries.stream().filter(e -> e.problem().isError()).count();
        setContentDescription(entries.isEmpty() ? Messages.Problems_none
                : NLS.bind(Messages.Problems_summary, errors, entries.size() - errors));
    }

    /** Shows the problem's editor and puts the cursor in the field. */
    void go(Entry entry) {
        getSite().getPage().activate(entry.editor());
        if (entry.problem().feature() != null) {
            entry.editor().showField(entry.problem().feature());
        }
    }

    // For tests.

    @SuppressWarnings("unchecked")
    public List<Entry> entries() {
        return (List<Entry>) viewer.getInput();
    }

    /** Opens a problem as a double-click on its row does. */
    public void open(Entry entry) {
        go(entry);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ProfileProblems.removeListener(refresh);
        super.dispose();
    }
}
