package org.saferboard.testing;

/** The users the tests sign in as: the first administrator (whose password the tests set) and a tester. */
public final class TestUsers {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-of-the-tests";
    /** Holds every role but ADMIN, so acts as SECRETARIAT on actions and is held to no agency. */
    public static final String TESTER = "tester";
    public static final String PASSWORD = "password-of-the-tests";

    private TestUsers() {
    }

    public static String testerBody() {
        return """
                {"username":"%s","displayName":"Test Runner","agency":"SaferBoard tests",
                 "roles":["OFFICER","SECRETARIAT","DHR_COORDINATOR","FINANCE","AUDITOR"],"password":"%s"}"""
                .formatted(TESTER, PASSWORD);
    }

    /** A request body creating a user with these roles and the tests' password. */
    public static String newUser(String username, String displayName, String agency, String... roles) {
        return """
                {"username":"%s","displayName":"%s","agency":"%s","roles":[%s],"password":"%s"}"""
                .formatted(username, displayName, agency,
                        String.join(",", java.util.Arrays.stream(roles).map(role -> "\"" + role + "\"").toList()), PASSWORD);
    }
}
