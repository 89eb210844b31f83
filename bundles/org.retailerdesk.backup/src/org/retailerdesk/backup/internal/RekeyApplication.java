package org.retailerdesk.backup.internal;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.osgi.util.NLS;

/**
 * {@code ./retailerdesk rekey}: re-encrypts the database with a new random boot key and makes it the
 * key file's, the old one kept for the backups made with it. The database must not be open anywhere.
 */
public class RekeyApplication extends OwnerCommand {

    @Override
    Object run(List<String> options) throws UsageException {
        noMore(options);
        requireUnused();
        signInAndClose(open(), backups.files().keysFolder().toString());
        out.println(Messages.Rekey_running);
        long started = System.nanoTime();
        String fingerprint = backups.files().rekey();
        out.println(NLS.bind(Messages.Rekey_done, new Object[] { fingerprint, seconds((System.nanoTime() - started) / 1_000_000),
                backups.files().keysFolder() }));
        return IApplication.EXIT_OK;
    }

    @Override
    String usage() {
        return Messages.Rekey_usage;
    }
}
