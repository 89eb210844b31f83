package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.demodata.DemoData;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.ServiceCentre;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.testsupport.TempStore;
import org.retailerdesk.ui.StoreAccess;
import org.retailerdesk.ui.internal.FirstStart;
import org.retailerdesk.ui.internal.FirstStartDialog;
import org.retailerdesk.ui.internal.Messages;

/** The first start of a database without a centre: demo or empty, asked or told by the property. */
@ExtendWith(FailureEvidence.class)
public class FirstStartTest {

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private TempStore temp;
    private FirstStartDialog dialog;

    @AfterEach
    void close() {
        if (dialog != null && dialog.getShell() != null) {
            dialog.start();
        }
        if (temp != null) {
            temp.close();
        }
    }

    @Test
    public void thePropertyChoosesWithoutAsking() {
        String before = System.getProperty(StoreAccess.DEMO_RETAILERS_PROPERTY);
        try {
            System.setProperty(StoreAccess.DEMO_RETAILERS_PROPERTY, "0");
            FirstStart.Choice empty = FirstStart.fromProperty();
            assertFalse(empty.isDemo());
            assertEquals(FirstStart.DEFAULT_CENTRE_CODE, empty.centreCode());
            assertEquals(Messages.FirstStart_defaultName, empty.centreName());

            System.setProperty(StoreAccess.DEMO_RETAILERS_PROPERTY, "250");
            assertEquals(FirstStart.Choice.demo(250), FirstStart.fromProperty());

            System.clearProperty(StoreAccess.DEMO_RETAILERS_PROPERTY);
            assertNull(FirstStart.fromProperty(), "no property: the user is asked");
        } finally {
            System.setProperty(StoreAccess.DEMO_RETAILERS_PROPERTY, before);
        }
    }

    @Test
    public void theTestWorkbenchWasToldByThePropertyAndNeverAsked() throws Exception {
        Spin.store();
        int told = Integer.getInteger(StoreAccess.DEMO_RETAILERS_PROPERTY);
        assertEquals(told, StoreAccess.demoDataLoaded().retailers(), "a demo centre of the size the property gave");
        List<Shell> asking = Arrays.stream(Spin.page().getWorkbenchWindow().getShell().getDisplay().getShells())
                .filter(s -> s.getData() instanceof FirstStartDialog).toList();
        assertTrue(asking.isEmpty(), "no first-start dialog: " + asking);
    }

    @Test
    public void anEmptyCentreIsItsServiceCentreRowAndNothingElse() {
        temp = TempStore.open();
        Store store = temp.store();
        assertNull(FirstStart.apply(store, FirstStart.Choice.empty(" SC09 ", "城东客户服务中心"), new NullProgressMonitor()));
        List<ServiceCentre> centres = store.findAll(ServiceCentre.class);
        assertEquals(1, centres.size());
        assertEquals("SC09", centres.get(0).getCode());
        assertEquals("城东客户服务中心", centres.get(0).getName());
        assertTrue(store.findAll(District.class).isEmpty());
        assertEquals(0, store.retailers().count(RetailerQuery.all()));
    }

    @Test
    public void aDemoCentreHasTheChosenSize() {
        temp = TempStore.open();
        Store store = temp.store();
        DemoData.Summary summary = FirstStart.apply(store, FirstStart.Choice.demo(120), new NullProgressMonitor());
        assertEquals(120, summary.retailers());
        assertEquals(120, store.retailers().count(RetailerQuery.all()));
        assertEquals(1, store.findAll(ServiceCentre.class).size());
        assertFalse(store.findAll(Retailer.class).isEmpty());
    }

    @Test
    public void theDialogProposesAnEmptyCentreOrADemoOfTwentyThousand() {
        dialog = open();
        assertEquals(FirstStart.Choice.empty(FirstStart.DEFAULT_CENTRE_CODE, Messages.FirstStart_defaultName), dialog.proposal());
        assertEquals(20_000, dialog.demoSize());
        assertTrue(dialog.canStart());

        dialog.fill(false, 20_000, "SC02", "  ");
        assertFalse(dialog.canStart(), "an empty centre needs a name");
        dialog.fill(false, 20_000, "", "城西中心");
        assertFalse(dialog.canStart(), "and a code");

        dialog.fill(true, 5_000, "", "");
        assertTrue(dialog.canStart(), "a demo needs neither");
        dialog.start();
        assertEquals(FirstStart.Choice.demo(5_000), dialog.choice());
        assertNull(dialog.getShell(), "the start button closes it");
    }

    @Test
    public void theDialogAnswersWithTheNamedEmptyCentre() {
        dialog = open();
        dialog.fill(false, 20_000, "SC07", "历城区客户服务中心");
        dialog.start();
        assertEquals(FirstStart.Choice.empty("SC07", "历城区客户服务中心"), dialog.choice());
    }

    @Test
    public void theDialogCannotBeClosedWithoutAnAnswer() {
        dialog = open();
        dialog.getShell().close();
        assertFalse(dialog.getShell() == null || dialog.getShell().isDisposed(), "closing the window is not an answer");
        assertNull(dialog.choice());
    }

    private static FirstStartDialog open() {
        FirstStartDialog d = new FirstStartDialog(Spin.page().getWorkbenchWindow().getShell(), "/tmp/rd/db");
        d.setBlockOnOpen(false);
        d.open();
        return d;
    }
}
