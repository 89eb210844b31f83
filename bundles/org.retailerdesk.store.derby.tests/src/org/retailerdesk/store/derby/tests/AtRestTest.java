package org.retailerdesk.store.derby.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retailerdesk.model.AssistanceCategory;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.store.AuditEntry;
import org.retailerdesk.store.derby.internal.DerbyStore;
import org.retailerdesk.testsupport.TempStore;

/**
 * Sensitive values are not readable at rest: a disabled person's certificate number and the
 * disability details are in no file of the data folder (database pages, transaction log, Derby's
 * log), in no audit row, and come out of the store only masked, whatever was written, changed and
 * deleted. The same search finds the number in an unencrypted database, so it can fail.
 */
public class AtRestTest {

    private static final String NUMBER = "37010219900101777X"; //$NON-NLS-1$
    private static final String NEW_NUMBER = "370102199001018886"; //$NON-NLS-1$
    private static final String DISABILITY = "二级肢体残疾证明"; //$NON-NLS-1$

    @TempDir
    Path plain;

    @Test
    public void noCertificateNumberIsReadableInTheDataFolderNorInTheAuditTrail() throws Exception {
        try (TempStore temp = TempStore.open()) {
            DerbyStore store = temp.store();
            Fixtures fixtures = new Fixtures(store, 5);
            PriorityHousehold h = (PriorityHousehold) fixtures.create(Fixtures.P.getPriorityHousehold());
            h.setCategory(AssistanceCategory.DISABLED);
            h.setEvidenceNumber(NUMBER);
            h.setEvidenceType(DISABILITY);
            store.insert(h);
            PriorityHousehold read = store.get(PriorityHousehold.class, h.getId());
            assertFalse(read.getEvidenceNumber().contains("19900101"), "a read gives the number masked"); //$NON-NLS-1$
            read.setEvidenceIssuer("历下区残联"); //$NON-NLS-1$
            store.update(read);
            assertEquals(NUMBER, store.audit().reveal(read, "evidenceNumber", "测试"), //$NON-NLS-1$ //$NON-NLS-2$
                    "writing back the masked value kept the stored one");
            PriorityHousehold changed = store.get(PriorityHousehold.class, h.getId());
            changed.setEvidenceNumber(NEW_NUMBER);
            store.update(changed);
            PriorityHousehold gone = (PriorityHousehold) fixtures.create(Fixtures.P.getPriorityHousehold());
            gone.setEvidenceNumber(NUMBER + "9"); //$NON-NLS-1$
            store.insert(gone);
            store.delete(store.get(PriorityHousehold.class, gone.getId()));

            for (AuditEntry e : store.audit().auditTrail(h.getRetailer().getId(), 0, 1000).rows()) {
                for (String v : new String[] { e.oldValue(), e.newValue() }) {
                    assertFalse(v != null && (v.contains("19900101") || v.contains(DISABILITY)), e.toString()); //$NON-NLS-1$
                }
            }
            try (Connection c = store.ownerConnection(); Statement st = c.createStatement()) {
                // the pages reach the files now, not at some later checkpoint
                st.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()"); //$NON-NLS-1$
                c.commit();
            }
            store.close();
            List<Path> holding = filesHolding(temp.home(), NUMBER, NEW_NUMBER, DISABILITY);
            assertTrue(holding.isEmpty(), "plain sensitive text in " + holding);
            assertTrue(Files.exists(temp.home().resolve("db").resolve("seg0")), "the database files were searched"); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** The control: without encryption the same search finds the number in the database files. */
    @Test
    public void theSameSearchFindsTheNumberInAnUnencryptedDatabase() throws Exception {
        Path db = plain.resolve("db"); //$NON-NLS-1$
        if (System.getProperty("derby.stream.error.file") == null) { //$NON-NLS-1$
            // Derby names its log once per JVM, at boot: not in the working directory
            System.setProperty("derby.stream.error.file", plain.resolve("derby.log").toString()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(db.toString());
        ds.setCreateDatabase("create"); //$NON-NLS-1$
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE T (V VARCHAR(100))"); //$NON-NLS-1$
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO T VALUES (?)")) { //$NON-NLS-1$
                ps.setString(1, NUMBER);
                ps.executeUpdate();
            }
            st.execute("CALL SYSCS_UTIL.SYSCS_CHECKPOINT_DATABASE()"); //$NON-NLS-1$
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM T")) { //$NON-NLS-1$
                rs.next();
            }
        }
        DerbyStore.shutdownDatabase(db);
        assertFalse(filesHolding(plain, NUMBER).isEmpty());
    }

    /** The files under the folder (the keys excepted: they are the secret) holding any of the texts in UTF-8. */
    private static List<Path> filesHolding(Path folder, String... texts) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).filter(p -> !p.getParent().endsWith("keys")).toList()) { //$NON-NLS-1$
                byte[] bytes = Files.readAllBytes(p);
                for (String t : texts) {
                    if (indexOf(bytes, t.getBytes(StandardCharsets.UTF_8)) >= 0) {
                        out.add(p);
                    }
                }
            }
        }
        return out;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
