package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.exports.internal.ExportRetailersHandler;
import org.retailerdesk.ui.exports.internal.ExportWizard;
import org.retailerdesk.ui.exports.internal.Messages;
import org.retailerdesk.ui.retailers.internal.RetailersView;

/** The export wizard on the Retailers view's filter and selection, run to the end. */
@ExtendWith(FailureEvidence.class)
public class ExportWizardTest {

    private static final String COMMAND = "org.retailerdesk.ui.exports.export"; //$NON-NLS-1$

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    @TempDir
    Path dir;

    private RetailersView view;
    private Store store;
    private WizardDialog dialog;

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @BeforeEach
    void openList() throws Exception {
        RetailersViewTest.spinUntil("the store", () -> StoreAccess.whenOpen().isDone()); //$NON-NLS-1$
        store = StoreAccess.store();
        view = (RetailersView) page().showView(RetailersView.ID);
        RetailersViewTest.spinUntil("the list", () -> view.isSettled()); //$NON-NLS-1$
    }

    @AfterEach
    void close() throws Exception {
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
        view.typeSearchText(""); //$NON-NLS-1$
        RetailersViewTest.spinUntil("the list", () -> view.isSettled()); //$NON-NLS-1$
    }

    @Test
    public void theCommandIsInTheFileMenuAndOnTheRetailersToolbar() {
        Command command = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(COMMAND);
        assertTrue(command.isDefined() && command.isHandled());
        List<String> locations = new ArrayList<>();
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.menus")) { //$NON-NLS-1$
            for (IConfigurationElement c : e.getChildren("command")) { //$NON-NLS-1$
                if (COMMAND.equals(c.getAttribute("commandId"))) { //$NON-NLS-1$
                    locations.add(e.getAttribute("locationURI")); //$NON-NLS-1$
                }
            }
        }
        assertTrue(locations.contains("menu:org.retailerdesk.ui.menu.file?after=additions"), locations.toString()); //$NON-NLS-1$
        assertTrue(locations.contains("toolbar:" + ExportRetailersHandler.RETAILERS_VIEW), locations.toString()); //$NON-NLS-1$
    }

    @Test
    public void exportsTheListsCurrentFilterAsCsvAndReportsTheRows() throws Exception {
        view.typeSearchText("便利"); //$NON-NLS-1$
        RetailersViewTest.spinUntil("the filtered list", () -> view.isSettled() && "便利".equals(view.rows().query().text())); //$NON-NLS-1$ //$NON-NLS-2$
        RetailerQuery filter = Adapters.adapt(page().findView(ExportRetailersHandler.RETAILERS_VIEW), RetailerQuery.class);
        assertEquals("便利", filter.text()); //$NON-NLS-1$
        ExportWizard wizard = open(filter, List.of());
        assertFalse(wizard.settingsPage().useSelection(), "nothing selected: the filter"); //$NON-NLS-1$

        Path file = dir.resolve("filter.csv"); //$NON-NLS-1$
        wizard.settingsPage().choose("csv", true, file.toString()); //$NON-NLS-1$
        wizard.columnsPage().selectAll(false);
        assertFalse(wizard.canFinish(), "no column, no finish"); //$NON-NLS-1$
        wizard.columnsPage().check(ExportColumn.Group.BASIC, true);
        assertTrue(wizard.canFinish());
        String report = finish(wizard);

        long expected = store.retailers().count(filter);
        assertTrue(expected > 0);
        List<CSVRecord> rows = csv(file, Charset.forName("GBK")); //$NON-NLS-1$
        assertEquals(ExportColumn.of(ExportColumn.Group.BASIC).stream().map(c -> c.label(Locale.CHINESE)).toList(),
                rows.get(0).toList());
        assertEquals(expected + 1, rows.size());
        assertTrue(rows.stream().skip(1).allMatch(r -> r.get(0).length() == 12), "customer codes"); //$NON-NLS-1$
        assertTrue(report.contains(String.valueOf(expected)) && report.contains(file.toString()), report);
    }

    @Test
    public void exportsTheSelectedRetailers() throws Exception {
        view.selectRow(0);
        List<Long> selected = ExportRetailersHandler.retailerIds(page().getSelection(ExportRetailersHandler.RETAILERS_VIEW));
        assertEquals(1, selected.size());
        ExportWizard wizard = open(Adapters.adapt(view, RetailerQuery.class), selected);
        assertTrue(wizard.settingsPage().useSelection(), "a selection is proposed first"); //$NON-NLS-1$

        Path file = dir.resolve("selection.xlsx"); //$NON-NLS-1$
        wizard.settingsPage().choose("xlsx", false, file.toString()); //$NON-NLS-1$
        String report = finish(wizard);
        assertTrue(Files.size(file) > 0);
        assertTrue(report.contains(file.toString()), report);
    }

    @Test
    public void exportsEveryPublicityRecordWhenRecordsAreChosen() throws Exception {
        ExportWizard wizard = open(RetailerQuery.all(), List.of());
        Path file = dir.resolve("publicity.pdf"); //$NON-NLS-1$
        wizard.settingsPage().chooseRecords(org.retailerdesk.imports.RecordKind.PUBLICITY);
        wizard.settingsPage().choose("pdf", false, file.toString()); //$NON-NLS-1$
        assertFalse(wizard.settingsPage().isPageComplete(), "records are not exported as PDF cards"); //$NON-NLS-1$
        file = dir.resolve("publicity.csv"); //$NON-NLS-1$
        wizard.settingsPage().choose("csv", false, file.toString()); //$NON-NLS-1$
        assertTrue(wizard.canFinish());
        assertFalse(wizard.settingsPage().canFlipToNextPage(), "no retailer columns for records"); //$NON-NLS-1$
        String report = finish(wizard);

        long records = store.findAll(org.retailerdesk.model.PublicityRecord.class).size();
        List<CSVRecord> rows = csv(file, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(records + 1, rows.size());
        assertEquals(org.retailerdesk.imports.RecordKind.PUBLICITY.fields().stream().map(f -> f.label(Locale.CHINESE))
                .toList(), rows.get(0).toList().stream().map(h -> h.replace("\uFEFF", "")).toList()); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(report.contains(String.valueOf(records)), report);
        assertTrue(errors.isEmpty(), "errors logged: " + errors); //$NON-NLS-1$
    }

    private ExportWizard open(RetailerQuery filter, List<Long> selected) {
        ExportWizard wizard = new ExportWizard(filter, selected);
        dialog = new WizardDialog(view.getSite().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return wizard;
    }

    /**
     * Presses Finish and waits for the export Job; returns the text of the "export finished" message,
     * which a timer reads and closes (it is modal and would block this thread).
     */
    private String finish(ExportWizard wizard) throws InterruptedException {
        assertTrue(wizard.performFinish());
        dialog.close();
        Display display = Display.getCurrent();
        AtomicReference<String> report = new AtomicReference<>();
        Runnable closer = new Runnable() {
            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if (Messages.Done_title.equals(s.getText())) {
                        report.set(labels(s));
                        s.close();
                        return;
                    }
                }
                display.timerExec(50, this);
            }
        };
        display.timerExec(50, closer);
        RetailersViewTest.spinUntil("the export and its report", () -> report.get() != null); //$NON-NLS-1$
        assertNotNull(wizard.job().getResult());
        assertTrue(wizard.job().getResult().isOK(), wizard.job().getResult().toString());
        return report.get();
    }

    private static String labels(org.eclipse.swt.widgets.Composite c) {
        StringBuilder b = new StringBuilder();
        for (Control child : c.getChildren()) {
            if (child instanceof Label l) {
                b.append(l.getText()).append('\n');
            } else if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                b.append(labels(inner));
            }
        }
        return b.toString();
    }

    private static List<CSVRecord> csv(Path file, Charset charset) throws Exception {
        try (Reader r = Files.newBufferedReader(file, charset)) {
            return CSVFormat.DEFAULT.parse(r).getRecords();
        }
    }
}
