package org.retailerdesk.exports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.exports.ExportRequest;
import org.retailerdesk.exports.ExportResult;
import org.retailerdesk.exports.ExportScope;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.store.RetailerQuery;

class XlsxExportTest extends ExportTestBase {

    @Test
    void readsBackWithTheSameValuesAndTypes() throws IOException {
        RetailerQuery query = oneDistrict();
        Path file = dir.resolve("retailers.xlsx"); //$NON-NLS-1$
        ExportResult result = export("xlsx", ExportRequest.of(new ExportScope.Filter(query)), file); //$NON-NLS-1$
        List<Retailer> retailers = expected(query);
        assertEquals(retailers.size(), result.rows());

        List<Row> rows = read(file);
        List<ExportColumn> columns = ExportColumn.all();
        assertEquals(retailers.size() + 1, rows.size());
        for (int c = 0; c < columns.size(); c++) {
            assertEquals(columns.get(c).label(Locale.CHINESE), rows.get(0).getCellText(c));
        }
        for (int i = 0; i < retailers.size(); i++) {
            Retailer r = retailers.get(i);
            if (r.getId() == zeroRetailer) {
                continue; // checked below
            }
            Row row = rows.get(i + 1);
            for (int c = 0; c < columns.size(); c++) {
                ExportColumn column = columns.get(c);
                Object value = column.value(r, Locale.CHINESE);
                String where = r.getCustomerCode() + " " + column.name(); //$NON-NLS-1$
                Cell cell = row.getCell(c);
                if (value == null) {
                    assertTrue(cell == null || cell.getType() == CellType.EMPTY, where);
                    continue;
                }
                switch (column.kind()) {
                case NUMBER -> {
                    assertEquals(CellType.NUMBER, cell.getType(), where);
                    assertEquals(0, new BigDecimal(value.toString()).compareTo(cell.asNumber()), where);
                }
                case DATE -> assertEquals(value, cell.asDate().toLocalDate(), where);
                case TEXT, BOOLEAN -> {
                    assertEquals(CellType.STRING, cell.getType(), where);
                    assertEquals(column.text(r, Locale.CHINESE), cell.asString(), where);
                }
                }
            }
        }
    }

    @Test
    void codesAreTextCellsWithLeadingZerosAndFormulaTextIsNeutralised() throws IOException {
        Path file = dir.resolve("special.xlsx"); //$NON-NLS-1$
        export("xlsx", ExportRequest.of(selection(zeroRetailer)) //$NON-NLS-1$
                .withColumns(ExportColumn.parse("customerCode,licenceNumber,shopName,owner,address,businessScope,contactPerson,licenceIssued")), //$NON-NLS-1$
                file);
        Row row = read(file).get(1);
        assertEquals(CellType.STRING, row.getCell(0).getType());
        assertEquals(ZERO_CODE, row.getCell(0).asString());
        assertEquals(CellType.STRING, row.getCell(1).getType());
        assertEquals(ZERO_LICENCE, row.getCell(1).asString());
        assertEquals("'" + FORMULA_SHOP, row.getCell(2).asString()); //$NON-NLS-1$
        assertEquals("'" + FORMULA_OWNER, row.getCell(3).asString()); //$NON-NLS-1$
        assertEquals("'" + FORMULA_ADDRESS, row.getCell(4).asString()); //$NON-NLS-1$
        assertEquals("'" + FORMULA_SCOPE, row.getCell(5).asString()); //$NON-NLS-1$
        assertEquals("'" + FORMULA_CONTACT, row.getCell(6).asString()); //$NON-NLS-1$
        LocalDate issued = store.get(Retailer.class, zeroRetailer).getLicenceIssued();
        assertEquals(issued, row.getCell(7).asDate().toLocalDate());
        assertEquals("yyyy-mm-dd", row.getCell(7).getDataFormatString()); //$NON-NLS-1$
    }

    private static List<Row> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in, new ReadingOptions(true, false));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.toList();
        }
    }
}
