import java.time.Duration;
import java.time.Instant;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The raw baseline of the start-up benchmark: the same JVM opening one plain SWT window, with
 * no OSGi and no workbench. Prints the same line format as the product's start-up marks.
 */
public class BaselineWindow {
    public static void main(String[] args) {
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setText("RetailerDesk baseline");
        shell.setSize(1280, 800);
        shell.open();
        while (display.readAndDispatch()) {
            // paint the window once before measuring
        }
        Instant start = ProcessHandle.current().info().startInstant().orElseThrow();
        System.out.println("RETAILERDESK-STARTUP window-open " + Duration.between(start, Instant.now()).toMillis());
        display.dispose();
    }
}
