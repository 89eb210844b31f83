package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.InvalidValues;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.exports.internal.ExportPreferencePage;
import org.retailerdesk.ui.exports.internal.ExportPreferences;
import org.retailerdesk.ui.exports.internal.ExportRetailersHandler;
import org.retailerdesk.ui.exports.internal.ExportWizard;
import org.retailerdesk.ui.imports.internal.ImportPreferencePage;
import org.retailerdesk.ui.internal.DatabasePreferencePage;
import org.retailerdesk.ui.internal.GeneralPreferencePage;
import org.retailerdesk.ui.internal.RetailerDeskPreferencePage;
import org.retailerdesk.ui.internal.UiPreferences;
import org.retailerdesk.ui.internal.UiPreferences.Language;
import org.retailerdesk.ui.retailers.internal.RetailersView;

/**
 * Window ▸ Preferences ▸ RetailerDesk: each page stores its choice where its reader finds it — the
 * launcher (language, data folder: at the next start), the export wizard, the import.
 */
@ExtendWith(FailureEvidence.class)
public class PreferencesTest {

    private static final String PDF_FONT_PROPERTY = "retailerdesk.pdf.font"; //$NON-NLS-1$

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    @TempDir
    Path dir;

    private PreferenceDialog dialog;
    private WizardDialog wizard;

    @AfterEach
    void close() throws Exception {
        if (wizard != null && wizard.getShell() != null) {
            wizard.close();
        }
        if (dialog != null && dialog.getShell() != null) {
            dialog.close();
        }
        // the next test (and the next run's workbench) starts from the defaults again
        for (String node : List.of(UiPreferences.NODE, ImportOptions.PREFERENCES, ExportPreferences.NODE)) {
            IEclipsePreferences prefs = InstanceScope.INSTANCE.getNode(node);
            prefs.clear();
            prefs.flush();
        }
    }

    @Test
    public void theWindowMenuOpensThePreferencesWithTheRetailerDeskPages() {
        List<String> locations = new ArrayList<>();
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.menus")) { //$NON-NLS-1$
            if (contains(e, "org.eclipse.ui.window.preferences")) { //$NON-NLS-1$
                locations.add(e.getAttribute("locationURI")); //$NON-NLS-1$
            }
        }
        assertTrue(locations.contains("menu:org.eclipse.ui.main.menu"), "in the Window menu: " + locations); //$NON-NLS-1$

        dialog = open(RetailerDeskPreferencePage.ID);
        IPreferenceNode root = dialog.getPreferenceManager().find(RetailerDeskPreferencePage.ID);
        assertNotNull(root);
        assertEquals(List.of(GeneralPreferencePage.ID, DatabasePreferencePage.ID, ExportPreferencePage.ID, ImportPreferencePage.ID)
                .stream().sorted().toList(), Arrays.stream(root.getSubNodes()).map(IPreferenceNode::getId).sorted().toList());
    }

    @Test
    public void theLanguageChosenIsWhatTheLauncherStartsWithNextTime() throws Exception {
        assertEquals(List.of(), startOptions(), "no choice yet: the system's language");
        chooseLanguage(Language.ENGLISH);
        assertEquals("en", InstanceScope.INSTANCE.getNode(UiPreferences.NODE).get(UiPreferences.LANGUAGE, null)); //$NON-NLS-1$
        assertEquals(List.of("-nl", "en"), startOptions()); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(List.of(), startOptions("-nl", "zh"), "a language on the command line wins"); //$NON-NLS-1$ //$NON-NLS-2$

        dialog = open(GeneralPreferencePage.ID);
        assertEquals(Language.ENGLISH, ((GeneralPreferencePage) dialog.getSelectedPage()).language(), "shown again as stored");
        dialog.close();

        chooseLanguage(Language.CHINESE);
        assertEquals(List.of("-nl", "zh"), startOptions()); //$NON-NLS-1$ //$NON-NLS-2$
        chooseLanguage(Language.SYSTEM);
        assertEquals(List.of(), startOptions(), "the system's language again: no -nl"); //$NON-NLS-1$
    }

    @Test
    public void theDatabasePageShowsTheDatabaseAndTakesAWritableFolderForTheNextStart() throws Exception {
        Spin.store();
        dialog = open(DatabasePreferencePage.ID);
        DatabasePreferencePage page = (DatabasePreferencePage) dialog.getSelectedPage();
        assertEquals(StoreAccess.infoIfOpen().location().toString(), page.currentText());

        page.type("relative/data"); //$NON-NLS-1$
        assertFalse(page.isValid(), "a relative path");
        Path file = Files.writeString(dir.resolve("a-file"), "x"); //$NON-NLS-1$ //$NON-NLS-2$
        page.type(file.toString());
        assertFalse(page.isValid(), "a file");
        assertTrue(page.getErrorMessage().contains(file.toString()), page.getErrorMessage());
        page.type(file.resolve("below").toString()); //$NON-NLS-1$
        assertFalse(page.isValid(), "below a file");
        assertTrue(page.getErrorMessage().contains(file.toString()), page.getErrorMessage());

        Path next = dir.resolve("centre-b"); //$NON-NLS-1$
        page.type(next.toString());
        assertTrue(page.isValid(), String.valueOf(page.getErrorMessage()));
        assertTrue(page.getMessage().contains(next.resolve("db").toString()), "says it creates a database there: " + page.getMessage()); //$NON-NLS-1$
        ok(dialog);

        assertEquals(next.toString(), InstanceScope.INSTANCE.getNode(UiPreferences.NODE).get(UiPreferences.DATA_FOLDER, null));
        assertEquals(List.of("-Dretailerdesk.home=" + next), startOptions()); //$NON-NLS-1$
        assertEquals(List.of(), startOptions("-Dretailerdesk.home=/elsewhere"), "a folder on the command line wins"); //$NON-NLS-1$
    }

    @Test
    public void theDatabasePageTakesTheCentresServerForTheNextStart() throws Exception {
        dialog = open(DatabasePreferencePage.ID);
        DatabasePreferencePage page = (DatabasePreferencePage) dialog.getSelectedPage();
        page.typeServer("192.0.2.10 port 1527"); //$NON-NLS-1$
        assertFalse(page.isValid(), "not an address");
        assertTrue(page.getErrorMessage().contains("//"), "says how to write it: " + page.getErrorMessage()); //$NON-NLS-1$
        page.typeServer("jdbc:derby://192.0.2.10:1600/db"); //$NON-NLS-1$
        assertTrue(page.isValid(), String.valueOf(page.getErrorMessage()));
        assertTrue(page.getMessage().contains("//192.0.2.10:1600/db"), page.getMessage()); //$NON-NLS-1$
        ok(dialog);

        assertEquals("//192.0.2.10:1600/db", //$NON-NLS-1$
                InstanceScope.INSTANCE.getNode(UiPreferences.NODE).get(UiPreferences.SERVER, null), "stored as workstations name it");
        assertEquals(List.of("-Dretailerdesk.db=//192.0.2.10:1600/db"), startOptions()); //$NON-NLS-1$
        assertEquals(List.of(), startOptions("-Dretailerdesk.db=//192.0.2.99:1527/db"), "a server on the command line wins"); //$NON-NLS-1$
    }

    @Test
    public void theImportOptionsAreStoredWhereTheImportReadsThem() throws Exception {
        dialog = open(ImportPreferencePage.ID);
        ((ImportPreferencePage) dialog.getSelectedPage()).choose(true, true);
        ok(dialog);
        IEclipsePreferences imports = InstanceScope.INSTANCE.getNode(ImportOptions.PREFERENCES);
        assertTrue(imports.getBoolean(ImportOptions.PREFERENCE_CREATE_MISSING, false));
        assertEquals(InvalidValues.REJECT.name(), imports.get(ImportOptions.PREFERENCE_INVALID_VALUES, null));
        Path file = workspace().resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/org.retailerdesk.imports.prefs"); //$NON-NLS-1$
        String stored = Files.readString(file, StandardCharsets.ISO_8859_1);
        assertTrue(stored.contains("createMissing=true") && stored.contains("invalidValues=REJECT"), stored); //$NON-NLS-1$ //$NON-NLS-2$

        dialog = open(ImportPreferencePage.ID);
        button(dialog.getShell(), JFaceResources.getString("defaults")).notifyListeners(SWT.Selection, null); //$NON-NLS-1$
        ok(dialog);
        // written out, not left to a default of the reader's
        assertFalse(imports.getBoolean(ImportOptions.PREFERENCE_CREATE_MISSING, true), "default: missing references are rejected");
        assertEquals(InvalidValues.WARN.name(), imports.get(ImportOptions.PREFERENCE_INVALID_VALUES, null),
                "default: an invalid value is left empty with a warning");
    }

    @Test
    public void theExportWizardProposesTheEncodingAndColumnsOfThePreferences() throws Exception {
        List<ExportColumn> basic = ExportColumn.of(ExportColumn.Group.BASIC);
        dialog = open(ExportPreferencePage.ID);
        ((ExportPreferencePage) dialog.getSelectedPage()).choose(true, basic, ""); //$NON-NLS-1$
        ok(dialog);
        ExportWizard exportWizard = openExportWizard(List.of());
        assertTrue(exportWizard.settingsPage().proposesGbk(), "GBK, as set");
        assertEquals(basic, exportWizard.columnsPage().chosen());
        wizard.close();

        dialog = open(ExportPreferencePage.ID);
        ((ExportPreferencePage) dialog.getSelectedPage()).choose(false, ExportColumn.all(), ""); //$NON-NLS-1$
        ok(dialog);
        exportWizard = openExportWizard(List.of());
        assertFalse(exportWizard.settingsPage().proposesGbk());
        assertEquals(ExportColumn.all(), exportWizard.columnsPage().chosen());
    }

    @Test
    public void thePdfFontOfThePreferencesIsTheOneTheExportEmbeds() throws Exception {
        dialog = open(ExportPreferencePage.ID);
        ExportPreferencePage page = (ExportPreferencePage) dialog.getSelectedPage();
        page.choose(false, ExportColumn.all(), dir.resolve("missing.ttf").toString()); //$NON-NLS-1$
        assertFalse(page.isValid(), "a font file that does not exist");
        String font = chineseFont();
        page.choose(false, ExportColumn.all(), font);
        assertTrue(page.isValid(), String.valueOf(page.getErrorMessage()));
        ok(dialog);

        String before = System.getProperty(PDF_FONT_PROPERTY);
        try {
            RetailersView view = (RetailersView) Spin.page().showView(RetailersView.ID);
            Spin.until("the list", view::isSettled);
            view.selectRow(0);
            List<Long> selected = ExportRetailersHandler.retailerIds(Spin.page().getSelection(RetailersView.ID));
            ExportWizard exportWizard = openExportWizard(selected);
            Path pdf = dir.resolve("card.pdf"); //$NON-NLS-1$
            exportWizard.settingsPage().choose("pdf", false, pdf.toString()); //$NON-NLS-1$
            assertTrue(exportWizard.canFinish());
            assertTrue(exportWizard.performFinish());
            wizard.close();
            closeTheReport();
            assertTrue(exportWizard.job().getResult().isOK(), exportWizard.job().getResult().toString());
            assertEquals(font, System.getProperty(PDF_FONT_PROPERTY), "the export finds its font by this property");
            assertTrue(Files.size(pdf) > 0);
        } finally {
            if (before == null) {
                System.clearProperty(PDF_FONT_PROPERTY);
            } else {
                System.setProperty(PDF_FONT_PROPERTY, before);
            }
        }
    }

    /** Whether the contribution holds the command, in one of its menus or directly. */
    private static boolean contains(IConfigurationElement element, String commandId) {
        for (IConfigurationElement child : element.getChildren()) {
            if ("command".equals(child.getName()) && commandId.equals(child.getAttribute("commandId")) //$NON-NLS-1$ //$NON-NLS-2$
                    || contains(child, commandId)) {
                return true;
            }
        }
        return false;
    }

    private void chooseLanguage(Language language) {
        dialog = open(GeneralPreferencePage.ID);
        ((GeneralPreferencePage) dialog.getSelectedPage()).choose(language);
        ok(dialog);
    }

    private ExportWizard openExportWizard(List<Long> selected) {
        ExportWizard w = new ExportWizard(RetailerQuery.all(), selected);
        wizard = new WizardDialog(Spin.page().getWorkbenchWindow().getShell(), w);
        wizard.setBlockOnOpen(false);
        wizard.open();
        return w;
    }

    /** Waits for the export's "finished" message (modal) and closes it. */
    private static void closeTheReport() throws InterruptedException {
        Display display = Display.getCurrent();
        AtomicReference<Boolean> closed = new AtomicReference<>(false);
        Runnable closer = new Runnable() {
            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if (org.retailerdesk.ui.exports.internal.Messages.Done_title.equals(s.getText())) {
                        s.close();
                        closed.set(true);
                        return;
                    }
                }
                display.timerExec(50, this);
            }
        };
        display.timerExec(50, closer);
        Spin.until("the export's report", closed::get);
    }

    private static PreferenceDialog open(String pageId) {
        PreferenceDialog d = PreferencesUtil.createPreferenceDialogOn(Spin.page().getWorkbenchWindow().getShell(), pageId, null, null);
        d.setBlockOnOpen(false);
        d.open();
        return d;
    }

    /** Presses "Apply and Close": the pages store their values and the dialog saves them. */
    private static void ok(PreferenceDialog d) {
        Button ok = find(d.getShell(), b -> Integer.valueOf(IDialogConstants.OK_ID).equals(b.getData()));
        assertTrue(ok.isEnabled(), "the pages are valid");
        ok.notifyListeners(SWT.Selection, null);
        assertTrue(d.getShell() == null || d.getShell().isDisposed(), "the dialog closed");
    }

    private static Button button(Composite parent, String text) {
        return find(parent, b -> text.equals(b.getText()));
    }

    private static Button find(Composite parent, java.util.function.Predicate<Button> which) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Button b && which.test(b)) {
                return b;
            }
            if (c instanceof Composite inner) {
                Button found = find(inner, which);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Path workspace() throws Exception {
        return Path.of(Platform.getInstanceLocation().getURL().toURI());
    }

    /** What releng/scripts/start-options.sh adds to a launch with these arguments, on this workspace. */
    private static List<String> startOptions(String... args) throws Exception {
        Path sources = Path.of(System.getProperty("retailerdesk.test.sources")); //$NON-NLS-1$
        List<String> command = new ArrayList<>(List.of("bash", "-c", //$NON-NLS-1$ //$NON-NLS-2$
                ". \"$0/releng/scripts/start-options.sh\" && rd_start_options \"$@\"", sources.toString(), //$NON-NLS-1$
                workspace().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().toList();
    }

    /** The WenQuanYi font the product's packages install (Chinese and Latin, TrueType: what OpenPDF embeds). */
    private static String chineseFont() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("fc-list", ":lang=zh", "file").redirectErrorStream(true).start(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<String> files = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .map(l -> l.strip().replaceFirst(":$", "")).filter(l -> l.matches(".*/wqy-.*\\.tt[cf]")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .sorted().toList();
        p.waitFor(10, TimeUnit.SECONDS);
        assertFalse(files.isEmpty(), "fonts-wqy-microhei is installed (./test installs it)");
        return files.get(0);
    }
}
