package org.retailerdesk.ui.retailers.internal.life;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.validation.ModelValidation;
import org.retailerdesk.model.validation.Problem;
import org.retailerdesk.store.DuplicateKeyException;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;
import org.retailerdesk.ui.UiJob.Outcome;
import org.retailerdesk.ui.retailers.internal.profile.ProfileOpening;

/**
 * New Retailer: its identity ({@link IdentityPage}), then where it belongs ({@link GroupsPage}).
 * Finish inserts it in a Job (audited by the store) and opens its profile; a refusal keeps the
 * wizard open with the reason. The service network is read in a Job as the wizard opens.
 */
public class NewRetailerWizard extends Wizard {

    private final IWorkbenchPage page;
    private final Retailer draft = RetailerdeskFactory.eINSTANCE.createRetailer();
    private IdentityPage identity;
    private GroupsPage groups;
    private Retailer created;

    /** @param page where the new retailer's profile opens */
    public NewRetailerWizard(IWorkbenchPage page) {
        this.page = page;
        setWindowTitle(Messages.New_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        identity = new IdentityPage(draft);
        groups = new GroupsPage(draft);
        addPage(identity);
        addPage(groups);
    }

    @Override
    public void createPageControls(org.eclipse.swt.widgets.Composite pageContainer) {
        super.createPageControls(pageContainer);
        UiJob.of(Messages.New_reading, monitor -> {
            StoreAccess.whenOpen().join();
            return Network.read(StoreAccess.store());
        }).owner(pageContainer).onDone(groups::setNetwork).schedule();
    }

    @Override
    public boolean performFinish() {
        Retailer r = EcoreUtil.copy(draft);
        identity.applyTo(r);
        groups.applyTo(r);
        for (Problem p : ModelValidation.validate(r)) {
            if (p.isError()) {
                groups.setErrorMessage(p.message());
                return false;
            }
        }
        Outcome<Retailer> outcome = UiJob.of(NLS.bind(Messages.New_creating, r.getShopName()),
                monitor -> StoreAccess.store().insert(r)).interactive().runAndWait();
        if (outcome.failed()) {
            String message = outcome.error() instanceof DuplicateKeyException
                    ? NLS.bind(Messages.New_takenMeanwhile, r.getCustomerCode(), r.getLicenceNumber())
                    : StoreAccess.errorStatus(outcome.error()).getMessage();
            if (!(outcome.error() instanceof DuplicateKeyException)) {
                ILog.of(getClass()).log(StoreAccess.errorStatus(outcome.error()));
            }
            getContainer().showPage(groups);
            groups.setErrorMessage(message);
            return false;
        }
        created = outcome.value();
        ProfileOpening.open(page, created);
        return true;
    }

    /** The retailer stored by Finish; null before. */
    public Retailer created() {
        return created;
    }

    public IdentityPage identityPage() {
        return identity;
    }

    public GroupsPage groupsPage() {
        return groups;
    }
}
