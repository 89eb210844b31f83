package org.retailerdesk.publicity.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.publicity.Policies;
import org.retailerdesk.publicity.PublicityException;
import org.retailerdesk.store.RetailerQuery;

/** The policy catalogue: what is saved, what is refused with which message, and which retailers a scope concerns. */
public class PoliciesTest extends PublicityTestBase {

    @Test
    public void aValidPolicyIsSavedAndCorrected() {
        Policy p = newPolicy("grade=10-30;format=便利店"); //$NON-NLS-1$
        p.setFullText("第一条……"); //$NON-NLS-1$
        p.setAttachment("docs/policy.pdf"); //$NON-NLS-1$
        Policy saved = Policies.save(store, p);
        Policy read = store.get(Policy.class, saved.getId());
        assertEquals("grade=10-30;format=便利店", read.getScope()); //$NON-NLS-1$
        assertEquals("第一条……", read.getFullText()); //$NON-NLS-1$
        read.setTitle("改过的标题"); //$NON-NLS-1$
        Policies.save(store, read);
        assertEquals("改过的标题", store.get(Policy.class, saved.getId()).getTitle()); //$NON-NLS-1$
        RetailerQuery concerned = Policies.concerned(read, store);
        assertEquals(Integer.valueOf(10), concerned.minGrade());
        assertEquals(Integer.valueOf(30), concerned.maxGrade());
    }

    @Test
    public void badPoliciesAreRefusedWithEveryProblemNamedAndNothingStored() {
        int before = store.findAll(Policy.class).size();

        Policy noTitle = newPolicy(""); //$NON-NLS-1$
        noTitle.setTitle(null);
        assertRefused(noTitle, ModelLabels.label(Literals.POLICY__TITLE));

        Policy badScope = newPolicy("grade=40"); //$NON-NLS-1$
        assertRefused(badScope, "grade=40"); //$NON-NLS-1$
        Policy unknownKey = newPolicy("colour=red"); //$NON-NLS-1$
        assertRefused(unknownKey, "colour"); //$NON-NLS-1$
        Policy unknownDistrict = newPolicy("district=没有这个区"); //$NON-NLS-1$
        assertRefused(unknownDistrict, "没有这个区"); //$NON-NLS-1$

        Policy backwards = newPolicy(""); //$NON-NLS-1$
        backwards.setEffectiveFrom(LocalDate.of(2026, 5, 1));
        backwards.setEffectiveTo(LocalDate.of(2026, 4, 30));
        assertRefused(backwards, "2026-04-30"); //$NON-NLS-1$

        Policy first = Policies.save(store, newPolicy("")); //$NON-NLS-1$
        Policy sameCode = newPolicy(""); //$NON-NLS-1$
        sameCode.setCode(first.getCode().toLowerCase());
        assertRefused(sameCode, first.getTitle());

        assertEquals(before + 1, store.findAll(Policy.class).size(), "only the valid one stored"); //$NON-NLS-1$
    }

    private static void assertRefused(Policy p, String named) {
        PublicityException e = assertThrows(PublicityException.class, () -> Policies.save(store, p));
        assertTrue(e.getMessage().contains(named), e.getMessage());
        assertEquals(0, p.getId(), "not stored"); //$NON-NLS-1$
    }

    @Test
    public void theScopeIsCheckedAsTyped() {
        assertNull(Policies.scopeProblem("", store)); //$NON-NLS-1$
        assertNull(Policies.scopeProblem(null, store));
        District d = store.findAll(District.class).get(0);
        assertNull(Policies.scopeProblem("区域=" + d.getName() + "；档位=5-", store)); //$NON-NLS-1$ //$NON-NLS-2$
        assertNull(Policies.scopeProblem("grade=10-", store)); //$NON-NLS-1$
        String problem = Policies.scopeProblem("grade", store); //$NON-NLS-1$
        assertTrue(problem != null && problem.contains("grade"), String.valueOf(problem)); //$NON-NLS-1$
    }

    @Test
    public void everyMessageIsInChineseToo() throws IOException {
        Properties en = load("messages.properties"); //$NON-NLS-1$
        Properties zh = load("messages_zh.properties"); //$NON-NLS-1$
        assertEquals(en.keySet(), zh.keySet());
        for (Object key : en.keySet()) {
            if (!"Problems_separator".equals(key)) { //$NON-NLS-1$
                assertNotEquals(en.get(key), zh.get(key), key.toString());
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = org.retailerdesk.publicity.internal.Messages.class.getResourceAsStream(name)) {
            p.load(in);
        }
        return p;
    }
}
