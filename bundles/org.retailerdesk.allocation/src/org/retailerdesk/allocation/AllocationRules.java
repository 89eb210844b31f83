package org.retailerdesk.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.allocation.internal.RuleMessages;

/**
 * The allocation rules contributed to the extension point {@value #EXTENSION_POINT} (see its
 * schema). Read from the extension registry on each call, so plug-ins installed later are seen.
 */
public final class AllocationRules {

    public static final String EXTENSION_POINT = "org.retailerdesk.allocation.rules"; //$NON-NLS-1$

    /**
     * One contributed rule.
     *
     * @param id          the id rounds name it by ({@link RoundSpec#rules()})
     * @param name        its name, in the user's language
     * @param description what it does, in the user's language ("" when none is given)
     * @param contributor the symbolic name of the plug-in that contributes it
     */
    public record Descriptor(String id, String name, String description, String contributor,
            IConfigurationElement element) {

        /**
         * @return a new instance of the rule's class
         * @throws AllocationException naming the rule and its plug-in when it cannot be made
         */
        public EligibilityRule create() {
            try {
                return (EligibilityRule) element.createExecutableExtension("class"); //$NON-NLS-1$
            } catch (CoreException | RuntimeException | LinkageError e) {
                throw new AllocationException(NLS.bind(RuleMessages.Rules_cannotCreate, id, contributor), e);
            }
        }
    }

    private AllocationRules() {
    }

    /** Every contributed rule, by id; an incomplete contribution or a duplicate id is logged and left out. */
    public static List<Descriptor> all() {
        Map<String, Descriptor> byId = new LinkedHashMap<>();
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = e.getContributor().getName();
            String id = e.getAttribute("id"); //$NON-NLS-1$
            String name = e.getAttribute("name"); //$NON-NLS-1$
            if (!"eligibility".equals(e.getName()) || id == null || name == null || e.getAttribute("class") == null) { //$NON-NLS-1$ //$NON-NLS-2$
                ILog.of(AllocationRules.class).error(NLS.bind(RuleMessages.Rules_incomplete, contributor));
                continue;
            }
            String description = e.getAttribute("description"); //$NON-NLS-1$
            Descriptor d = new Descriptor(id, name, description == null ? "" : description, contributor, e); //$NON-NLS-1$
            if (byId.putIfAbsent(id, d) != null) {
                ILog.of(AllocationRules.class).warn(NLS.bind(RuleMessages.Rules_duplicate, id, contributor));
            }
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * @throws AllocationException naming the known ids when no rule has this id
     */
    public static Descriptor get(String id) {
        List<Descriptor> rules = all();
        return rules.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AllocationException(NLS.bind(RuleMessages.Rules_unknown, id,
                        rules.isEmpty() ? "-" : String.join(", ", rules.stream().map(Descriptor::id).toList())))); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
