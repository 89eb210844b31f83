package org.retailerdesk.exports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.retailerdesk.exports.ExportColumn;
import org.retailerdesk.exports.ExportException;
import org.retailerdesk.exports.ExportFormatDescriptor;
import org.retailerdesk.exports.ExportFormats;
import org.retailerdesk.exports.ExportRequest;
import org.retailerdesk.exports.internal.CsvFormat;
import org.retailerdesk.exports.internal.PdfFormat;
import org.retailerdesk.exports.internal.XlsxFormat;

class ExportFormatsTest extends ExportTestBase {

    @Test
    void theThreeBuiltInFormatsComeFromTheExtensionPoint() {
        IConfigurationElement[] contributed = Platform.getExtensionRegistry()
                .getConfigurationElementsFor(ExportFormats.EXTENSION_POINT);
        assertTrue(contributed.length >= 3, "contributed through the extension point"); //$NON-NLS-1$

        List<ExportFormatDescriptor> formats = ExportFormats.all();
        assertEquals(List.of("csv", "xlsx", "pdf"), formats.stream().map(ExportFormatDescriptor::id).limit(3).toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        assertEquals(List.of("csv", "xlsx", "pdf"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                formats.stream().map(ExportFormatDescriptor::extension).limit(3).toList());
        for (ExportFormatDescriptor f : formats.subList(0, 3)) {
            assertEquals("org.retailerdesk.exports", f.contributor()); //$NON-NLS-1$
            assertFalse(f.label().isBlank() || f.label().startsWith("%"), "label from plugin.properties: " + f.label()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        assertTrue(ExportFormats.get("csv").create() instanceof CsvFormat); //$NON-NLS-1$
        assertTrue(ExportFormats.get("XLSX").create() instanceof XlsxFormat); //$NON-NLS-1$
        assertTrue(ExportFormats.get("pdf").create() instanceof PdfFormat); //$NON-NLS-1$
    }

    @Test
    void anotherBundlesFormatComesAfterTheBuiltInOnesAndExports() throws IOException {
        List<ExportFormatDescriptor> formats = ExportFormats.all();
        ExportFormatDescriptor tsv = formats.get(formats.size() - 1);
        assertEquals("tsv", tsv.id()); //$NON-NLS-1$
        assertEquals("org.retailerdesk.exports.example", tsv.contributor()); //$NON-NLS-1$

        Path file = dir.resolve("zero.tsv"); //$NON-NLS-1$
        export("tsv", ExportRequest.of(selection(zeroRetailer)).withColumns(ExportColumn.parse("customerCode,shopName,contactPerson")), //$NON-NLS-1$ //$NON-NLS-2$
                file);
        assertEquals(List.of("客户编码\t店铺名称\t联系人", ZERO_CODE + "\t'" + FORMULA_SHOP + "\t' 王五"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                Files.readAllLines(file));
    }

    @Test
    void anUnknownFormatNamesTheKnownOnes() {
        ExportException e = assertThrows(ExportException.class, () -> ExportFormats.get("docx")); //$NON-NLS-1$
        assertTrue(e.getMessage().contains("docx") && e.getMessage().contains("csv, xlsx, pdf, tsv"), e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
