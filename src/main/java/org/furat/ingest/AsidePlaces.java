package org.furat.ingest;

import java.util.List;
import java.util.Set;
import org.furat.text.Proclitics;

/**
 * Tells the places a sentence names beside its event: the home town of someone it befell («قتل شاب ينحدر من بلدة
 * الشحيل برصاص مسلحين في مدينة البصيرة», "a native of", "hails from") and the town of the hospital the wounded were
 * taken to («ونقلوا إلى المشفى الوطني في مدينة دير الزور», "were taken to a hospital in"). Such a place is no event
 * place where the sentence names another; alone, it is the best the sentence gives (the coders place the arrests of men
 * "who hail from al-Shuheil" there). Where a correspondent is («وقال مراسلنا في دير الزور») is never an event place.
 * Stateless.
 */
final class AsidePlaces {

    private AsidePlaces() {}

    /** The most words between a cue and the place it puts aside: «المشفى الوطني في مدينة». */
    private static final int CUE_WORDS = 5;

    /**
     * {@code named} (in text order) without where a correspondent is, and without the places named beside the event:
     * home towns where any other place is left, where someone went after it even where none is. A list goes on as it
     * began: «من أهالي قرى طيب الفال والعيا والخجة» names three home villages, «إلى مشافي بلدتي الشحيل وذيبان» two towns
     * of hospitals.
     */
    static List<PlaceMention> eventPlaces(TokenizedText text, List<PlaceMention> named) {
        // «وقال مراسل عنب بلدي في دير الزور إن …»: where the correspondent is, never where the event was; nor a place
        // a slogan names («رافعين لافتات كتب عليها "لا لسرقة خيرات دير الزور"»).
        List<PlaceMention> here = named.stream().filter(p -> !correspondentAt(text, p) && !inASlogan(text, p)).toList();
        // «بحسب ما أعلنته مديرية أمن دير الزور»: an office that told of it, where the sentence names the event's own place
        // too (alone, the office's town is the best the sentence gives, and often where it acted).
        List<PlaceMention> notTheSource = here.stream().filter(p -> !inTheNameOfASource(text, p)).toList();
        if (!notTheSource.isEmpty()) here = notTheSource;
        if (here.isEmpty()) return here;
        List<PlaceMention> kept = new java.util.ArrayList<>(), homes = new java.util.ArrayList<>();
        PlaceMention previous = null;
        boolean previousAside = false, previousElsewhere = false;
        for (PlaceMention p : here) {
            boolean listed = previous != null && listedAfter(text, previous, p);
            boolean elsewhere = wentThereAfter(text, p) || previousElsewhere && listed;
            boolean isAside = elsewhere || homeTown(text, p) || previousAside && listed;
            if (!isAside) kept.add(p);
            else if (!elsewhere) homes.add(p);
            previous = p;
            previousAside = isAside;
            previousElsewhere = elsewhere;
        }
        // Alone, a home town is the best the sentence gives; where the wounded were taken, or a side or a car went, is
        // not where the event was even then («انفجرت لحظة مرور السيارة التي كانت متجهة نحو حقل العمر»).
        return kept.isEmpty() ? homes : kept;
    }

    /** Whether only «و», "and" or a comma stand between two places: one list. */
    private static boolean listedAfter(TokenizedText text, PlaceMention before, PlaceMention p) {
        if (before.span().end() > p.span().start()) return false;
        String between = text.original().substring(before.span().end(), p.span().start()).strip();
        return between.isEmpty() || between.equals("و") || between.equals(",") || between.equals("،")
                || between.equals("and") || between.equals(", and");
    }

    /**
     * Whether {@code place} is where a correspondent is: «مراسل عنب بلدي في دير الزور», «مراسلنا في الميادين», "our
     * correspondent in Deir ez-Zor".
     */
    private static boolean correspondentAt(TokenizedText text, PlaceMention place) {
        int first = text.indexAt(place.span().start());
        if (first < 2 || !text.joined(first) || !IN.contains(text.lower(first - 1))) return false;
        // «مراسل عنب بلدي في»: an outlet's name of a few words may stand between, not what the correspondent said
        // («قال مراسلنا إن عبوة انفجرت في هجين»).
        for (int k = first - 2; k >= Math.max(0, first - 2 - OUTLET_WORDS) && text.joined(k + 1); k--) {
            String word = text.lower(k);
            if (CORRESPONDENTS.contains(word)) return true;
            // «وأوضح مدير مديرية الدفاع المدني في دير الزور أن …»: where a directorate that speaks sits, or a governor's
            // province. Not «وقال مدير المشفى في البصيرة إن قذيفة سقطت على المشفى», the hospital's own town.
            if (OFFICIALS.contains(word) && k > 0 && text.joined(k) && (speaking(text.lower(k - 1))
                    || k > 1 && text.joined(k - 1) && speaking(text.lower(k - 2)))) {
                return true;
            }
            // «أفاد مراسلنا بمقتل شاب في هجين»: a word with «ب» or «ل» in front opens what was said, not an outlet's name.
            if (SAID.contains(word) || word.length() > 3 && "بل".indexOf(word.charAt(0)) >= 0 && text.get(k).arabic()
                    && !OUTLET_NAME_WORDS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether {@code place} ends the name of an office cited as who told of the event: «بحسب ما أعلنته مديرية أمن دير
     * الزور», «وفق قيادة شرطة الميادين»: the office is the province's or the town's, the event where the sentence says.
     */
    private static boolean inTheNameOfASource(TokenizedText text, PlaceMention place) {
        int first = text.indexAt(place.span().start());
        for (int office = first - 1; office >= Math.max(1, first - OFFICE_WORDS) && text.joined(office + 1); office--) {
            if (!OFFICES.contains(text.lower(office))) continue;
            for (int k = office - 1; k >= Math.max(0, office - CITING_WORDS) && text.joined(k + 1); k--) {
                String word = text.lower(k);
                if (CITING.contains(word) || speaking(word)) return true;
            }
            return false;
        }
        return false;
    }

    /** The most words of an office's name before the place it ends with: «مديرية أمن», «قيادة شرطة». */
    private static final int OFFICE_WORDS = 2;
    /** The most words between a word citing a source and the office: «بحسب ما أعلنته». */
    private static final int CITING_WORDS = 3;
    /** Offices named for where they serve, as written (normalised). */
    private static final Set<String> OFFICES = Set.of("مديريه", "قياده", "شرطه", "directorate", "command");
    /** Words that cite a source, as written (normalised): «بحسب», «وفق», «حسب ما أعلنته». */
    private static final Set<String> CITING = Set.of("بحسب", "حسب", "وفق", "وفقا", "نقلا", "اعلنته", "اعلنت", "اعلن", "according");

    /**
     * Whether {@code place} is named inside quotation marks right after a word of banners or chants: «لافتات كتب عليها
     * "لا لسرقة خيرات دير الزور"», «مرددين "…"», "banners reading “…”". Not a statement quoted («رفعوا لافتات: "خرجنا
     * اليوم في ذيبان"», after a verb of saying).
     */
    private static boolean inASlogan(TokenizedText text, PlaceMention place) {
        // The word the place starts in («بالبوكمال» holds «البوكمال»).
        int at = text.indexAt(place.span().start() + 1) - 1, k = at;
        if (at < 0) return false;
        while (k > 0 && text.sameSentence(k - 1, at)) k--;
        int opening = -1; // the word the quotation holding the place opens before
        for (int m = k; m <= at && m < text.size(); m++) {
            String before = text.original().substring(m == k ? text.get(k).start() : text.end(m - 1), text.get(m).start());
            for (char c : before.toCharArray()) {
                if (c == '"') opening = opening < 0 ? m : -1;
                else if (c == '“' || c == '«') opening = m;
                else if (c == '”' || c == '»') opening = -1;
            }
        }
        if (opening < 1) return false;
        for (int m = k; m < opening; m++) if (speaking(text.lower(m))) return false;
        for (int m = opening - 1; m >= Math.max(k, opening - SLOGAN_CUE_WORDS); m--) {
            if (SLOGAN_CUES.contains(text.lower(m)) || SLOGAN_CUES.contains(Proclitics.stem(text.lower(m)))) return true;
        }
        return false;
    }

    /**
     * The most words from a word of banners or chants to the quotation: «لافتات كتب عليها "…"», or to the next of a list
     * of slogans («كتب عليها "النفط نفطنا" و"…"»).
     */
    private static final int SLOGAN_CUE_WORDS = 5;
    /** Words of banners and chants, as written (normalised, lower case). */
    private static final Set<String> SLOGAN_CUES = Set.of("عليها", "لافتات", "لافته", "شعارات", "هتافات", "يهتفون", "هتفوا",
            "مرددين", "رددوا", "reading", "read", "chanting", "chanted", "slogans", "banners", "placards");

    /** Whether a word is a verb of saying, «و» in front or not: «وأوضح», «قال». */
    private static boolean speaking(String word) {
        return SPEAKING.contains(word) || word.startsWith("و") && SPEAKING.contains(word.substring(1));
    }

    /** Offices named before where they sit, as written (normalised): a directorate, a governor. */
    private static final Set<String> OFFICIALS = Set.of("مديريه", "محافظ", "directorate", "governor");
    /** Verbs of saying before a speaker, as written (normalised, «و» aside). */
    private static final Set<String> SPEAKING = Set.of("قال", "اوضح", "اكد", "افاد", "صرح", "ذكر", "اعلن", "said", "told");

    /** The most words of an outlet's name between a correspondent and «في»: «مراسل قناة العالم في». */
    private static final int OUTLET_WORDS = 3;
    /** Words of outlets' names that begin as a word with «ب» or «ل» in front does: «عنب بلدي». */
    private static final Set<String> OUTLET_NAME_WORDS = Set.of("بلدي");
    /** Words that open what was said: «إن», «أن», «بأن», "that", "said". */
    private static final Set<String> SAID = Set.of("ان", "بان", "that", "said", "قال");

    private static final Set<String> IN = Set.of("في", "in");
    /** A correspondent or reporter, as written (normalised). */
    private static final Set<String> CORRESPONDENTS = Set.of("مراسل", "مراسلنا", "مراسله", "مراسلو", "مراسلي",
            "correspondent", "reporter");

    /** Whether {@code place} is a home town or where someone went, by the words before it. */
    static boolean aside(TokenizedText text, PlaceMention place) {
        return homeTown(text, place) || wentThereAfter(text, place);
    }

    /** Whether {@code place} is someone's home town: «ينحدر من», «من أهالي», "a native of", "hails from". */
    private static boolean homeTown(TokenizedText text, PlaceMention place) {
        int first = text.indexAt(place.span().start());
        for (int k = first - 1; k >= Math.max(0, first - CUE_WORDS) && text.joined(k + 1); k--) {
            if (k == 0 || !text.joined(k)) continue;
            String word = text.lower(k), before = text.lower(k - 1);
            // «ينحدر من», «وينحدر الضحايا من»: a verb of coming from a place, or its subject between them.
            if (word.equals("من") && verbBefore(text, k, 2, COMING_FROM)) return true;
            if (PEOPLE_OF.contains(word) && before.equals("من")) return true; // «من أهالي»
            if (word.equals("of") && before.equals("native")) return true;
            if (word.equals("from") && (HAILING.contains(before) || PEOPLE.contains(before) && namesTheTown(text, k + 1, first))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code place} is where the wounded were taken, or where a side or a car went, by the words before it. */
    private static boolean wentThereAfter(TokenizedText text, PlaceMention place) {
        int first = text.indexAt(place.span().start());
        // «ونقلتهم إلى بلدة الشحيل حيث أعدمتهم», "taken to Hajin, where they were shot": what was done there follows.
        int after = text.indexAt(place.span().end());
        if (after < text.size() && text.joined(after) && WHERE.contains(text.lower(after))) return false;
        for (int k = first - 1; k >= Math.max(0, first - CUE_WORDS) && text.joined(k + 1); k--) {
            String word = text.lower(k);
            if (hospital(word) && toIt(text, k) && takenThere(text, k)) return true;
            // «وسط انسحاب العناصر نحو مقر القيادة في البصيرة», "before fleeing toward Busayrah": where a side went after
            // the event, not where it happened.
            if (TOWARD.contains(word) && verbBefore(text, k, AWAY_WORDS, WENT_AWAY) && !fired(text, k)) return true;
            // «واقتادتهما إلى مركز التحقيق في بلدة الصور»: where people were taken after.
            if (TO.contains(word) && verbBefore(text, k, 2, LED_AWAY)) return true;
        }
        return false;
    }

    /**
     * Whether one of {@code verbs} («و» in front or not) stands among the {@code words} words before word {@code at}, in
     * its sentence: «وسط انسحاب العناصر نحو» (withdrawing, then the direction), «واقتادتهما إلى», «ينحدر من».
     */
    private static boolean verbBefore(TokenizedText text, int at, int words, Set<String> verbs) {
        for (int k = at - 1; k >= Math.max(0, at - words) && text.joined(k + 1); k--) {
            String word = text.lower(k);
            if (verbs.contains(word) || word.startsWith("و") && verbs.contains(word.substring(1))) return true;
        }
        return false;
    }

    /** «حيث» and "where", as written (normalised). */
    private static final Set<String> WHERE = Set.of("حيث", "where");
    /** «إلى» as written (normalised). */
    private static final Set<String> TO = Set.of("الي");
    /** Arabic verbs of leading people away, as written (normalised, «و» aside): «اقتادتهم», «اقتيد» (not English "led to"). */
    private static final Set<String> LED_AWAY = Set.of("اقتاد", "اقتادت", "اقتادته", "اقتادتهم", "اقتادتهما", "اقتادها",
            "اقتادوه", "اقتادوهم", "اقتادوا", "اقتيد", "اقتيدوا",
            // «نُقلوا إلى معسكر التدريب في بلدة الصور»: people moved, not «نقلت قسد تعزيزات إلى», which goes there.
            "نقلوا", "نقلوه", "نقلوهم", "نقلته", "نقلتهم", "نقلتهما", "نقلها");

    /** The most words from a verb of going away to its direction: «انسحاب عناصر قسد منهما باتجاه». */
    private static final int AWAY_WORDS = 4;
    /** Words of direction, as written (normalised). Not «إلى»: "withdrew to" may name the place left. */
    private static final Set<String> TOWARD = Set.of("نحو", "باتجاه", "toward", "towards");
    /**
     * Verbs and nouns of withdrawing, fleeing or heading somewhere, as written (normalised, «و» aside): «السيارة التي
     * كانت متجهة نحو حقل العمر» was struck on its way, not there.
     */
    private static final Set<String> WENT_AWAY = Set.of("انسحاب", "انسحب", "انسحبت", "انسحبوا", "فروا", "فر", "فرار", "بالفرار",
            "هربوا", "هرب", "هروب", "لاذوا", "متجهه", "متجها", "متجه", "متوجهه", "متوجها", "متوجه", "fled", "fleeing", "flee",
            "withdrew", "withdrawing", "retreated", "retreating", "escaped", "escaping", "heading", "headed");

    /** Whether the hospital at word {@code k} is where someone went: «إلى المشفى», "to a hospital". */
    private static boolean toIt(TokenizedText text, int k) {
        for (int m = k - 1; m >= Math.max(0, k - 2) && text.joined(m + 1); m--) {
            String word = text.lower(m);
            if (word.equals("الي") || word.equals("to") || word.endsWith("الي") && word.length() == 4) return true; // «وإلى»
        }
        return false;
    }

    /** Whether one of the few words before word {@code k} says the wounded were taken there. */
    private static boolean takenThere(TokenizedText text, int k) {
        for (int m = k - 1; m >= Math.max(0, k - CUE_WORDS) && text.joined(m + 1); m--) {
            String word = text.lower(m);
            if (word.startsWith("و") && TAKEN_ARABIC.contains(word.substring(1))) return true;
            if (TAKEN.contains(word) || TAKEN_ARABIC.contains(word)) return true;
        }
        return false;
    }

    private static boolean hospital(String word) {
        return word.endsWith("مشفي") || word.endsWith("مستشفي") || word.endsWith("مشافي") || word.endsWith("مستشفيات")
                || word.equals("hospital") || word.equals("hospitals") || word.equals("clinic");
    }

    /** «ينحدر من»: verbs of coming from a place, as written (normalised). */
    private static final Set<String> COMING_FROM = Set.of("ينحدر", "ينحدرون", "ينحدران", "تنحدر", "المنحدر", "المنحدرين");
    /** «من أهالي», «من أبناء», «من سكان»: of the people of. */
    private static final Set<String> PEOPLE_OF = Set.of("اهالي", "ابناء", "سكان");
    /**
     * Whether only words of a settlement stand from word {@code from} to the place at {@code place}: "from the town of",
     * not "three workers from an oil field in Khasham".
     */
    private static boolean namesTheTown(TokenizedText text, int from, int place) {
        for (int k = from; k < place; k++) {
            if (!TOWN_OF.contains(text.lower(k))) return false;
        }
        return true;
    }

    /** Words between "from" and a home's name, lower case. */
    private static final Set<String> TOWN_OF = Set.of("the", "town", "village", "city", "of", "neighbourhood", "neighborhood");

    /**
     * Whether what went toward word {@code toward} is a projectile fired at the place («أطلقت صواريخ … متجهة نحو قاعدة حقل
     * العمر», "a drone heading toward the Conoco base"): its target, not where someone went.
     */
    private static boolean fired(TokenizedText text, int toward) {
        for (int k = toward - 1; k >= Math.max(0, toward - AWAY_WORDS - 2) && text.joined(k + 1); k--) {
            if (PROJECTILES.contains(text.lower(k))) return true;
        }
        return false;
    }

    /** Rockets, shells, drones (normalised, lower case, «و» and «ب» not written on). */
    private static final Set<String> PROJECTILES = Set.of("صواريخ", "صاروخ", "قذائف", "قذيفه", "مسيره", "مسيرات", "طايره", "rockets",
            "rocket", "missiles", "missile", "drone", "drones", "shells", "shell", "projectiles");

    /** People who may be "from" a place, their home ("five truffle hunters from the town of al-Asharah"), lower case. */
    private static final Set<String> PEOPLE = Set.of("man", "men", "woman", "women", "boy", "boys", "girl", "girls", "child",
            "children", "youth", "youths", "resident", "residents", "farmer", "farmers", "shepherd", "shepherds", "activist",
            "activists", "family", "families", "hunters", "worker", "workers", "civilian", "civilians", "teacher", "relative",
            "relatives", "people", "brothers", "father", "mother", "son", "sons");
    /** "hails from", "originally from". */
    private static final Set<String> HAILING = Set.of("hails", "hail", "hailing", "originally", "hailed");
    /** English words of the wounded taken somewhere. */
    private static final Set<String> TAKEN = Set.of("taken", "transferred", "rushed", "admitted", "brought", "evacuated");
    /** Arabic verbs of taking the wounded somewhere, as written (normalised, «و» aside): «نقلوا», «ونقل», «أسعف». */
    private static final Set<String> TAKEN_ARABIC = Set.of("نقل", "نقلوا", "نقلت", "نقله", "نقلهم", "نقلهما", "نقلها",
            "اسعف", "اسعفوا", "اسعفت", "اسعافه", "اسعافهم", "اسعافهما", "يسعف", "اسعاف");
}
