package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.app.internal.AboutDialog;
import org.retailerdesk.app.internal.Messages;
import org.retailerdesk.store.DataFolder;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.StoreInfo;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.internal.MainPerspective;
import org.retailerdesk.ui.internal.OverviewView;

@ExtendWith(FailureEvidence.class)
public class WorkbenchShellTest {

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** Runs the event loop until the store is open, so views can fill themselves. */
    private static StoreInfo awaitStore() throws Exception {
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!StoreAccess.whenOpen().isDone() && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        StoreInfo info = StoreAccess.whenOpen().get(1, TimeUnit.SECONDS);
        while (display.readAndDispatch()) {
            // let the views' asyncExec updates run
        }
        return info;
    }

    @Test
    public void opensInTheServiceDeskPerspective() {
        assertNotNull(Display.getCurrent(), "UI tests run on the UI thread");
        assertEquals(MainPerspective.ID, page().getPerspective().getId());
        assertNotNull(page().findView(OverviewView.ID), "the overview is part of the initial layout");
    }

    @Test
    public void everyContributedViewOpensWithoutError() throws Exception {
        awaitStore();
        List<String> opened = new ArrayList<>();
        for (IViewDescriptor view : PlatformUI.getWorkbench().getViewRegistry().getViews()) {
            if (!view.getId().startsWith("org.retailerdesk.")) {
                continue;
            }
            IViewPart part = page().showView(view.getId());
            assertNotNull(part, view.getId());
            assertFalse(part.getClass().getName().contains("ErrorViewPart"), view.getId() + " failed to create");
            opened.add(view.getId());
        }
        while (Display.getCurrent().readAndDispatch()) {
            // flush the views' first paint and updates
        }
        assertTrue(opened.contains(OverviewView.ID), "found: " + opened);
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void overviewShowsTheDatabaseAndTheDemoCentreFilledOnFirstStart() throws Exception {
        StoreInfo info = awaitStore();
        Path expected = DataFolder.resolve().resolve("db");
        assertEquals(expected, info.location());
        assertTrue(info.created(), "the test runtime starts on an empty data folder");
        OverviewView view = (OverviewView) page().showView(OverviewView.ID);
        Display display = Display.getCurrent();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (view.retailersText().equals("\u2026") && System.nanoTime() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        int demo = Integer.getInteger(StoreAccess.DEMO_RETAILERS_PROPERTY);
        assertEquals(demo, StoreAccess.demoDataLoaded().retailers());
        assertEquals(NumberFormat.getIntegerInstance().format(demo), view.retailersText());
        assertEquals(demo, StoreAccess.store().retailers().count(RetailerQuery.all()));
        assertTrue(view.statusText().contains(NumberFormat.getIntegerInstance().format(demo))
                || view.statusText().contains(Integer.toString(demo)), view.statusText());
        assertEquals(expected.toString(), view.locationText());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }

    @Test
    public void aboutNamesVersionAndDatabaseLocation() throws Exception {
        StoreInfo info = awaitStore();
        Map<String, String> facts = AboutDialog.facts();
        assertTrue(facts.get(Messages.About_version).startsWith("0.1.0"), facts.toString());
        assertEquals(info.location().toString(), facts.get(Messages.About_database));
        assertEquals(Integer.toString(info.schemaVersion()), facts.get(Messages.About_schemaVersion));
    }
}
