package org.retailerdesk.exports.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.imports.TableKind;

/**
 * The arguments of {@code retailerdesk export}: {@code --format F --out FILE [--filter "…" | --ids 1,2]
 * [--columns …] [--encoding utf-8|gbk] [--lang zh|en]}, or {@code --records publicity|visits|network|staff|brands|groups --format
 * csv|xlsx --out FILE [--encoding …] [--lang …]} for every record or entry of that kind. Also {@code --name=value}.
 */
record CommandLine(String format, Path out, String filter, List<Long> ids, List<ExportColumn> columns, Charset encoding,
        Locale locale, boolean help, TableKind records) {

    /** @throws IllegalArgumentException with a message for the user */
    static CommandLine parse(String[] args) {
        String format = null;
        String out = null;
        String filter = null;
        List<Long> ids = null;
        List<ExportColumn> columns = ExportColumn.all();
        Charset encoding = StandardCharsets.UTF_8;
        Locale locale = Locale.CHINESE;
        TableKind records = null;
        boolean columnsGiven = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
                return new CommandLine(null, null, null, null, columns, encoding, locale, true, null);
            }
            String name = arg;
            String value;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) { //$NON-NLS-1$
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            } else if (arg.startsWith("--") && i + 1 < args.length) { //$NON-NLS-1$
                value = args[++i];
            } else if (arg.startsWith("--")) { //$NON-NLS-1$
                throw new IllegalArgumentException(NLS.bind(Messages.Cli_noValue, arg));
            } else {
                throw new IllegalArgumentException(NLS.bind(Messages.Cli_unknownOption, arg));
            }
            switch (name) {
            case "--format" -> format = value; //$NON-NLS-1$
            case "--out" -> out = value; //$NON-NLS-1$
            case "--filter" -> filter = value; //$NON-NLS-1$
            case "--ids" -> ids = ids(value); //$NON-NLS-1$
            case "--columns" -> {
                columns = ExportColumn.parse(value);
                columnsGiven = true;
            }
            case "--records" -> records = records(value); //$NON-NLS-1$
            case "--encoding" -> encoding = encoding(value); //$NON-NLS-1$
            case "--lang" -> locale = language(value); //$NON-NLS-1$
            default -> throw new IllegalArgumentException(NLS.bind(Messages.Cli_unknownOption, name));
            }
        }
        if (format == null) {
            throw new IllegalArgumentException(NLS.bind(Messages.Cli_missing, "--format")); //$NON-NLS-1$
        }
        if (out == null) {
            throw new IllegalArgumentException(NLS.bind(Messages.Cli_missing, "--out")); //$NON-NLS-1$
        }
        if (filter != null && ids != null) {
            throw new IllegalArgumentException(Messages.Cli_filterAndIds);
        }
        if (records != null && (filter != null || ids != null || columnsGiven)) {
            throw new IllegalArgumentException(Messages.Cli_recordsAlone);
        }
        return new CommandLine(format, Path.of(out), filter, ids, columns, encoding, locale, false, records);
    }

    private static TableKind records(String value) {
        TableKind kind = TableKind.of(value);
        if (kind == null) {
            throw new IllegalArgumentException(NLS.bind(Messages.Cli_badRecords, value));
        }
        return kind;
    }

    private static List<Long> ids(String value) {
        List<Long> ids = new ArrayList<>();
        for (String part : value.split(",")) { //$NON-NLS-1$
            try {
                ids.add(Long.valueOf(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.Cli_badIds, value));
            }
        }
        return ids;
    }

    static Charset encoding(String value) {
        return switch (value.toLowerCase(Locale.ROOT).replace("-", "")) { //$NON-NLS-1$ //$NON-NLS-2$
        case "utf8" -> StandardCharsets.UTF_8; //$NON-NLS-1$
        case "gbk" -> Charset.forName("GBK"); //$NON-NLS-1$ //$NON-NLS-2$
        default -> throw new IllegalArgumentException(NLS.bind(Messages.Cli_badEncoding, value));
        };
    }

    private static Locale language(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
        case "zh" -> Locale.CHINESE; //$NON-NLS-1$
        case "en" -> Locale.ENGLISH; //$NON-NLS-1$
        default -> throw new IllegalArgumentException(NLS.bind(Messages.Cli_badLanguage, value));
        };
    }
}
