package org.retailerdesk.imports.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EClass;
import org.retailerdesk.model.District;
import org.retailerdesk.model.Entity;
import org.retailerdesk.model.RetailerdeskPackage.Literals;
import org.retailerdesk.model.ServiceCentre;

/**
 * Codes for the entities an import creates, in the formats of the demo centre: a district is a
 * six-digit administrative code under the centre's city ({@code SC3701} gives 370101, 370102 …), a
 * market department {@code MD} and its district's last two digits (MD02), a route those two digits
 * and a three-digit number (02001), a mutual-aid group {@code HZ}, the two digits and a number
 * (HZ0201), staff {@code E} and five digits after the highest in use (E00417). A code in use, stored
 * or handed out before, is never given again.
 */
public final class NewCodes {

    private static final Pattern CENTRE_CITY = Pattern.compile("SC(\\d{4})"); //$NON-NLS-1$
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}"); //$NON-NLS-1$
    private static final Pattern STAFF = Pattern.compile("E(\\d+)"); //$NON-NLS-1$

    private final Map<EClass, Set<String>> taken = new HashMap<>();
    private final int city;
    private int lastStaff;

    /** @param references the stored entities whose codes are taken; @param centres the stored centres */
    public NewCodes(References references, List<ServiceCentre> centres) {
        for (EClass type : List.of(Literals.DISTRICT, Literals.MARKET_DEPARTMENT, Literals.DELIVERY_ROUTE,
                Literals.MUTUAL_AID_GROUP, Literals.STAFF, Literals.BRAND)) {
            Set<String> codes = new HashSet<>();
            for (Entity e : references.all(type)) {
                codes.add(code(e));
            }
            taken.put(type, codes);
        }
        city = city(centres, taken.get(Literals.DISTRICT));
        for (String code : taken.get(Literals.STAFF)) {
            Matcher m = STAFF.matcher(code);
            if (m.matches() && m.group(1).length() <= 9) {
                lastStaff = Math.max(lastStaff, Integer.parseInt(m.group(1)));
            }
        }
    }

    /** The city's four digits: the only centre's ({@code SC3701}), else the first stored district's, else 0000. */
    private static int city(List<ServiceCentre> centres, Set<String> districts) {
        if (centres.size() == 1 && centres.get(0).getCode() != null) {
            Matcher m = CENTRE_CITY.matcher(centres.get(0).getCode());
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return districts.stream().filter(c -> SIX_DIGITS.matcher(c).matches()).sorted().findFirst()
                .map(c -> Integer.parseInt(c.substring(0, 4))).orElse(0);
    }

    private static String code(Entity e) {
        Object code = e.eGet(e.eClass().getEStructuralFeature("code")); //$NON-NLS-1$
        return code == null ? "" : code.toString(); //$NON-NLS-1$
    }

    /** A code stored or planned elsewhere (a file's own codes) that is not to be handed out. */
    public void take(EClass type, String code) {
        taken.get(type).add(code);
    }

    public String district() {
        for (int n = 1;; n++) {
            String code = String.format("%06d", city * 100 + n); //$NON-NLS-1$
            if (claim(Literals.DISTRICT, code)) {
                return code;
            }
        }
    }

    /** The code of a new market department in the district (which may be null). */
    public String department(District district) {
        String digits = digits(district);
        if (!digits.equals("00") && claim(Literals.MARKET_DEPARTMENT, "MD" + digits)) { //$NON-NLS-1$ //$NON-NLS-2$
            return "MD" + digits; //$NON-NLS-1$
        }
        return next(Literals.MARKET_DEPARTMENT, "MD%02d"); //$NON-NLS-1$
    }

    /** The code of a new route in the district (which may be null). */
    public String route(District district) {
        return next(Literals.DELIVERY_ROUTE, digits(district) + "%03d"); //$NON-NLS-1$
    }

    /** The code of a new mutual-aid group in the district (which may be null). */
    public String group(District district) {
        return next(Literals.MUTUAL_AID_GROUP, "HZ" + digits(district) + "%02d"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public String staff() {
        for (;;) {
            String code = String.format("E%05d", ++lastStaff); //$NON-NLS-1$
            if (claim(Literals.STAFF, code)) {
                return code;
            }
        }
    }

    /** The last two digits of the district's code, "00" when it has none. */
    private static String digits(District district) {
        String code = district == null || district.getCode() == null ? "" : district.getCode(); //$NON-NLS-1$
        return code.length() >= 2 && Character.isDigit(code.charAt(code.length() - 1))
                && Character.isDigit(code.charAt(code.length() - 2)) ? code.substring(code.length() - 2) : "00"; //$NON-NLS-1$
    }

    private String next(EClass type, String format) {
        for (int n = 1;; n++) {
            String code = String.format(format, n);
            if (claim(type, code)) {
                return code;
            }
        }
    }

    private boolean claim(EClass type, String code) {
        return taken.get(type).add(code);
    }
}
