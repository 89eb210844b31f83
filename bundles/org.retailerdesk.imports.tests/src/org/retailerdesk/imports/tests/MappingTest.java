package org.retailerdesk.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.retailerdesk.imports.ColumnMapping;
import org.retailerdesk.imports.ImportField;
import org.retailerdesk.imports.SavedMappings;

/** Automatic column mapping from zh and en headers, user changes, saved mappings. */
public class MappingTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({ "许可证号, LICENCE_NUMBER", "许可证编号, LICENCE_NUMBER", "licence number, LICENCE_NUMBER",
            "LICENSE_NO, LICENCE_NUMBER", "License No., LICENCE_NUMBER", "客户编码, CUSTOMER_CODE",
            "客户代码, CUSTOMER_CODE", "CUST_CODE, CUSTOMER_CODE", "customer code, CUSTOMER_CODE",
            "Customer_Code, CUSTOMER_CODE", "*客户编码, CUSTOMER_CODE", "ＣＵＳＴ＿ＣＯＤＥ, CUSTOMER_CODE",
            "店铺名称, SHOP_NAME", "店名, SHOP_NAME", "shop name, SHOP_NAME", "档位, GRADE", "客户档位, GRADE",
            "grade, GRADE", "送货日, ORDER_DAY", "订货日, ORDER_DAY", "order day, ORDER_DAY", "月购进量（条）, MONTHLY_QUANTITY",
            "客户经理, CUSTOMER_MANAGER", "customerManager, CUSTOMER_MANAGER", "行政区域, DISTRICT", "市场部, MARKET_DEPARTMENT",
            "送货线路, DELIVERY_ROUTE", "有效期至, LICENCE_EXPIRY", "诚信等级, CREDIT_LEVEL", "监控户, MONITORED",
            "联系电话, CONTACT_PHONE", "营业面积, FLOOR_AREA", "条均价, AVERAGE_PRICE" })
    public void headersMapToFields(String header, ImportField expected) {
        assertEquals(expected, ImportField.forHeader(header), header);
    }

    /** The column names of real marketing and ordering systems' exports, English upper case and Chinese. */
    @ParameterizedTest
    @CsvSource({ "CUST_CODE, CUSTOMER_CODE", "CUST_NAME, SHOP_NAME", "LICENSE_CODE, LICENCE_NUMBER",
            "ORDER_CYCLE, ORDER_DAY", "CUST_FORMAT, BUSINESS_FORMAT", "COMPANY_DISTRICT, DISTRICT",
            "MARKET_DEPARTMENT, MARKET_DEPARTMENT", "BUSINESS_STATUS, STATUS", "IS_MUTUAL_AID_GROUP, MUTUAL_AID_MEMBER",
            "GROUP_NAME, MUTUAL_AID_GROUP", "MANAGER_NAME, CUSTOMER_MANAGER", "SLSMAN_NAME, CUSTOMER_MANAGER",
            "ROUTE_NAME, DELIVERY_ROUTE", "CUST_LEVEL, GRADE", "GRADE, GRADE", "ADDRESS, ADDRESS", "BUSI_ADDR, ADDRESS",
            "CORPORATION_NAME, OWNER", "经营者姓名, OWNER", "ORDER_TEL, CONTACT_PHONE", "URBAN_RURAL, MARKET_TYPE",
            "城乡, MARKET_TYPE", "是否互助小组成员, MUTUAL_AID_MEMBER", "互助小组名称, MUTUAL_AID_GROUP", "所属市场部, MARKET_DEPARTMENT",
            "营业状态, STATUS", "LICENSE_END_DATE, LICENCE_EXPIRY" })
    public void companyExportHeadersMapToFields(String header, ImportField expected) {
        assertEquals(expected, ImportField.forHeader(header), header);
    }

    @Test
    public void unknownHeadersMapToNothing() {
        assertNull(ImportField.forHeader("备注")); //$NON-NLS-1$
        assertNull(ImportField.forHeader("版本")); //$NON-NLS-1$
        assertNull(ImportField.forHeader("")); //$NON-NLS-1$
    }

    /** An export writes the model's labels (zh or en) or feature names: each must come back to its field. */
    @Test
    public void everyFieldsLabelsAndNameMapBackAndNoHeaderNamesTwoFields() {
        Map<String, ImportField> seen = new HashMap<>();
        for (ImportField f : ImportField.values()) {
            for (String header : List.of(f.label(Locale.CHINESE), f.label(Locale.ENGLISH),
                    f.feature() == null ? f.name() : f.feature().getName())) {
                assertEquals(f, ImportField.forHeader(header), header);
                ImportField before = seen.put(ImportField.normalize(header), f);
                assertEquals(before == null ? f : before, f, header + " names two fields"); //$NON-NLS-1$
            }
        }
    }

    @Test
    public void automaticMappingAndUserChanges() {
        ColumnMapping m = ColumnMapping.automatic(List.of("客户编码", "备注", "档位", "Grade")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        assertEquals(ImportField.CUSTOMER_CODE, m.field(0));
        assertNull(m.field(1));
        assertEquals(ImportField.GRADE, m.field(2));
        assertNull(m.field(3), "a field is filled by one column only");
        m.set(1, ImportField.COMPLIANCE_NOTE);
        m.set(3, ImportField.GRADE);
        assertEquals(3, m.column(ImportField.GRADE));
        assertNull(m.field(2), "the column that filled the field before is ignored now");
        m.set(0, null);
        assertEquals(-1, m.column(ImportField.CUSTOMER_CODE));
    }

    @Test
    public void savedMappingRoundTrip() throws Exception {
        SavedMappings saved = new SavedMappings(dir.resolve("mappings")); //$NON-NLS-1$
        assertEquals(List.of(), saved.names());
        List<String> headers = List.of("编号", "备注", "档位", "名称"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        ColumnMapping m = ColumnMapping.automatic(headers);
        m.set(0, ImportField.CUSTOMER_CODE);
        m.set(1, ImportField.COMPLIANCE_NOTE);
        m.set(2, null); // deliberately ignored
        m.set(3, ImportField.SHOP_NAME);
        saved.save("月度档位文件", m); //$NON-NLS-1$
        assertEquals(List.of("月度档位文件"), saved.names()); //$NON-NLS-1$

        // the same headers in another order, plus one the saved mapping does not know
        ColumnMapping loaded = saved.load("月度档位文件", List.of("档位", "名称", "编号", "备注", "联系电话")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        assertNull(loaded.field(0), "ignored stays ignored");
        assertEquals(ImportField.SHOP_NAME, loaded.field(1));
        assertEquals(ImportField.CUSTOMER_CODE, loaded.field(2));
        assertEquals(ImportField.COMPLIANCE_NOTE, loaded.field(3));
        assertEquals(ImportField.CONTACT_PHONE, loaded.field(4), "unknown headers are mapped automatically");

        saved.delete("月度档位文件"); //$NON-NLS-1$
        assertEquals(List.of(), saved.names());
        assertThrows(IllegalArgumentException.class, () -> saved.save("../x", m)); //$NON-NLS-1$
    }
}
