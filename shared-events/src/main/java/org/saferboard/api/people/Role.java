package org.saferboard.api.people;

/** What a person may do on the board's records; a user may hold several. The rules are in {@code AccessRules}. */
public enum Role {
    /** Reads actions and meetings; raises actions; records progress on and completes their own or their agency's actions. */
    OFFICER,
    /** Everything on meetings, minutes, resolutions, any action and the performance dashboard. */
    SECRETARIAT,
    /** Domestic Homicide Reviews and their action plans; reads the fund's allocations to reviews. */
    DHR_COORDINATOR,
    /** The DHR fund: every fund command and ledger. */
    FINANCE,
    /** Reads everything, the audit trail included; changes nothing. */
    AUDITOR,
    /** Users and their roles. */
    ADMIN
}
