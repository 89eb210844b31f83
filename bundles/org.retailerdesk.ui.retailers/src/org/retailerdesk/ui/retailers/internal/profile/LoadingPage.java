package org.retailerdesk.ui.retailers.internal.profile;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** What the profile editor shows while it reads the retailer, or why it could not. */
final class LoadingPage extends FormPage {

    static final String ID = "org.retailerdesk.ui.retailers.profile.loading";
    private String failure;

    LoadingPage(FormEditor editor) {
        super(editor, ID, Messages.Profile_loadingTab);
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        ScrolledForm form = managedForm.getForm();
        managedForm.getToolkit().decorateFormHeading(form.getForm());
        form.getBody().setLayout(new GridLayout());
        form.setText(getEditor().getPartName());
        show();
    }

    /** Says why the retailer cannot be shown. */
    void failed(String message) {
        failure = message;
        show();
    }

    private void show() {
        IManagedForm managed = getManagedForm();
        if (managed == null || managed.getForm().isDisposed()) {
            return;
        }
        if (failure == null) {
            managed.getForm().setMessage(Messages.Profile_loadingMessage, IMessageProvider.INFORMATION);
        } else {
            managed.getForm().setMessage(failure, IMessageProvider.ERROR);
        }
    }
}
