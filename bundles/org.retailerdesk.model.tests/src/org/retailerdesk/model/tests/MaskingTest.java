package org.retailerdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.labels.Masking;

public class MaskingTest {

    @Test
    public void onlyTheLastFourCharactersStay() {
        assertEquals("********3456", Masking.lastFour("370102123456"));
        assertEquals("123", Masking.lastFour("123"));
        assertEquals("1234", Masking.lastFour("1234"));
        assertEquals("*2345", Masking.lastFour("12345"));
        assertEquals("**保障供应", Masking.lastFour("低档保障供应"));
        assertEquals("", Masking.lastFour(null));
    }

    @Test
    public void theNumberIsAlwaysSensitiveDisabilityDetailsOnlyForDisabledPeople() {
        PriorityHousehold h = RetailerdeskFactory.eINSTANCE.createPriorityHousehold();
        h.setCategory(AssistanceCategory.LAID_OFF);
        h.setEvidenceNumber("A10100012345");
        h.setEvidenceType("就业失业登记证");
        h.setHelpGiven("紧俏货源优先投放");
        assertEquals(List.of(Literals.PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER), Masking.sensitiveFields(h));
        assertEquals("********2345", Masking.shown(h, Literals.PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER));
        assertEquals("就业失业登记证", Masking.shown(h, Literals.PRIORITY_HOUSEHOLD__EVIDENCE_TYPE));

        h.setCategory(AssistanceCategory.DISABLED);
        assertEquals(List.of(Literals.PRIORITY_HOUSEHOLD__EVIDENCE_TYPE, Literals.PRIORITY_HOUSEHOLD__EVIDENCE_NUMBER,
                Literals.PRIORITY_HOUSEHOLD__HELP_GIVEN), Masking.sensitiveFields(h));
        assertEquals("****优先投放", Masking.shown(h, Literals.PRIORITY_HOUSEHOLD__HELP_GIVEN));
        assertTrue(Masking.sensitive(h, Literals.PRIORITY_HOUSEHOLD__EVIDENCE_TYPE));
        assertFalse(Masking.sensitive(h, Literals.PRIORITY_HOUSEHOLD__EVIDENCE_ISSUER));
    }
}
