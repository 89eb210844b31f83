package org.retailerdesk.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.labels.EntityLabels;
import org.retailerdesk.model.labels.ModelLabels;
import org.retailerdesk.security.Operation;
import org.retailerdesk.security.Role;
import org.retailerdesk.store.AuditAction;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.AuditQuery;
import org.retailerdesk.store.RetailerQuery;
import org.retailerdesk.store.Store;
import org.retailerdesk.ui.AuditText;

/** Audit rows in words, as the History page and the audit viewer show them: no stored codes left. */
public class AuditTextTest {

    private static final Instant AT = Instant.parse("2026-11-27T02:30:00Z"); //$NON-NLS-1$

    private static AuditEntry entry(AuditAction action, String type, Long retailerId, String field, String oldValue,
            String newValue) {
        return new AuditEntry(1, AT, "wangli", action, type, 7, retailerId, field, oldValue, newValue); //$NON-NLS-1$
    }

    @Test
    public void rowsAboutUsersNameTheOperationTheRolesAndTheReason() throws Exception {
        Store store = Spin.store();
        AuditEntry denied = entry(AuditAction.DENIED, AuditQuery.USER, null, Operation.EXPORT_HOUSEHOLDS.name(), null,
                "households.xlsx"); //$NON-NLS-1$
        AuditEntry roles = entry(AuditAction.ACCOUNT, AuditQuery.USER, null, "zhaoliu.roles", "CENTRE_STAFF", //$NON-NLS-1$ //$NON-NLS-2$
                "CENTRE_STAFF,SUPERVISOR"); //$NON-NLS-1$
        AuditEntry active = entry(AuditAction.ACCOUNT, AuditQuery.USER, null, "zhaoliu.active", "true", "false"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        AuditEntry refused = entry(AuditAction.SIGN_IN_FAILED, AuditQuery.USER, null, null, null, "locked"); //$NON-NLS-1$
        AuditText text = AuditText.forEntries(store, List.of(denied, roles, active, refused));

        AuditText.Row d = text.row(denied);
        assertEquals(AuditText.action(AuditAction.DENIED), d.action());
        assertEquals(AuditText.entityType(AuditQuery.USER), d.record());
        assertEquals(Operation.EXPORT_HOUSEHOLDS.label(), d.field());
        assertEquals("households.xlsx", d.newValue()); //$NON-NLS-1$

        AuditText.Row r = text.row(roles);
        assertTrue(r.field().startsWith("zhaoliu"), r.field()); //$NON-NLS-1$
        assertEquals(Role.CENTRE_STAFF.label(), r.oldValue());
        assertTrue(r.newValue().contains(Role.SUPERVISOR.label()) && !r.newValue().contains("SUPERVISOR"), r.newValue()); //$NON-NLS-1$

        AuditText.Row a = text.row(active);
        assertFalse(a.oldValue().equals("true") || a.newValue().equals("false"), a.toString()); //$NON-NLS-1$ //$NON-NLS-2$
        assertNotEquals("locked", text.row(refused).newValue()); //$NON-NLS-1$
    }

    @Test
    public void changesNameTheirRetailerAndTellValuesByTheirLabels() throws Exception {
        Store store = Spin.store();
        Retailer retailer = Spin.retailerAt(store, RetailerQuery.all(), 0.27);
        RetailerdeskPackage p = RetailerdeskPackage.eINSTANCE;
        AuditEntry monitored = entry(AuditAction.UPDATE, "Retailer", retailer.getId(), "monitored", "false", "true"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        AuditEntry format = entry(AuditAction.UPDATE, "Retailer", retailer.getId(), "businessFormat", //$NON-NLS-1$ //$NON-NLS-2$
                retailer.getBusinessFormat().getLiteral(), retailer.getBusinessFormat().getLiteral());
        AuditEntry bulk = entry(AuditAction.BULK_INSERT, "Visit", null, null, null, "rows=39 ids=867..905"); //$NON-NLS-1$ //$NON-NLS-2$
        AuditText text = AuditText.forEntries(store, List.of(monitored, format, bulk));

        AuditText.Row m = text.row(monitored);
        assertEquals(EntityLabels.label(retailer), m.retailer());
        assertEquals(ModelLabels.label(p.getRetailer()), m.record());
        assertEquals(ModelLabels.label(p.getRetailer_Monitored()), m.field());
        assertFalse(m.newValue().equals("true"), m.toString()); //$NON-NLS-1$
        assertEquals(ModelLabels.valueLabel(retailer.getBusinessFormat()), text.row(format).newValue());
        String chunk = text.row(bulk).newValue();
        assertTrue(chunk.contains("39") && chunk.contains("867") && chunk.contains("905") && !chunk.contains("rows="), chunk); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
