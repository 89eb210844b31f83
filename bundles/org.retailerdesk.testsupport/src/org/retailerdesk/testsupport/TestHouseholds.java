package org.retailerdesk.testsupport;

import java.time.LocalDate;

import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.PreferenceRule;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Staff;

/** Priority-household records for tests: every required field set, the dates and status as asked. */
public final class TestHouseholds {

    private TestHouseholds() {
    }

    /**
     * A new, unsaved record of the retailer (a stored one, or a proxy with its id).
     *
     * @param expiry null: the evidence does not expire
     */
    public static PriorityHousehold of(Retailer retailer, AssistanceCategory category, LocalDate evidence,
            LocalDate expiry, boolean active, Staff verifier) {
        PriorityHousehold h = RetailerdeskFactory.eINSTANCE.createPriorityHousehold();
        h.setRetailer(retailer);
        h.setCategory(category);
        h.setEvidenceType("证明"); //$NON-NLS-1$
        h.setEvidenceNumber("N" + retailer.getId()); //$NON-NLS-1$
        h.setEvidenceIssuer("民政局"); //$NON-NLS-1$
        h.setEvidenceDate(evidence);
        h.setVerifiedBy(verifier);
        h.setVerifiedOn(evidence);
        h.setExpiryDate(expiry);
        h.setPreferenceRule(PreferenceRule.UPLIFT);
        h.setPreferenceValue(20);
        h.setActive(active);
        return h;
    }
}
