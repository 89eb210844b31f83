package org.retailerdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.RetailerdeskPackage.Literals;

/** The generated code: factory, entities, the LocalDate data type. */
public class ModelTest {

    private static final RetailerdeskFactory FACTORY = RetailerdeskFactory.eINSTANCE;

    @Test
    public void twentyConcreteClasses() {
        assertEquals(20, ValidationRulesTest.concreteClasses().count());
    }

    /** Every attribute whose absence the store keeps as NULL, besides references and objects. */
    static Stream<Arguments> unsettableAttributes() {
        return ValidationRulesTest.concreteClasses().flatMap(c -> c.getEAllAttributes().stream()
                .filter(EAttribute::isUnsettable).map(a -> Arguments.of(c, a)));
    }

    @ParameterizedTest
    @MethodSource("org.retailerdesk.model.tests.ValidationRulesTest#concreteClasses")
    public void newEntityIsUnsavedAndHasNoValues(EClass eClass) {
        EObject created = FACTORY.create(eClass);
        assertInstanceOf(Entity.class, created, "every concrete class is an entity the store can keep"); //$NON-NLS-1$
        Entity entity = (Entity) created;
        assertEquals(0L, entity.getId(), "id 0 means not stored yet"); //$NON-NLS-1$
        assertEquals(0, entity.getVersion());
        for (EStructuralFeature f : eClass.getEAllStructuralFeatures()) {
            String where = eClass.getName() + "." + f.getName(); //$NON-NLS-1$
            assertFalse(entity.eIsSet(f), where + " starts unset"); //$NON-NLS-1$
            if (f.getEType() instanceof EEnum e) {
                assertSame(e.getELiterals().get(0).getInstance(), entity.eGet(f), where + " starts at its first choice"); //$NON-NLS-1$
            } else if (!f.getEType().getInstanceClass().isPrimitive()) {
                assertNull(entity.eGet(f), where + " starts empty"); //$NON-NLS-1$
            }
        }
    }

    @ParameterizedTest
    @MethodSource("unsettableAttributes")
    public void unsettableValueTellsZeroFromNoValue(EClass eClass, EAttribute attribute) {
        EObject entity = FACTORY.create(eClass);
        Object zero = attribute.getDefaultValue();
        entity.eSet(attribute, zero);
        assertTrue(entity.eIsSet(attribute), "a value equal to the default is still a value"); //$NON-NLS-1$
        entity.eUnset(attribute);
        assertFalse(entity.eIsSet(attribute), "unset is no value again"); //$NON-NLS-1$
        assertEquals(zero, entity.eGet(attribute));
    }

    @Test
    public void optionalNumbersOfARetailerAreUnsettable() {
        // the store writes NULL for these, 0 would be a real floor area or order count
        Retailer r = FACTORY.createRetailer();
        assertFalse(r.isSetFloorArea());
        r.setFloorArea(0.0);
        assertTrue(r.isSetFloorArea());
        r.unsetFloorArea();
        assertFalse(r.isSetFloorArea());
        assertTrue(unsettableAttributes().count() >= 5, "the optional numbers of the model are unsettable"); //$NON-NLS-1$
    }

    @Test
    public void entitiesReferToEachOtherAndContainNothing() {
        // every entity is a row of its own: a containment would store or delete one with another
        for (EClassifier c : RetailerdeskPackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass e) {
                for (EReference ref : e.getEReferences()) {
                    assertFalse(ref.isContainment(), e.getName() + "." + ref.getName()); //$NON-NLS-1$
                }
            }
        }
        District district = FACTORY.createDistrict();
        Retailer retailer = FACTORY.createRetailer();
        retailer.setDistrict(district);
        assertNull(district.eContainer(), "the district stays where it was"); //$NON-NLS-1$
        Retailer copy = EcoreUtil.copy(retailer);
        assertSame(district, copy.getDistrict(), "a copy refers to the same district, it does not copy it"); //$NON-NLS-1$
    }

    @Test
    public void packageIsRegisteredUnderItsNsUri() {
        assertSame(RetailerdeskPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage("http://retailerdesk.org/model/1.0"));
    }

    @Test
    public void localDateRoundTripsAsIso8601() {
        LocalDate leapDay = LocalDate.of(2024, 2, 29);
        String text = FACTORY.convertToString(Literals.LOCAL_DATE, leapDay);
        assertEquals("2024-02-29", text);
        assertEquals(leapDay, FACTORY.createFromString(Literals.LOCAL_DATE, text));
        assertEquals(text, EcoreUtil.convertToString(Literals.LOCAL_DATE, leapDay));
        assertEquals(leapDay, EcoreUtil.createFromString(Literals.LOCAL_DATE, text));
    }

    @Test
    public void localDateNullStaysNull() {
        assertNull(FACTORY.convertToString(Literals.LOCAL_DATE, null));
        assertNull(FACTORY.createFromString(Literals.LOCAL_DATE, null));
    }

    @Test
    public void localDateRejectsOtherFormats() {
        assertThrows(DateTimeParseException.class, () -> FACTORY.createFromString(Literals.LOCAL_DATE, "2024-2-29"));
        assertThrows(DateTimeParseException.class, () -> FACTORY.createFromString(Literals.LOCAL_DATE, "2023-02-29"));
    }
}
