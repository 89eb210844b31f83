package org.retailerdesk.ui.retailers.internal.profile;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.retailerdesk.ui.retailers.profile.ProfileContext;
import org.retailerdesk.ui.retailers.profile.ProfilePage;

/**
 * The fields of one group of the retailer file, two to a row. Contributed once per group with the
 * group's name after a colon: {@code class="...GroupPage:basic"}.
 */
public class GroupPage implements ProfilePage, IExecutableExtension {

    private String group;

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) throws CoreException {
        group = data instanceof String s ? s.strip() : null;
        if (group == null || Groups.fields(group).isEmpty()) {
            throw new CoreException(Status.error(NLS.bind(Messages.Contribution_noGroup, data)));
        }
    }

    @Override
    public void createContents(Composite body, ProfileContext context) {
        FormToolkit toolkit = context.toolkit();
        body.setLayout(new GridLayout(1, false));
        Section section = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(Groups.label(group));
        section.setDescription(Messages.Group_requiredHint);
        section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite fields = toolkit.createComposite(section);
        GridLayout layout = new GridLayout(4, false);
        layout.horizontalSpacing = 12;
        layout.verticalSpacing = 8;
        fields.setLayout(layout);
        List<EStructuralFeature> features = Groups.fields(group);
        for (EStructuralFeature feature : features) {
            context.field(fields, feature);
        }
        // flat form text fields get their borders painted by the toolkit (GTK draws none)
        toolkit.paintBordersFor(fields);
        section.setClient(fields);
    }
}
