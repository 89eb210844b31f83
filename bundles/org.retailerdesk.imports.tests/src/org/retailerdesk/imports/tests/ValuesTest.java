package org.retailerdesk.imports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.emf.ecore.EEnum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.retailerdesk.imports.internal.Values;
import org.retailerdesk.model.BusinessFormat;
import org.retailerdesk.model.BusinessScale;
import org.retailerdesk.model.CreditLevel;
import org.retailerdesk.model.MarketType;
import org.retailerdesk.model.RetailerdeskPackage;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.Weekday;

/** The ways real files write grades, order days, choices, dates, flags and amounts. */
public class ValuesTest {

    @ParameterizedTest
    @CsvSource({ "9, 9", "D9, 9", "d09, 9", "9档, 9", "九档, 9", "第九档, 9", "十, 10", "十五档, 15", "二十, 20",
            "二十九档, 29", "三十档, 30", "两档, 2", "30, 30", "9.0, 9", "' 12 ', 12", "Ｄ９, 9", "第9档, 9", "十二档, 12", "30档, 30" })
    public void grades(String text, int expected) {
        assertEquals(expected, Values.grade(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "X9", "九九", "十十", "9级", "abc", "1.5", "三十一百" })
    public void notGrades(String text) {
        assertNull(Values.grade(text), text);
    }

    @ParameterizedTest
    @CsvSource({ "周一, MONDAY", "星期一, MONDAY", "礼拜一, MONDAY", "Mon, MONDAY", "monday, MONDAY", "MONDAY, MONDAY",
            "1, MONDAY", "周四, THURSDAY", "Thu, THURSDAY", "Thurs., THURSDAY", "周日, SUNDAY", "星期天, SUNDAY",
            "Sun, SUNDAY", "7, SUNDAY", "周六, SATURDAY" })
    public void orderDays(String text, Weekday expected) {
        assertEquals(expected, Values.weekday(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "周八", "8", "0", "每天", "" })
    public void notOrderDays(String text) {
        assertNull(Values.weekday(text), text);
    }

    @Test
    public void choicesByChineseLabelEnglishNameOrCommonWord() {
        assertEquals(BusinessFormat.CONVENIENCE, Values.enumValue(Literals.BUSINESS_FORMAT, "便利店")); //$NON-NLS-1$
        assertEquals(BusinessFormat.TOBACCO_LIQUOR, Values.enumValue(Literals.BUSINESS_FORMAT, "tobacco_liquor")); //$NON-NLS-1$
        assertEquals(BusinessFormat.TOBACCO_LIQUOR, Values.enumValue(Literals.BUSINESS_FORMAT, "Tobacco liquor")); //$NON-NLS-1$
        assertEquals(MarketType.RURAL, Values.enumValue(Literals.MARKET_TYPE, "农网")); //$NON-NLS-1$
        assertEquals(MarketType.RURAL, Values.enumValue(Literals.MARKET_TYPE, "乡村")); //$NON-NLS-1$
        assertEquals(MarketType.URBAN, Values.enumValue(Literals.MARKET_TYPE, "C")); //$NON-NLS-1$
        assertEquals(BusinessScale.MEDIUM, Values.enumValue(Literals.BUSINESS_SCALE, "中")); //$NON-NLS-1$
        assertEquals(CreditLevel.AA, Values.enumValue(Literals.CREDIT_LEVEL, "aa")); //$NON-NLS-1$
        assertNull(Values.enumValue(Literals.BUSINESS_FORMAT, "网吧")); //$NON-NLS-1$
    }

    /** How marketing and licensing systems write a licence's status, a price band, a role, a flag. */
    @ParameterizedTest
    @CsvSource({ "RETAILER_STATUS, 有效, ACTIVE", "RETAILER_STATUS, 正常, ACTIVE", "RETAILER_STATUS, 暂停, SUSPENDED",
            "RETAILER_STATUS, 停业, SUSPENDED", "RETAILER_STATUS, 注销, CLOSED", "RETAILER_STATUS, 已注销, CLOSED",
            "RETAILER_STATUS, Cancelled, CLOSED", "MARKET_TYPE, 城网, URBAN", "MARKET_TYPE, 农网, RURAL",
            "BUSINESS_FORMAT, 烟酒店, TOBACCO_LIQUOR", "BUSINESS_FORMAT, 其它, OTHER", "PRICE_BAND, 一类, CLASS_1",
            "PRICE_BAND, 三类烟, CLASS_3", "PRICE_BAND, 5, CLASS_5", "STAFF_ROLE, 市管员, LICENCE_OFFICER",
            "STAFF_ROLE, 客户经理, CUSTOMER_MANAGER", "STAFF_ROLE, 配送员, DELIVERY_STAFF" })
    public void companyValues(String type, String text, String expected) {
        EEnum e = (EEnum) RetailerdeskPackage.eINSTANCE.getEClassifier(enumName(type));
        assertEquals(expected, Values.enumValue(e, text).getName(), text);
    }

    /** RETAILER_STATUS is the enum RetailerStatus. */
    private static String enumName(String constant) {
        StringBuilder name = new StringBuilder();
        for (String part : constant.split("_")) { //$NON-NLS-1$
            name.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    @ParameterizedTest
    @CsvSource({ "是, true", "否, false", "Y, true", "N, false", "1, true", "0, false", "有效, true", "停用, false",
            "在岗, true", "离职, false", "在售, true", "停售, false" })
    public void flags(String text, boolean expected) {
        assertEquals(expected, Values.bool(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-03-05", "2024/3/5", "2024.03.05", "2024年3月5日", "20240305", "2024-03-05 00:00:00",
            "2024-03-05T08:30" })
    public void dates(String text) {
        assertEquals(LocalDate.of(2024, 3, 5), Values.date(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = { "2024-02-30", "05/03/2024", "明天", "2024-13-01" })
    public void notDates(String text) {
        assertNull(Values.date(text), text);
    }

    @Test
    public void flagsAndNumbers() {
        assertEquals(Boolean.TRUE, Values.bool("是")); //$NON-NLS-1$
        assertEquals(Boolean.TRUE, Values.bool("Y")); //$NON-NLS-1$
        assertEquals(Boolean.FALSE, Values.bool("否")); //$NON-NLS-1$
        assertEquals(Boolean.FALSE, Values.bool("0")); //$NON-NLS-1$
        assertNull(Values.bool("也许")); //$NON-NLS-1$
        assertEquals(0, new BigDecimal("12345.60").compareTo(Values.number("¥12,345.60"))); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals(1200, Values.integer("1,200")); //$NON-NLS-1$
        assertEquals(12, Values.integer("12.0")); //$NON-NLS-1$
        assertNull(Values.integer("12.5")); //$NON-NLS-1$
        assertNull(Values.number("十二")); //$NON-NLS-1$
    }
}
