package org.retailerdesk.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.retailerdesk.store.ServerAddress;
import org.retailerdesk.store.StoreException;

/** The forms a workstation's server address is written in, and the ones refused. */
public class ServerAddressTest {

    @Test
    public void theFormsWorkstationsWrite() {
        assertEquals(new ServerAddress("192.168.1.10", 1600, "db", false), ServerAddress.parse("//192.168.1.10:1600/db")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(new ServerAddress("centre", 1527, "db", false), ServerAddress.parse("//centre/db"), "the default port"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(new ServerAddress("centre", 1527, "db", true), ServerAddress.parse("jdbc:derby://centre:1527/db;ssl=basic")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(new ServerAddress("centre", 1527, "/srv/rd/db", false), ServerAddress.parse("//centre:1527//srv/rd/db"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "a full path on the server");
        assertEquals("//centre:1527/db;ssl=basic", ServerAddress.parse("//centre/db;ssl=basic").toString(), "written back whole"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Test
    public void anythingElseIsRefusedSayingHowToWriteIt() {
        for (String bad : new String[] { "centre:1527/db", "//centre:99999/db", "//centre:1527/", "//centre:1527/db;ssl=peer", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                "/tmp/db" }) { //$NON-NLS-1$
            StoreException e = assertThrows(StoreException.class, () -> ServerAddress.parse(bad), bad);
            assertTrue(e.getMessage().contains(bad) && e.getMessage().contains("//"), e.getMessage()); //$NON-NLS-1$
        }
    }
}
