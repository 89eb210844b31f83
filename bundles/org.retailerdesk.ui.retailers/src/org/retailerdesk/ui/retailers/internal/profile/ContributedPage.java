package org.retailerdesk.ui.retailers.internal.profile;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.retailerdesk.ui.retailers.profile.ProfilePage;

/** A form page of the profile editor that hosts one contributed {@link ProfilePage}. */
final class ContributedPage extends FormPage {

    private final ProfileEditor profile;
    private final PageContribution contribution;
    private ProfilePage page;
    private PageContext context;

    ContributedPage(ProfileEditor editor, PageContribution contribution) {
        super(editor, contribution.id(), contribution.name());
        this.profile = editor;
        this.contribution = contribution;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        form.setText(profile.getPartName());
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        context = new PageContext(profile, managedForm);
        page = contribution.create();
        if (page == null) {
            form.setMessage(NLS.bind(Messages.Contribution_failed, contribution.id()), IMessageProvider.ERROR);
            return;
        }
        try {
            page.createContents(form.getBody(), context);
        } catch (RuntimeException | LinkageError e) {
            // a broken plug-in's page must not take the editor down: it shows an error, the log names the plug-in
            contribution.logFailure(e);
            page = null;
            for (Control half : form.getBody().getChildren()) {
                half.dispose();
            }
            form.setMessage(NLS.bind(Messages.Contribution_failed, contribution.id()), IMessageProvider.ERROR);
            return;
        }
        form.reflow(true);
        profile.pageCreated(this);
    }

    /** The contributed page once its contents exist, else null. */
    ProfilePage page() {
        return page;
    }

    /** The page's context once its contents exist, else null. */
    PageContext context() {
        return context;
    }

    @Override
    public void dispose() {
        if (page != null) {
            page.dispose();
        }
        super.dispose();
    }
}
