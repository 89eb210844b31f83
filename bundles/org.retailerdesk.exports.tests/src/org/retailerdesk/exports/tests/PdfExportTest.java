package org.retailerdesk.exports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.retailerdesk.exports.ExportException;
import org.retailerdesk.exports.ExportRequest;
import org.retailerdesk.exports.ExportResult;
import org.retailerdesk.exports.internal.CjkFont;
import org.retailerdesk.model.OperatingRecord;
import org.retailerdesk.model.PriorityHousehold;
import org.retailerdesk.model.Retailer;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

class PdfExportTest extends ExportTestBase {

    @Test
    void oneCardPerRetailerWithEmbeddedChineseFontAndExtractableText() throws IOException {
        Retailer plain = expected(oneDistrict()).stream().filter(r -> r.getId() != zeroRetailer && r.getId() != notGbkRetailer)
                .filter(r -> !store.findBy(OperatingRecord.class, r.getId()).isEmpty()).findFirst().orElseThrow();
        Path file = dir.resolve("cards.pdf"); //$NON-NLS-1$
        ExportResult result = export("pdf", ExportRequest.of(selection(plain.getId(), zeroRetailer)), file); //$NON-NLS-1$
        assertEquals(2, result.rows());

        PdfReader reader = new PdfReader(file.toString());
        try {
            assertTrue(embeddedFontFiles(reader) >= 1, "the font is embedded"); //$NON-NLS-1$
            String first = text(reader, 1);
            assertTrue(first.contains("零售户经营档案·" + squeeze(plain.getShopName())), first); //$NON-NLS-1$
            assertTrue(first.contains(plain.getCustomerCode()), "digits are printed too: " + first); //$NON-NLS-1$
            assertTrue(first.contains(squeeze(plain.getDistrict().getName())), "references as names: " + first); //$NON-NLS-1$
            String card = first;
            int page = 2;
            for (; page <= reader.getNumberOfPages() && !text(reader, page).contains(ZERO_CODE); page++) {
                card += text(reader, page);
            }
            assertTrue(page <= reader.getNumberOfPages(), "the second card starts on a page of its own"); //$NON-NLS-1$
            // a PDF runs no formulas: the shop name is printed as it is
            assertTrue(text(reader, page).startsWith("零售户经营档案·" + squeeze(FORMULA_SHOP)), text(reader, page)); //$NON-NLS-1$
            for (String group : new String[] { "基本信息", "网络信息", "管理信息", "销售信息", "个人信息", "形象信息", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
                    "最近经营记录", "重点帮扶" }) { //$NON-NLS-1$ //$NON-NLS-2$
                assertTrue(card.contains(group), group + " in " + card); //$NON-NLS-1$
            }
            OperatingRecord latest = store.findBy(OperatingRecord.class, plain.getId()).stream()
                    .max(Comparator.comparing(OperatingRecord::getDate)).orElseThrow();
            assertTrue(card.contains(latest.getDate().toString()), "latest operating record " + latest.getDate()); //$NON-NLS-1$
        } finally {
            reader.close();
        }
    }

    @Test
    void certificateNumberAndDisabilityDetailsShowOnlyTheirLastFourCharacters() throws IOException {
        Path file = dir.resolve("household.pdf"); //$NON-NLS-1$
        export("pdf", ExportRequest.of(selection(zeroRetailer)), file); //$NON-NLS-1$
        PriorityHousehold h = store.findBy(PriorityHousehold.class, zeroRetailer).get(0);
        PdfReader reader = new PdfReader(file.toString());
        try {
            String text = text(reader, 1);
            assertTrue(text.contains("残疾人"), "the category is shown: " + text); //$NON-NLS-1$ //$NON-NLS-2$
            assertFalse(text.contains(EVIDENCE_NUMBER), text);
            assertFalse(text.contains(EVIDENCE_NUMBER.substring(0, 10)), text);
            assertTrue(text.contains("**************123X"), text); //$NON-NLS-1$
            assertFalse(text.contains(squeeze(EVIDENCE_TYPE)), text);
            assertTrue(text.contains("******体二级）"), text); //$NON-NLS-1$
            // the store reads the help given to a disabled person masked, and the card shows that
            assertTrue(h.getHelpGiven().startsWith("*"), h.getHelpGiven()); //$NON-NLS-1$
            assertTrue(text.contains(squeeze(h.getHelpGiven())), text);
        } finally {
            reader.close();
        }
    }

    @Test
    void aFontFileWithoutChineseIsAClearErrorAndNothingIsWritten() throws IOException {
        Path notAFont = dir.resolve("x.ttf"); //$NON-NLS-1$
        java.nio.file.Files.writeString(notAFont, "not a font"); //$NON-NLS-1$
        Path out = dir.resolve("out"); //$NON-NLS-1$
        java.nio.file.Files.createDirectory(out);
        System.setProperty(CjkFont.PROPERTY, notAFont.toString());
        try {
            ExportException e = assertThrows(ExportException.class,
                    () -> export("pdf", ExportRequest.of(selection(zeroRetailer)), out.resolve("cards.pdf"))); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(e.getMessage().contains(notAFont.toString()), e.getMessage());
        } finally {
            System.clearProperty(CjkFont.PROPERTY);
        }
        assertEquals(List.of(), files(out));
    }

    private static int embeddedFontFiles(PdfReader reader) {
        int embedded = 0;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject o = reader.getPdfObject(i);
            if (o instanceof PdfDictionary d && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))
                    && (d.get(PdfName.FONTFILE2) != null || d.get(PdfName.FONTFILE3) != null)) {
                embedded++;
            }
        }
        return embedded;
    }

    /** The page's text without the line breaks and spaces the layout puts between cells. */
    private static String text(PdfReader reader, int page) throws IOException {
        return squeeze(new PdfTextExtractor(reader).getTextFromPage(page));
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", ""); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
