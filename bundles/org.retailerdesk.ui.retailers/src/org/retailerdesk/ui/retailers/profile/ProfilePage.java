package org.retailerdesk.ui.retailers.profile;

import org.eclipse.swt.widgets.Composite;

/**
 * One page of the retailer profile editor, contributed through the extension point
 * {@value #EXTENSION_POINT}. The editor creates one instance per open editor (the class needs a
 * public no-argument constructor; it may implement {@code IExecutableExtension} to receive the
 * data after a colon in its {@code class} attribute) and calls {@link #createContents} once, on
 * the UI thread, when the page is first shown.
 * <p>
 * Pages change the retailer only through {@link ProfileContext#field} or commands on
 * {@link ProfileContext#editingDomain()}, so that every change can be undone, marks the editor
 * dirty and is validated. Records that belong to the retailer are read with
 * {@link ProfileContext#read}, never on the UI thread; a page that lists such records (buttons
 * above a sortable table) extends {@link RecordsProfilePage}.
 */
public interface ProfilePage {

    /** Id of the extension point pages are contributed to. */
    String EXTENSION_POINT = "org.retailerdesk.ui.retailers.profilePages";

    /**
     * Builds the page.
     *
     * @param body    the page's body, empty, with no layout set yet
     * @param context the retailer being edited and the editor's services
     */
    void createContents(Composite body, ProfileContext context);

    /** Releases what the page holds beyond its widgets; called when the editor closes. */
    default void dispose() {
    }
}
