package org.retailerdesk.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.store.internal.Messages;

/**
 * Where a centre's Derby network server is, as workstations name it: {@code //host:port/name}
 * (also with {@code jdbc:derby:} before it; the name is the database's folder relative to the
 * server's data folder, or its full path), and whether the link is encrypted
 * ({@code ;ssl=basic} after it). Chosen by {@code -Dretailerdesk.db}, else {@code RETAILERDESK_DB}
 * (the Database preference page sets the first at the next start); none means the data folder's
 * embedded database.
 */
public record ServerAddress(String host, int port, String database, boolean ssl) {

    public static final String PROPERTY = "retailerdesk.db"; //$NON-NLS-1$
    public static final String ENVIRONMENT = "RETAILERDESK_DB"; //$NON-NLS-1$
    public static final int DEFAULT_PORT = 1527;
    private static final Pattern FORM = Pattern
            .compile("(?:jdbc:derby:)?//([^:/;\\s]+|\\[[0-9a-fA-F:]+\\])(?::(\\d{1,5}))?/([^;\\s]+)(;ssl=basic)?"); //$NON-NLS-1$

    /** @return the server configured for this process, or null: the data folder's embedded database */
    public static ServerAddress configured() {
        String value = System.getProperty(PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(ENVIRONMENT);
        }
        return value == null || value.isBlank() ? null : parse(value.strip());
    }

    /** @throws StoreException naming the expected form when the text is not an address */
    public static ServerAddress parse(String text) {
        Matcher m = FORM.matcher(text);
        int port = m.matches() && m.group(2) != null ? Integer.parseInt(m.group(2)) : DEFAULT_PORT;
        if (!m.matches() || port < 1 || port > 65535) {
            throw new StoreException(NLS.bind(Messages.ServerAddress_invalid, text));
        }
        return new ServerAddress(m.group(1), port, m.group(3), m.group(4) != null);
    }

    @Override
    public String toString() {
        return "//" + host + ":" + port + "/" + database + (ssl ? ";ssl=basic" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
    }
}
