package org.furat.app;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.furat.model.Actor;
import org.furat.model.ActorRole;
import org.furat.model.Casualties;
import org.furat.model.Incident;
import org.furat.model.IncidentActor;
import org.furat.model.Place;
import org.furat.model.PlaceLink;
import org.furat.model.PlaceRole;
import org.furat.model.SubEventType;

/**
 * Writes an incident's description from its fields, in English and in Arabic, one template per language: what
 * happened, where (and where fire came from), when, the actors and the toll. An incident read from a report
 * gets one so that the list, the exports and the search have words for it; a description the analyst wrote is
 * kept, and one written here follows the fields when they are corrected.
 */
final class IncidentDescriptions {

    private static final DateTimeFormatter ENGLISH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter ENGLISH_MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    /** The month names of Syria and the Levant, as the region's press writes them. */
    private static final String[] ARABIC_MONTHS = {"كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
            "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"};
    private static final Map<SubEventType, String> ARABIC_TYPES = arabicTypes();

    private final Function<String, Place> places;
    private final Function<String, Actor> actors;

    /** {@code places} and {@code actors} find a key's names, or return null; the key stands in then. */
    IncidentDescriptions(Function<String, Place> places, Function<String, Actor> actors) {
        this.places = places;
        this.actors = actors;
    }

    /** The incident with a description written from its fields in each language that has none. */
    Incident describe(Incident incident) {
        return follow(null, incident);
    }

    /**
     * The incident as {@code after}, with each language's description written anew from its fields where it has
     * none or where it is still the one written for {@code before} (the analyst did not write it); a description of
     * the analyst's own stays. {@code before} may be null.
     */
    Incident follow(Incident before, Incident after) {
        String en = after.descriptionEn(), ar = after.descriptionAr();
        if (en == null || en.isBlank() || (before != null && en.equals(english(before)))) en = english(after);
        if (ar == null || ar.isBlank() || (before != null && ar.equals(arabic(before)))) ar = arabic(after);
        if (Objects.equals(en, after.descriptionEn()) && Objects.equals(ar, after.descriptionAr())) return after;
        return new Incident(after.key(), after.dates(), after.timePrecision(), after.subEventType(), after.actors(), after.killed(),
                after.injured(), en, ar, after.status(), after.places(), after.evidence(), after.note());
    }

    /** "Shelling/artillery/missile attack at Al-Muri'iyah and Al-Jafrah, from Conoco gas plant, on 19 November 2024. …" */
    String english(Incident i) {
        StringBuilder s = new StringBuilder(i.subEventType() == SubEventType.OTHER ? i.eventType().label() : i.subEventType().label());
        List<String> at = placeNames(i, false, false), from = placeNames(i, true, false);
        s.append(at.isEmpty() ? ", place not known" : " at " + list(at, ", ", " and "));
        if (!from.isEmpty()) s.append(", from ").append(list(from, ", ", " and "));
        s.append(", ").append(englishDate(i)).append('.');
        String actor1 = actorNames(i, ActorRole.ACTOR1, false), actor2 = actorNames(i, ActorRole.ACTOR2, false);
        if (!actor1.isEmpty()) s.append(" Actor 1: ").append(actor1).append(actor2.isEmpty() ? "." : ";");
        if (!actor2.isEmpty()) s.append(actor1.isEmpty() ? " Actor 2: " : " actor 2: ").append(actor2).append('.');
        List<String> toll = new ArrayList<>();
        if (!unknown(i.killed())) toll.add("killed: " + i.killed().describe());
        if (!unknown(i.injured())) toll.add("injured: " + i.injured().describe());
        if (!toll.isEmpty()) s.append(' ').append(capitalised(String.join("; ", toll))).append('.');
        return s.toString();
    }

    /** «قصف مدفعي أو صاروخي في المريعية والجفرة، انطلاقاً من حقل كونيكو، يوم 19 تشرين الثاني 2024. …» */
    String arabic(Incident i) {
        StringBuilder s = new StringBuilder(i.subEventType() == SubEventType.OTHER ? i.eventType().labelAr() : ARABIC_TYPES.get(i.subEventType()));
        List<String> at = placeNames(i, false, true), from = placeNames(i, true, true);
        s.append(at.isEmpty() ? " في مكان غير معروف" : " في " + list(at, "، ", " و"));
        if (!from.isEmpty()) s.append("، انطلاقاً من ").append(list(from, "، ", " و"));
        s.append("، ").append(arabicDate(i)).append('.');
        String actor1 = actorNames(i, ActorRole.ACTOR1, true), actor2 = actorNames(i, ActorRole.ACTOR2, true);
        if (!actor1.isEmpty()) s.append(" الطرف الأول: ").append(actor1).append(actor2.isEmpty() ? "." : "؛");
        if (!actor2.isEmpty()) s.append(" الطرف الثاني: ").append(actor2).append('.');
        List<String> toll = new ArrayList<>();
        if (!unknown(i.killed())) toll.add("عدد القتلى: " + i.killed().describe());
        if (!unknown(i.injured())) toll.add("عدد الجرحى: " + i.injured().describe());
        if (!toll.isEmpty()) s.append(' ').append(String.join("، ", toll)).append('.');
        return s.toString();
    }

    /** The places fire came from ({@code origins}), or the others: targets and locations, or what is merely mentioned. */
    private List<String> placeNames(Incident i, boolean origins, boolean arabic) {
        List<PlaceLink> chosen = i.places().stream().filter(l -> (l.role() == PlaceRole.ORIGIN) == origins)
                .filter(l -> origins || l.role() != PlaceRole.MENTIONED).toList();
        if (!origins && chosen.isEmpty()) chosen = i.places().stream().filter(l -> l.role() == PlaceRole.MENTIONED).toList();
        List<String> names = new ArrayList<>();
        for (PlaceLink l : chosen) {
            Place p = places.apply(l.placeKey());
            String name = p == null ? l.placeKey() : arabic && p.nameAr() != null && !p.nameAr().isBlank() ? p.nameAr() : p.nameEn();
            if (!names.contains(name)) names.add(name);
        }
        return names;
    }

    private String actorNames(Incident i, ActorRole role, boolean arabic) {
        List<String> names = new ArrayList<>();
        for (IncidentActor a : i.actors()) {
            if (a.role() != role) continue;
            Actor actor = actors.apply(a.actorKey());
            names.add(actor == null ? a.actorKey() : arabic && actor.nameAr() != null && !actor.nameAr().isBlank() ? actor.nameAr() : actor.nameEn());
        }
        return list(names, arabic ? "، " : ", ", arabic ? " و" : " and ");
    }

    private static String englishDate(Incident i) {
        LocalDate a = i.dates().start(), b = i.dates().end();
        return switch (i.timePrecision()) {
            case DAY -> a.equals(b) ? "on " + ENGLISH_DAY.format(a) : "between " + ENGLISH_DAY.format(a) + " and " + ENGLISH_DAY.format(b);
            case WEEK -> "in the week of " + ENGLISH_DAY.format(a);
            case MONTH -> "in " + ENGLISH_MONTH.format(a);
        };
    }

    private static String arabicDate(Incident i) {
        LocalDate a = i.dates().start(), b = i.dates().end();
        return switch (i.timePrecision()) {
            case DAY -> a.equals(b) ? "يوم " + arabicDay(a) : "بين " + arabicDay(a) + " و" + arabicDay(b);
            case WEEK -> "في الأسبوع الذي يبدأ في " + arabicDay(a);
            case MONTH -> "في " + ARABIC_MONTHS[a.getMonthValue() - 1] + " " + a.getYear();
        };
    }

    private static String arabicDay(LocalDate d) {
        return d.getDayOfMonth() + " " + ARABIC_MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private static boolean unknown(Casualties c) {
        return c.best() == null && c.low() == null && c.high() == null;
    }

    /** "A", "A and B", "A, B and C" (Arabic: «أ، ب وج»). */
    private static String list(List<String> items, String comma, String and) {
        if (items.size() <= 1) return items.isEmpty() ? "" : items.get(0);
        return String.join(comma, items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Map<SubEventType, String> arabicTypes() {
        Map<SubEventType, String> m = new EnumMap<>(SubEventType.class);
        m.put(SubEventType.ARMED_CLASH, "اشتباك مسلح");
        m.put(SubEventType.GOVERNMENT_REGAINS_TERRITORY, "استعادة القوات الحكومية السيطرة على مناطق");
        m.put(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, "سيطرة جهة غير حكومية على مناطق");
        m.put(SubEventType.CHEMICAL_WEAPON, "هجوم بسلاح كيميائي");
        m.put(SubEventType.AIR_DRONE_STRIKE, "غارة جوية أو بطائرة مسيّرة");
        m.put(SubEventType.SUICIDE_BOMB, "تفجير انتحاري");
        m.put(SubEventType.SHELLING_ARTILLERY_MISSILE, "قصف مدفعي أو صاروخي");
        m.put(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, "انفجار عبوة ناسفة أو لغم");
        m.put(SubEventType.GRENADE, "هجوم بقنبلة يدوية");
        m.put(SubEventType.SEXUAL_VIOLENCE, "عنف جنسي");
        m.put(SubEventType.ATTACK, "اعتداء على مدنيين");
        m.put(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, "اختطاف أو إخفاء قسري");
        m.put(SubEventType.PEACEFUL_PROTEST, "احتجاج سلمي");
        m.put(SubEventType.PROTEST_WITH_INTERVENTION, "احتجاج تدخلت فيه قوات لتفريقه");
        m.put(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, "استخدام القوة المفرطة ضد محتجين");
        m.put(SubEventType.VIOLENT_DEMONSTRATION, "مظاهرة عنيفة");
        m.put(SubEventType.MOB_VIOLENCE, "عنف جماعي");
        m.put(SubEventType.AGREEMENT, "اتفاق");
        m.put(SubEventType.ARRESTS, "اعتقالات");
        m.put(SubEventType.CHANGE_TO_GROUP_ACTIVITY, "تغيير في نشاط جماعة");
        m.put(SubEventType.DISRUPTED_WEAPONS_USE, "إحباط استخدام أسلحة");
        m.put(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED, "إنشاء مقر أو قاعدة");
        m.put(SubEventType.LOOTING_PROPERTY_DESTRUCTION, "نهب أو تدمير ممتلكات");
        m.put(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY, "انتقال السيطرة على مناطق دون قتال");
        m.put(SubEventType.OTHER, "تطورات أخرى");
        for (SubEventType t : SubEventType.values()) {
            if (!m.containsKey(t)) throw new IllegalStateException("No Arabic name for " + t);
        }
        return Map.copyOf(m);
    }
}
