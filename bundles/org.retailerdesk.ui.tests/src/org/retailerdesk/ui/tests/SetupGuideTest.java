package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.IParameter;
import org.eclipse.core.commands.IParameterValues;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.PriceBand;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.store.Store;
import org.retailerdesk.testsupport.TempStore;
import org.retailerdesk.ui.StoreEvents;
import org.retailerdesk.ui.internal.FirstStart;
import org.retailerdesk.ui.internal.OverviewView;
import org.retailerdesk.ui.internal.SetupGuide;
import org.retailerdesk.ui.internal.SetupGuide.Step;
import org.retailerdesk.ui.internal.SetupState;

/**
 * The setup guide of an empty centre, on a store of its own: each step ticks once the store holds
 * what it sets up, and its button runs the command that opens the step's tool.
 */
@ExtendWith(FailureEvidence.class)
public class SetupGuideTest {

    private static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private TempStore temp;
    private Store store;
    private Shell shell;
    private SetupGuide guide;
    private final List<SetupState> reads = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openGuide() throws Exception {
        Spin.store();
        temp = TempStore.open();
        store = temp.store();
        FirstStart.apply(store, FirstStart.Choice.empty("SC01", "城东客户服务中心"), new NullProgressMonitor());
        IWorkbenchPartSite site = Spin.page().showView(OverviewView.ID).getSite();
        // as the workbench does for its own store: every write of this one is posted on the change topic
        IEventBroker broker = PlatformUI.getWorkbench().getService(IEventBroker.class);
        store.changes().addListener(change -> broker.post(StoreEvents.CHANGED, change));
        shell = new Shell(Spin.page().getWorkbenchWindow().getShell());
        shell.setLayout(new FillLayout());
        guide = new SetupGuide(shell, site, () -> store, reads::add);
        shell.setSize(700, 600);
        shell.open();
        guide.refresh();
        Spin.until("the first count", () -> !reads.isEmpty());
    }

    @AfterEach
    void close() {
        shell.dispose();
        temp.close();
    }

    @Test
    public void theStepsTickOnceTheStoreHoldsWhatTheySetUp() throws Exception {
        assertTicked();
        assertEquals(new SetupState(0, 0, 0, 0, 0, 0), guide.state());

        District district = F.createDistrict();
        district.setCode("370102");
        district.setName("历下区");
        store.insert(district);
        MarketDepartment department = F.createMarketDepartment();
        department.setCode("MD01");
        department.setName("历下市场部");
        department.setDistrict(district);
        store.insert(department);
        awaitRead(s -> s.departments() == 1);
        assertTicked();
        assertTrue(guide.countText(Step.NETWORK).contains("0"), "no route yet: " + guide.countText(Step.NETWORK));

        DeliveryRoute route = F.createDeliveryRoute();
        route.setCode("01001");
        route.setName("历下01线");
        route.setMarketDepartment(department);
        store.insert(route);
        awaitRead(s -> s.routes() == 1);
        assertTicked(Step.NETWORK);

        Staff manager = F.createStaff();
        manager.setCode("E00001");
        manager.setName("张伟");
        manager.setRole(StaffRole.CUSTOMER_MANAGER);
        store.insert(manager);
        awaitRead(s -> s.staff() == 1);
        assertTicked(Step.NETWORK, Step.STAFF);

        Brand brand = F.createBrand();
        brand.setCode("6901028075831");
        brand.setName("中华（硬）");
        brand.setPriceBand(PriceBand.CLASS_1);
        store.insert(brand);
        awaitRead(s -> s.brands() == 1);
        assertTicked(Step.NETWORK, Step.STAFF, Step.BRANDS);
        assertFalse(guide.state().allDone());

        store.insert(retailer(district, department));
        awaitRead(s -> s.retailers() == 1);
        assertTicked(Step.values());
        assertEquals(new SetupState(1, 1, 1, 1, 1, 1), guide.state());
        assertTrue(guide.state().allDone(), "the Overview leaves the guide now");
    }

    @Test
    public void aStepWhoseToolIsNotInstalledIsDisabledAndSaysWhy() {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        for (Step step : Step.values()) {
            String id = step == Step.RETAILERS ? SetupGuide.IMPORT_COMMAND : SetupGuide.NETWORK_COMMAND;
            Button button = guide.button(step);
            boolean installed = commands.getCommand(id).isDefined();
            assertEquals(installed, button.isEnabled(), step + ": enabled exactly when " + id + " is defined");
            if (!installed) {
                assertTrue(button.getToolTipText().contains(id), button.getToolTipText());
            }
        }
        assertTrue(guide.button(Step.RETAILERS).isEnabled(), "the import is part of the product");
    }

    @Test
    public void theNetworkStepsOpenTheNetworkToolOfTheirKind() throws Exception {
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        Command command = commands.getCommand(SetupGuide.NETWORK_COMMAND);
        boolean defined = command.isDefined();
        AtomicReference<String> kind = new AtomicReference<>();
        IHandlerActivation activation = null;
        if (!defined) {
            // what the network plug-in declares: the command with its kind parameter
            command.define("Service Network", null, commands.getCategory("org.eclipse.ui.category.views"), //$NON-NLS-1$ //$NON-NLS-2$
                    new IParameter[] { kindParameter() });
            activation = PlatformUI.getWorkbench().getService(IHandlerService.class).activateHandler(SetupGuide.NETWORK_COMMAND,
                    new AbstractHandler() {
                        @Override
                        public Object execute(ExecutionEvent event) {
                            kind.set(event.getParameter(SetupGuide.NETWORK_KIND));
                            return null;
                        }
                    });
        }
        try {
            guide.refresh();
            reads.clear();
            Spin.until("the count", () -> !reads.isEmpty());
            for (Step step : List.of(Step.NETWORK, Step.STAFF, Step.BRANDS)) {
                assertTrue(guide.button(step).isEnabled(), step.toString());
                assertNull(guide.button(step).getToolTipText());
            }
            if (!defined) {
                press(Step.STAFF);
                assertEquals("staff", kind.get());
                press(Step.BRANDS);
                assertEquals("brand", kind.get());
                press(Step.NETWORK);
                assertEquals("district", kind.get());
            }
        } finally {
            if (activation != null) {
                PlatformUI.getWorkbench().getService(IHandlerService.class).deactivateHandler(activation);
                command.undefine();
            }
        }
    }

    @Test
    public void theRetailerStepOpensTheImportWizard() throws Exception {
        Display display = Display.getCurrent();
        AtomicReference<String> opened = new AtomicReference<>();
        Runnable closer = new Runnable() {
            @Override
            public void run() {
                for (Shell s : display.getShells()) {
                    if (s.getData() instanceof org.eclipse.jface.wizard.WizardDialog) {
                        opened.set(s.getText());
                        s.close();
                        return;
                    }
                }
                display.timerExec(50, this);
            }
        };
        display.timerExec(50, closer);
        press(Step.RETAILERS);
        Spin.until("the import wizard", () -> opened.get() != null);
        assertEquals(org.retailerdesk.ui.imports.internal.Messages.Wizard_title, opened.get());
    }

    @Test
    public void theWorkbenchsDemoCentreShowsItsFiguresNotTheGuide() throws Exception {
        OverviewView view = (OverviewView) Spin.page().showView(OverviewView.ID);
        Spin.until("the figures", () -> !view.retailersText().equals("\u2026"));
        assertNull(view.setupGuide(), "every step of the demo centre is done");
    }

    private void press(Step step) {
        guide.button(step).notifyListeners(SWT.Selection, null);
    }

    private void awaitRead(java.util.function.Predicate<SetupState> condition) throws InterruptedException {
        Spin.until("the guide to count again", () -> guide.state() != null && condition.test(guide.state()));
    }

    private void assertTicked(Step... ticked) {
        List<Step> expected = List.of(ticked);
        for (Step step : Step.values()) {
            assertEquals(expected.contains(step), guide.ticked(step), step + " ticked");
        }
    }

    private static IParameter kindParameter() {
        return new IParameter() {
            @Override
            public String getId() {
                return SetupGuide.NETWORK_KIND;
            }

            @Override
            public String getName() {
                return "kind"; //$NON-NLS-1$
            }

            @Override
            public IParameterValues getValues() {
                return () -> Map.of("district", "district", "staff", "staff", "brand", "brand"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            }

            @Override
            public boolean isOptional() {
                return false;
            }
        };
    }

    private static Retailer retailer(District district, MarketDepartment department) {
        Retailer r = F.createRetailer();
        r.setCustomerCode("370102000001");
        r.setLicenceNumber("370102100001");
        r.setShopName("泉城便利店");
        r.setOwner("李娜");
        r.setAddress("历下区泉城路 1 号");
        r.setBusinessFormat(BusinessFormat.CONVENIENCE);
        r.setDistrict(district);
        r.setMarketDepartment(department);
        r.setGrade(10);
        r.setMarketType(MarketType.URBAN);
        return r;
    }
}
