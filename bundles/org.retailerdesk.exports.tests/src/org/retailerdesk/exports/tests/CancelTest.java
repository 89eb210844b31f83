package org.retailerdesk.exports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.retailerdesk.exports.ExportFormats;
import org.retailerdesk.exports.ExportRequest;
import org.retailerdesk.exports.ExportScope;
import org.retailerdesk.exports.RetailerExport;
import org.retailerdesk.store.RetailerQuery;

class CancelTest extends ExportTestBase {

    /** Cancels once some retailers have been written, as a user pressing Cancel mid-way would. */
    private static final class CancelAfter extends NullProgressMonitor {
        private final int rows;
        private int worked;

        CancelAfter(int rows) {
            this.rows = rows;
        }

        @Override
        public void worked(int work) {
            worked += work;
            if (worked >= rows) {
                setCanceled(true);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "csv", "xlsx", "pdf" })
    void cancellingLeavesNoFileAndNoTemporaryFile(String format) throws IOException {
        CancelAfter monitor = new CancelAfter(10);
        Path file = dir.resolve("retailers." + format); //$NON-NLS-1$
        assertThrows(OperationCanceledException.class, () -> RetailerExport.run(store, ExportFormats.get(format),
                ExportRequest.of(new ExportScope.Filter(RetailerQuery.all())), file, monitor));
        assertTrue(monitor.worked >= 10, "cancelled mid-way, not before the start"); //$NON-NLS-1$
        assertEquals(List.of(), files(dir));
    }

    @ParameterizedTest
    @ValueSource(strings = { "csv", "xlsx" })
    void aCancelledExportLeavesTheOldFileAsItWas(String format) throws IOException {
        Path file = dir.resolve("retailers." + format); //$NON-NLS-1$
        Files.writeString(file, "the export of yesterday"); //$NON-NLS-1$
        assertThrows(OperationCanceledException.class, () -> RetailerExport.run(store, ExportFormats.get(format),
                ExportRequest.of(new ExportScope.Filter(RetailerQuery.all())), file, new CancelAfter(50)));
        assertEquals("the export of yesterday", Files.readString(file)); //$NON-NLS-1$
        assertEquals(List.of(file.getFileName().toString()), files(dir));
    }

    @ParameterizedTest
    @ValueSource(strings = { "csv", "xlsx", "pdf" })
    void aFinishedExportReplacesTheOldFile(String format) throws IOException {
        Path file = dir.resolve("retailers." + format); //$NON-NLS-1$
        Files.writeString(file, "old"); //$NON-NLS-1$
        export(format, ExportRequest.of(selection(zeroRetailer)), file);
        assertTrue(Files.size(file) > 100);
        assertEquals(List.of(file.getFileName().toString()), files(dir));
    }
}
