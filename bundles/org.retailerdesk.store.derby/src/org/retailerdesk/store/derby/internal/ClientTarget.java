package org.retailerdesk.store.derby.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.retailerdesk.store.ServerAddress;
import org.retailerdesk.store.StoreException;

/**
 * A centre's database on a Derby network server, reached with Derby's client driver. The driver's
 * bundle ({@value #CLIENT_BUNDLE}) exports only {@code org.apache.derby.jdbc}, a package the engine
 * exports too, so its data source is loaded through that bundle and set up by its setters. A
 * connection that fails because the server is gone tells the {@link ServerLink}, which takes the
 * store offline and reconnects.
 */
final class ClientTarget implements Target {

    private static final String CLIENT_BUNDLE = "derbyclient"; //$NON-NLS-1$
    private static final String DATA_SOURCE = "org.apache.derby.client.BasicClientDataSource"; //$NON-NLS-1$
    /** Seconds a connection attempt waits for the server: a lost server must not hang a call for minutes. */
    private static final int LOGIN_TIMEOUT = 5;

    private final ServerAddress address;
    private final Class<?> dataSourceClass;
    private final ServerLink link;

    ClientTarget(ServerAddress address) {
        this.address = address;
        this.dataSourceClass = dataSourceClass();
        this.link = new ServerLink(this);
    }

    private static Class<?> dataSourceClass() {
        Bundle self = FrameworkUtil.getBundle(ClientTarget.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context != null) {
            for (Bundle b : context.getBundles()) {
                if (CLIENT_BUNDLE.equals(b.getSymbolicName())) {
                    try {
                        return b.loadClass(DATA_SOURCE);
                    } catch (ClassNotFoundException e) {
                        throw new StoreException(NLS.bind(Messages.Server_noClient, e.getMessage()), e);
                    }
                }
            }
        }
        throw new StoreException(NLS.bind(Messages.Server_noClient, CLIENT_BUNDLE));
    }

    ServerAddress address() {
        return address;
    }

    ServerLink link() {
        return link;
    }

    @Override
    public Connection connect(String user, char[] password) throws SQLException {
        try {
            return attempt(user, password);
        } catch (SQLException e) {
            if (ConnectionPool.lostLink(e)) {
                link.lost();
            }
            throw e;
        }
    }

    /** A connection, without telling the link when it fails (its own reconnection attempts). */
    Connection attempt(String user, char[] password) throws SQLException {
        return dataSource().getConnection(user, new String(password));
    }

    private DataSource dataSource() {
        try {
            DataSource ds = (DataSource) dataSourceClass.getConstructor().newInstance();
            dataSourceClass.getMethod("setServerName", String.class).invoke(ds, address.host()); //$NON-NLS-1$
            dataSourceClass.getMethod("setPortNumber", int.class).invoke(ds, address.port()); //$NON-NLS-1$
            dataSourceClass.getMethod("setDatabaseName", String.class).invoke(ds, address.database()); //$NON-NLS-1$
            if (address.ssl()) {
                dataSourceClass.getMethod("setSsl", String.class).invoke(ds, "basic"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            ds.setLoginTimeout(LOGIN_TIMEOUT);
            return ds;
        } catch (ReflectiveOperationException | SQLException e) {
            throw new StoreException(NLS.bind(Messages.Server_noClient, e), e);
        }
    }

    @Override
    public void lost() {
        link.lost();
    }

    @Override
    public String describe() {
        return address.toString();
    }
}
