package org.retailerdesk.exports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.exports.internal.Messages;

/**
 * The export formats contributed to the extension point {@value #EXTENSION_POINT}, RetailerDesk's
 * own CSV, XLSX and PDF among them. Read from the extension registry on each call, so bundles
 * installed later are seen.
 */
public final class ExportFormats {

    public static final String EXTENSION_POINT = "org.retailerdesk.exports.formats"; //$NON-NLS-1$

    private ExportFormats() {
    }

    /** Every contributed format, built-in ones first; a duplicate id is logged and left out. */
    public static List<ExportFormatDescriptor> all() {
        Map<String, ExportFormatDescriptor> byId = new LinkedHashMap<>();
        for (IConfigurationElement e : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!"format".equals(e.getName())) { //$NON-NLS-1$
                continue;
            }
            ExportFormatDescriptor d = new ExportFormatDescriptor(e);
            if (d.id() == null || d.extension() == null || e.getAttribute("class") == null) { //$NON-NLS-1$
                ILog.of(ExportFormats.class).error(NLS.bind(Messages.Formats_incomplete, d.contributor()));
            } else if (byId.putIfAbsent(d.id(), d) != null) {
                ILog.of(ExportFormats.class).warn(NLS.bind(Messages.Formats_duplicate, d.id(), d.contributor()));
            }
        }
        List<ExportFormatDescriptor> formats = new ArrayList<>(byId.values());
        String own = ExportFormats.class.getPackageName();
        formats.sort((a, b) -> Boolean.compare(!own.equals(a.contributor()), !own.equals(b.contributor())));
        return formats;
    }

    /**
     * @throws ExportException naming the known ids when there is no format with this id
     */
    public static ExportFormatDescriptor get(String id) {
        List<ExportFormatDescriptor> formats = all();
        return formats.stream().filter(f -> f.id().equalsIgnoreCase(id)).findFirst()
                .orElseThrow(() -> new ExportException(NLS.bind(Messages.Formats_unknown, id,
                        String.join(", ", formats.stream().map(ExportFormatDescriptor::id).toList())))); //$NON-NLS-1$
    }
}
