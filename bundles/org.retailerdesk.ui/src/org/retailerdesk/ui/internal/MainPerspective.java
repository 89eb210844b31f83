package org.retailerdesk.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The service desk: the overview and navigation on the left, editors (retailer files) in the
 * middle, lists and reports below. Feature bundles place their views into these folders through
 * {@code org.eclipse.ui.perspectiveExtensions}.
 */
public class MainPerspective implements IPerspectiveFactory {

    public static final String ID = "org.retailerdesk.ui.perspective";
    public static final String LEFT_FOLDER = "org.retailerdesk.ui.folder.left";
    public static final String BOTTOM_FOLDER = "org.retailerdesk.ui.folder.bottom";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.setEditorAreaVisible(true);
        IFolderLayout left = layout.createFolder(LEFT_FOLDER, IPageLayout.LEFT, 0.3f, editors);
        left.addView(OverviewView.ID);
        // the retailer list is where staff work all day: most of the height, editors above it
        layout.createPlaceholderFolder(BOTTOM_FOLDER, IPageLayout.BOTTOM, 0.3f, editors);
        layout.addShowViewShortcut(OverviewView.ID);
    }
}
