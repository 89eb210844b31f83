package org.retailerdesk.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.retailerdesk.model.Retailer;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.StaffRole;
import org.retailerdesk.model.internal.validation.Messages;
import org.retailerdesk.model.validation.Rule;

/**
 * The messages in the language the test runtime was started in: the pom runs this bundle once
 * with an English and once with a Chinese default locale.
 */
public class LocalisedMessagesTest {

    private static final String LANGUAGE_PROPERTY = "retailerdesk.test.language";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    private static boolean chinese() {
        return "zh".equals(Locale.getDefault().getLanguage());
    }

    @Test
    public void runsInTheLanguageItWasStartedFor() {
        String expected = System.getProperty(LANGUAGE_PROPERTY);
        assumeTrue(expected != null, "started without " + LANGUAGE_PROPERTY);
        assertEquals(expected, Locale.getDefault().getLanguage());
    }

    @Test
    public void customerCodeMessage() {
        Retailer retailer = Fixtures.retailer();
        retailer.setCustomerCode("3401020012");
        String message = Problems.assertOnly(retailer, Rule.CUSTOMER_CODE_FORMAT, Literals.RETAILER__CUSTOMER_CODE, null)
                .message();
        assertEquals(chinese() ? "客户编码必须是12位数字（可以0开头），“3401020012”不符合。"
                : "Customer code must be exactly 12 digits (leading zeros are kept); \"3401020012\" is not.", message);
    }

    @Test
    public void requiredMessage() {
        Retailer retailer = Fixtures.retailer();
        retailer.setOwner(null);
        String message = Problems.assertOnly(retailer, Rule.REQUIRED, Literals.RETAILER__OWNER, null).message();
        assertEquals(chinese() ? "负责人不能为空。" : "Owner is required.", message);
    }

    @Test
    public void dateOrderMessage() {
        Retailer retailer = Fixtures.retailer();
        retailer.setLicenceExpiry(retailer.getLicenceIssued().minusDays(1));
        String message = Problems.assertOnly(retailer, Rule.DATE_ORDER, Literals.RETAILER__LICENCE_EXPIRY, null).message();
        assertEquals(chinese() ? "有效期至（2021-02-28）不能早于发证日期（2021-03-01）。"
                : "Licence expiry (2021-02-28) must not be before Licence issued (2021-03-01).", message);
    }

    @Test
    public void staffRoleMessageNamesRolesInTheSameLanguage() {
        Retailer retailer = Fixtures.retailer();
        retailer.setDeliveryStaff(Fixtures.staff(StaffRole.LICENCE_OFFICER));
        String message = Problems.assertOnly(retailer, Rule.STAFF_ROLE, Literals.RETAILER__DELIVERY_STAFF, null).message();
        assertEquals(chinese() ? "送货员应为岗位是“送货员”的员工，而张1是“专管员”。"
                : "Delivery staff must be staff whose Role is \"Delivery staff\"; 张1 is \"Licence officer\".", message);
    }

    @Test
    public void propertiesFilesDefineEveryMessageWithTheSamePlaceholders() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");
        Set<String> fields = Arrays.stream(Messages.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(fields, new TreeSet<>(en.stringPropertyNames()));
        assertEquals(fields, new TreeSet<>(zh.stringPropertyNames()));
        for (String key : fields) {
            assertEquals(placeholders(en.getProperty(key)), placeholders(zh.getProperty(key)), key);
            assertTrue(zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    () -> key + " is not translated: " + zh.getProperty(key));
        }
    }

    @Test
    public void chinesePropertiesFileIsAsciiWithEscapes() throws IOException {
        try (InputStream in = Messages.class.getResourceAsStream("messages_zh.properties")) {
            byte[] bytes = in.readAllBytes();
            for (byte b : bytes) {
                assertTrue(b >= 0, "non-ASCII byte in messages_zh.properties");
            }
            assertTrue(new String(bytes, StandardCharsets.US_ASCII).contains("\\u"));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            properties.load(in);
        }
        return properties;
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
