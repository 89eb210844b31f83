package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * NatTable logs through SLF4J; in the product those messages reach the workbench's log (not a
 * "No SLF4J providers" warning on the terminal and then nowhere).
 */
public class Slf4jLoggingTest {

    @Test
    public void slf4jMessagesReachTheWorkbenchLogWithTheirLevelAndArguments() {
        String name = "org.eclipse.nebula.widgets.nattable.layer.DataLayer";
        Logger nattable = LoggerFactory.getLogger(name);
        List<IStatus> logged = new ArrayList<>();
        ILogListener listener = (status, plugin) -> logged.add(status);
        Platform.addLogListener(listener);
        try {
            IllegalStateException cause = new IllegalStateException("cell");
            nattable.warn("row {} of {} not painted", 7, 100);
            nattable.info("configured");
            nattable.debug("not wanted: {}", "debug");
            nattable.error("painting failed", cause);
        } finally {
            Platform.removeLogListener(listener);
        }
        List<IStatus> ours = logged.stream()
                .filter(s -> s.getPlugin().equals(name)).toList();
        assertEquals(List.of("row 7 of 100 not painted", "configured", "painting failed"),
                ours.stream().map(IStatus::getMessage).toList(), "every message but debug, formatted: " + logged);
        assertEquals(List.of(IStatus.WARNING, IStatus.INFO, IStatus.ERROR),
                ours.stream().map(IStatus::getSeverity).toList());
        assertEquals("cell", ours.get(2).getException().getMessage());
        assertTrue(LoggerFactory.getILoggerFactory().getClass().getName().startsWith("org.retailerdesk.app."),
                LoggerFactory.getILoggerFactory().getClass().getName());
        assertFalse(nattable.isDebugEnabled());
    }
}
