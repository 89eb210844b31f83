package org.retailerdesk.network.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.retailerdesk.network.internal.Messages;

/** Every message of the bundle in English and Chinese, with the same placeholders, the Chinese file in ASCII escapes. */
public class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}"); //$NON-NLS-1$

    @Test
    public void everyMessageIsInBothLanguagesWithTheSamePlaceholders() throws IOException {
        Properties en = load("messages.properties"); //$NON-NLS-1$
        Properties zh = load("messages_zh.properties"); //$NON-NLS-1$
        Set<String> fields = Arrays.stream(Messages.class.getFields()).filter(f -> Modifier.isStatic(f.getModifiers()))
                .map(Field::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(fields, new TreeSet<>(en.stringPropertyNames()));
        assertEquals(fields, new TreeSet<>(zh.stringPropertyNames()));
        for (String key : fields) {
            assertEquals(placeholders(en.getProperty(key)), placeholders(zh.getProperty(key)), key);
            boolean words = en.getProperty(key).replaceAll("\\{\\d}", "").codePoints().anyMatch(Character::isLetter); //$NON-NLS-1$ //$NON-NLS-2$
            assertTrue(!words || zh.getProperty(key).codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), key + " is not translated");
        }
        try (InputStream in = Messages.class.getResourceAsStream("messages_zh.properties")) { //$NON-NLS-1$
            for (byte b : in.readAllBytes()) {
                assertTrue(b >= 0, "non-ASCII byte in messages_zh.properties"); //$NON-NLS-1$
            }
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
