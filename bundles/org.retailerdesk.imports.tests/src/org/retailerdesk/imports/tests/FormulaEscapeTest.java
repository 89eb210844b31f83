package org.retailerdesk.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.retailerdesk.imports.FormulaEscape;

class FormulaEscapeTest {

    private static final String[] TEXTS = { "", "'", "''", "'quoted", "便利店", "a=b", " =x", "=1+1", "+1 经十路", "-2", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
            "@SUM(A1)", "\tx", "\rx", "'=x", "''+1", "'a=b" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

    @Test
    void unescapeUndoesEscapeForEveryText() {
        for (String t : TEXTS) {
            assertEquals(t, FormulaEscape.unescape(FormulaEscape.escape(t)), t);
        }
    }

    @Test
    void onlyTheApostropheTheExportAddedIsTakenOff() {
        assertEquals("+1 经十路", FormulaEscape.unescape("'+1 经十路")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("'+1", FormulaEscape.unescape("''+1")); //$NON-NLS-1$ //$NON-NLS-2$
        // a real leading apostrophe before anything else is the text's own
        assertEquals("'quoted", FormulaEscape.unescape("'quoted")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("'", FormulaEscape.unescape("'")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("''", FormulaEscape.unescape("''")); //$NON-NLS-1$ //$NON-NLS-2$
        // so the export escapes an apostrophe before a formula character too
        assertEquals("''=x", FormulaEscape.escape("'=x")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("'quoted", FormulaEscape.escape("'quoted")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
