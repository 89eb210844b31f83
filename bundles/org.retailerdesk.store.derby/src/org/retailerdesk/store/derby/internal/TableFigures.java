package org.retailerdesk.store.derby.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.osgi.util.NLS;

/**
 * The row count and checksum of every table of the application's schema: what a backup, and a
 * database restored from it, must show again.
 * <p>
 * A table's checksum is the sum (two 64-bit lanes) of a keyed digest (HMAC-SHA256) of each row, so
 * it does not depend on the order rows are read in: tables need no key to sort by, and a copy whose
 * pages lie differently sums the same. The digest is keyed with the owner's key, so a manifest of
 * figures tells nothing about the values (a one-row table of a known format could otherwise be
 * guessed from a plain hash).
 */
public final class TableFigures {

    /** One table's figures. */
    public record Figure(long rows, String checksum) {
    }

    private static final String ALGORITHM = "HmacSHA256"; //$NON-NLS-1$
    private static final byte NULL = (byte) 0xFF;
    private static final byte VALUE = 1;

    private final Map<String, Figure> tables;

    public TableFigures(Map<String, Figure> tables) {
        this.tables = Collections.unmodifiableMap(new TreeMap<>(tables));
    }

    /** The figures of every table of schema APP, read in that connection's transaction. */
    static TableFigures of(Connection c, byte[] key) throws SQLException {
        Map<String, Figure> out = new TreeMap<>();
        Mac mac = mac(key);
        for (String table : tables(c)) {
            out.put(table, figure(c, table, mac));
        }
        return new TableFigures(out);
    }

    /** The tables of schema APP, by name. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT t.TABLENAME FROM SYS.SYSTABLES t" //$NON-NLS-1$
                + " JOIN SYS.SYSSCHEMAS s ON s.SCHEMAID = t.SCHEMAID WHERE s.SCHEMANAME = 'APP' AND t.TABLETYPE = 'T'" //$NON-NLS-1$
                + " ORDER BY t.TABLENAME")) { //$NON-NLS-1$
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static Figure figure(Connection c, String table, Mac mac) throws SQLException {
        long rows = 0;
        long high = 0;
        long low = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM APP." + table)) { //$NON-NLS-1$
            ResultSetMetaData md = rs.getMetaData();
            int columns = md.getColumnCount();
            boolean[] binary = new boolean[columns + 1];
            for (int i = 1; i <= columns; i++) {
                binary[i] = switch (md.getColumnType(i)) {
                    case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> true;
                    default -> false;
                };
            }
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    byte[] value = binary[i] ? rs.getBytes(i) : bytes(rs.getString(i));
                    if (value == null) {
                        mac.update(NULL);
                    } else {
                        // tag and length first: ("ab", "c") and ("a", "bc") must digest differently
                        mac.update(VALUE);
                        mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
                        mac.update(value);
                    }
                }
                ByteBuffer digest = ByteBuffer.wrap(mac.doFinal());
                high += digest.getLong();
                low += digest.getLong();
                rows++;
            }
        }
        return new Figure(rows, HexFormat.of().formatHex(ByteBuffer.allocate(2 * Long.BYTES).putLong(high).putLong(low).array()));
    }

    private static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e); // every Java runtime has HmacSHA256
        }
    }

    /** Every table, by name. */
    public Map<String, Figure> tables() {
        return tables;
    }

    /** The total number of rows of every table. */
    public long rows() {
        return tables.values().stream().mapToLong(Figure::rows).sum();
    }

    /**
     * What differs between these figures (expected) and those (found): one line per table missing,
     * extra or with other figures; empty when they agree.
     */
    public List<String> differences(TableFigures found) {
        List<String> out = new ArrayList<>();
        TreeMap<String, Figure> all = new TreeMap<>(tables);
        found.tables.forEach(all::putIfAbsent);
        for (String table : all.keySet()) {
            Figure want = tables.get(table);
            Figure got = found.tables.get(table);
            if (!Objects.equals(want, got)) {
                out.add(NLS.bind(BackupMessages.Figures_differ, new Object[] { table, describe(want), describe(got) }));
            }
        }
        return out;
    }

    private static String describe(Figure f) {
        return f == null ? BackupMessages.Figures_none : NLS.bind(BackupMessages.Figures_figure, f.rows(), f.checksum());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableFigures f && f.tables.equals(tables);
    }

    @Override
    public int hashCode() {
        return tables.hashCode();
    }

    @Override
    public String toString() {
        return tables.toString();
    }
}
