package org.saferboard.api.people;

import java.util.Locale;
import java.util.Map;

/**
 * Who sent a command, as its metadata and the metadata of the events it records carry it: set on the
 * server from the signed-in user, never from a request's body or headers.
 *
 * @param userId the username
 * @param displayName the person's name as the history shows it
 * @param agency the agency they work for (empty for a system user)
 * @param roleUsed the role under which the request was allowed ({@link #SYSTEM_ROLE} for the system's own work)
 */
public record ActingUser(String userId, String displayName, String agency, String roleUsed) {

    public static final String USER_ID = "userId";
    public static final String DISPLAY_NAME = "userDisplayName";
    public static final String AGENCY = "userAgency";
    public static final String ROLE_USED = "userRole";
    public static final String REQUEST_ID = "requestId";
    /** The role of the system's own work (loading the demo board, creating the first administrator). */
    public static final String SYSTEM_ROLE = "SYSTEM";

    /** The keys copied from a command to the events it records and to the commands it sends on. */
    public static final String[] METADATA_KEYS = {USER_ID, DISPLAY_NAME, AGENCY, ROLE_USED, REQUEST_ID};

    /** The acting user named by a message's metadata, or null for one recorded before sign-in existed. */
    public static ActingUser fromMetaData(Map<String, ?> metaData) {
        Object userId = metaData.get(USER_ID);
        if (userId == null) {
            return null;
        }
        return new ActingUser(userId.toString(), text(metaData.get(DISPLAY_NAME)), text(metaData.get(AGENCY)),
                text(metaData.get(ROLE_USED)));
    }

    public boolean actedAs(Role role) {
        return role.name().equals(roleUsed);
    }

    /** Whether an action owned by this person or agency is theirs: same name or same agency, ignoring case and spacing. */
    public boolean owns(String ownerName, String owningAgency) {
        return sameName(displayName, ownerName) || sameName(agency, owningAgency);
    }

    private static boolean sameName(String mine, String theirs) {
        return mine != null && theirs != null && !mine.isBlank()
                && normalised(mine).equals(normalised(theirs));
    }

    private static String normalised(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
