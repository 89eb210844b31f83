package org.retailerdesk.ui.retailers.internal.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.ui.retailers.profile.ProfileContext;
import org.retailerdesk.ui.retailers.profile.ProfilePage;

/**
 * The records of one kind that belong to the retailer (visits, operating records, ...) as a table,
 * newest first, read-only. Contributed with the model class and its date after a colon:
 * {@code class="...RecordsPage:Visit/date"}. For an abstract class (operating records) each row
 * says its kind and lists the fields of that kind in a details column.
 */
public class RecordsPage implements ProfilePage, IExecutableExtension {

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;

    private EClass type;
    private EStructuralFeature date;
    private TableViewer viewer;
    private Section section;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
        String[] parts = data instanceof String s ? s.strip().split("/") : new String[0];
        EClassifier classifier = parts.length == 2 ? P.getEClassifier(parts[0]) : null;
        if (classifier instanceof EClass c && P.getEntity().isSuperTypeOf(c)
                && c.getEStructuralFeature(parts[1]) instanceof EStructuralFeature f
                && f.getEType().getInstanceClass() == LocalDate.class) {
            type = c;
            date = f;
        } else {
            throw new CoreException(Status.error(NLS.bind(Messages.Contribution_noRecords, data)));
        }
    }

    @Override
    public void createContents(Composite body, ProfileContext context) {
        FormToolkit toolkit = context.toolkit();
        body.setLayout(new GridLayout(1, false));
        section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(ModelLabels.label(type));
        section.setDescription(Messages.Records_loading);
        section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite client = toolkit.createComposite(section);
        TableColumnLayout columns = new TableColumnLayout();
        client.setLayout(columns);
        viewer = new TableViewer(client, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        toolkit.adapt(viewer.getTable());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        if (type.isAbstract()) {
            column(columns, Messages.Records_kind, 10, e -> ModelLabels.label(e.eClass()));
        }
        for (EStructuralFeature feature : shownFeatures(type)) {
            column(columns, ModelLabels.label(feature), feature == date ? 10 : 12,
                    e -> Values.format(Values.get(e, feature)));
        }
        if (type.isAbstract()) {
            column(columns, Messages.Records_details, 30, this::details);
        }
        section.setClient(client);
        Class<? extends Entity> records = type.getInstanceClass().asSubclass(Entity.class);
        context.read(records, this::show);
    }

    /** The features of a record worth a column: not its id, version or the retailer it belongs to. */
    private static List<EStructuralFeature> shownFeatures(EClass eClass) {
        return eClass.getEAllStructuralFeatures().stream()
                .filter(f -> f != P.getEntity_Id() && f != P.getEntity_Version()
                        && f.getEType() != P.getRetailer())
                .toList();
    }

    /** The fields a concrete kind adds to the abstract class shown, e.g. an inspection's four results. */
    private String details(Entity record) {
        List<EStructuralFeature> own = new ArrayList<>(record.eClass().getEAllStructuralFeatures());
        own.removeAll(type.getEAllStructuralFeatures());
        return own.stream()
                .map(f -> NLS.bind(Messages.Records_detail, ModelLabels.label(f), Values.format(Values.get(record, f))))
                .collect(Collectors.joining(Messages.Records_detailSeparator));
    }

    private void column(TableColumnLayout layout, String title, int weight, Function<Entity, String> text) {
        Columns.add(viewer, layout, title, weight, Entity.class, text, null);
    }

    private void show(List<? extends Entity> records) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Entity> newestFirst = new ArrayList<>(records);
        newestFirst.sort(Comparator.comparing((Entity e) -> (LocalDate) e.eGet(date), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Comparator.comparingLong(Entity::getId).reversed()));
        viewer.setInput(newestFirst);
        section.setDescription(records.isEmpty() ? Messages.Records_none : NLS.bind(Messages.Records_count, records.size()));
        section.getParent().layout(true, true);
    }

    // For tests.

    /** The rows shown, in order, once read; null before. */
    public List<?> rows() {
        return viewer == null || viewer.getInput() == null ? null : (List<?>) viewer.getInput();
    }
}
