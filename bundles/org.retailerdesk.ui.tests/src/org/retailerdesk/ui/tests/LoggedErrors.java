package org.retailerdesk.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Collects the errors logged during each test, so a test can say none were. */
public class LoggedErrors implements BeforeEachCallback, AfterEachCallback {

    private final List<IStatus> errors = new ArrayList<>();
    private final ILogListener listener = (status, plugin) -> {
        if (status.matches(IStatus.ERROR)) {
            errors.add(status);
        }
    };

    @Override
    public void beforeEach(ExtensionContext context) {
        errors.clear();
        Platform.addLogListener(listener);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Platform.removeLogListener(listener);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    @Override
    public String toString() {
        return errors.toString();
    }
}
