package org.retailerdesk.network;

import java.util.List;

/**
 * A save or delete that {@link MasterData} refused before writing anything: the entry has errors,
 * or records still point at an entry to be deleted. The message names the entry and every error,
 * for the user; {@link #problems()} has them one by one, at their fields.
 */
public class EntryRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<EntryProblem> problems;

    public EntryRefusedException(String message, List<EntryProblem> problems) {
        super(message);
        this.problems = List.copyOf(problems);
    }

    /** The errors that refused it (warnings are left out). */
    public List<EntryProblem> problems() {
        return problems;
    }
}
