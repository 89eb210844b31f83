package org.retailerdesk.store.derby.tests;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/** A fresh store in a temporary data folder for each test. */
abstract class StoreTestBase {

    TempStore temp;
    DerbyStore store;
    Fixtures fixtures;

    @BeforeEach
    void openStore() {
        temp = TempStore.open();
        store = temp.store();
        fixtures = new Fixtures(store, 42);
    }

    @AfterEach
    void closeStore() {
        temp.close();
    }

    /** A number from SQL, straight from the database (not through the store). */
    long sqlLong(String sql, Object... params) throws Exception {
        try (Connection c = store.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long v = rs.getLong(1);
                c.commit();
                return v;
            }
        }
    }
}
