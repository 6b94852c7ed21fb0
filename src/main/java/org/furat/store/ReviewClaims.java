package org.furat.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.furat.model.ReviewClaim;

/**
 * Who is reviewing which report now. An open window claims a report when it opens its review and releases it when
 * the review closes; a second window finds the claim and can read the report but not save decisions, unless it takes
 * the review over. A holder is one open workspace (a random id), so that two windows of one analyst are told apart.
 * Claims are not in the change log: writing one records no action.
 */
public final class ReviewClaims {

    private static final ChangeAction CLAIM = ChangeAction.named("claim review");

    private final FuratDatabase database;

    public ReviewClaims(FuratDatabase database) {
        this.database = database;
    }

    /**
     * Claims the review of {@code sourceKey} for {@code holder}. Returns someone else's claim, and claims nothing,
     * when another holder has it and {@code takeOver} is false; otherwise nothing.
     */
    public Optional<ReviewClaim> claim(String sourceKey, String holder, boolean takeOver) {
        return database.transaction(CLAIM, c -> {
            Optional<ReviewClaim> other = heldByOther(c, sourceKey, holder);
            if (other.isPresent() && !takeOver) return other;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO review_claims (source_key, holder, who, since) "
                    + "VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) "
                    + "ON CONFLICT (source_key) DO UPDATE SET holder = excluded.holder, who = excluded.who, since = excluded.since")) {
                ps.setString(1, sourceKey);
                ps.setString(2, holder);
                ps.setString(3, ChangeLog.who(c));
                ps.executeUpdate();
            }
            return Optional.<ReviewClaim>empty();
        });
    }

    /** Releases the holder's claim on the review of {@code sourceKey}, if it still has it. */
    public void release(String sourceKey, String holder) {
        database.transaction(CLAIM, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM review_claims WHERE source_key = ? AND holder = ?")) {
                ps.setString(1, sourceKey);
                ps.setString(2, holder);
                return ps.executeUpdate();
            }
        });
    }

    /** Releases every claim of the holder (its window is closing). */
    public void releaseAll(String holder) {
        database.transaction(CLAIM, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM review_claims WHERE holder = ?")) {
                ps.setString(1, holder);
                return ps.executeUpdate();
            }
        });
    }

    /** Another holder's claim on the review of {@code sourceKey}, if there is one now. */
    public Optional<ReviewClaim> heldByOther(String sourceKey, String holder) {
        return database.read(c -> heldByOther(c, sourceKey, holder));
    }

    /** Refuses, inside a write transaction, when another holder reviews {@code sourceKey} now. */
    static void requireNotHeldByOther(Connection c, String sourceKey, String holder) throws SQLException {
        Optional<ReviewClaim> other = heldByOther(c, sourceKey, holder);
        if (other.isPresent()) {
            throw new IllegalStateException(other.get().who() + " has been reviewing this report since " + other.get().since().replace('T', ' ')
                    .replace("Z", " UTC") + " (taken over from you, or opened in another window)");
        }
    }

    private static Optional<ReviewClaim> heldByOther(Connection c, String sourceKey, String holder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT who, since FROM review_claims WHERE source_key = ? AND holder <> ?")) {
            ps.setString(1, sourceKey);
            ps.setString(2, holder);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new ReviewClaim(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        }
    }
}
