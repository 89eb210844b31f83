package org.retailerdesk.ui.retailers.internal.life;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.model.validation.ModelValidation;
import org.retailerdesk.model.validation.Problem;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.UiJob;

/**
 * The first page of New Retailer: who the retailer is. Checked as one types with the model's rules
 * (required fields, the code and licence number formats, the classification) and, once those hold,
 * against the store: Next stays disabled while the customer code or licence number is another
 * retailer's, or not yet checked.
 */
public final class IdentityPage extends WizardPage {

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;
    /** The page's text fields, in their order. */
    private static final List<EAttribute> TEXTS = List.of(P.getRetailer_CustomerCode(), P.getRetailer_LicenceNumber(),
            P.getRetailer_ShopName(), P.getRetailer_Owner(), P.getRetailer_Address(), P.getRetailer_BusinessScope(),
            P.getRetailer_ClassificationCode(), P.getRetailer_ContactPhone());

    private final Retailer draft;
    private final Map<EAttribute, Text> texts = new LinkedHashMap<>();
    private Choice<BusinessFormat> format;
    private Choice<MarketType> marketType;
    /** The customer code and licence number last looked up, and who holds them (null while looking). */
    private List<String> checkedKeys;
    private List<Retailer> holders;

    IdentityPage(Retailer draft) {
        super("identity"); //$NON-NLS-1$
        this.draft = draft;
        setTitle(Messages.New_identityTitle);
        setDescription(Messages.New_identityDescription);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        for (EAttribute a : TEXTS) {
            label(body, a);
            Text text = new Text(body, SWT.BORDER | SWT.SINGLE);
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 320;
            text.setLayoutData(data);
            text.addModifyListener(e -> validate());
            texts.put(a, text);
            if (a == P.getRetailer_Address()) {
                format = choice(body, P.getRetailer_BusinessFormat(), BusinessFormat.VALUES);
                marketType = choice(body, P.getRetailer_MarketType(), MarketType.VALUES);
            }
        }
        texts.get(P.getRetailer_CustomerCode()).setMessage(Messages.New_codeHint);
        texts.get(P.getRetailer_LicenceNumber()).setMessage(Messages.New_codeHint);
        setControl(body);
        validate();
        setErrorMessage(null); // nothing typed yet: the page says what to do, not what is wrong
        setMessage(Messages.New_identityDescription);
    }

    private static void label(Composite body, EStructuralFeature feature) {
        new Label(body, SWT.NONE).setText(ModelLabels.label(feature) + (feature.isRequired() ? " *" : "")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private <T extends org.eclipse.emf.common.util.Enumerator> Choice<T> choice(Composite body, EAttribute feature,
            List<T> values) {
        label(body, feature);
        Choice<T> c = new Choice<>(body, Messages.New_choose, ModelLabels::valueLabel);
        c.offer(values);
        c.combo().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        c.onChange(this::validate);
        return c;
    }

    /** Puts the page's values on the draft. */
    void applyTo(Retailer r) {
        texts.forEach((a, text) -> {
            String s = text.getText().strip();
            r.eSet(a, s.isEmpty() ? null : s);
        });
        r.setBusinessFormat(format.selected());
        r.setMarketType(marketType.selected());
    }

    /** The model's first error on this page's fields, the store's refusal of the keys, or a lookup under way. */
    private void validate() {
        Retailer probe = EcoreUtil.copy(draft);
        applyTo(probe);
        List<String> errors = new ArrayList<>();
        for (Problem p : ModelValidation.validate(probe)) {
            if (p.isError() && p.feature() != null && onThisPage(p.feature())) {
                errors.add(p.message()); // the model's messages name their field
            }
        }
        // a required enum not chosen reads as its first literal on the draft: missing all the same
        if (format.selected() == null) {
            errors.add(NLS.bind(Messages.New_required, ModelLabels.label(P.getRetailer_BusinessFormat())));
        }
        if (marketType.selected() == null) {
            errors.add(NLS.bind(Messages.New_required, ModelLabels.label(P.getRetailer_MarketType())));
        }
        if (!errors.isEmpty()) {
            setErrorMessage(errors.get(0));
            setPageComplete(false);
            return;
        }
        List<String> keys = List.of(probe.getCustomerCode(), probe.getLicenceNumber());
        if (!keys.equals(checkedKeys)) {
            lookUp(keys);
            return;
        }
        if (holders == null) {
            return; // the lookup of these keys is under way
        }
        String taken = taken(probe);
        setErrorMessage(taken);
        setMessage(taken == null ? Messages.New_identityOk : null, IMessageProvider.INFORMATION);
        setPageComplete(taken == null);
    }

    private static boolean onThisPage(EStructuralFeature f) {
        return TEXTS.contains(f) || f == P.getRetailer_BusinessFormat() || f == P.getRetailer_MarketType();
    }

    /** Whose customer code or licence number these are already; null when nobody's. */
    private String taken(Retailer probe) {
        for (Retailer holder : holders) {
            if (holder.getCustomerCode().equals(probe.getCustomerCode())) {
                return NLS.bind(Messages.New_codeTaken, probe.getCustomerCode(), EntityLabels.label(holder));
            }
            if (holder.getLicenceNumber().equals(probe.getLicenceNumber())) {
                return NLS.bind(Messages.New_licenceTaken, probe.getLicenceNumber(), EntityLabels.label(holder));
            }
        }
        return null;
    }

    /** Asks the store who holds the keys; only the answer for the keys on screen counts. */
    private void lookUp(List<String> keys) {
        checkedKeys = keys;
        holders = null;
        setErrorMessage(null);
        setMessage(Messages.New_checking, IMessageProvider.INFORMATION);
        setPageComplete(false);
        UiJob.of(Messages.New_checking, monitor -> StoreAccess.store().retailers()
                .findRetailersByKeys(List.of(keys.get(0)), List.of(keys.get(1))))
                .owner(getControl()).onDone(found -> {
                    if (keys.equals(checkedKeys)) {
                        holders = found;
                        validate();
                    }
                }).onFailure(e -> {
                    checkedKeys = null;
                    setErrorMessage(StoreAccess.errorStatus(e).getMessage());
                }).schedule();
    }

    // For tests.

    public Text text(EAttribute attribute) {
        return texts.get(attribute);
    }

    public Combo formatCombo() {
        return format.combo();
    }

    public Combo marketTypeCombo() {
        return marketType.combo();
    }

    /** True while the store is asked about the keys on screen. */
    public boolean isChecking() {
        return checkedKeys != null && holders == null;
    }
}
