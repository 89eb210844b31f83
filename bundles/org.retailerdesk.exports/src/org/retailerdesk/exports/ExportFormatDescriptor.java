package org.retailerdesk.exports;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.osgi.util.NLS;
import org.retailerdesk.exports.internal.Messages;

/** A format contributed to {@code org.retailerdesk.exports.formats}, as read from its extension. */
public final class ExportFormatDescriptor {

    private final IConfigurationElement element;
    private final String id;
    private final String label;
    private final String extension;

    ExportFormatDescriptor(IConfigurationElement element) {
        this.element = element;
        this.id = element.getAttribute("id"); //$NON-NLS-1$
        this.label = element.getAttribute("label"); //$NON-NLS-1$
        this.extension = element.getAttribute("extension"); //$NON-NLS-1$
    }

    public String id() {
        return id;
    }

    /** The name for the user, in the platform's language. */
    public String label() {
        return label;
    }

    /** File name extension without the dot. */
    public String extension() {
        return extension;
    }

    /** The id of the bundle that contributed the format. */
    public String contributor() {
        return element.getContributor().getName();
    }

    /**
     * A new instance of the format.
     *
     * @throws ExportException when the contributed class cannot be created
     */
    public ExportFormat create() {
        try {
            return (ExportFormat) element.createExecutableExtension("class"); //$NON-NLS-1$
        } catch (CoreException | ClassCastException e) {
            throw new ExportException(NLS.bind(Messages.Formats_cannotCreate, id, contributor()), e);
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
