package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerStatus;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.retailers.internal.life.GroupsPage;
import org.retailerdesk.ui.retailers.internal.life.IdentityPage;
import org.retailerdesk.ui.retailers.internal.life.NewRetailerWizard;
import org.retailerdesk.ui.retailers.internal.profile.ProfileEditor;
import org.retailerdesk.ui.retailers.profile.ProfileEditorInput;

/**
 * New Retailer as a person goes through it: Next stays disabled for a malformed customer code,
 * one another retailer has and a taken licence number; the groups page offers only the district's
 * department and that department's routes and staff; Finish stores the retailer and opens its profile.
 */
@ExtendWith(FailureEvidence.class)
public class RetailerLifeWizardTest {

    private static final RetailerdeskPackage P = RetailerdeskPackage.eINSTANCE;

    @RegisterExtension
    final LoggedErrors errors = new LoggedErrors();

    private static void type(IdentityPage page, EAttribute field, String text) throws InterruptedException {
        page.text(field).setText(text);
        Spin.until("the check of " + text, () -> !page.isChecking());
    }

    private static void choose(Combo combo, String item) {
        int index = Arrays.asList(combo.getItems()).indexOf(item);
        assertTrue(index > 0, item + " offered in " + Arrays.toString(combo.getItems()));
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    public void theWizardRefusesBadOrTakenKeysAndCreatesTheRetailer() throws Exception {
        Store store = Spin.store();
        Retailer other = Spin.retailerAt(store, RetailerQuery.all(), 0.44);
        String code = "370199" + String.format("%06d", System.nanoTime() % 1_000_000); //$NON-NLS-1$ //$NON-NLS-2$
        String licence = "370199" + String.format("%06d", (System.nanoTime() / 7) % 1_000_000); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(store.retailers().findRetailersByKeys(List.of(code), List.of(licence)).isEmpty());

        NewRetailerWizard wizard = new NewRetailerWizard(Spin.page());
        WizardDialog dialog = new WizardDialog(Spin.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Retailer created = null;
        try {
            IdentityPage identity = wizard.identityPage();
            assertFalse(identity.canFlipToNextPage(), "nothing typed yet"); //$NON-NLS-1$
            type(identity, P.getRetailer_CustomerCode(), "12AB"); //$NON-NLS-1$
            type(identity, P.getRetailer_LicenceNumber(), licence);
            type(identity, P.getRetailer_ShopName(), "向阳便利店"); //$NON-NLS-1$
            type(identity, P.getRetailer_Owner(), "钱向阳"); //$NON-NLS-1$
            type(identity, P.getRetailer_Address(), "泉城市历下区向阳路 8 号"); //$NON-NLS-1$
            choose(identity.formatCombo(), ModelLabels.valueLabel(BusinessFormat.CONVENIENCE));
            choose(identity.marketTypeCombo(), ModelLabels.valueLabel(MarketType.URBAN));
            assertFalse(identity.canFlipToNextPage(), "a malformed code stops Next"); //$NON-NLS-1$
            assertTrue(identity.getErrorMessage().contains(ModelLabels.label(P.getRetailer_CustomerCode())),
                    identity.getErrorMessage());

            type(identity, P.getRetailer_CustomerCode(), other.getCustomerCode());
            assertFalse(identity.canFlipToNextPage(), "another retailer's code stops Next"); //$NON-NLS-1$
            assertTrue(identity.getErrorMessage().contains(EntityLabels.label(other)), identity.getErrorMessage());

            type(identity, P.getRetailer_CustomerCode(), code);
            type(identity, P.getRetailer_LicenceNumber(), other.getLicenceNumber());
            assertFalse(identity.canFlipToNextPage(), "another retailer's licence stops Next"); //$NON-NLS-1$
            assertTrue(identity.getErrorMessage().contains(other.getLicenceNumber()), identity.getErrorMessage());

            type(identity, P.getRetailer_LicenceNumber(), licence);
            assertTrue(identity.canFlipToNextPage(), String.valueOf(identity.getErrorMessage()));
            dialog.showPage(identity.getNextPage());

            GroupsPage groups = wizard.groupsPage();
            Spin.until("the service network", () -> groups.districtCombo().getItemCount() > 1);
            assertFalse(groups.isPageComplete(), "no district yet"); //$NON-NLS-1$
            MarketDepartment department = other.getMarketDepartment();
            choose(groups.districtCombo(), EntityLabels.label(other.getDistrict()));
            long departments = store.findAll(MarketDepartment.class).stream()
                    .filter(m -> m.isActive() && m.getDistrict().getId() == other.getDistrict().getId()).count();
            assertEquals(departments + 1, groups.departmentCombo().getItemCount(), "the district's departments only"); //$NON-NLS-1$
            choose(groups.departmentCombo(), EntityLabels.label(department));
            List<DeliveryRoute> routes = store.findAll(DeliveryRoute.class).stream()
                    .filter(r -> r.isActive() && r.getMarketDepartment().getId() == department.getId()).toList();
            assertEquals(routes.size() + 1, groups.routeCombo().getItemCount(), "the department's routes only"); //$NON-NLS-1$
            DeliveryRoute route = routes.get(0);
            choose(groups.routeCombo(), EntityLabels.label(route));
            if (route.getOrderDay() != null) {
                assertEquals(ModelLabels.valueLabel(route.getOrderDay()), groups.orderDayCombo().getText(),
                        "the route's order day"); //$NON-NLS-1$
            }
            choose(groups.staffCombo(P.getRetailer_CustomerManager()), EntityLabels.label(other.getCustomerManager()));
            groups.gradeSpinner().setSelection(12);
            assertTrue(groups.isPageComplete(), String.valueOf(groups.getErrorMessage()));

            assertTrue(wizard.performFinish());
            created = wizard.created();
            assertNotNull(created);
            Retailer stored = store.get(Retailer.class, created.getId());
            assertEquals(List.of(code, licence, "向阳便利店", "钱向阳"), //$NON-NLS-1$ //$NON-NLS-2$
                    List.of(stored.getCustomerCode(), stored.getLicenceNumber(), stored.getShopName(), stored.getOwner()));
            assertEquals(BusinessFormat.CONVENIENCE, stored.getBusinessFormat());
            assertEquals(RetailerStatus.ACTIVE, stored.getStatus());
            assertEquals(department.getId(), stored.getMarketDepartment().getId());
            assertEquals(route.getId(), stored.getDeliveryRoute().getId());
            assertEquals(other.getCustomerManager().getId(), stored.getCustomerManager().getId());
            assertEquals(12, stored.getGrade());
            assertTrue(store.audit().auditTrail(stored.getId(), 0, 10).rows().stream()
                    .anyMatch(a -> a.action() == AuditAction.INSERT), "the insert is audited"); //$NON-NLS-1$
            ProfileEditor editor = assertInstanceOf(ProfileEditor.class,
                    Spin.page().findEditor(new ProfileEditorInput(stored.getId(), null, null)), "its profile opens"); //$NON-NLS-1$
            Spin.until("the profile read", editor::isLoaded);
            assertTrue(errors.isEmpty(), "errors logged: " + errors);
        } finally {
            dialog.close();
            Spin.page().closeAllEditors(false);
            if (created != null) {
                // the other tests count the demo centre's retailers
                store.delete(store.get(Retailer.class, created.getId()));
            }
        }
    }
}
