package org.furat.eval;

/**
 * A place a proposal pins as where the event happened: its gazetteer key and point, whether it is an
 * administrative unit (a governorate, district or sub-district, whose point stands for the whole area), and the
 * mention it comes from: the members of a group named once ("the eastern countryside", "the seven villages") share
 * one, and count as one proposed place.
 */
public record ProposedPlace(String key, double lon, double lat, boolean adminUnit, String mention) {

    /** A place named on its own. */
    public ProposedPlace(String key, double lon, double lat, boolean adminUnit) {
        this(key, lon, lat, adminUnit, key);
    }

    /** The name its mention is shown by: the group's key («group@start» without where it is named), or its own. */
    public String mentionName() {
        int at = mention.lastIndexOf('@');
        return at < 0 ? mention : mention.substring(0, at);
    }
}
