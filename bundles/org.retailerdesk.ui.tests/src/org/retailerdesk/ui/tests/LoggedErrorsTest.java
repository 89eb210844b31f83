package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/** The extension the UI tests register: an error logged during a test fails that test, nothing else does. */
public class LoggedErrorsTest {

    private final ILog log = Platform.getLog(LoggedErrorsTest.class);

    @Test
    public void anErrorLoggedDuringTheTestFailsIt() {
        LoggedErrors errors = new LoggedErrors();
        errors.beforeEach(null);
        log.error("LoggedErrorsTest: an error on purpose", new IllegalStateException("the cause")); //$NON-NLS-1$ //$NON-NLS-2$
        AssertionError e = assertThrows(AssertionError.class, () -> errors.afterEach(null));
        assertTrue(e.getMessage().contains("an error on purpose"), e.getMessage()); //$NON-NLS-1$
        assertTrue(e.getCause() instanceof IllegalStateException, "the logged exception is the cause"); //$NON-NLS-1$
    }

    @Test
    public void warningsAndEarlierErrorsDoNot() {
        LoggedErrors errors = new LoggedErrors();
        errors.beforeEach(null);
        log.error("LoggedErrorsTest: an error of the previous test"); //$NON-NLS-1$
        assertThrows(AssertionError.class, () -> errors.afterEach(null));
        errors.beforeEach(null);
        log.warn("LoggedErrorsTest: a warning"); //$NON-NLS-1$
        errors.afterEach(null);
        assertTrue(errors.isEmpty());
        log.error("LoggedErrorsTest: an error after the test"); //$NON-NLS-1$
        assertTrue(errors.isEmpty(), "nothing is collected between tests"); //$NON-NLS-1$
    }
}
