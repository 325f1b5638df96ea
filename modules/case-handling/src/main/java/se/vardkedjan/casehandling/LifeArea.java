package se.vardkedjan.casehandling;

/** The life areas of the Addiction Severity Index (ASI) in which an investigation assesses the client's needs. */
public enum LifeArea {
    PHYSICAL_HEALTH,
    WORK_AND_INCOME,
    ALCOHOL,
    DRUGS,
    LEGAL,
    FAMILY_AND_SOCIAL,
    MENTAL_HEALTH
}
