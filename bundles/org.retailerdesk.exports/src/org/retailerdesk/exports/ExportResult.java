package org.retailerdesk.exports;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param rows  retailers written
 * @param file  the file written
 * @param nanos how long it took
 */
public record ExportResult(long rows, Path file, long nanos) {

    public double seconds() {
        return nanos / 1e9;
    }
}
