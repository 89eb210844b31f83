package org.retailerdesk.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * When a UI test fails, leaves a screenshot and a copy of the workbench log under
 * {@code target/ui-failures/} (the folder given by {@code -Dretailerdesk.test.failures}).
 */
public class FailureEvidence implements TestWatcher {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String folder = System.getProperty("retailerdesk.test.failures", "target/ui-failures");
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        try {
            Path dir = Files.createDirectories(Path.of(folder));
            Display display = Display.getDefault();
            display.syncExec(() -> screenshot(display, dir.resolve(name + ".png")));
            Path log = Platform.getLogFileLocation().toFile().toPath();
            if (Files.exists(log)) {
                Files.copy(log, dir.resolve(name + ".log"), StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.writeString(dir.resolve(name + ".log"), "The workbench log " + log + " is empty: nothing was logged.\n");
            }
            System.err.println("UI test failed; screenshot and workbench log in " + dir);
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save the evidence of a failed UI test: " + e);
        }
    }

    private static void screenshot(Display display, Path file) {
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
