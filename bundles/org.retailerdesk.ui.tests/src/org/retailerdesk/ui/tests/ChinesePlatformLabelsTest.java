package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWiring;
import org.retailerdesk.ui.internal.RetailerDeskPreferencePage;

/**
 * Under {@code -nl zh} (the second workbench of this test bundle, see its pom) the platform's own
 * words must be Chinese too: the buttons, titles and menus of its wizards and dialogs, the
 * Preferences dialog, the Show View dialog, progress and error dialogs, the Properties view and the
 * workbench menus. Every visible text is checked for English words; product terms written in Latin
 * letters everywhere (file formats, encodings, key names, the product's name) are allowed.
 */
@ExtendWith(FailureEvidence.class)
@EnabledIfSystemProperty(named = "retailerdesk.test.nl", matches = "zh") // the second workbench's marker
public class ChinesePlatformLabelsTest {

    /**
     * Latin-letter words a Chinese text may hold: formats, encodings, key names, the product, and
     * "English" where the language preference names each language in its own words.
     */
    private static final Set<String> ALLOWED = Set.of("CSV", "XLSX", "PDF", "UTF", "GBK", "Excel", "TTF", "TTC",
            "RetailerDesk", "Ctrl", "Shift", "Alt", "Esc", "Tab", "Enter", "Home", "End", "English");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    /** A file path or a command id inside a message is data, not a label. */
    private static final Pattern DATA = Pattern.compile("(/[^\\s，。：；）)]+)|(\\b[a-z]+(\\.[a-zA-Z]+){2,}\\b)");
    private static final int OPEN_TIMEOUT_SECONDS = 60;

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private final List<String> english = new ArrayList<>();
    /** Names of views, view categories and preference pages that only the test runtime's extra bundles contribute. */
    private Set<String> notInProduct;

    @BeforeEach
    void chineseWorkbench() throws Exception {
        assertEquals("zh", Locale.getDefault().getLanguage(), "the workbench was started with -nl zh"); //$NON-NLS-1$
        Spin.store();
        notInProduct = namesContributedOutside(productBundles());
    }

    /**
     * The bundles of the product: the plug-ins its features list and everything they are wired to.
     * The test runtime holds more (IDE and team bundles the target platform brings along), whose
     * contributions the product never shows.
     */
    private static Set<String> productBundles() throws Exception {
        Path features = Path.of(System.getProperty("retailerdesk.test.sources"), "features"); //$NON-NLS-1$
        Set<String> declared = new HashSet<>();
        for (String feature : List.of("product", "ui", "core", "p2")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            String xml = Files.readString(features.resolve("org.retailerdesk." + feature + ".feature/feature.xml")); //$NON-NLS-1$ //$NON-NLS-2$
            Matcher m = Pattern.compile("<plugin id=\"([^\"]+)\"").matcher(xml); //$NON-NLS-1$
            while (m.find()) {
                declared.add(m.group(1));
            }
        }
        Deque<Bundle> todo = new ArrayDeque<>();
        for (Bundle b : FrameworkUtil.getBundle(ChinesePlatformLabelsTest.class).getBundleContext().getBundles()) {
            if (declared.contains(b.getSymbolicName())) {
                todo.add(b);
            }
        }
        Set<String> product = new HashSet<>();
        while (!todo.isEmpty()) {
            Bundle b = todo.poll();
            BundleWiring wiring = b.adapt(BundleWiring.class);
            if (!product.add(b.getSymbolicName()) || wiring == null) {
                continue;
            }
            wiring.getRequiredWires(null).forEach(w -> todo.add(w.getProvider().getBundle()));
            wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE).forEach(w -> todo.add(w.getRequirer().getBundle()));
        }
        return product;
    }

    private static Set<String> namesContributedOutside(Set<String> product) {
        Set<String> inside = new HashSet<>();
        Set<String> outside = new HashSet<>();
        for (String point : List.of("org.eclipse.ui.views", "org.eclipse.ui.preferencePages")) { //$NON-NLS-1$ //$NON-NLS-2$
            for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(point)) {
                String name = e.getAttribute("name"); //$NON-NLS-1$
                if (name != null) {
                    (product.contains(e.getContributor().getName()) ? inside : outside).add(name);
                }
            }
        }
        outside.removeAll(inside);
        return outside;
    }

    @Test
    public void theWizardsSpeakChinese() throws Exception {
        walkWizard("import", () -> execute("org.retailerdesk.ui.imports.importRetailers")); //$NON-NLS-1$ //$NON-NLS-2$
        walkWizard("export", () -> execute("org.retailerdesk.ui.exports.export")); //$NON-NLS-1$ //$NON-NLS-2$
        if (PlatformUI.getWorkbench().getNewWizardRegistry().getPrimaryWizards().length > 0
                || PlatformUI.getWorkbench().getNewWizardRegistry().getRootCategory().getWizards().length > 0) {
            walkWizard("new", () -> execute("org.eclipse.ui.newWizard")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        assertNoEnglish();
    }

    @Test
    public void thePreferencesDialogSpeaksChinese() throws Exception {
        whileOpen("preferences", () -> execute("org.eclipse.ui.window.preferences"), shell -> { //$NON-NLS-1$ //$NON-NLS-2$
            PreferenceDialog dialog = (PreferenceDialog) shell.getData();
            IPreferenceNode root = dialog.getPreferenceManager().find(RetailerDeskPreferencePage.ID);
            assertNotNull(root, "the RetailerDesk pages");
            List<IPreferenceNode> nodes = new ArrayList<>(List.of(root));
            nodes.addAll(List.of(root.getSubNodes()));
            for (IPreferenceNode node : nodes) {
                dialog.getTreeViewer().setSelection(new StructuredSelection(node), true);
                check("preferences " + node.getId(), shell); //$NON-NLS-1$
            }
            return true;
        });
        assertNoEnglish();
    }

    @Test
    public void theShowViewDialogSpeaksChinese() throws Exception {
        whileOpen("show view", () -> execute("org.eclipse.ui.views.showView"), shell -> { //$NON-NLS-1$ //$NON-NLS-2$
            for (Tree tree : all(shell, Tree.class)) {
                for (TreeItem item : tree.getItems()) {
                    item.setExpanded(true);
                }
            }
            check("show view", shell); //$NON-NLS-1$
            return true;
        });
        assertNoEnglish();
    }

    @Test
    public void messageErrorAndProgressDialogsSpeakChinese() throws Exception {
        Shell window = Spin.page().getWorkbenchWindow().getShell();
        whileOpen("question", () -> MessageDialog.openQuestion(window, "问题", "继续吗？"), shell -> check("question", shell)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        whileOpen("confirm", () -> MessageDialog.openConfirm(window, "确认", "确定吗？"), shell -> check("confirm", shell)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        // the test harness keeps error dialogs closed; this test wants to see one
        boolean automated = ErrorDialog.AUTOMATED_MODE;
        ErrorDialog.AUTOMATED_MODE = false;
        try {
            whileOpen("error", () -> ErrorDialog.openError(window, "出错", "无法完成。", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    new MultiStatus("org.retailerdesk.ui.tests", 0, new IStatus[] { Status.error("原因") }, "出错了", null)), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    shell -> {
                        // the details are platform words too
                        Button details = find(shell, Button.class, b -> Integer.valueOf(IDialogConstants.DETAILS_ID).equals(b.getData()));
                        details.notifyListeners(SWT.Selection, new Event());
                        return check("error", shell); //$NON-NLS-1$
                    });
        } finally {
            ErrorDialog.AUTOMATED_MODE = automated;
        }

        CountDownLatch release = new CountDownLatch(1);
        whileOpen("progress", () -> { //$NON-NLS-1$
            try {
                new ProgressMonitorDialog(window).run(true, true, monitor -> {
                    monitor.beginTask("正在处理", org.eclipse.core.runtime.IProgressMonitor.UNKNOWN); //$NON-NLS-1$
                    await(release);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, shell -> {
            check("progress", shell); //$NON-NLS-1$
            release.countDown();
            return false; // it closes itself once the work is done
        });

        // what an editor's save shows while it waits (UiJob.runAndWait)
        CountDownLatch saveRelease = new CountDownLatch(1);
        whileOpen("busy progress", () -> { //$NON-NLS-1$
            try {
                PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
                    monitor.beginTask("正在保存", org.eclipse.core.runtime.IProgressMonitor.UNKNOWN); //$NON-NLS-1$
                    await(saveRelease);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, shell -> {
            check("busy progress", shell); //$NON-NLS-1$
            saveRelease.countDown();
            return false;
        });
        assertNoEnglish();
    }

    @Test
    public void thePropertiesViewSpeaksChinese() throws Exception {
        // a retailer's file in the editor area, the sheet beside it showing the file's properties
        org.retailerdesk.model.Retailer retailer = Spin.store().retailers()
                .findRetailers(org.retailerdesk.store.RetailerQuery.all().page(0, 1)).rows().get(0);
        org.eclipse.ui.IEditorPart editor = Spin.page().openEditor(
                org.retailerdesk.ui.retailers.profile.ProfileEditorInput.of(retailer),
                org.retailerdesk.ui.retailers.profile.ProfileEditorInput.EDITOR_ID);
        Spin.until("the file", ((org.retailerdesk.ui.retailers.internal.profile.ProfileEditor) editor)::isLoaded);
        IViewPart properties = Spin.page().showView("org.eclipse.ui.views.PropertySheet"); //$NON-NLS-1$
        // the sheet takes the selection of the part activated after it
        Spin.page().activate(editor);
        Spin.until("the retailer's properties", () -> sheetTrees(properties).stream().anyMatch(t -> t.getItemCount() > 0));
        checkText("properties view title", properties.getTitle()); //$NON-NLS-1$
        IToolBarManager toolbar = properties.getViewSite().getActionBars().getToolBarManager();
        for (IContributionItem item : toolbar.getItems()) {
            if (item instanceof org.eclipse.jface.action.ActionContributionItem a) {
                checkText("properties toolbar", a.getAction().getText()); //$NON-NLS-1$
                checkText("properties toolbar", a.getAction().getToolTipText()); //$NON-NLS-1$
            }
        }
        for (IContributionItem item : properties.getViewSite().getActionBars().getMenuManager().getItems()) {
            if (item instanceof org.eclipse.jface.action.ActionContributionItem a) {
                checkText("properties menu", a.getAction().getText()); //$NON-NLS-1$
            }
        }
        for (Tree tree : sheetTrees(properties)) {
            for (TreeColumn column : tree.getColumns()) {
                checkText("properties column", column.getText()); //$NON-NLS-1$
            }
            for (TreeItem item : tree.getItems()) {
                // the first column names properties and categories; the second is the retailer's data
                checkText("properties category", item.getText(0)); //$NON-NLS-1$
            }
        }
        Spin.page().closeEditor(editor, false);
        assertNoEnglish();
    }

    @Test
    public void theWorkbenchMenusSpeakChinese() throws Exception {
        Menu bar = Spin.page().getWorkbenchWindow().getShell().getMenuBar();
        for (MenuItem item : bar.getItems()) {
            checkMenu(item);
        }
        Spin.idle(200);
        assertNoEnglish();
    }

    private static List<Tree> sheetTrees(IViewPart properties) {
        Control control = ((org.eclipse.ui.views.properties.PropertySheet) properties).getCurrentPage().getControl();
        return control instanceof Tree t ? List.of(t) : all((Composite) control, Tree.class);
    }

    private void checkMenu(MenuItem item) {
        checkText("menu", item.getText()); //$NON-NLS-1$
        Menu menu = item.getMenu();
        if (menu != null) {
            // the menu managers fill their menus when they are about to show
            menu.notifyListeners(SWT.Show, new Event());
            for (MenuItem child : menu.getItems()) {
                checkMenu(child);
            }
            menu.notifyListeners(SWT.Hide, new Event());
        }
    }

    /** Opens a wizard and walks it as far as Next goes without input, checking each page. */
    private void walkWizard(String name, Runnable open) throws Exception {
        whileOpen(name + " wizard", open, shell -> { //$NON-NLS-1$
            WizardDialog dialog = (WizardDialog) shell.getData();
            Set<Object> seen = new HashSet<>();
            while (seen.add(dialog.getCurrentPage())) {
                check(name + " wizard page " + dialog.getCurrentPage().getName(), shell); //$NON-NLS-1$
                Button next = find(shell, Button.class, b -> Integer.valueOf(IDialogConstants.NEXT_ID).equals(b.getData()));
                if (next == null || !next.isEnabled()) {
                    break;
                }
                next.notifyListeners(SWT.Selection, new Event());
            }
            return true;
        });
    }

    /**
     * Runs {@code open}, which shows a dialog (and may block until it closes), looks at the new
     * dialog once it is up, and closes it unless {@code look} answers false (it closes itself).
     */
    private void whileOpen(String what, Runnable open, Predicate<Shell> look) throws Exception {
        Display display = Display.getCurrent();
        Set<Shell> before = new HashSet<>(Arrays.asList(display.getShells()));
        AtomicBoolean done = new AtomicBoolean();
        AtomicBoolean over = new AtomicBoolean();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(OPEN_TIMEOUT_SECONDS);
        Runnable poll = new Runnable() {
            @Override
            public void run() {
                if (over.get()) {
                    return; // this walk ended (or failed): a later dialog is not its business
                }
                Shell shell = Arrays.stream(display.getShells()).filter(s -> !before.contains(s) && s.isVisible()).findFirst()
                        .orElse(null);
                if (shell == null) {
                    if (System.nanoTime() < deadline) {
                        display.timerExec(100, this);
                    } else {
                        failed.set(new AssertionError("no dialog opened for " + what)); //$NON-NLS-1$
                        done.set(true);
                    }
                    return;
                }
                boolean close = true;
                try {
                    close = look.test(shell);
                } catch (Throwable t) {
                    failed.set(t);
                } finally {
                    if (close && !shell.isDisposed()) {
                        shell.close();
                    }
                    done.set(true);
                }
            }
        };
        display.timerExec(100, poll);
        try {
            open.run();
            Spin.until(what, done::get);
            Spin.until(what + " to close", () -> Arrays.stream(display.getShells()).allMatch(before::contains)); //$NON-NLS-1$
        } finally {
            over.set(true);
        }
        if (failed.get() instanceof Error e) {
            throw e;
        } else if (failed.get() != null) {
            throw new AssertionError(what, failed.get());
        }
    }

    private static void execute(String commandId) {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        try {
            PlatformUI.getWorkbench().getService(IHandlerService.class)
                    .executeCommand(new ParameterizedCommand(commands.getCommand(commandId), null), null);
        } catch (Exception e) {
            throw new IllegalStateException(commandId, e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(OPEN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Checks every visible text of the shell; returns true (close it). */
    private boolean check(String where, Shell shell) {
        checkText(where + " title", shell.getText()); //$NON-NLS-1$
        for (Control c : all(shell, Control.class)) {
            if (!c.isVisible()) {
                continue;
            }
            String at = where + " " + c.getClass().getSimpleName(); //$NON-NLS-1$
            checkText(at + " tooltip", c.getToolTipText()); //$NON-NLS-1$
            if (c instanceof Button b) {
                checkText(at, b.getText());
            } else if (c instanceof Label l) {
                checkText(at, l.getText());
            } else if (c instanceof CLabel l) {
                checkText(at, l.getText());
            } else if (c instanceof Link l) {
                checkText(at, l.getText().replaceAll("</?a[^>]*>", "")); //$NON-NLS-1$ //$NON-NLS-2$
            } else if (c instanceof Group g) {
                checkText(at, g.getText());
            } else if (c instanceof Text t) {
                checkText(at + " hint", t.getMessage()); // a text's content is the user's, its hint is ours //$NON-NLS-1$
            } else if (c instanceof Combo combo) {
                Arrays.stream(combo.getItems()).forEach(i -> checkText(at + " item", i)); //$NON-NLS-1$
            } else if (c instanceof ToolBar bar) {
                for (ToolItem item : bar.getItems()) {
                    checkText(at + " item", item.getText()); //$NON-NLS-1$
                    checkText(at + " item tooltip", item.getToolTipText()); //$NON-NLS-1$
                }
            } else if (c instanceof CTabFolder folder) {
                for (CTabItem item : folder.getItems()) {
                    checkText(at + " tab", item.getText()); //$NON-NLS-1$
                }
            } else if (c instanceof Tree tree) {
                Arrays.stream(tree.getColumns()).forEach(col -> checkText(at + " column", col.getText())); //$NON-NLS-1$
                Arrays.stream(tree.getItems()).forEach(i -> checkTreeItem(at, i));
            } else if (c instanceof Table table) {
                Arrays.stream(table.getColumns()).map(TableColumn::getText).forEach(t -> checkText(at + " column", t)); //$NON-NLS-1$
            }
        }
        return true;
    }

    private void checkTreeItem(String where, TreeItem item) {
        if (notInProduct.contains(item.getText())) {
            return;
        }
        checkText(where + " item", item.getText()); //$NON-NLS-1$
        if (item.getExpanded()) {
            Arrays.stream(item.getItems()).forEach(i -> checkTreeItem(where, i));
        }
    }

    private void checkText(String where, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String words = DATA.matcher(text.replace("&", "")).replaceAll(" "); //$NON-NLS-1$ //$NON-NLS-2$
        for (String name : notInProduct) {
            words = words.replace(name, " "); // e.g. "Back to <a page of the test runtime only>" //$NON-NLS-1$
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher m = WORD.matcher(words);
        while (m.find()) {
            if (!ALLOWED.contains(m.group())) {
                found.add(m.group());
            }
        }
        if (!found.isEmpty()) {
            english.add(where + ": \"" + text + "\" " + found); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private void assertNoEnglish() {
        assertTrue(english.isEmpty(), "English platform labels in the Chinese UI:\n" + String.join("\n", english)); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(errors.isEmpty(), "errors logged: " + errors); //$NON-NLS-1$
    }

    private static <T extends Control> List<T> all(Composite root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control c : root.getChildren()) {
            if (type.isInstance(c)) {
                found.add(type.cast(c));
            }
            if (c instanceof Composite inner) {
                found.addAll(all(inner, type));
            }
        }
        return found;
    }

    private static <T extends Control> T find(Composite root, Class<T> type, Predicate<T> which) {
        return all(root, type).stream().filter(which).findFirst().orElse(null);
    }
}
