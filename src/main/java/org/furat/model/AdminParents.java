package org.furat.model;

/**
 * The administrative units a place lies in, by their gazetteer keys: governorate (admin1), district (admin2) and
 * sub-district (admin3). A key is null where the place lies outside every shipped unit of that level.
 */
public record AdminParents(String admin1, String admin2, String admin3) {

    public static final AdminParents NONE = new AdminParents(null, null, null);

    /** True when {@code unitKey} is one of the three. */
    public boolean includes(String unitKey) {
        return unitKey != null && (unitKey.equals(admin1) || unitKey.equals(admin2) || unitKey.equals(admin3));
    }

    /** The key at a level (1, 2 or 3). */
    public String at(int level) {
        return switch (level) {
            case 1 -> admin1;
            case 2 -> admin2;
            case 3 -> admin3;
            default -> throw new IllegalArgumentException("No administrative level " + level + " (expected 1, 2 or 3)");
        };
    }
}
