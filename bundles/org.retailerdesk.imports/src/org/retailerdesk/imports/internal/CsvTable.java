package org.retailerdesk.imports.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

/**
 * A CSV file: decoded whole first (see {@link Encodings}: the encoding is only known once every
 * byte has been checked), then parsed record by record. The delimiter is the comma, or a tab or
 * semicolon when the header line has more of those.
 */
final class CsvTable implements Table {

    private final Path file;
    private final Encodings.Decoded decoded;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> headers;

    private CsvTable(Path file, Encodings.Decoded decoded, CSVParser parser, List<String> headers) {
        this.file = file;
        this.decoded = decoded;
        this.parser = parser;
        this.records = parser.iterator();
        this.headers = headers;
    }

    static CsvTable open(Path file, Charset charset) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw Table.error(file, 0, null, NLS.bind(Messages.Import_cannotRead, file, e.getMessage()), e);
        }
        Encodings.Decoded decoded = Encodings.decode(file, bytes, charset);
        String text = decoded.text();
        if (text.isBlank()) {
            throw Table.error(file, 0, null, NLS.bind(Messages.Import_empty, file.getFileName()), null);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true)
                .get();
        try {
            CSVParser parser = format.parse(new StringReader(text));
            CsvTable table = new CsvTable(file, decoded, parser, List.of());
            SourceRow header = table.next();
            if (header == null) {
                throw Table.error(file, 0, null, NLS.bind(Messages.Import_empty, file.getFileName()), null);
            }
            return new CsvTable(file, decoded, parser, Arrays.stream(header.cells()).map(String::strip).toList());
        } catch (IOException e) {
            throw Table.error(file, 1, null, NLS.bind(Messages.Import_badCsv, new Object[] { file.getFileName(), 1,
                    e.getMessage() }), e);
        }
    }

    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public SourceRow next() {
        try {
            while (records.hasNext()) {
                CSVRecord r = records.next();
                String[] cells = r.values();
                BitSet computed = new BitSet();
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = Text.cell(cells[i], i, computed);
                }
                if (Arrays.stream(cells).anyMatch(c -> !Text.isBlank(c))) {
                    return new SourceRow((int) r.getRecordNumber(), cells, new BitSet(), computed);
                }
            }
            return null;
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports a broken quote as an exception of the iterator
            int row = (int) parser.getCurrentLineNumber();
            throw Table.error(file, row, null, NLS.bind(Messages.Import_badCsv, new Object[] { file.getFileName(), row,
                    e.getCause() != null ? e.getCause().getMessage() : e.getMessage() }), e);
        }
    }

    @Override
    public String describe() {
        return decoded.charset().name() + (decoded.bom() ? " BOM" : ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // a string reader: nothing to release
        }
    }
}
