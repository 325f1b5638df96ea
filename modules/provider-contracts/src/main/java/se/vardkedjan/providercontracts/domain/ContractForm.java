package se.vardkedjan.providercontracts.domain;

/** How a contract came about: own-run unit, framework agreement, LOV choice system or direct award. */
public enum ContractForm {
    OWN_RUN, FRAMEWORK_AGREEMENT, LOV, DIRECT_AWARD
}
