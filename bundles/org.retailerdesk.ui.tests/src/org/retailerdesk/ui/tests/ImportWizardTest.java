package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.imports.DryRun;
import org.retailerdesk.imports.RecordDryRun;
import org.retailerdesk.imports.RecordKind;
import org.retailerdesk.imports.RowStatus;
import org.retailerdesk.model.District;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.Visit;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.imports.internal.ImportWizard;
import org.retailerdesk.ui.imports.internal.Messages;
import org.retailerdesk.ui.retailers.internal.FilterState;
import org.retailerdesk.ui.retailers.internal.RetailersView;

/** The import wizard end to end: file, automatic mapping, dry run in a Job, commit in a Job, list refreshed. */
@ExtendWith(FailureEvidence.class)
public class ImportWizardTest {

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    @TempDir
    Path dir;

    private volatile boolean closingMessages;
    /** Result messages closed so far. */
    private int closedMessages;

    /** Closes the wizard's result message when it appears (it is modal and would wait for a click). */
    private void closeResultMessages(Display display, Shell workbench) {
        if (!closingMessages) {
            return;
        }
        for (Shell s : display.getShells()) {
            if (s != workbench && Messages.Wizard_title.equals(s.getText()) && !(s.getData() instanceof WizardDialog)) {
                s.close();
                closedMessages++;
            }
        }
        display.timerExec(100, () -> closeResultMessages(display, workbench));
    }

    /** What a test checks on the dry run page before Finish. */
    private interface Check {
        void on(ImportWizard wizard) throws Exception;
    }

    /**
     * Goes through the wizard as a person would: the kind of records (null: retailers) and the file,
     * the automatic mapping, the dry run; then Finish, with the result message closed when it shows.
     */
    private void runWizard(RecordKind kind, Path file, Check dryRun) throws Exception {
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        ImportWizard wizard = new ImportWizard();
        WizardDialog dialog = new WizardDialog(workbench, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            IWizardPage first = dialog.getCurrentPage();
            wizard.chooseKind(kind);
            wizard.chooseFile(file.toString());
            RetailersViewTest.spinUntil("the file preview", first::isPageComplete);
            IWizardPage mapping = first.getNextPage();
            dialog.showPage(mapping);
            assertTrue(mapping.isPageComplete(), "the key columns mapped from the header");
            dialog.showPage(mapping.getNextPage());
            dryRun.on(wizard);
            assertTrue(wizard.canFinish());
            closingMessages = true;
            closeResultMessages(Display.getCurrent(), workbench);
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
    }

    @Test
    public void importsAFileThroughTheWizardAndTheListShowsIt() throws Exception {
        RetailersViewTest.spinUntil("the store", () -> StoreAccess.whenOpen().isDone());
        Store store = StoreAccess.store();
        District district = store.findAll(District.class).get(0);
        MarketDepartment department = store.findAll(MarketDepartment.class).get(0);
        StringBuilder csv = new StringBuilder("客户编码,许可证号,店铺名称,负责人,经营地址,零售业态,行政区域,市场部,档位,市场类型\n"); //$NON-NLS-1$
        for (int i = 1; i <= 3; i++) {
            csv.append(String.format("99990000000%d,99990000001%d,导入测试店%d,赵%d,测试路%d号,便利店,%s,%s,D%d,农网%n", i, i, i, i, i, //$NON-NLS-1$
                    district.getName(), department.getCode(), 5 + i));
        }
        Path file = dir.resolve("导入.csv"); //$NON-NLS-1$
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        long before = store.retailers().count(RetailerQuery.all());

        RetailersView view = (RetailersView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView(RetailersView.ID);
        // every retailer, whatever its status, as "before" counts them
        view.filters().restore(FilterState.NONE);
        RetailersViewTest.spinUntil("the list", view::isSettled);

        runWizard(null, file, wizard -> {
            RetailersViewTest.spinUntil("the dry run", () -> wizard.dryRun() != null);
            DryRun run = wizard.dryRun();
            assertEquals(3, run.count(RowStatus.NEW), run.rejections().toString());
        });
        RetailersViewTest.spinUntil("the commit", () -> store.retailers().count(RetailerQuery.all()) == before + 3);
        try {
            RetailersViewTest.spinUntil("the list to show the new retailers", () -> view.isSettled()
                    && view.countText().contains(java.text.NumberFormat.getIntegerInstance().format(before + 3)));
        } finally {
            closingMessages = false;
        }
    }

    @Test
    public void importsVisitsThroughTheWizardsRecordChoice() throws Exception {
        RetailersViewTest.spinUntil("the store", () -> StoreAccess.whenOpen().isDone());
        Store store = StoreAccess.store();
        Retailer retailer = store.retailers().findRetailerRows(RetailerQuery.all().page(5, 1)).get(0);
        Staff visitor = retailer.getCustomerManager();
        Path file = dir.resolve("走访.csv"); //$NON-NLS-1$
        Files.writeString(file, "客户编码,走访日期,走访人编码,走访目的,投诉\n" + retailer.getCustomerCode() + ",2026-11-03," //$NON-NLS-1$ //$NON-NLS-2$
                + visitor.getCode() + ",例行拜访,向导导入的走访\n", StandardCharsets.UTF_8); //$NON-NLS-1$
        int before = store.findBy(Visit.class, retailer.getId()).size();

        runWizard(RecordKind.VISIT, file, wizard -> {
            RetailersViewTest.spinUntil("the dry run", () -> wizard.recordDryRun() != null);
            RecordDryRun run = wizard.recordDryRun();
            assertEquals(1, run.count(RowStatus.NEW), run.rejections().toString());
        });
        int closed = closedMessages;
        try {
            RetailersViewTest.spinUntil("the commit", () -> store.findBy(Visit.class, retailer.getId()).size() == before + 1);
            // the result message comes after the write; left open, it would hold the workbench
            RetailersViewTest.spinUntil("the result message", () -> closedMessages > closed);
        } finally {
            closingMessages = false;
        }
        Visit v = store.findBy(Visit.class, retailer.getId()).stream()
                .filter(x -> "向导导入的走访".equals(x.getComplaint())).findFirst().orElseThrow(); //$NON-NLS-1$
        assertEquals(java.time.LocalDate.of(2026, 11, 3), v.getDate());
        assertEquals(visitor.getId(), v.getVisitor().getId());
        assertTrue(errors.isEmpty(), "errors logged: " + errors);
    }
}
