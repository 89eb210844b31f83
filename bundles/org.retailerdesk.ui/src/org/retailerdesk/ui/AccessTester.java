package org.retailerdesk.ui;

import org.eclipse.core.expressions.PropertyTester;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.services.IEvaluationService;
import org.retailerdesk.security.Operation;
import org.retailerdesk.ui.internal.Messages;

/**
 * Whether the signed-in user may do an {@link Operation}, for the UI to hide or grey what he may
 * not: the store checks every guarded operation itself, this only spares him a refusal.
 * <p>
 * In {@code plugin.xml} (enablement of a handler, visibility of a menu entry), on any receiver:
 *
 * <pre>
 * &lt;enabledWhen&gt;
 *    &lt;test property="org.retailerdesk.ui.allows" args="VIEW_AUDIT" forcePluginActivation="true"/&gt;
 * &lt;/enabledWhen&gt;
 * </pre>
 *
 * The argument is an {@link Operation}'s name. In code, {@link #allows(Operation)} answers the
 * same, e.g. for a button's {@code setEnabled}, and {@link #refusal(Operation)} says why not for its
 * tooltip. Both answer false before anyone is signed in and
 * never wait for the database. After a sign-in changes who that is, {@link #refresh()} makes the
 * workbench evaluate the expressions again.
 */
public class AccessTester extends PropertyTester {

    /** The tester's namespace. */
    public static final String NAMESPACE = "org.retailerdesk.ui"; //$NON-NLS-1$
    /** The property: {@code allows}, with an {@link Operation} name as its argument. */
    public static final String PROPERTY = "allows"; //$NON-NLS-1$

    @Override
    public boolean test(Object receiver, String property, Object[] args, Object expectedValue) {
        if (!PROPERTY.equals(property) || args.length != 1) {
            return false;
        }
        boolean allowed = allows(Operation.valueOf(String.valueOf(args[0])));
        return expectedValue == null ? allowed : expectedValue.equals(allowed);
    }

    /**
     * @return true when the signed-in user may do the operation; false before the store is open and
     *         signed in
     */
    public static boolean allows(Operation op) {
        return StoreAccess.infoIfOpen() != null && StoreAccess.store().access().allows(op);
    }

    /**
     * @return why the signed-in user may not do the operation, for the tooltip of what is greyed; null
     *         when he may
     */
    public static String refusal(Operation op) {
        return allows(op) ? null : NLS.bind(Messages.Access_refused, op.label());
    }

    /** Makes the workbench evaluate every expression that uses the tester again (after a sign-in). For the UI thread. */
    public static void refresh() {
        if (PlatformUI.isWorkbenchRunning() && Display.getCurrent() != null) {
            IEvaluationService evaluation = PlatformUI.getWorkbench().getService(IEvaluationService.class);
            if (evaluation != null) {
                evaluation.requestEvaluation(NAMESPACE + '.' + PROPERTY);
            }
        }
    }
}
