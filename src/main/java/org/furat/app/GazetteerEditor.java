package org.furat.app;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.furat.geo.CoordinateParser;
import org.furat.model.Actor;
import org.furat.model.Place;
import org.furat.store.ActorWrites;
import org.furat.store.PlaceWrites;

/**
 * The analyst's changes to places and actors, for the window and the command line alike: checks what is typed
 * (a name, a point inside the map's region, keys that exist) with a sentence for each mistake before anything is
 * written, writes through {@link PlaceWrites} and {@link ActorWrites} (one change-log action each), and has the
 * workspace read the gazetteer and incidents again.
 */
public final class GazetteerEditor {

    /** Where a place added by hand says its point comes from. */
    static final String ANALYST_SOURCE = "Added by an analyst";

    private final Workspace workspace;
    private final PlaceWrites places;
    private final ActorWrites actors;
    private final StudyArea region = StudyArea.regionOfMap();

    GazetteerEditor(Workspace workspace, PlaceWrites places, ActorWrites actors) {
        this.workspace = workspace;
        this.places = places;
        this.actors = actors;
    }

    /**
     * Reads typed coordinates ({@code 35.3012, 40.2891}, {@code 35°18′04″N 40°17′21″E}) as {lon, lat}; text that is
     * not a coordinate, or a point outside the map's region, is refused with a sentence saying why.
     */
    public double[] coordinates(String text) {
        CoordinateParser.Parsed p = point(text);
        return new double[]{p.lon(), p.lat()};
    }

    /** As {@link #coordinates}, saying too whether the two numbers were read the other way round from typed. */
    public CoordinateParser.Parsed point(String text) {
        CoordinateParser.Parsed p = new CoordinateParser(region.west(), region.south(), region.east(), region.north()).parse(text);
        requireInRegion(p.lon(), p.lat());
        return p;
    }

    /**
     * The places already called by either name (English without regard to case, Arabic as written), so that adding a
     * place of the same name can say which it may duplicate.
     */
    public List<Place> sameName(String nameAr, String nameEn) {
        String ar = nameAr == null ? null : nameAr.strip(), en = nameEn == null ? null : nameEn.strip();
        return workspace.places().stream()
                .filter(p -> (en != null && !en.isEmpty() && en.equalsIgnoreCase(p.nameEn()))
                        || (ar != null && !ar.isEmpty() && ar.equals(p.nameAr())))
                .toList();
    }

    /** Adds a place; its key is made from its English (else Arabic) name unless one is given. */
    public Place addPlace(String key, PlaceFields fields) {
        if (fields.kind() == null || fields.precision() == null || fields.lon() == null || fields.lat() == null) {
            throw new IllegalArgumentException("A new place needs a kind, a precision and a point");
        }
        if (fields.kind().isAdminUnit()) {
            throw new IllegalArgumentException("A " + fields.kind().code() + " is drawn from its boundary, which Furat ships: "
                    + "a place added by hand cannot be one");
        }
        String ar = blankToNull(fields.nameAr()), en = blankToNull(fields.nameEn());
        if (ar == null && en == null) throw new IllegalArgumentException("A new place needs a name, in Arabic or English");
        requireInRegion(fields.lon(), fields.lat());
        String chosen = key == null || key.isBlank() ? freeKey(en != null ? en : ar) : key.strip();
        Place place = new Place(chosen, en != null ? en : ar, ar, spellings(fields.variantsEn()), spellings(fields.variantsAr()),
                fields.kind(), fields.lon(), fields.lat(), fields.precision(), null, ANALYST_SOURCE, null, null, null);
        places.add(place);
        workspace.gazetteerChanged();
        workspace.dataChanged();
        return workspace.place(chosen).orElse(place);
    }

    /**
     * Changes what {@code fields} sets (null fields stay as they are) on the place as it is now, and returns the place
     * as it then is (the command line: the analyst saw the place as it is).
     */
    public Place editPlace(String key, PlaceFields fields) {
        return editPlace(requirePlace(key), fields, ConcurrentEdit.Settle.KEEP_MINE);
    }

    /**
     * Saves the analyst's change {@code fields} of {@code opened} (the place as the editor showed it). Should someone
     * else have changed the place since, what only one of them changed is kept; fields both changed differently are
     * settled as {@code settle} says or, with REFUSE, nothing is saved and {@link EditConflict} names them. The place
     * is compared as stored inside the write transaction.
     */
    public Place editPlace(Place opened, PlaceFields fields, ConcurrentEdit.Settle settle) {
        String key = opened.key();
        requirePlace(key);
        PlaceFields mine = PlaceFields.of(edited(opened, fields));
        try {
            places.edit(key, stored -> {
                ConcurrentEdit.Outcome<PlaceFields> outcome = ConcurrentEdit.combine(PlaceFields.of(opened), mine, PlaceFields.of(stored), settle);
                if (settle == ConcurrentEdit.Settle.REFUSE && !outcome.conflicts().isEmpty()) {
                    throw new EditConflict("place " + key, outcome.conflicts(), "Someone");
                }
                return edited(stored, outcome.combined());
            });
        } catch (org.furat.store.StoreException e) {
            if (e.getCause() instanceof EditConflict conflict) throw conflict.by(workspace.lastChangedBy("places", key));
            throw e;
        }
        workspace.gazetteerChanged();
        workspace.dataChanged();
        return workspace.place(key).orElseThrow();
    }

    /** The place {@code was} with what {@code fields} sets, each checked (a name, a point in the region, the kind). */
    private Place edited(Place was, PlaceFields fields) {
        String key = was.key();
        String en = fields.nameEn() == null ? was.nameEn() : blankToNull(fields.nameEn());
        String ar = fields.nameAr() == null ? was.nameAr() : blankToNull(fields.nameAr());
        if (en == null && ar == null) throw new IllegalArgumentException("Place " + key + " needs a name, in Arabic or English");
        double lon = fields.lon() == null ? was.lon() : fields.lon(), lat = fields.lat() == null ? was.lat() : fields.lat();
        if (fields.lon() != null || fields.lat() != null) requireInRegion(lon, lat);
        if (fields.kind() != null && fields.kind().isAdminUnit() != was.kind().isAdminUnit()) {
            throw new IllegalArgumentException(was.kind().isAdminUnit()
                    ? "Place " + key + " is an administrative unit with a boundary: it stays a governorate, district or sub-district"
                    : "Place " + key + " has no boundary: it cannot become a " + fields.kind().code());
        }
        return new Place(key, en != null ? en : ar, ar,
                fields.variantsEn() == null ? was.variantsEn() : spellings(fields.variantsEn()),
                fields.variantsAr() == null ? was.variantsAr() : spellings(fields.variantsAr()),
                fields.kind() == null ? was.kind() : fields.kind(), lon, lat,
                fields.precision() == null ? was.precision() : fields.precision(), was.district(), was.source(), was.sourceRef(),
                was.licence(), was.note());
    }

    /** Merges {@code goneKey} into {@code keptKey}; returns how many incidents moved to the kept place. */
    public int mergePlaces(String keptKey, String goneKey) {
        notAdminUnit(requirePlace(keptKey), "merged");
        notAdminUnit(requirePlace(goneKey), "merged");
        int moved = places.merge(keptKey, goneKey);
        workspace.gazetteerChanged();
        workspace.dataChanged();
        return moved;
    }

    /** Deletes a place nothing refers to; one that incidents link to is refused, saying how many. */
    public void deletePlace(String key) {
        notAdminUnit(requirePlace(key), "deleted");
        places.delete(key);
        workspace.gazetteerChanged();
        workspace.dataChanged();
    }

    /** Adds an actor; its key is made from its English (else Arabic) name unless one is given. */
    public Actor addActor(String key, String nameEn, String nameAr) {
        String en = blankToNull(nameEn), ar = blankToNull(nameAr);
        if (en == null && ar == null) throw new IllegalArgumentException("A new actor needs a name, in Arabic or English");
        Set<String> taken = new LinkedHashSet<>();
        workspace.actors().forEach(a -> taken.add(a.key()));
        String chosen = key == null || key.isBlank() ? free(slug(en != null ? en : ar, "actor"), taken) : key.strip();
        Actor actor = new Actor(chosen, en != null ? en : ar, ar, List.of(), List.of());
        actors.add(actor);
        workspace.actorsChanged();
        return actor;
    }

    /**
     * Gives the actor new names (a null name stays as it was) as it is now (the command line); the names it had become
     * spellings of it, so the extractor still recognises reports that use them.
     */
    public Actor renameActor(String key, String nameEn, String nameAr) {
        Actor now = workspace.actor(key).orElseThrow(() -> new IllegalArgumentException("No actor has the key '" + key + "' (keys from `furat actor list`)"));
        return renameActor(now, nameEn, nameAr, ConcurrentEdit.Settle.KEEP_MINE);
    }

    /**
     * Saves the analyst's new names for {@code opened} (the actor as the window showed it), combined with any change
     * made since as for a place; the names it had become spellings of it.
     */
    public Actor renameActor(Actor opened, String nameEn, String nameAr, ConcurrentEdit.Settle settle) {
        String key = opened.key();
        String en = nameEn == null ? opened.nameEn() : blankToNull(nameEn);
        String ar = nameAr == null ? opened.nameAr() : blankToNull(nameAr);
        if (en == null && ar == null) throw new IllegalArgumentException("Actor " + key + " needs a name, in Arabic or English");
        Actor mine = new Actor(key, en != null ? en : ar, ar, opened.variantsEn(), opened.variantsAr());
        Actor actor;
        try {
            actor = actors.rename(key, stored -> {
                ConcurrentEdit.Outcome<Actor> outcome = ConcurrentEdit.combine(opened, mine, stored, settle);
                if (settle == ConcurrentEdit.Settle.REFUSE && !outcome.conflicts().isEmpty()) {
                    throw new EditConflict("actor " + key, outcome.conflicts(), "Someone");
                }
                Actor names = outcome.combined();
                return new Actor(key, names.nameEn(), names.nameAr(), withOldName(stored.variantsEn(), stored.nameEn(), names.nameEn()),
                        withOldName(stored.variantsAr(), stored.nameAr(), names.nameAr()));
            });
        } catch (org.furat.store.StoreException e) {
            if (e.getCause() instanceof EditConflict conflict) throw conflict.by(workspace.lastChangedBy("actors", key));
            throw e;
        }
        workspace.actorsChanged();
        return actor;
    }

    /** Merges {@code goneKey} into {@code keptKey}; returns how many incidents moved to the kept actor. */
    public int mergeActors(String keptKey, String goneKey) {
        int moved = actors.merge(keptKey, goneKey);
        workspace.actorsChanged();
        return moved;
    }

    private static List<String> withOldName(List<String> spellings, String oldName, String newName) {
        Set<String> all = new LinkedHashSet<>(spellings);
        if (oldName != null && !oldName.isBlank()) all.add(oldName);
        if (newName != null) all.remove(newName);
        return new ArrayList<>(all);
    }

    private Place requirePlace(String key) {
        return workspace.place(key).orElseThrow(() -> new IllegalArgumentException("No place has the key '" + key + "' (keys from `furat places`)"));
    }

    /** Administrative units come with their boundaries and region links: they are not merged or deleted by hand. */
    private static void notAdminUnit(Place place, String what) {
        if (place.kind().isAdminUnit()) {
            throw new IllegalArgumentException("Place " + place.key() + " is an administrative unit (" + place.kind().code()
                    + ") drawn from its boundary: it cannot be " + what);
        }
    }

    private void requireInRegion(double lon, double lat) {
        if (!region.contains(lon, lat)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%.5f° N %.5f° E is outside the map's region "
                    + "(%.1f–%.1f° N, %.1f–%.1f° E): Furat's places lie in and around Deir ez-Zor", lat, lon,
                    region.south(), region.north(), region.west(), region.east()));
        }
    }

    private String freeKey(String name) {
        Set<String> taken = new LinkedHashSet<>();
        workspace.places().forEach(p -> taken.add(p.key()));
        return free(slug(name, "place"), taken);
    }

    /** A key from a name: Latin letters and digits joined by '_'; an Arabic name gives a prefix and a hash. */
    static String slug(String name, String prefix) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        return ascii.length() >= 2 ? ascii : prefix + "_" + Integer.toHexString(name.hashCode() & 0xfffffff);
    }

    private static String free(String base, Set<String> taken) {
        String key = base;
        for (int n = 2; taken.contains(key); n++) key = base + "_" + n;
        return key;
    }

    /** Spellings as typed: stripped, blank ones and repeats dropped, '|' (the stored separator) refused. */
    private static List<String> spellings(List<String> typed) {
        if (typed == null) return List.of();
        Set<String> kept = new LinkedHashSet<>();
        for (String s : typed) {
            if (s == null || s.isBlank()) continue;
            if (s.contains("|")) throw new IllegalArgumentException("A spelling cannot contain '|': «" + s.strip() + "»");
            kept.add(s.strip());
        }
        return new ArrayList<>(kept);
    }

    private static String blankToNull(String s) {
        if (s != null && s.contains("|")) throw new IllegalArgumentException("A name cannot contain '|': «" + s.strip() + "»");
        return s == null || s.isBlank() ? null : s.strip();
    }
}
