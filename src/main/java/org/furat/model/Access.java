package org.furat.model;

/**
 * What the person using a database may do in it. In a file, everything, unless the file cannot be written; in a team
 * database, what their role allows, which the server enforces (the window only offers no more than that): a viewer
 * reads; an analyst also imports, proposes and edits incidents; an editor also verifies, deletes and merges
 * incidents and manages the gazetteer and the actors.
 *
 * @param user      the database user the team database knows them as; null for a file
 * @param role      viewer, analyst or editor; null for a file
 * @param write     whether they may change anything
 * @param editorial whether they may verify, delete and merge incidents and change the gazetteer and the actors
 */
public record Access(String user, String role, boolean write, boolean editorial) {

    /** A file: everything, or nothing when it cannot be written. */
    public static Access file(boolean writable) {
        return new Access(null, null, writable, writable);
    }

    /** Whether this is a team database's person rather than a file's. */
    public boolean team() { return user != null; }

    /** For the status bar: who, as what, and what that allows; empty for a file. */
    public String summary() {
        if (!team()) return "";
        String what = role == null ? "no Furat role: reads nothing it is not granted"
                : switch (role) {
                    case "viewer" -> "viewer: may look and export";
                    case "analyst" -> "analyst: may import, propose and edit; verifying, deleting, merging and the gazetteer are an editor's";
                    default -> "editor: may do everything";
                };
        return "as " + user + " (" + what + ")";
    }
}
