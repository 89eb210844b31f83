package org.retailerdesk.store.derby.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The signed-in user's connections. Each new one is authenticated by Derby (a slow, salted hash
 * on purpose, and a network round trip from a workstation), so connections are kept and handed
 * out again: {@link #connection()} gives one without auto-commit on schema {@code APP}; closing
 * it rolls back what was not committed and returns it. A connection that failed with a lost link
 * (SQLState class 08) is not returned but closed, and its {@link Target} is told.
 */
final class ConnectionPool {

    /** Where the tables are, whoever is connected (a user's default schema is his own name). */
    static final String SCHEMA = "APP"; //$NON-NLS-1$
    private static final int MAX_IDLE = 8;

    private final Target target;
    private final String user;
    private final char[] password;
    /** The Derby role every connection sets: what the user may reach in the database (see {@link Owner}). */
    private final String derbyRole;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionPool(Target target, String user, char[] password, String derbyRole) {
        this.target = target;
        this.user = user;
        this.password = password.clone();
        this.derbyRole = derbyRole;
    }

    /** A first connection, so that a wrong password fails here (SQLState 08004). */
    void check() throws SQLException {
        connection().close();
    }

    Connection connection() throws SQLException {
        Connection physical;
        synchronized (this) {
            if (closed) {
                throw new SQLException("the pool is closed", "08003"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            physical = idle.pollFirst();
        }
        if (physical == null || physical.isClosed()) {
            physical = open();
        }
        return wrap(physical);
    }

    private Connection open() throws SQLException {
        Connection c = target.connect(user, password);
        try (Statement st = c.createStatement()) {
            st.execute("SET SCHEMA " + SCHEMA); //$NON-NLS-1$
            st.execute("SET ROLE " + derbyRole); //$NON-NLS-1$
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        c.setAutoCommit(false);
        return c;
    }

    private Connection wrap(Connection physical) {
        InvocationHandler h = new InvocationHandler() {
            private boolean returned;
            private boolean broken;

            @Override
            public Object invoke(Object proxy, java.lang.reflect.Method m, Object[] args) throws Throwable {
                switch (m.getName()) {
                    case "close": //$NON-NLS-1$
                        if (!returned) {
                            returned = true;
                            giveBack(physical, broken);
                        }
                        return null;
                    case "isClosed": //$NON-NLS-1$
                        return returned || physical.isClosed();
                    default:
                        if (returned) {
                            throw new SQLException("connection closed", "08003"); //$NON-NLS-1$ //$NON-NLS-2$
                        }
                        try {
                            return m.invoke(physical, args);
                        } catch (InvocationTargetException e) {
                            if (e.getCause() instanceof SQLException s && lostLink(s)) {
                                broken = true;
                                target.lost();
                            }
                            throw e.getCause();
                        }
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class }, h);
    }

    private void giveBack(Connection physical, boolean broken) {
        boolean keep = !broken;
        if (keep) {
            try {
                if (!physical.getAutoCommit()) {
                    physical.rollback();
                }
                physical.setAutoCommit(false);
            } catch (SQLException e) {
                keep = false;
                // a statement of this connection met the lost link first; the connection shows it now
                if (lostLink(e)) {
                    target.lost();
                }
            }
        }
        synchronized (this) {
            if (keep && !closed && idle.size() < MAX_IDLE) {
                idle.addFirst(physical);
                return;
            }
        }
        quietlyClose(physical);
    }

    /** True when the user does not hold the Derby role (yet): his account is new or deactivated. */
    static boolean missingRole(SQLException e) {
        return "0P000".equals(e.getSQLState()); //$NON-NLS-1$
    }

    /**
     * True when the SQL error means the connection itself is gone (server stopped, network lost);
     * a refused password (08004) is not.
     */
    static boolean lostLink(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            String state = s.getSQLState();
            if (state != null && (state.startsWith("08") && !state.equals("08004") || state.equals("XJ015") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    || state.equals("40XC0"))) { //$NON-NLS-1$
                return true;
            }
        }
        return false;
    }

    /** Closes the idle connections and refuses new ones; the password is forgotten. */
    void close() {
        Deque<Connection> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(ConnectionPool::quietlyClose);
        Arrays.fill(password, '\0');
    }

    /** Drops the idle connections (after the server was lost): the next ones are opened anew. */
    void discardIdle() {
        Deque<Connection> toClose;
        synchronized (this) {
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        toClose.forEach(ConnectionPool::quietlyClose);
    }

    private static void quietlyClose(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // it is being thrown away
        }
    }
}
