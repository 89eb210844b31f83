package org.retailerdesk.ui.retailers.internal.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ListenerList;
import org.retailerdesk.model.validation.Problem;

/**
 * The problems of every open profile editor, for the Problems view. Editors publish theirs after
 * each change and withdraw them when they close. UI thread only.
 */
public final class ProfileProblems {

    /** One problem of one editor. */
    public record Entry(ProfileEditor editor, Problem problem) {
    }

    private static final Map<ProfileEditor, List<Problem>> BY_EDITOR = new LinkedHashMap<>();
    private static final ListenerList<Runnable> LISTENERS = new ListenerList<>();

    private ProfileProblems() {
    }

    static void publish(ProfileEditor editor, List<Problem> problems) {
        if (problems.isEmpty()) {
            if (BY_EDITOR.remove(editor) == null) {
                return;
            }
        } else {
            BY_EDITOR.put(editor, List.copyOf(problems));
        }
        LISTENERS.forEach(Runnable::run);
    }

    static void withdraw(ProfileEditor editor) {
        publish(editor, List.of());
    }

    public static List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        BY_EDITOR.forEach((editor, problems) -> problems.forEach(p -> entries.add(new Entry(editor, p))));
        return entries;
    }

    static void addListener(Runnable listener) {
        LISTENERS.add(listener);
    }

    static void removeListener(Runnable listener) {
        LISTENERS.remove(listener);
    }
}
