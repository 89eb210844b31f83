package org.retailerdesk.ui.publicity.internal;

import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.PolicyCategory;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.publicity.Policies;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;

/**
 * The policy editor: every field of a policy, the scope checked as it is typed (in a Job: it looks
 * districts and managers up, and counts the retailers concerned), saved in a Job with the
 * catalogue's validation; a policy with problems stays open with the problems named.
 */
public class PolicyDialog extends TitleAreaDialog {

    private static final EAttribute[] TEXTS = { Literals.POLICY__CODE, Literals.POLICY__TITLE, Literals.POLICY__ISSUER,
            Literals.POLICY__ISSUED_ON, Literals.POLICY__EFFECTIVE_FROM, Literals.POLICY__EFFECTIVE_TO,
            Literals.POLICY__ATTACHMENT, Literals.POLICY__SCOPE, Literals.POLICY__SUMMARY, Literals.POLICY__FULL_TEXT };
    private static final List<EAttribute> DATES = List.of(Literals.POLICY__ISSUED_ON, Literals.POLICY__EFFECTIVE_FROM,
            Literals.POLICY__EFFECTIVE_TO);
    private static final List<EAttribute> LONG_TEXTS = List.of(Literals.POLICY__SUMMARY, Literals.POLICY__FULL_TEXT);

    private final Policy policy;
    private final Map<EAttribute, Text> texts = new LinkedHashMap<>();
    private Combo category;
    private Label scopeStatus;
    private Policy saved;
    private long scopeChecks;
    private String lastScopeProblem;

    /** @param policy the policy to edit (a copy is edited) or a new one */
    public PolicyDialog(Shell shell, Policy policy) {
        super(shell);
        this.policy = EcoreUtil.copy(policy);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        getShell().setText(policy.getId() == 0 ? Messages.Policy_titleNew : NLS.bind(Messages.Policy_titleEdit, policy.getCode()));
        setTitle(policy.getId() == 0 ? Messages.Policy_titleNew : NLS.bind(Messages.Policy_titleEdit, policy.getCode()));
        setMessage(Messages.Policy_message);
        Composite body = new Composite(area, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (EAttribute a : TEXTS) {
            if (a == Literals.POLICY__ISSUER) {
                new Label(body, SWT.NONE).setText(ModelLabels.label(Literals.POLICY__CATEGORY));
                category = new Combo(body, SWT.READ_ONLY);
                for (PolicyCategory c : PolicyCategory.VALUES) {
                    category.add(ModelLabels.valueLabel(c));
                }
                category.select(PolicyCategory.VALUES.indexOf(policy.getCategory()));
            }
            Label label = new Label(body, SWT.NONE);
            label.setText(ModelLabels.label(a));
            boolean multi = LONG_TEXTS.contains(a);
            label.setLayoutData(new GridData(SWT.LEFT, multi ? SWT.TOP : SWT.CENTER, false, false));
            Text text = new Text(body, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
            GridData data = new GridData(SWT.FILL, multi ? SWT.FILL : SWT.CENTER, true, multi);
            data.widthHint = 420;
            data.heightHint = multi ? (a == Literals.POLICY__FULL_TEXT ? 110 : 50) : SWT.DEFAULT;
            text.setLayoutData(data);
            Object value = policy.eGet(a);
            text.setText(value == null ? "" : value.toString()); //$NON-NLS-1$
            if (DATES.contains(a)) {
                text.setMessage(Messages.Policy_dateHint);
            }
            texts.put(a, text);
            text.addModifyListener(e -> checkLocally());
            if (a == Literals.POLICY__SCOPE) {
                text.setMessage(Messages.Policy_scopeHint);
                text.addModifyListener(e -> checkScope());
                new Label(body, SWT.NONE);
                scopeStatus = new Label(body, SWT.WRAP);
                scopeStatus.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            }
        }
        checkScope();
        return area;
    }

    /** The text field of a policy attribute (tests type into it). */
    public Text text(EAttribute attribute) {
        return texts.get(attribute);
    }

    /** What the latest scope check says (the retailers concerned, or what is wrong). */
    public String scopeStatus() {
        return scopeStatus.getText();
    }

    public Combo category() {
        return category;
    }

    /** Presses OK as the user would (tests). */
    public void pressOk() {
        okPressed();
    }

    /** The policy as stored by OK, else null. */
    public Policy saved() {
        return saved;
    }

    /** The fields into the policy. @throws IllegalArgumentException naming a date that does not parse */
    private Policy edited() {
        Policy p = EcoreUtil.copy(policy);
        for (Map.Entry<EAttribute, Text> e : texts.entrySet()) {
            String t = e.getValue().getText();
            p.eSet(e.getKey(), DATES.contains(e.getKey()) ? Texts.date(ModelLabels.label(e.getKey()), t)
                    : Texts.blankToNull(t));
        }
        p.setCategory(PolicyCategory.VALUES.get(Math.max(0, category.getSelectionIndex())));
        return p;
    }

    /** Dates that do not parse and a scope that does not are named at once; the rest is the catalogue's check at saving. */
    private void checkLocally() {
        try {
            edited();
            setErrorMessage(lastScopeProblem);
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
        }
    }

    /** What the scope check found: its text for the user, and whether the scope is valid. */
    private record ScopeCheck(String text, boolean valid) {
    }

    /** Parses the scope and counts the retailers it concerns, in a Job; only the latest check is shown. */
    private void checkScope() {
        String scope = texts.get(Literals.POLICY__SCOPE).getText();
        long check = ++scopeChecks;
        scopeStatus.setText(Messages.Policy_scopeChecking);
        UiJob.of(Messages.Policy_scopeChecking, monitor -> {
            Store store = StoreAccess.store();
            String problem = Policies.scopeProblem(scope, store);
            if (problem != null) {
                return new ScopeCheck(problem, false);
            }
            // counted as coverage counts them: the scope's retailers in business
            Policy probe = RetailerdeskFactory.eINSTANCE.createPolicy();
            probe.setScope(scope);
            long n = store.retailers().count(Policies.concerned(probe, store));
            return new ScopeCheck(NLS.bind(scope.isBlank() ? Messages.Policy_scopeAll : Messages.Policy_scopeOk,
                    NumberFormat.getIntegerInstance().format(n)), true);
        }).owner(scopeStatus).onDone(result -> {
            if (check == scopeChecks) {
                lastScopeProblem = result.valid() ? null : result.text();
                scopeStatus.setText(result.text());
                scopeStatus.getParent().layout();
                checkLocally();
            }
        }).onFailure(e -> scopeStatus.setText(String.valueOf(e.getMessage()))).schedule();
    }

    @Override
    protected void okPressed() {
        Policy p;
        try {
            p = edited();
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        setMessage(Messages.Job_saving, IMessageProvider.INFORMATION);
        UiJob.of(Messages.Job_saving, monitor -> Policies.save(StoreAccess.store(), p))
                .owner(getShell()).onDone(stored -> {
                    saved = stored;
                    super.okPressed();
                }).onFailure(e -> {
                    setMessage(Messages.Policy_message);
                    setErrorMessage(e.getMessage());
                    getButton(IDialogConstants.OK_ID).setEnabled(true);
                }).schedule();
    }
}
