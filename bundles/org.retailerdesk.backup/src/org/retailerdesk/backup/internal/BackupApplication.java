package org.retailerdesk.backup.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.equinox.app.IApplication;
import org.retailerdesk.backup.BackupManifest;
import org.retailerdesk.backup.Backups;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.derby.internal.DerbyStore;

/**
 * {@code ./retailerdesk backup [--to DIR]}: an online, verified backup of the data folder's
 * database (default {@code <data folder>/backups/<time>}).
 */
public class BackupApplication extends OwnerCommand {

    @Override
    Object run(List<String> options) throws UsageException {
        String to = value(options, "--to"); //$NON-NLS-1$
        noMore(options);
        if (backups.files().inUse()) {
            // served by ./retailerdesk server (or open in the workbench): the backup must run where the
            // database is booted; the client connection to the centre's server is not built yet
            throw new StoreException(NLS.bind(Messages.Backup_served, backups.files().database()));
        }
        DerbyStore store = open();
        try {
            Path folder = to == null ? null : Path.of(to).toAbsolutePath();
            signIn(store, folder == null ? backups.folder().toString() : folder.toString());
            long started = System.nanoTime();
            Backups.Taken taken = backups.take(store::ownerConnection, folder);
            long total = (System.nanoTime() - started) / 1_000_000;
            BackupManifest m = taken.manifest();
            out.println(NLS.bind(Messages.Backup_done, new Object[] { taken.folder(), m.figures().rows(), m.figures().tables().size(),
                    seconds(total), seconds(m.heldMillis()) }));
            out.println(NLS.bind(Messages.Backup_keys, backups.files().keysFolder()));
            return IApplication.EXIT_OK;
        } finally {
            store.close();
        }
    }

    @Override
    String usage() {
        return Messages.Backup_usage;
    }
}
