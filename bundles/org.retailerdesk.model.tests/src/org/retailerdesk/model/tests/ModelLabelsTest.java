package org.retailerdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.ENamedElement;
import org.junit.jupiter.api.Test;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.CreditLevel;
import org.retailerdesk.model.PriceBand;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.Weekday;
import org.retailerdesk.model.labels.ModelLabels;

public class ModelLabelsTest {

    @Test
    public void chineseLabelsComeFromTheModel() {
        assertEquals("零售户经营档案", ModelLabels.label(Literals.RETAILER, Locale.CHINA));
        assertEquals("客户编码", ModelLabels.label(Literals.RETAILER__CUSTOMER_CODE, Locale.SIMPLIFIED_CHINESE));
        assertEquals("烟酒商店", ModelLabels.valueLabel(BusinessFormat.TOBACCO_LIQUOR, Locale.CHINESE));
    }

    @Test
    public void englishLabelsComeFromNames() {
        assertEquals("Priority household", ModelLabels.label(Literals.PRIORITY_HOUSEHOLD, Locale.ENGLISH));
        assertEquals("Customer code", ModelLabels.label(Literals.RETAILER__CUSTOMER_CODE, Locale.US));
        assertEquals("Tobacco liquor", ModelLabels.valueLabel(BusinessFormat.TOBACCO_LIQUOR, Locale.UK));
        assertEquals("Class 1", ModelLabels.valueLabel(PriceBand.CLASS_1, Locale.ENGLISH));
        assertEquals("Floor area", ModelLabels.label(Literals.RETAILER__FLOOR_AREA, Locale.GERMAN));
    }

    @Test
    public void englishLabelsCanBeGivenInTheModel() {
        assertEquals("ID", ModelLabels.label(Literals.ENTITY__ID, Locale.ENGLISH));
        assertEquals("AAA", ModelLabels.valueLabel(CreditLevel.AAA, Locale.ENGLISH));
    }

    @Test
    public void defaultLocaleDecides() {
        boolean chinese = "zh".equals(Locale.getDefault().getLanguage());
        assertEquals(chinese ? "许可证号" : "Licence number", ModelLabels.label(Literals.RETAILER__LICENCE_NUMBER));
        assertEquals(chinese ? "周四" : "Thursday", ModelLabels.valueLabel(Weekday.THURSDAY));
    }

    /** The Chinese UI never falls back to English names. */
    @Test
    public void everyClassFieldAndEnumValueHasChineseLabel() {
        List<ENamedElement> elements = new ArrayList<>();
        for (EClassifier classifier : RetailerdeskPackage.eINSTANCE.getEClassifiers()) {
            if (classifier instanceof EClass eClass) {
                elements.add(eClass);
                elements.addAll(eClass.getEStructuralFeatures());
            } else if (classifier instanceof EEnum eEnum) {
                elements.addAll(eEnum.getELiterals());
            }
        }
        assertEquals(292, elements.size(), "22 classes, their fields and the enum values");
        for (ENamedElement element : elements) {
            assertNotNull(element.getEAnnotation(ModelLabels.SOURCE), element::toString);
            String zh = element.getEAnnotation(ModelLabels.SOURCE).getDetails().get("zh");
            assertNotNull(zh, element::toString);
            assertEquals(zh, ModelLabels.label(element, Locale.CHINA));
        }
    }
}
