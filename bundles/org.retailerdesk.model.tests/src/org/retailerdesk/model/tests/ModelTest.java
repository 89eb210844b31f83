package org.retailerdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.RetailerdeskFactory;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.RetailerdeskPackage.Literals;

/** The generated code: factory, entities, the LocalDate data type. */
public class ModelTest {

    private static final RetailerdeskFactory FACTORY = RetailerdeskFactory.eINSTANCE;

    @Test
    public void eighteenConcreteClasses() {
        assertEquals(18, ValidationRulesTest.concreteClasses().count());
    }

    @ParameterizedTest
    @MethodSource("org.retailerdesk.model.tests.ValidationRulesTest#concreteClasses")
    public void factoryCreatesEntityWithIdAndVersion(EClass eClass) {
        Entity entity = (Entity) FACTORY.create(eClass);
        assertSame(eClass, entity.eClass());
        assertEquals(0L, entity.getId());
        assertEquals(0, entity.getVersion());
        entity.setId(9_000_000_001L);
        entity.setVersion(7);
        assertEquals(9_000_000_001L, entity.eGet(Literals.ENTITY__ID));
        assertEquals(7, entity.eGet(Literals.ENTITY__VERSION));
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
