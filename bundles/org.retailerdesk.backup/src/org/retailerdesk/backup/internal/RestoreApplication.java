package org.retailerdesk.backup.internal;

import java.io.Console;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.backup.BackupManifest;
import org.retailerdesk.store.StoreException;
import org.retailerdesk.store.derby.internal.DerbyStore;

/**
 * {@code ./retailerdesk restore --from DIR [--yes]}: checks the backup against its manifest, asks for
 * confirmation, and replaces the database by it (the current one moved aside, put back unless the
 * restored database verifies).
 */
public class RestoreApplication extends OwnerCommand {

    private static final Set<String> YES = Set.of("yes", "y", "是"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    @Override
    Object run(List<String> options) throws UsageException {
        String from = value(options, "--from"); //$NON-NLS-1$
        boolean yes = flag(options, "--yes"); //$NON-NLS-1$
        noMore(options);
        if (from == null) {
            throw new UsageException(Messages.Restore_noFrom);
        }
        Path folder = Path.of(from).toAbsolutePath();
        requireUnused();
        checkUser(folder);
        BackupManifest m = backups.verify(folder);
        out.println(NLS.bind(Messages.Restore_verified, new Object[] { folder, m.taken(), m.figures().rows(),
                m.figures().tables().size() }));
        if (!yes && !confirmed(folder, m)) {
            out.println(Messages.Restore_cancelled);
            return EXIT_FAILED;
        }
        long started = System.nanoTime();
        Path aside = backups.restore(folder);
        out.println(NLS.bind(Messages.Restore_done, backups.files().database(),
                seconds((System.nanoTime() - started) / 1_000_000)));
        if (aside != null) {
            out.println(NLS.bind(Messages.Restore_aside, aside));
        }
        return IApplication.EXIT_OK;
    }

    /**
     * Signs in on the current database, when there is one that opens. A missing or damaged one (the
     * reason to restore) cannot check anybody: then holding the keys folder is the authority, as it
     * is to the database files themselves.
     */
    private void checkUser(Path folder) {
        if (!Files.exists(backups.files().database())) {
            out.println(Messages.Restore_noDatabase);
            return;
        }
        DerbyStore store;
        try {
            store = open();
        } catch (StoreException e) {
            out.println(NLS.bind(Messages.Restore_doesNotOpen, e.getMessage()));
            return;
        }
        signInAndClose(store, folder.toString());
    }

    private boolean confirmed(Path folder, BackupManifest m) {
        Console console = System.console();
        if (console == null) {
            throw new StoreException(Messages.Restore_needsYes);
        }
        String answer = console.readLine(NLS.bind(Messages.Restore_confirm, new Object[] { backups.files().database(),
                m.taken(), folder }));
        return answer != null && YES.contains(answer.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    String usage() {
        return Messages.Restore_usage;
    }
}
