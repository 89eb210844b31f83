package org.retailerdesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.retailerdesk.backup.BackupManifest;
import org.retailerdesk.backup.Backups;
import org.retailerdesk.testsupport.TempStore;

/** The server's daily backup: when it runs, its options, and a real run on a served database. */
public class DailyBackupTest {

    @Test
    public void theNextRunIsTheNextTimeOfDayAfterNow() {
        LocalDateTime morning = LocalDateTime.of(2026, 12, 4, 6, 0);
        assertEquals(LocalDateTime.of(2026, 12, 5, 2, 30), DailyBackup.next(morning, LocalTime.of(2, 30)));
        assertEquals(LocalDateTime.of(2026, 12, 4, 22, 0), DailyBackup.next(morning, LocalTime.of(22, 0)));
        assertEquals(LocalDateTime.of(2026, 12, 5, 6, 0), DailyBackup.next(morning, LocalTime.of(6, 0)), "not twice at once");
    }

    @Test
    public void theOptionsSayWhenAndHowManyAndRefuseNonsense() {
        ServerApplication.Options o = ServerApplication.Options.parse(new String[] { "--backup-at", "02:30", "--keep", "3" }); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(LocalTime.of(2, 30), o.backupAt());
        assertEquals(3, o.keep());
        ServerApplication.Options none = ServerApplication.Options.parse(new String[0]);
        assertNull(none.backupAt(), "no daily backup unless asked");
        assertEquals(ServerApplication.Options.KEEP, none.keep());
        IllegalArgumentException time = assertThrows(IllegalArgumentException.class,
                () -> ServerApplication.Options.parse(new String[] { "--backup-at", "25:00" })); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(time.getMessage().contains("25:00"), time.getMessage()); //$NON-NLS-1$
        IllegalArgumentException keep = assertThrows(IllegalArgumentException.class,
                () -> ServerApplication.Options.parse(new String[] { "--keep", "0" })); //$NON-NLS-1$ //$NON-NLS-2$
        assertTrue(keep.getMessage().contains("0"), keep.getMessage()); //$NON-NLS-1$
    }

    /** Due in two seconds: a verified backup with its manifest appears, and only the newest one is kept. */
    @Test
    public void atItsTimeItTakesAVerifiedBackupAndPrunes() throws Exception {
        try (TempStore temp = TempStore.withDemoCentre(60, 3)) {
            Backups backups = new Backups(temp.home());
            backups.take(temp.store()::ownerConnection, null);
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(said, true, StandardCharsets.UTF_8);
            LocalTime soon = LocalTime.now().plusSeconds(2).withNano(0);
            try (DailyBackup daily = DailyBackup.start(temp.store(), backups, soon, 1, out)) {
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (!said.toString(StandardCharsets.UTF_8).contains(backups.folder().toString() + "/") //$NON-NLS-1$
                        && System.nanoTime() < deadline) {
                    Thread.sleep(200);
                }
            }
            List<Path> kept;
            try (Stream<Path> children = Files.list(backups.folder())) {
                kept = children.filter(p -> Files.isRegularFile(p.resolve(BackupManifest.FILE))).toList();
            }
            assertEquals(1, kept.size(), "the daily backup, the earlier one pruned: " + said.toString(StandardCharsets.UTF_8));
            // verify throws when the copy's figures differ from its manifest
            assertEquals(BackupManifest.read(kept.get(0)).taken(), backups.verify(kept.get(0)).taken());
        }
    }
}
