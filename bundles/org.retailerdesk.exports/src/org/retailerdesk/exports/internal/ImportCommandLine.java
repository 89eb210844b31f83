package org.retailerdesk.exports.internal;

import java.nio.charset.Charset;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.imports.InvalidValues;
import org.retailerdesk.imports.TableKind;

/**
 * The arguments of {@code retailerdesk import FILE [--records retailers|network|staff|brands|groups|publicity|visits]
 * [--dry-run] [--create-missing] [--skip-rejected] [--invalid-values warn|reject] [--sheet NAME] [--mapping NAME]
 * [--encoding utf-8|gbk] [--report FILE]}; options with a value also as {@code --name=value}.
 *
 * @param records what the file holds; null for retailers
 * @param charset the CSV's encoding; null to detect it
 */
record ImportCommandLine(Path file, TableKind records, boolean dryRun, boolean createMissing, boolean skipRejected,
        InvalidValues invalidValues, String sheet, String mapping, Charset charset, Path report, boolean help) {

    private static final String RETAILERS = "retailers"; //$NON-NLS-1$

    /** @throws IllegalArgumentException with a message for the user */
    static ImportCommandLine parse(String[] args) {
        String file = null;
        TableKind records = null;
        boolean dryRun = false;
        boolean createMissing = false;
        boolean skipRejected = false;
        InvalidValues invalid = InvalidValues.WARN;
        String sheet = null;
        String mapping = null;
        Charset charset = null;
        String report = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
            case "--help", "-h" -> { //$NON-NLS-1$ //$NON-NLS-2$
                return new ImportCommandLine(null, null, false, false, false, invalid, null, null, null, null, true);
            }
            case "--dry-run" -> dryRun = true; //$NON-NLS-1$
            case "--create-missing" -> createMissing = true; //$NON-NLS-1$
            case "--skip-rejected" -> skipRejected = true; //$NON-NLS-1$
            default -> {
                if (!arg.startsWith("--")) { //$NON-NLS-1$
                    if (file != null) {
                        throw new IllegalArgumentException(NLS.bind(Messages.Cli_unknownOption, arg));
                    }
                    file = arg;
                    continue;
                }
                String name = arg;
                String value;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException(NLS.bind(Messages.Cli_noValue, arg));
                }
                switch (name) {
                case "--records" -> { //$NON-NLS-1$
                    records = RETAILERS.equalsIgnoreCase(value.strip()) ? null : TableKind.of(value);
                    if (records == null && !RETAILERS.equalsIgnoreCase(value.strip())) {
                        throw new IllegalArgumentException(NLS.bind(Messages.Cli_badImportRecords, value));
                    }
                }
                case "--invalid-values" -> { //$NON-NLS-1$
                    invalid = InvalidValues.of(value);
                    if (invalid == null) {
                        throw new IllegalArgumentException(NLS.bind(Messages.Cli_badInvalidValues, value));
                    }
                }
                case "--sheet" -> sheet = value; //$NON-NLS-1$
                case "--mapping" -> mapping = value; //$NON-NLS-1$
                case "--encoding" -> charset = CommandLine.encoding(value); //$NON-NLS-1$
                case "--report" -> report = value; //$NON-NLS-1$
                default -> throw new IllegalArgumentException(NLS.bind(Messages.Cli_unknownOption, name));
                }
            }
            }
        }
        if (file == null) {
            throw new IllegalArgumentException(Messages.Cli_noImportFile);
        }
        return new ImportCommandLine(Path.of(file), records, dryRun, createMissing, skipRejected, invalid, sheet, mapping,
                charset, report == null ? null : Path.of(report), false);
    }
}
