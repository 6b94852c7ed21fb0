package org.furat.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.furat.model.ActorRole;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.Evidence;
import org.furat.model.GeoPrecision;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.Place;
import org.furat.model.PlaceKind;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.Source;
import org.furat.model.Status;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import org.furat.store.GazetteerSources;
import org.furat.store.SeedData;
import org.furat.store.SyntheticLoader;

/**
 * Generates plausible but invented incidents over the gazetteer's real places, 2017–2025, for benchmarks
 * and demos: each report a short Arabic text of twenty one-sentence incidents, each incident's sentence its
 * evidence. Everything is labelled synthetic (keys, outlet, notes). The same seed gives the same data.
 */
public final class SyntheticIncidents implements Iterator<SyntheticLoader.Batch> {

    private static final int PER_SOURCE = 20;
    private static final LocalDate FIRST = LocalDate.of(2017, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST.toEpochDay());
    private static final String NOTE = "Synthetic incident generated for benchmarks and demos; not a real event.";

    /** A kind of incident: its sub-type, likely actors, and its sentence in Arabic and English. */
    private record Kind(SubEventType type, int weight, String actor1, String actor2, String arabic, String english) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(SubEventType.SHELLING_ARTILLERY_MISSILE, 30, "us_forces", "iran_militias",
                    "قصفت القوات الأمريكية بالمدفعية مواقع في %s", "US forces shelled positions in %s"),
            new Kind(SubEventType.SHELLING_ARTILLERY_MISSILE, 15, "syrian_government", "sdf",
                    "استهدفت قوات النظام بقذائف الهاون محيط %s", "Government forces fired mortar shells around %s"),
            new Kind(SubEventType.AIR_DRONE_STRIKE, 15, "israel", "iran_militias",
                    "استهدفت غارة جوية مجهولة مقراً للميليشيات الإيرانية في %s", "An air strike hit an Iranian militia headquarters in %s"),
            new Kind(SubEventType.ARMED_CLASH, 15, "sdf", "isis",
                    "اندلعت اشتباكات بين قسد وخلايا داعش في %s", "The SDF clashed with ISIS cells in %s"),
            new Kind(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, 10, "isis", "sdf",
                    "انفجرت عبوة ناسفة بسيارة عسكرية في %s", "An IED exploded under a military vehicle in %s"),
            new Kind(SubEventType.ATTACK, 8, "isis", "civilians",
                    "قتل مسلحون مجهولون مدنياً في %s", "Unidentified gunmen killed a civilian in %s"),
            new Kind(SubEventType.ARRESTS, 5, "sdf", "civilians",
                    "شنت قسد حملة دهم واعتقالات في %s", "The SDF carried out raids and arrests in %s"),
            new Kind(SubEventType.PEACEFUL_PROTEST, 2, "civilians", null,
                    "تظاهر أهالي %s احتجاجاً على تردي الأوضاع المعيشية", "Residents of %s protested against living conditions"));

    private final List<Place> places;
    /** Each place's weight added to those before it, so a place is picked by a binary search among hundreds. */
    private final int[] cumulativeWeights;
    private final int total;
    private final SplittableRandom random;
    private int made;
    private int sources;

    public SyntheticIncidents(List<Place> places, int total, long seed) {
        if (total < 1) throw new IllegalArgumentException("The number of synthetic incidents must be at least 1, not " + total);
        this.places = List.copyOf(places);
        this.cumulativeWeights = new int[places.size()];
        int sum = 0;
        for (int i = 0; i < cumulativeWeights.length; i++) {
            sum += weight(places.get(i).kind());
            cumulativeWeights[i] = sum;
        }
        if (sum == 0) throw new IllegalArgumentException("The gazetteer has no place a synthetic incident could be located at");
        this.total = total;
        this.random = new SplittableRandom(seed);
    }

    /**
     * How often incidents fall at a kind of place: a city more than a town, a town more than a village (there are
     * many more villages, so together they still get most). Invented incidents are located exactly, so never at an
     * administrative unit (an area).
     */
    static int weight(PlaceKind kind) {
        return kind.isAdminUnit() ? 0 : kind == PlaceKind.CITY ? 12 : kind == PlaceKind.TOWN ? 5 : 2;
    }

    /** Writes {@code total} synthetic incidents into a new database file, over the seed gazetteer's places. */
    public static void createDatabase(java.nio.file.Path file, int total, long seed) {
        createDatabase(file, total, seed, List.of());
    }

    /**
     * Writes {@code total} synthetic incidents into a new database file, over the seed gazetteer's places and those
     * the gazetteer files of {@code gazetteers} add (a Who's On First tree, a GeoNames dump: hundreds of places, as
     * an analyst's database has after importing them), so that clustering, labels and frames are measured with
     * realistic numbers of pins. The imports are recorded with their sources and credits, as a real import is.
     *
     * @return how many places the incidents may fall at
     */
    public static int createDatabase(java.nio.file.Path file, int total, long seed, List<GazetteerImporter.Request> gazetteers) {
        SyntheticLoader.refuseExisting(file); // before reading gazetteer files, which can take a while
        SeedData gazetteer = SeedData.fromClasspath();
        List<Place> places = new ArrayList<>(gazetteer.places());
        List<GazetteerSources.Origin> origins = new ArrayList<>();
        List<GazetteerSources.Changes> imports = new ArrayList<>();
        for (GazetteerImporter.Request request : gazetteers) {
            GazetteerSources.Changes changes = GazetteerImporter.plan(request, places, origins).plan().changes();
            imports.add(changes);
            places.addAll(changes.newPlaces());
            origins.addAll(changes.origins());
        }
        SyntheticLoader.create(file, gazetteer, imports, new SyntheticIncidents(places, total, seed)).close();
        return (int) places.stream().filter(p -> weight(p.kind()) > 0).count();
    }

    @Override
    public boolean hasNext() { return made < total; }

    @Override
    public SyntheticLoader.Batch next() {
        if (!hasNext()) throw new NoSuchElementException();
        int count = Math.min(PER_SOURCE, total - made);
        LocalDate week = FIRST.plusDays(random.nextInt(DAYS - 7));
        String sourceKey = String.format("synthetic-report-%07d", ++sources);
        StringBuilder text = new StringBuilder("تقرير تجريبي مولّد آلياً، لا يصف أحداثاً حقيقية.\n");
        List<Incident> incidents = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Kind kind = pickKind();
            Place place = pickPlace();
            Casualties killed = casualties(kind, 0.45, 6), injured = casualties(kind, 0.5, 12);
            String sentence = String.format(kind.arabic(), place.nameAr()) + toll(killed, injured) + ".";
            int start = text.length();
            text.append(sentence).append('\n');
            TimePrecision precision = pickPrecision();
            DateSpan dates = span(week, precision);
            List<IncidentActor> actors = new ArrayList<>();
            actors.add(new IncidentActor(kind.actor1(), ActorRole.ACTOR1));
            if (kind.actor2() != null) actors.add(new IncidentActor(kind.actor2(), ActorRole.ACTOR2));
            incidents.add(new Incident(String.format("synthetic-%07d", ++made), dates, precision, kind.type(), actors, killed,
                    injured, String.format(kind.english(), place.nameEn()) + ".", sentence, pickStatus(),
                    List.of(new PlaceLink(place.key(), PlaceRole.LOCATION, GeoPrecision.EXACT)),
                    List.of(new Evidence(sourceKey, start, start + sentence.length(), List.of("date", "type", "actors", "places", "casualties"))),
                    NOTE));
        }
        String body = text.toString();
        Source source = new Source(sourceKey, "Synthetic (furat synth)", "Synthetic report " + sources, null, "ar",
                week.plusDays(7), TimePrecision.DAY, "Generated; not a real report.", body, SeedData.sha256(body));
        return new SyntheticLoader.Batch(source, incidents);
    }

    private Kind pickKind() {
        int roll = random.nextInt(KINDS.stream().mapToInt(Kind::weight).sum());
        for (Kind kind : KINDS) {
            roll -= kind.weight();
            if (roll < 0) return kind;
        }
        return KINDS.get(0);
    }

    /** A place with a chance in proportion to its weight: the first whose cumulative weight exceeds the roll. */
    private Place pickPlace() {
        int roll = random.nextInt(cumulativeWeights[cumulativeWeights.length - 1]);
        int low = 0, high = cumulativeWeights.length - 1;
        while (low < high) { // a place of weight 0 shares its predecessor's sum and is never the first to exceed it
            int mid = (low + high) >>> 1;
            if (cumulativeWeights[mid] > roll) high = mid;
            else low = mid + 1;
        }
        return places.get(low);
    }

    private TimePrecision pickPrecision() {
        int roll = random.nextInt(100);
        return roll < 75 ? TimePrecision.DAY : roll < 88 ? TimePrecision.WEEK : TimePrecision.MONTH;
    }

    private DateSpan span(LocalDate week, TimePrecision precision) {
        LocalDate day = week.plusDays(random.nextInt(7));
        return switch (precision) {
            case DAY -> DateSpan.day(day);
            case WEEK -> new DateSpan(week, week.plusDays(6));
            case MONTH -> DateSpan.month(day.getYear(), day.getMonthValue());
        };
    }

    private Status pickStatus() {
        int roll = random.nextInt(100);
        return roll < 80 ? Status.VERIFIED : roll < 95 ? Status.PROPOSED : Status.REJECTED;
    }

    private Casualties casualties(Kind kind, double chance, int max) {
        if (kind.type() == SubEventType.PEACEFUL_PROTEST || kind.type() == SubEventType.ARRESTS) return Casualties.exactly(0);
        if (random.nextDouble() > chance) return Casualties.exactly(0);
        int n = 1 + random.nextInt(max);
        return Casualties.exactly(n);
    }

    private static String toll(Casualties killed, Casualties injured) {
        if (killed.best() == 0 && injured.best() == 0) return "";
        if (injured.best() == 0) return "، ما أدى إلى مقتل " + killed.best() + " أشخاص";
        if (killed.best() == 0) return "، ما أدى إلى إصابة " + injured.best() + " أشخاص";
        return "، ما أدى إلى مقتل " + killed.best() + " وإصابة " + injured.best() + " آخرين";
    }
}
