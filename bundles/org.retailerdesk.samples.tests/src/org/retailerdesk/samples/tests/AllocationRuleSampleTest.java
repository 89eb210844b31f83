package org.retailerdesk.samples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retailerdesk.allocation.AllocationEngine;
import org.retailerdesk.allocation.AllocationException;
import org.retailerdesk.allocation.AllocationPlan;
import org.retailerdesk.allocation.AllocationRules;
import org.retailerdesk.allocation.RetailerSet;
import org.retailerdesk.allocation.RoundSpec;

/** The sample eligibility rule, contributed to org.retailerdesk.allocation.rules and applied by the engine. */
public class AllocationRuleSampleTest {

    private static final String RULE = "org.retailerdesk.samples.allocation.lowestCredit"; //$NON-NLS-1$
    private static AllocationEngine engine;

    @BeforeAll
    static void engine() throws InterruptedException {
        engine = Services.get(AllocationEngine.class);
    }

    /** Six retailers, grades 10, 10, 20, 20, 30, 30; those at index 1 and 4 are of credit level B. */
    private static RetailerSet retailers() {
        RetailerSet.Builder b = RetailerSet.builder();
        String[] credit = { "A", "B", "AA", "A", "B", "AAA" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        for (int i = 0; i < credit.length; i++) {
            b.add(i + 1, 10 * (i / 2 + 1), false, false, "URBAN", "CONVENIENCE", "D1", "M1", credit[i]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }
        return b.build();
    }

    private static RoundSpec.Builder spec() {
        return RoundSpec.builder("B01", 60).period(YearMonth.of(2026, 12)); //$NON-NLS-1$
    }

    @Test
    public void theSampleIsContributed() {
        AllocationRules.Descriptor d = AllocationRules.get(RULE);
        assertEquals("org.retailerdesk.samples.allocation", d.contributor()); //$NON-NLS-1$
        assertTrue(!d.name().isBlank() && !d.name().startsWith("%"), d.name()); //$NON-NLS-1$
        assertTrue(AllocationRules.all().contains(d));
    }

    @Test
    public void excludedRetailersGetNothingAndTheOthersShareTheSupply() {
        RetailerSet set = retailers();
        AllocationPlan without = engine.compute(spec().build(), set);
        AllocationPlan with = engine.compute(spec().rule(RULE).build(), set);
        assertEquals(List.of(RULE), with.spec().rules());
        for (int i : new int[] { 1, 4 }) {
            assertTrue(without.quantity(i) > 0, "without the rule retailer " + i + " gets some"); //$NON-NLS-1$ //$NON-NLS-2$
            assertEquals(0, with.quantity(i), "credit level B"); //$NON-NLS-1$
            String why = with.line(i).explanation();
            assertTrue(why.contains(AllocationRules.get(RULE).name()), why);
        }
        // one retailer of grade 10, two of 20 and one of 30 remain: they take the whole supply, and of
        // the vectors reaching 60 the engine takes the one with the smallest top grades (15, 15, 15)
        for (int i : new int[] { 0, 2, 3, 5 }) {
            assertEquals(15, with.quantity(i), "retailer " + i); //$NON-NLS-1$
        }
        assertEquals(60, with.total());
    }

    @Test
    public void anUnknownRuleIsNamed() {
        AllocationException e = assertThrows(AllocationException.class,
                () -> engine.compute(spec().rule("no.such.rule").build(), retailers())); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("no.such.rule") && e.getMessage().contains(RULE), e.getMessage()); //$NON-NLS-1$
    }

    @Test
    public void aRuleThatLeavesNobodyIsRefused() {
        RetailerSet.Builder b = RetailerSet.builder();
        b.add(1, 12, false, false, "URBAN", "CONVENIENCE", "D1", "M1", "B"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        AllocationException e = assertThrows(AllocationException.class,
                () -> engine.compute(spec().rule(RULE).build(), b.build()));
        assertTrue(e.getMessage().contains(RULE), e.getMessage());
    }
}
