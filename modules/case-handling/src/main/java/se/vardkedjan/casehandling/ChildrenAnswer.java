package se.vardkedjan.casehandling;

/**
 * The investigation's answer to whether the client has children under 18, in the household or with visiting rights
 * (issue 13, slice 4). Asked of every client, so "no children" is told apart from "not asked" (no answer).
 */
public enum ChildrenAnswer {
    /** The client has children under 18: each is named below with an assessment of their needs. */
    HAS_CHILDREN,
    /** The client has no children under 18, in the household or with visiting rights. */
    NO_CHILDREN;

    /**
     * The text key of this value's name in the views.
     * ADR 0019: a whole literal per value; the exhaustive switch makes a new value name its text.
     */
    public String textKey() {
        return switch (this) {
            case HAS_CHILDREN -> "casehandling.investigation.children-answer.HAS_CHILDREN";
            case NO_CHILDREN -> "casehandling.investigation.children-answer.NO_CHILDREN";
        };
    }
}
