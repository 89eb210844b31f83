package org.retailerdesk.exports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.retailerdesk.exports.CellText;

class CellTextTest {

    @Test
    void formulaStartsGetAnApostrophe() {
        for (String s : new String[] { "=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            assertEquals("'" + s, CellText.neutralise(s)); //$NON-NLS-1$
        }
    }

    @Test
    void otherTextIsLeftAlone() {
        for (String s : new String[] { "", "便利店", "370102000001", "a=b", " =x", "'quoted" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            assertEquals(s, CellText.neutralise(s));
        }
        assertNull(CellText.neutralise(null));
    }

    @Test
    void anApostropheBeforeAFormulaIsEscapedTooSoTheImportCanTellThem() {
        assertEquals("''=1+1", CellText.neutralise("'=1+1")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
