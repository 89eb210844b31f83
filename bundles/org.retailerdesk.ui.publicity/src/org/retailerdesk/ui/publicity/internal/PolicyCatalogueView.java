package org.retailerdesk.ui.publicity.internal;

import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PolicyCategory;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.security.Operation;
import org.retailerdesk.ui.AccessTester;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.StoreEvents;
import org.retailerdesk.ui.UiJob;

/** The policy catalogue (政策目录): every policy, opened in the policy editor; New, Edit and Coverage Matrix. */
public class PolicyCatalogueView extends ViewPart {

    public static final String ID = "org.retailerdesk.ui.publicity.catalogue"; //$NON-NLS-1$

    private TableViewer table;
    private Label count;
    private List<Policy> policies;
    private Action newAction;
    private Action editAction;

    @Override
    public void createPartControl(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        count = new Label(parent, SWT.NONE);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = Tables.create(parent);
        table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Tables.column(table, Policy.class, Messages.Column_code, 90, Policy::getCode);
        Tables.column(table, Policy.class, Messages.Column_title, 260, Policy::getTitle);
        Tables.column(table, Policy.class, Messages.Column_category, 90, Policy::getCategory);
        Tables.column(table, Policy.class, Messages.Column_issuer, 160, Policy::getIssuer);
        Tables.column(table, Policy.class, Messages.Column_effective, 170,
                p -> (p.getEffectiveFrom() == null ? "" : p.getEffectiveFrom()) + " – " //$NON-NLS-1$ //$NON-NLS-2$
                + (p.getEffectiveTo() == null ? "" : p.getEffectiveTo())); //$NON-NLS-1$
        Tables.column(table, Policy.class, Messages.Column_scope, 220,
                p -> p.getScope() == null || p.getScope().isBlank() ? Messages.Scope_all : p.getScope());
        table.addDoubleClickListener(e -> edit(selected()));
        getSite().setSelectionProvider(table);
        IToolBarManager toolbar = getViewSite().getActionBars().getToolBarManager();
        newAction = action(Messages.Catalogue_new, () -> edit(newPolicy()));
        editAction = action(Messages.Catalogue_edit, () -> edit(selected()));
        toolbar.add(newAction);
        toolbar.add(editAction);
        toolbar.add(action(Messages.Catalogue_coverage, this::openCoverage));
        enableEditing();
        StoreEvents.onChange(getSite(), table.getTable(), this::read, Policy.class);
        read();
    }

    private static Action action(String text, Runnable run) {
        return new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
    }

    /** Reads the catalogue in a Job once the store is open. */
    public void read() {
        policies = null;
        StoreAccess.whenOpen().thenRun(() -> UiJob.of(Messages.Job_readingPolicies,
                monitor -> StoreAccess.store().findAll(Policy.class)).owner(table.getTable()).onDone(found -> {
                    policies = found;
                    table.setInput(found);
                    enableEditing();
                    count.setText(NLS.bind(Messages.Catalogue_count, found.size()));
                }).onFailure(e -> count.setText(String.valueOf(e.getMessage()))).schedule());
    }

    /** New and Edit are greyed for those whose roles may not edit policies (the store refuses it anyway). */
    private void enableEditing() {
        boolean may = AccessTester.allows(Operation.EDIT_POLICIES);
        newAction.setEnabled(may);
        editAction.setEnabled(may);
    }

    private Policy selected() {
        return ((IStructuredSelection) table.getSelection()).getFirstElement() instanceof Policy p ? p : null;
    }

    private static Policy newPolicy() {
        Policy p = RetailerdeskFactory.eINSTANCE.createPolicy();
        p.setCategory(PolicyCategory.INDUSTRY_POLICY);
        return p;
    }

    private void edit(Policy policy) {
        if (policy != null && AccessTester.allows(Operation.EDIT_POLICIES)) {
            new PolicyDialog(table.getTable().getShell(), policy).open();
        }
    }

    private void openCoverage() {
        try {
            CoverageView view = (CoverageView) getSite().getPage().showView(CoverageView.ID);
            Policy p = selected();
            if (p != null) {
                view.showPolicy(p.getId());
            }
        } catch (PartInitException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }

    /** The policies shown once read, else null. */
    public List<Policy> policies() {
        return policies;
    }

    public TableViewer table() {
        return table;
    }

    @Override
    public void setFocus() {
        table.getTable().setFocus();
    }
}
