package org.retailerdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.retailerdesk.model.Brand;
import org.retailerdesk.model.DeliveryRoute;
import org.retailerdesk.model.District;
import org.retailerdesk.model.MarketDepartment;
import org.retailerdesk.model.Policy;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.Staff;
import org.retailerdesk.model.labels.EntityLabels;

/** One text for a referenced entity: "name (code)", full-width brackets in Chinese. */
public class EntityLabelsTest {

    private static final RetailerdeskFactory F = RetailerdeskFactory.eINSTANCE;

    @Test
    public void everyKindOfReferenceIsItsNameAndCode() {
        Staff s = F.createStaff();
        s.setName("王芳");
        s.setCode("S0012");
        assertEquals("王芳 (S0012)", EntityLabels.label(s, Locale.ENGLISH));
        assertEquals("王芳（S0012）", EntityLabels.label(s, Locale.CHINA));

        Policy p = F.createPolicy();
        p.setTitle("卷烟零售许可证延续办理须知");
        p.setCode("ZC-2026-01");
        assertEquals("卷烟零售许可证延续办理须知 (ZC-2026-01)", EntityLabels.label(p, Locale.ENGLISH));

        Retailer r = F.createRetailer();
        r.setShopName("便利店");
        r.setCustomerCode("370102100001");
        assertEquals("便利店（370102100001）", EntityLabels.label(r, Locale.SIMPLIFIED_CHINESE));

        District d = F.createDistrict();
        d.setName("历下区");
        d.setCode("D01");
        MarketDepartment m = F.createMarketDepartment();
        m.setName("第一市场部");
        m.setCode("M01");
        DeliveryRoute route = F.createDeliveryRoute();
        route.setName("经十路线");
        route.setCode("R07");
        Brand b = F.createBrand();
        b.setName("泰山(红将军)");
        b.setCode("6901028001533");
        assertEquals("历下区 (D01)", EntityLabels.label(d, Locale.ENGLISH));
        assertEquals("第一市场部 (M01)", EntityLabels.label(m, Locale.ENGLISH));
        assertEquals("经十路线 (R07)", EntityLabels.label(route, Locale.ENGLISH));
        assertEquals("泰山(红将军) (6901028001533)", EntityLabels.label(b, Locale.ENGLISH));
    }

    @Test
    public void whatIsMissingIsLeftOut() {
        assertEquals("", EntityLabels.label(null, Locale.ENGLISH));
        Staff nameOnly = F.createStaff();
        nameOnly.setName("王芳");
        nameOnly.setCode(" ");
        assertEquals("王芳", EntityLabels.label(nameOnly, Locale.CHINESE));
        Staff codeOnly = F.createStaff();
        codeOnly.setCode("S0012");
        assertEquals("S0012", EntityLabels.label(codeOnly, Locale.ENGLISH));
        Staff nothing = F.createStaff();
        nothing.setId(7);
        assertEquals("#7", EntityLabels.label(nothing, Locale.ENGLISH));
    }

    /** A reference the store has not resolved carries its id only; its text must not look like an empty name. */
    @Test
    public void anUnresolvedReferenceIsItsId() {
        Policy proxy = F.createPolicy();
        proxy.setId(42);
        ((InternalEObject) proxy).eSetProxyURI(URI.createURI("retailerdesk:Policy#42"));
        assertEquals("#42", EntityLabels.label(proxy, Locale.ENGLISH));
        assertEquals("#42", EntityLabels.label(proxy, Locale.CHINESE));
    }

    @Test
    public void theDefaultLocaleDecidesTheBrackets() {
        Staff s = F.createStaff();
        s.setName("王芳");
        s.setCode("S0012");
        boolean chinese = "zh".equals(Locale.getDefault().getLanguage());
        assertEquals(chinese ? "王芳（S0012）" : "王芳 (S0012)", EntityLabels.label(s));
    }
}
