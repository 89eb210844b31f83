package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.ImportOptions;
import org.retailerdesk.imports.InvalidValues;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.model.District;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.imports.internal.ImportWizard;
import org.retailerdesk.ui.imports.internal.Messages;

/**
 * The import wizard on a file that names a market department the centre lacks and has a grade that
 * is none: the dry-run page starts from the centre's import preferences (create missing, reject
 * invalid values), lists what it creates, re-checks when the user changes the choices, saves its
 * report, and Finish creates the department with the retailers.
 */
@ExtendWith(FailureEvidence.class)
public class ImportWizardCreateMissingTest {

    private static final String NEW_DEPARTMENT = "向导新建市场部"; //$NON-NLS-1$

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    @TempDir
    Path dir;

    private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(ImportOptions.PREFERENCES);
    private boolean closing;
    /** Result messages closed so far. */
    private int closed;

    @AfterEach
    void resetPreferences() {
        preferences.remove(ImportOptions.PREFERENCE_CREATE_MISSING);
        preferences.remove(ImportOptions.PREFERENCE_INVALID_VALUES);
        closing = false;
    }

    /** Closes the wizard's modal result message when it shows. */
    private void closeResultMessages(Display display, Shell workbench) {
        if (!closing) {
            return;
        }
        for (Shell s : display.getShells()) {
            if (s != workbench && Messages.Wizard_title.equals(s.getText()) && !(s.getData() instanceof WizardDialog)) {
                s.close();
                closed++;
            }
        }
        display.timerExec(100, () -> closeResultMessages(display, workbench));
    }

    @Test
    public void theDryRunPageListsWhatItCreatesAndFollowsTheChoices() throws Exception {
        RetailersViewTest.spinUntil("the store", () -> StoreAccess.whenOpen().isDone());
        Store store = StoreAccess.store();
        District district = store.findAll(District.class).get(0);
        Path file = dir.resolve("公司导出.csv"); //$NON-NLS-1$
        Files.writeString(file, "CUST_CODE,LICENSE_CODE,CUST_NAME,CORPORATION_NAME,ADDRESS,CUST_FORMAT,COMPANY_DISTRICT," //$NON-NLS-1$
                + "MARKET_DEPARTMENT,CUST_LEVEL,MARKET_TYPE\n" //$NON-NLS-1$
                + "888800000001,888800000011,向导店1,赵一,测试路1号,便利店," + district.getName() + "," + NEW_DEPARTMENT + ",九档,城网\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + "888800000002,888800000012,向导店2,赵二,测试路2号,便利店," + district.getName() + "," + NEW_DEPARTMENT + ",高档,农网\n", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                StandardCharsets.UTF_8);
        preferences.putBoolean(ImportOptions.PREFERENCE_CREATE_MISSING, true);
        preferences.put(ImportOptions.PREFERENCE_INVALID_VALUES, InvalidValues.REJECT.name());
        long before = store.retailers().count(RetailerQuery.all());

        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        ImportWizard wizard = new ImportWizard();
        WizardDialog dialog = new WizardDialog(workbench, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            IWizardPage first = dialog.getCurrentPage();
            wizard.chooseFile(file.toString());
            RetailersViewTest.spinUntil("the file preview", first::isPageComplete);
            IWizardPage mapping = first.getNextPage();
            dialog.showPage(mapping);
            assertTrue(mapping.isPageComplete(), "CUST_CODE is the customer code");
            dialog.showPage(mapping.getNextPage());

            RetailersViewTest.spinUntil("the dry run", () -> wizard.dryRun() != null);
            DryRun rejecting = wizard.dryRun();
            assertEquals(List.of(RowStatus.NEW, RowStatus.REJECTED), rejecting.rows().stream().map(r -> r.status()).toList(),
                    "the preferences: create missing, reject invalid values");
            assertTrue(wizard.createdText().contains(NEW_DEPARTMENT), wizard.createdText());
            assertTrue(!wizard.canFinish(), "a rejected row blocks Finish");

            wizard.invalidValues(InvalidValues.WARN);
            RetailersViewTest.spinUntil("the dry run again", () -> wizard.dryRun() != null && wizard.dryRun() != rejecting);
            DryRun run = wizard.dryRun();
            assertEquals(2, run.count(RowStatus.NEW), run.rejections().toString());
            assertEquals(1, run.warnings().size());
            assertEquals(1, run.created(MarketDepartment.class));

            Path report = dir.resolve("report.csv"); //$NON-NLS-1$
            wizard.saveReport(report);
            RetailersViewTest.spinUntil("the report", () -> Files.exists(report));
            List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
            assertEquals(4, lines.size(), "the header, two rows and the department created: " + lines);
            assertTrue(lines.get(2).contains("888800000002") && lines.get(2).contains("CUST_LEVEL") //$NON-NLS-1$ //$NON-NLS-2$
                    && lines.get(3).contains(NEW_DEPARTMENT), lines.toString());

            wizard.createMissing(false);
            RetailersViewTest.spinUntil("the dry run without creating", () -> wizard.dryRun() != null && wizard.dryRun() != run);
            assertEquals(2, wizard.dryRun().count(RowStatus.REJECTED), "the department is unknown");
            wizard.createMissing(true);
            RetailersViewTest.spinUntil("the dry run creating", () -> wizard.dryRun() != null
                    && wizard.dryRun().count(RowStatus.NEW) == 2);

            assertTrue(wizard.canFinish());
            closing = true;
            closeResultMessages(Display.getCurrent(), workbench);
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        RetailersViewTest.spinUntil("the commit", () -> store.retailers().count(RetailerQuery.all()) == before + 2);
        // the result message comes after the write; left open, it would hold the workbench
        RetailersViewTest.spinUntil("the result message", () -> closed > 0);
        MarketDepartment created = store.findAll(MarketDepartment.class).stream()
                .filter(m -> m.getName().equals(NEW_DEPARTMENT)).findFirst().orElseThrow();
        assertEquals(district.getId(), created.getDistrict().getId());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }
}
