package org.retailerdesk.app.internal.logging;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * One SLF4J logger writing to the Eclipse log: errors, warnings and information with the logger's
 * name as the entry's plug-in id; debug and trace are off (nothing in the product asks for them).
 */
final class EclipseLogLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    EclipseLogLogger(String name) {
        this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
        return false;
    }

    @Override
    public boolean isDebugEnabled() {
        return false;
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
            Throwable throwable) {
        int severity = switch (level) {
            case ERROR -> IStatus.ERROR;
            case WARN -> IStatus.WARNING;
            default -> IStatus.INFO;
        };
        ILog.of(EclipseLogLogger.class)
                .log(new Status(severity, name, MessageFormatter.basicArrayFormat(pattern, arguments), throwable));
    }
}
