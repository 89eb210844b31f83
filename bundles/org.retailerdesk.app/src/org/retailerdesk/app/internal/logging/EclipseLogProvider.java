package org.retailerdesk.app.internal.logging;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The product's SLF4J provider, which slf4j-api finds through SPI Fly (NatTable logs through
 * SLF4J): its loggers write to the Eclipse log, so NatTable's messages land in the workspace's
 * {@code .metadata/.log} beside the workbench's own instead of being dropped with a "No SLF4J
 * providers" warning on the terminal.
 */
public final class EclipseLogProvider implements SLF4JServiceProvider {

    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
    private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, EclipseLogLogger::new);
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99"; //$NON-NLS-1$
    }

    @Override
    public void initialize() {
        // nothing to set up: the Eclipse log is there as long as the platform runs
    }
}
