package org.furat.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.furat.model.SubEventType;
import org.furat.text.AttachedWords;

/**
 * Tells event words that do not say what a sentence's event was, where the sentence has others that do: what came
 * before it, its cause («حملة اعتقالات بعد احتجاجهم», "after his arrest"); what a thing named before went through, in a
 * relative clause («القرى التي سيطرت عليها», "which the army captured"); why it was done («in protest against»,
 * «احتجاجاً على»); what people were charged with («بتهمة تنفيذ عمليات اغتيال», "accusing them of organizing the
 * protests"); the support a side had ("backed by Russian warplanes"); the start of a period ("since the start of the
 * clashes"); the period an event fell in ("on the fourth day of fighting"); fighting that went on around it ("amid
 * ongoing clashes", «وسط استمرار المعارك»). What an Arabic sentence says people are
 * charged with is no event of it even where it has no other ({@link #charges}). Stateless.
 */
final class SubordinateTriggers {

    private SubordinateTriggers() {}

    /** Whether {@code t} tells what came before, what a thing went through or why, not the sentence's event. */
    static boolean subordinate(TokenizedText text, EventClassifier.Trigger t) {
        return afterCause(text, t) || inRelativeClause(text, t) || inProtest(text, t) || charged(text, t) || support(text, t)
                || tookPart(text, t) || demanded(text, t) || weaponsSeized(text, t) || cameAfter(text, t)
                || sinceItsStart(text, t) || periodOf(text, t) || amid(text, t) || denounced(text, t) || answered(text, t)
                || atTheSiteOf(text, t);
    }

    /**
     * Whether event words name the place of an event as where something else was done: «فرضت الميليشيات طوقاً أمنياً
     * حول مكان الاستهداف», "ambulances rushed to the scene of the explosion".
     */
    private static boolean atTheSiteOf(TokenizedText text, EventClassifier.Trigger t) {
        int k = text.indexAt(t.span().start());
        if (k >= 1 && text.joined(k) && SITE_AR.contains(text.lower(k - 1))) return true;
        return k >= 3 && text.joined(k) && text.joined(k - 1) && text.joined(k - 2) && text.lower(k - 1).equals("the")
                && text.lower(k - 2).equals("of") && SITE_EN.contains(text.lower(k - 3));
    }

    /** Nouns of the place where an event was, as written (normalised, «و» and «ب» aside where written on). */
    private static final Set<String> SITE_AR = Set.of("مكان", "موقع", "بمكان", "بموقع", "ومكان", "وموقع");
    private static final Set<String> SITE_EN = Set.of("site", "scene", "location");

    /**
     * Whether event words name what the sentence's event answered, a few words after «رداً على», "in retaliation for", "in
     * response to", in a clause a comma closes: «ورداً على الغارة، استهدفت الفصائل قاعدة التحالف بخمس قذائف» tells the
     * shelling. (Without the comma the answer may come last: "struck the sites in response to the attack".)
     */
    private static boolean answered(TokenizedText text, EventClassifier.Trigger t) {
        int k = text.wordAt(t.span().start());
        if (!commaClosesWithin(text, text.wordAt(t.span().end() - 1), ANSWERED_WORDS)) return false;
        for (int back = 1; back <= ANSWERED_WORDS && k - back - 1 >= 0 && text.joined(k - back + 1); back++) {
            if (text.commaBefore(k - back + 1)) return false;
            if (opensWhatWasAnswered(text, k - back - 1)) return true;
        }
        return false;
    }

    /** Whether a comma follows word {@code last} within {@code words} words, in its sentence: "the drone attack, US forces". */
    private static boolean commaClosesWithin(TokenizedText text, int last, int words) {
        for (int m = last + 1; m <= last + words && m < text.size() && text.joined(m); m++) if (text.commaBefore(m)) return true;
        return false;
    }

    /** The most words from «على», "for", "to" after a word of answering to what was answered: "for the drone attack". */
    private static final int ANSWERED_WORDS = 3;

    /**
     * Whether event words name what an event denounced or protested: «خرج المئات في مسيرة تنديداً بجريمة الاغتيال»,
     * «احتجاجاً على اغتيال شيخ العشيرة».
     */
    private static boolean denounced(TokenizedText text, EventClassifier.Trigger t) {
        int k = text.indexAt(t.span().start());
        if (k > 0 && text.joined(k) && protestedAgainst(text, k - 1)) return true;
        for (int back = 1; back <= DENOUNCED_WORDS && k - back >= 0 && text.joined(k - back + 1); back++) {
            // «تظاهر العشرات احتجاجاً، فأطلقت قسد الرصاص»: a comma ends what was denounced.
            if (text.commaBefore(k - back + 1)) return false;
            if (TOLL_CAUSES.contains(text.lower(k - back))) return true;
        }
        return false;
    }

    /** How far before event words «تنديداً» may stand: «تنديداً بجريمة الاغتيال». */
    private static final int DENOUNCED_WORDS = 3;

    /**
     * Whether event words name fighting that went on around the sentence's event: «قصف التنظيم مواقع قسد في غرانيج، وسط
     * استمرار المعارك في محيط هجين», "amid ongoing clashes". Not an event told beside it («اشتباكات … وسط غارات من طيران
     * التحالف»: the strikes are news too).
     */
    private static boolean amid(TokenizedText text, EventClassifier.Trigger t) {
        int k = text.indexAt(t.span().start());
        if (k < 2 || !text.joined(k) || !GOING_ON.contains(text.lower(k - 1))) return false;
        int before = k - 2;
        if (before > 0 && text.lower(before).equals("the") && text.joined(before + 1)) before--;
        return text.joined(before + 1) && AMID.contains(text.lower(before));
    }

    /** «وسط», «مع», «في ظل», "amid", "amidst" (normalised): around what follows. */
    private static final Set<String> AMID = Set.of("وسط", "مع", "ظل", "amid", "amidst");
    /**
     * Words of fighting going on, before its event words (normalised): «استمرار», «تواصل», "ongoing". «وسط تصاعد» is a
     * non-event cue already (data/lexicons/non-event-cues.csv).
     */
    private static final Set<String> GOING_ON = Set.of("استمرار", "تواصل", "احتدام", "ongoing", "continued", "continuing",
            "escalating");

    /**
     * Whether event words name the period the sentence's event fell in: "On the fourth day of fighting, SDF mortar fire
     * hit a street", «في اليوم الثالث من المعارك». The sentence tells something else.
     */
    private static boolean periodOf(TokenizedText text, EventClassifier.Trigger t) {
        int k = text.indexAt(t.span().start());
        // «وفي يوم الغارة ذاته، نفذت القوات عملية إنزال»: the day of an event named, in Arabic without «من», the period
        // being a noun without the article before the event's with it.
        if (k >= 1 && text.joined(k) && text.get(k - 1).arabic() && text.lower(k).startsWith("ال")) {
            String period = text.lower(k - 1);
            if (PERIODS.contains(period) || period.startsWith("و") && PERIODS.contains(period.substring(1))) return true;
        }
        if (k < 2 || !text.joined(k) || !text.joined(k - 1)) return false;
        int of = k - 1;
        if (text.lower(of).equals("the") && of > 0 && text.joined(of)) of--;
        if (!text.lower(of).equals("of") && !text.lower(of).equals("من")) return false;
        if (of < 1 || !text.joined(of) || text.commaBefore(of)) return false;
        int period = of - 1;
        // «اليوم الرابع من المعارك»: Arabic puts the ordinal after the period's noun.
        if (period > 0 && text.joined(period) && arabicOrdinal(text.form(period))) period--;
        if (!PERIODS.contains(text.key(period))) return false;
        // «بعد أسبوع من المواجهات», "after a week of clashes": what came before, which {@link #cameAfter} reads.
        int before = period - 1;
        if (before >= 0 && text.joined(before + 1) && PERIOD_DETERMINERS.contains(text.lower(before))) before--;
        return before < 0 || !text.joined(before + 1) || !AFTER_WORDS.contains(text.key(before));
    }

    /**
     * Whether a normalised Arabic word is a definite ordinal: «الرابع», «الثالثة», «العاشر» (the pattern فاعل after the
     * article, masculine or feminine), «الاول», «الاخير»; not a weekday («الاحد») nor «الماضي».
     */
    private static boolean arabicOrdinal(String word) {
        boolean pattern = (word.length() == 6 || word.length() == 7 && word.endsWith("ه")) && word.startsWith("ال")
                && word.charAt(3) == 'ا';
        return pattern && !NOT_ORDINALS.contains(word) || word.equals("الاول") || word.equals("الاولي") || word.equals("الاخير");
    }

    /** Words of the pattern of an ordinal that are none: the past, coming and current day. */
    private static final Set<String> NOT_ORDINALS = Set.of("الماضي", "القادم", "الجاري", "الماضيه", "القادمه", "الجاريه");

    /** Words before a period's noun: "after a week", "after three days". */
    private static final Set<String> PERIOD_DETERMINERS = Set.of("a", "the", "three", "two", "four", "five", "several", "few");
    /** Words of what came after (normalised): "after a week of clashes", «بعد أيام من», «عقب». */
    private static final Set<String> AFTER_WORDS = Set.of("after", "بعد", "عقب");

    /** Words of a period an event fell in, as search keys: "day" of fighting, «اليوم» of the battles. */
    private static final Set<String> PERIODS = Set.of("day", "days", "week", "weeks", "night", "nights", "hour", "hours", "يوم",
            "ايام", "اسبوع", "اسابيع", "ليله", "ليالي", "ساعات");

    /**
     * Whether event words name the start of a period, after «منذ» or "since": "relatives detained since the start of the
     * clashes", «منذ اندلاع المعارك». The sentence tells something else.
     */
    private static boolean sinceItsStart(TokenizedText text, EventClassifier.Trigger t) {
        int k = text.indexAt(t.span().start());
        for (int back = 1; back <= START_WORDS + 1 && k - back >= 0 && text.joined(k - back + 1); back++) {
            String word = text.lower(k - back);
            if (word.equals("since") || word.equals("منذ")) return true;
            if (!STARTS.contains(word)) return false;
        }
        return false;
    }

    /** The most words between «منذ» and event words: "since the start of the". */
    private static final int START_WORDS = 4;
    /** Words of a start and their links, as written (normalised): "the start of", «بدء», «اندلاع». */
    private static final Set<String> STARTS = Set.of("the", "start", "beginning", "outbreak", "onset", "of", "بدء", "بدايه",
            "اندلاع", "انطلاق", "مطلع");

    /**
     * Whether event words name the fire that supported a side («بغطاء جوي روسي», «بدعم من الطيران الروسي», "backed by
     * Russian warplanes"): "troops backed by Russian warplanes took full control of Mayadeen" tells the taking. Only
     * words of fire from the air or guns can be support; what the supported side did ("took control") never is.
     */
    private static boolean support(TokenizedText text, EventClassifier.Trigger t) {
        return (t.type() == SubEventType.AIR_DRONE_STRIKE || t.type() == SubEventType.SHELLING_ARTILLERY_MISSILE)
                && afterSupport(text, text.indexAt(t.span().start()));
    }

    /** Whether a word of support lies within a few words before word {@code k}: "backed by Russian warplanes". */
    static boolean afterSupport(TokenizedText text, int k) {
        for (int back = 1; back <= SUPPORT_WORDS && k - back >= 0 && text.joined(k - back + 1); back++) {
            String word = text.lower(k - back);
            if (SUPPORT.has(word)) return true;
            if (word.equals("by") && k - back - 1 >= 0 && SUPPORT_EN.contains(text.lower(k - back - 1))) return true;
        }
        return false;
    }

    /** The most words from a word of support to the event words it names: "backed by Russian and Syrian warplanes". */
    private static final int SUPPORT_WORDS = 4;
    /** Words of support, as written (normalised): «بدعم», «بمساندة», «بغطاء», «تحت غطاء», «بإسناد». */
    private static final AttachedWords SUPPORT = AttachedWords.of("بدعم", "بمسانده", "بغطاء", "غطاء", "باسناد");
    /** Words of support before "by": "backed by", "supported by", "covered by". */
    private static final Set<String> SUPPORT_EN = Set.of("backed", "supported", "covered", "assisted", "aided");

    /**
     * Whether event words name what people were charged with («اعتقال ثلاثة أشخاص قالت إنهم متورطون في خطف مدنيين»,
     * "detained 12 people, accusing them of organizing the protests", «بتهمة تنفيذ عمليات اغتيال»): the charge, not the
     * event told.
     */
    private static boolean charged(TokenizedText text, EventClassifier.Trigger t) {
        return chargeBefore(text, t) >= 0;
    }

    /** The index of the word of charges that makes {@code t} what people were charged with (see {@link #charged}), or -1. */
    private static int chargeBefore(TokenizedText text, EventClassifier.Trigger t) {
        int k = text.indexAt(t.span().start());
        boolean comma = false;
        for (int back = 1; back <= CHARGE_WORDS && k - back >= 0 && text.joined(k - back + 1); back++) {
            // Charges listed run past a few words, not past a comma: «بتهمة التعامل مع النظام، ما أدى إلى اندلاع
            // اشتباكات» tells the clashes.
            comma |= text.commaBefore(k - back + 1);
            if (back > CLAUSE_CHARGE_WORDS && comma) break;
            String word = text.lower(k - back);
            if (chargeWord(word) && !accusingASide(text, k - back)) return k - back;
            // "accusing them of", "charged with": not "Suspected ISIS gunmen assassinated …".
            if (CHARGES_EN.contains(word) && ofFollows(text, k - back + 1, k)) return k - back;
            // "members of ISIS cells involved in assassinations": what the people named are said to have done (not "were
            // involved in the protests", which may tell them).
            if (word.equals("involved") && back >= 2 && text.lower(k - back + 1).equals("in") && k - back >= 1
                    && !BEING.contains(text.lower(k - back - 1))) {
                return k - back;
            }
            if (responsibleFor(text, k - back)) return k - back;
        }
        return -1;
    }

    /**
     * Whether word {@code k} says someone is responsible for or in charge of what follows («قيادي مسؤول عن تنفيذ عمليات
     * اغتيال», "a leader responsible for planning attacks", "in charge of assassinations"): who they are, no event told.
     */
    private static boolean responsibleFor(TokenizedText text, int k) {
        if (k + 1 >= text.size() || !text.joined(k + 1)) return false;
        String word = text.lower(k), next = text.lower(k + 1);
        if (word.equals("charge") && next.equals("of")) return k > 0 && text.lower(k - 1).equals("in");
        boolean responsible = (RESPONSIBLE.contains(word) && next.equals("عن")) || (word.equals("responsible") && next.equals("for"));
        // "ISIS was responsible for the bombing", «داعش مسؤول عن الهجوم»: a side blamed; only a person is named by a role.
        if (!responsible || k < 1 || !text.joined(k)) return false;
        // «الخلية كانت مسؤولة عن», "the cell was responsible for": the verb of being between.
        int holder = k >= 2 && BEING.contains(text.lower(k - 1)) && text.joined(k - 1) ? k - 2 : k - 1;
        // «الخلية المستهدفة كانت مسؤولة عن»: one word may say which holder it is.
        return ROLE_HOLDERS.contains(text.lower(holder))
                || holder >= 1 && holder < k - 1 && text.joined(holder) && ROLE_HOLDERS.contains(text.lower(holder - 1));
    }

    /** Verbs of being between a holder of a role and what it is responsible for, as written (normalised). */
    private static final Set<String> BEING = Set.of("كان", "كانت", "كانوا", "was", "were", "is", "are");

    /** People named by what they are responsible for: «قيادي مسؤول عن», "a leader responsible for", as written (normalised). */
    private static final Set<String> ROLE_HOLDERS = java.util.stream.Stream.of("قيادي", "القيادي", "قياديا", "عنصر", "العنصر",
                    "امير", "الامير", "اميرا", "شخص", "خلية", "الخلية", "احدهما", "احدهم",
                    "leader", "commander", "official", "emir", "member", "operative",
                    "man", "cell")
            .map(w -> org.furat.text.ArabicNormalizer.normalize(w).text()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** «مسؤول», «المسؤول», «مسؤولاً», «مسؤولين»: responsible, as written (normalised). */
    private static final Set<String> RESPONSIBLE = java.util.stream.Stream.of("مسؤول", "المسؤول", "مسؤولا", "مسؤولة",
                    "المسؤولة", "مسؤولين", "المسؤولين", "مسؤولون", "المسؤولون")
            .map(w -> org.furat.text.ArabicNormalizer.normalize(w).text()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * The event words of {@code triggers} (one sentence's, in text order) that only name what people are charged with,
     * the first after an Arabic word of charges: «وآخر متورطاً في زرع العبوات الناسفة» tells no bombing. Event words
     * after the charge are the sentence's again («مقتل شاب متهم بالسرقة ضرباً على يد مسلحين»). English "accused of
     * shelling" is left: a side accusing another tells the event as its accuser sees it.
     */
    static List<EventClassifier.Trigger> charges(TokenizedText text, List<EventClassifier.Trigger> triggers) {
        List<EventClassifier.Trigger> charges = new ArrayList<>();
        for (int i = 0; i < triggers.size(); i++) {
            // «متورطون في عمليات اغتيال وزرع عبوات ناسفة»: charges listed with «و» after the first are charges too, however
            // far the list runs from the word of charges.
            // «ضالعاً في عمليات الاغتيال التي استهدفت مقاتلينا»: what the charge's event did, in a relative clause right
            // after it, is the charge too.
            boolean listed = i > 0 && !charges.isEmpty() && charges.get(charges.size() - 1) == triggers.get(i - 1)
                    && (coordinated(text, triggers.get(i - 1), triggers.get(i)) || anotherChargeOpens(text, triggers.get(i))
                            || relativeRightAfter(text, triggers.get(i - 1), triggers.get(i)));
            int charge = listed ? -1 : chargeBefore(text, triggers.get(i));
            // "The SDF accused Turkish forces of shelling Khasham" tells the shelling, as its accuser tells it ("responsible
            // for" tells who someone is, in either language).
            boolean first = charge >= 0 && (text.get(charge).arabic() || responsibleFor(text, charge))
                    && (i == 0 || triggers.get(i - 1).span().start() < text.get(charge).start());
            if (first || listed) charges.add(triggers.get(i));
        }
        return charges;
    }

    /** Whether {@code later} is the verb of a relative clause right after {@code earlier}: «الاغتيال التي استهدفت». */
    private static boolean relativeRightAfter(TokenizedText text, EventClassifier.Trigger earlier, EventClassifier.Trigger later) {
        int end = text.wordAt(earlier.span().end() - 1) + 1, start = text.wordAt(later.span().start());
        return start == end + 1 && text.joined(end) && text.joined(start) && !text.commaBefore(end) && RELATIVES.contains(text.form(end));
    }

    /**
     * The event words of {@code triggers} that name what a side did not comment on («ولم تعلق قسد على حوادث الاعتقال»,
     * "declined to comment on the raid"): an event told elsewhere in the report, if at all.
     */
    static List<EventClassifier.Trigger> commentedOn(TokenizedText text, List<EventClassifier.Trigger> triggers) {
        return triggers.stream().filter(t -> {
            int k = text.indexAt(t.span().start());
            for (int back = 1; back <= COMMENT_WORDS && k - back >= 1 && text.joined(k - back + 1) && !text.commaBefore(k - back + 1); back++) {
                String on = text.lower(k - back);
                if (!on.equals("علي") && !on.equals("on")) continue;
                // «لم تعلق قسد على», "did not comment on": the side may stand between the verb and «على».
                for (int verb = k - back - 1; verb >= Math.max(0, k - back - 1 - COMMENT_WORDS) && text.joined(verb + 1); verb--) {
                    if (COMMENTING.contains(text.lower(verb))) return negatedBefore(text, verb);
                }
                return false;
            }
            return false;
        }).toList();
    }

    /**
     * Whether a negation stands right before the verb of commenting at word {@code verb}: «لم تعلق», "declined to
     * comment", "did not comment". A comment made tells the event it is on ("The SDF commented on the strikes, saying
     * two fighters were killed").
     */
    private static boolean negatedBefore(TokenizedText text, int verb) {
        for (int m = verb - 1; m >= Math.max(0, verb - 2) && text.joined(m + 1); m--) {
            if (NEGATIONS.contains(text.lower(m))) return true;
        }
        return false;
    }

    /** Words that say a comment was not made, as written (normalised, lower case). */
    private static final Set<String> NEGATIONS = Set.of("لم", "ولم", "لا", "ولا", "دون", "بدون", "not", "no", "declined",
            "refused", "without");

    /** The most words from «على» or "on" to the event words: «على حوادث الاعتقال», "on the raid". */
    private static final int COMMENT_WORDS = 3;
    /** Words of commenting, as written (normalised, lower case): «تعلق», «تعليق», "comment". */
    private static final Set<String> COMMENTING = Set.of("تعلق", "يعلق", "تعليق", "تعليقا", "comment", "commented", "comments");

    /**
     * Whether event words name what people took part in («على خلفية مشاركتهم في احتجاجات», «من منظمي المظاهرة», "for
     * taking part in the protests"): who they were, not the event told.
     */
    private static boolean tookPart(TokenizedText text, EventClassifier.Trigger t) {
        int k = text.indexAt(t.span().start());
        if (wordBefore(text, k, PART_WORDS, TAKING_PART) >= 0) return true;
        int part = wordBefore(text, k, PART_WORDS, PART);
        return part > 0 && TAKE.contains(text.lower(part - 1));
    }

    /**
     * The index of the nearest of the {@code most} words before word {@code k}, in its sentence, that is one of {@code
     * words} (normalised), proclitics in front or not; -1 where none is.
     */
    private static int wordBefore(TokenizedText text, int k, int most, AttachedWords words) {
        for (int back = 1; back <= most && k - back >= 0 && text.joined(k - back + 1); back++) {
            if (words.has(text.lower(k - back))) return k - back;
        }
        return -1;
    }

    /** The most words from taking part to the event words: «مشاركتهم في الاحتجاجات», "part in the protests". */
    private static final int PART_WORDS = 3;
    /** Words of taking part in an event and of its organisers (normalised). */
    private static final AttachedWords TAKING_PART = AttachedWords.of("مشاركتهم", "مشاركته", "مشاركتها", "مشاركتهما", "منظمي", "المشاركين",
            "participating", "participated", "participants", "organisers", "organizers");
    private static final AttachedWords PART = AttachedWords.of("part");
    private static final Set<String> TAKE = Set.of("taking", "took", "take", "taken");

    /**
     * Whether event words name what protesters demand («للمطالبة بالإفراج عن المعتقلين», "demanding an end to the
     * kidnappings", "to demand the release of relatives detained"): what the protest is about, not the event told.
     */
    private static boolean demanded(TokenizedText text, EventClassifier.Trigger t) {
        return wordBefore(text, text.indexAt(t.span().start()), DEMAND_WORDS, DEMANDS) >= 0;
    }

    /** The most words from a demand to the event words it names: "demanding that the authorities put an end to the". */
    private static final int DEMAND_WORDS = 12;
    /** Words of demanding (normalised). */
    private static final AttachedWords DEMANDS = AttachedWords.of("demand", "demanding", "demanded", "demands", "مطالبه", "مطالبين",
            "مطالبا", "طالبوا", "يطالبون", "طالب");

    /**
     * Whether words of weapons name what was seized or found («وضبطت بحوزتهم أسلحة وعبوات ناسفة», "confiscated a mortar
     * launcher", "seized explosive belts"): what a raid found, not a strike or a bombing.
     */
    private static boolean weaponsSeized(TokenizedText text, EventClassifier.Trigger t) {
        int k = text.indexAt(t.span().start());
        if (t.type().changesTerritory()) {
            // "seized explosive belts and rockets": weapons taken, not ground.
            int after = text.indexAt(t.span().end());
            for (int m = after; m < Math.min(text.size(), after + SEIZED_WORDS) && text.joined(m); m++) {
                if (ARMS.contains(text.lower(m))) return true;
            }
            return false;
        }
        return WEAPONS.contains(t.type()) && wordBefore(text, k, SEIZED_WORDS, SEIZING) >= 0;
    }

    /** Events told by the words of a weapon («عبوة ناسفة», "mortar", "rockets"). */
    private static final Set<SubEventType> WEAPONS = java.util.EnumSet.of(SubEventType.SHELLING_ARTILLERY_MISSILE,
            SubEventType.AIR_DRONE_STRIKE, SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, SubEventType.SUICIDE_BOMB, SubEventType.GRENADE);
    /** English nouns of arms, which taking ground never takes. */
    private static final Set<String> ARMS = Set.of("weapons", "arms", "ammunition", "explosives", "belts", "rockets", "mortars",
            "rifles", "guns", "drones", "mines", "ieds");
    /** The most words from seizing to the weapons seized: «ضبط أسلحة فردية وذخائر وحزامين ناسفين». */
    private static final int SEIZED_WORDS = 8;
    /**
     * Words of seizing and finding, as written (normalised): «ضبطت», «صادرت», «العثور على», «بحوزتهم», "confiscated"; and
     * of holding or carrying, what a depot or a convoy had («مستودعاً يحتوي على … عبوات ناسفة», «شاحنة محملة بالأسلحة
     * وصواريخ», "trucks loaded with rockets").
     */
    private static final AttachedWords SEIZING = AttachedWords.of("ضبط", "ضبطت", "ضبطوا", "صادرت", "صادر", "مصادره", "العثور", "عثر", "عثرت",
            "بحوزتهم", "بحوزته", "بحوزتها", "confiscated", "confiscating", "seized", "seizing", "seizure", "recovered", "found",
            "محمله", "محملا", "محملين", "يحتوي", "تحتوي", "loaded", "laden");

    /** Whether "of" or "with" is one of the two words from {@code from}, before word {@code limit}. */
    private static boolean ofFollows(TokenizedText text, int from, int limit) {
        for (int m = from; m < Math.min(limit, from + 2); m++) {
            String word = text.lower(m);
            if (word.equals("of") || word.equals("with")) return true;
        }
        return false;
    }

    /**
     * The most words from a charge to the event words it names: «بتهمة التعامل مع», "accusing them of
     * organizing", «بتهم الانتماء لتنظيم الدولة الإسلامية والمشاركة في عمليات اغتيال».
     */
    private static final int CHARGE_WORDS = 8;
    /** The most words from a charge to its event words across a comma: «بتهمة التواصل مع مقاتلي العشائر، واقتادتهم». */
    private static final int CLAUSE_CHARGE_WORDS = 5;
    /**
     * Whether an Arabic word, written normalised, is a word of charges, proclitics in front or not: «بتهمة», «متهم»,
     * «متورطاً».
     */
    static boolean chargeWord(String word) {
        return (word.contains("تهم") || word.contains("تهام") || word.contains("ورط") || word.contains("ادين")
                || word.contains("مدان") || word.contains("ضالع"))
                && CHARGES.has(word);
    }

    /**
     * Whether the word of charges at {@code k} is a side's accusation of another, named after it with «ل»: «وجددت قسد
     * اتهامها لقوات النظام بقصف البلدة» tells the shelling as its accuser sees it.
     */
    private static boolean accusingASide(TokenizedText text, int k) {
        return text.lower(k).startsWith("اتهام") && k + 1 < text.size() && text.joined(k + 1) && text.lower(k + 1).startsWith("ل");
    }

    /** Words of charges, as written (normalised): each holds «تهم», «تهام», «ورط», «ادين», «مدان» or «ضالع», tested first. */
    private static final AttachedWords CHARGES = AttachedWords.of("بتهمه", "بتهم", "متورطه", "متورطين", "متورطون", "متورط", "متورطا",
            "متهم", "متهما", "متهمين", "متهمون", "متهمه",
            // «وتورطها في استهداف حاجز للأمن العام»: its part in (what investigators found against a cell).
            "تورطه", "تورطها", "تورطهم", "تورطهما",
            // «بعد اتهامه بمحاولة خطف طفلة»: accusing him, them (a side accused by name, «اتهام قسد للقوات التركية بقصف»,
            // tells the event as its accuser sees it).
            "اتهامه", "اتهامها", "اتهامهم", "اتهامهما",
            // «حكماً بالإعدام بحق متهم أدين بقتل شقيقين»: what a court found him guilty of.
            "ادين", "مدان", "مدانا", "المدان",
            // «كان مسؤولاً عن تمويل الخلايا، وضالعاً في عدد من عمليات الاغتيال»: involved in.
            "ضالع", "ضالعا", "ضالعين", "ضالعون", "ضالعه");
    private static final Set<String> CHARGES_EN = Set.of("accusing", "accused", "charged", "charges", "suspected", "convicted");

    /**
     * The event words of {@code triggers} (one sentence's, in text order) that tell its event: those not
     * {@link #subordinate}, nor joined by "and" or «و» to subordinate ones ("after weeks of heavy fighting and air
     * strikes"), unless only a move of forces is left.
     */
    static List<EventClassifier.Trigger> told(TokenizedText text, List<EventClassifier.Trigger> triggers) {
        List<EventClassifier.Trigger> told = new ArrayList<>();
        EventClassifier.Trigger previous = null;
        boolean previousSubordinate = false;
        for (EventClassifier.Trigger t : triggers) {
            boolean sub = subordinate(text, t) || previousSubordinate && coordinated(text, previous, t);
            if (!sub) told.add(t);
            previous = t;
            previousSubordinate = sub;
        }
        // "After days of clashes in Dhiban, SDF forces withdrew": a move that came after fighting is what the fighting
        // came to; the fighting is the event. Not the weapons a convoy of reinforcements carried («تعزيزات … محملة
        // بالأسلحة وصواريخ»): the move is.
        if (!told.isEmpty() && told.size() < triggers.size()
                && told.stream().allMatch(t -> t.type() == SubEventType.CHANGE_TO_GROUP_ACTIVITY)
                && triggers.stream().anyMatch(t -> !told.contains(t) && !weaponsSeized(text, t))) {
            return triggers;
        }
        return told;
    }

    /**
     * Whether {@code later} follows {@code earlier} as the next of a list, "and" or «و» opening the one word between or
     * written onto it: "after the fighting and arrested nine people" goes back to the sentence's own verbs; «متورطون في
     * عمليات اغتيال وزرع عبوات ناسفة» lists two charges. Not a verb in the past after them, which opens a clause of its
     * own («كان مسؤولاً عن الاغتيالات واستهدفته طائرة مسيرة»).
     */
    private static boolean coordinated(TokenizedText text, EventClassifier.Trigger earlier, EventClassifier.Trigger later) {
        int end = text.wordAt(earlier.span().end() - 1) + 1, start = text.wordAt(later.span().start());
        if (start < text.size() && !text.get(start).arabic() && text.form(start).endsWith("ed")) return false; // not "IED"
        if (start < end || start > end + 1 || !text.joined(start) || !text.joined(end) || text.commaBefore(end)) return false;
        String joiner = text.lower(end);
        if (LIST_JOINERS.contains(joiner)) return start == end + 1;
        return text.get(end).arabic() && joiner.startsWith("و") && !pastVerb(joiner.substring(1));
    }

    /**
     * Whether "and" or "or" and the preposition a charge takes stand right before {@code t}, or before the verb of doing
     * right before it: "responsible for attacks on military points and for planting explosive devices".
     */
    private static boolean anotherChargeOpens(TokenizedText text, EventClassifier.Trigger t) {
        int k = text.wordAt(t.span().start());
        // "and for planting explosive devices": a verb of doing may stand between.
        if (k >= 1 && text.lower(k - 1).endsWith("ing") && text.joined(k) && !text.commaBefore(k)) k--;
        return k >= 2 && text.joined(k) && text.joined(k - 1) && !text.commaBefore(k) && !text.commaBefore(k - 1)
                && !text.commaBefore(k - 2) && CHARGE_PREPOSITIONS.contains(text.lower(k - 1))
                && LIST_JOINERS.contains(text.lower(k - 2));
    }

    /** The prepositions English charges take: responsible for, accused of, involved in. */
    private static final Set<String> CHARGE_PREPOSITIONS = Set.of("for", "of", "in");

    /** Whether an Arabic word looks like a verb in the past: its subject «ت» or an object pronoun at its end («استهدفته»). */
    private static boolean pastVerb(String word) {
        return word.length() > 3 && (word.endsWith("ت") || PAST_ENDINGS.stream().anyMatch(word::endsWith));
    }

    /** Endings of a verb in the past with its object, as written (normalised): «استهدفته», «اعتقلوهم». */
    private static final List<String> PAST_ENDINGS = List.of("ته", "تها", "تهم", "تهما", "وه", "وها", "وهم");
    /** English words that join the items of a list. */
    private static final Set<String> LIST_JOINERS = Set.of("and", "or");

    /**
     * Whether {@code triggers}, a sentence's event words, are all what came before it, named as an event already told
     * ("imposed a cordon around the village after the attack", «وعقب الانفجار فرضت قسد طوقاً أمنياً»), or its site
     * («حول مكان الاستهداف»): the sentence tells what followed that event, no event of its own.
     */
    static boolean onlyAfterAnEventTold(TokenizedText text, List<EventClassifier.Trigger> triggers) {
        return !triggers.isEmpty() && triggers.stream()
                .allMatch(t -> (afterCause(text, t) || atTheSiteOf(text, t)) && Extractor.definite(text, t.span()));
    }

    /**
     * Whether event words follow a word that makes them what came before the event told («حملة اعتقالات بعد احتجاجهم
     * على سياسات قسد», "arrests following the protests", "after his arrest"): its cause, not the event.
     */
    private static boolean afterCause(TokenizedText text, EventClassifier.Trigger t) {
        int k = text.indexAt(t.span().start());
        boolean comma = false;
        for (int back = 1; back <= 4 && k - back >= 0 && text.joined(k - back + 1); back++) {
            comma |= text.commaBefore(k - back + 1);
            String word = text.lower(k - back);
            // «وبعد ساعات من الغارة، أنشأت الميليشيا نقطة»: a comma closes a cause that opens the clause; the clause's own
            // event follows it. Not "a day after clashes, shelling and arrests", a list.
            if (cause(word) && comma && opensClause(text, k - back)) return false;
            // "The attack came days after a rocket attack": what an event told before came after is news of its own.
            if (cause(word)) return !cameBefore(text, k - back);
            // «بعد ساعات من المظاهرة»: how long after stands between (English puts it before: "days after the protest").
            if (back >= 2 && !LAPSE.contains(word)) return false;
        }
        return false;
    }

    /**
     * Whether the sentence of event words opens with what the news came some days or weeks after: «وتأتي عملية الاغتيال
     * بعد أيام من اغتيال عضو في مجلس دير الزور المدني في بلدة الشحيل», "The raid came weeks after a similar operation".
     * Told so loosely, the earlier event is the news's background; "a day" or "two days" after, or "hours", it may be
     * news of its own, and so is what a clause of its own tells after it («…، فيما قتل مدني اليوم في هجين»).
     */
    static boolean cameDaysAfter(TokenizedText text, Span words) {
        int at = text.indexAt(words.start()), first = at;
        while (first > 0 && text.sameSentence(first - 1, at)) first--;
        for (int came = first; came < Math.min(text.size(), first + CAME_OPENING_WORDS) && text.sameSentence(came, at); came++) {
            if (!CAME.contains(text.lower(came))) continue;
            for (int k = came + 1; k < Math.min(text.size() - 1, came + CAME_WORDS) && text.sameSentence(k, at); k++) {
                if (!cause(text.lower(k))) continue;
                // «بعد (نحو) أيام من»; "weeks after", not "two days after".
                int lapse = text.lower(k + 1).equals("نحو") ? k + 2 : k + 1;
                boolean loosely = lapse < text.size() && LOOSE_LAPSE.contains(text.lower(lapse))
                        || LOOSE_LAPSE.contains(text.lower(k - 1)) && !(text.lower(k - 1).equals("days") && counted(text, k - 2));
                return loosely && !clauseOfItsOwnBetween(text, k, at);
            }
        }
        return false;
    }

    /** Whether a word that opens a clause of its own stands between words {@code from} and {@code to}: «فيما», «حيث», "while". */
    private static boolean clauseOfItsOwnBetween(TokenizedText text, int from, int to) {
        for (int m = from + 1; m < to; m++) {
            String word = text.lower(m);
            if (CLAUSE_OPENERS.contains(word) || word.equals("and") && text.commaBefore(m)) return true;
        }
        return false;
    }

    /**
     * Words that open a clause of its own, as written (normalised): the one-word connectors of
     * data/lexicons/clause-connectors.csv («فيما», «بينما», «كما», "while"), and «حيث», «إذ», «حين» («في حين»), «ثم», «لكن»,
     * which open one after a comma or none.
     */
    static final Set<String> CLAUSE_OPENERS = java.util.stream.Stream.concat(
            LexiconCsv.read("clause-connectors", "language", "phrase").stream().map(row -> row.get("phrase").strip())
                    .filter(phrase -> !phrase.contains(" "))
                    .map(phrase -> org.furat.text.ArabicNormalizer.normalize(phrase).text().toLowerCase(java.util.Locale.ROOT)),
            java.util.stream.Stream.of("حيث", "اذ", "حين", "ثم", "لكن")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether word {@code k} counts what follows it: "two" of "two days after", "10" of "10 days". */
    private static boolean counted(TokenizedText text, int k) {
        return k >= 0 && (Character.isDigit(text.lower(k).charAt(0)) || ENGLISH_COUNTS.contains(text.lower(k)));
    }

    /** English cardinals of data/lexicons/number-words.csv: "two", "ten". */
    private static final Set<String> ENGLISH_COUNTS = LexiconCsv.read("number-words", "language", "phrase", "kind").stream()
            .filter(row -> row.get("language").equals("en") && row.get("kind").equals("cardinal"))
            .map(row -> row.get("phrase").toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The most words before a verb of coming that opens a sentence: "The drone strike came". */
    private static final int CAME_OPENING_WORDS = 4;

    /** Words, as written (normalised), of a lapse of some days or weeks, not counted: «أيام», «أسابيع», "days". */
    private static final Set<String> LOOSE_LAPSE = Set.of("ايام", "اسابيع", "اسبوع", "اسبوعين", "days", "week", "weeks");

    /** Whether word {@code k} opens its sentence or a clause after a comma. */
    private static boolean opensClause(TokenizedText text, int k) {
        return k == 0 || !text.joined(k) || text.commaBefore(k);
    }

    /**
     * Whether event words name an event told before as coming after another: "The protest came a day after SDF patrols
     * detained 11 young men", «وجاء الهجوم بعد يوم من اعتقال». The other is the news the sentence tells.
     */
    private static boolean cameAfter(TokenizedText text, EventClassifier.Trigger t) {
        int first = text.indexAt(t.span().start()), after = text.indexAt(t.span().end());
        boolean english = after < text.size() && text.joined(after) && CAME.contains(text.lower(after));
        boolean arabic = first > 0 && text.joined(first) && CAME.contains(text.lower(first - 1));
        if (!english && !arabic) return false;
        for (int k = after + (english ? 1 : 0); k < Math.min(text.size(), after + CAME_WORDS) && text.joined(k); k++) {
            if (cause(text.lower(k))) return true;
        }
        return false;
    }

    /** Whether a verb of coming stands a few words before word {@code k}: "came a day after", «جاء بعد». */
    private static boolean cameBefore(TokenizedText text, int k) {
        for (int m = k - 1; m >= Math.max(0, k - CAME_WORDS) && text.joined(m + 1); m--) {
            if (CAME.contains(text.lower(m))) return true;
        }
        return false;
    }

    /** The most words from the event named to "after": "came a day after", «جاء بعد يومين من». */
    private static final int CAME_WORDS = 5;
    /** Verbs of coming after (normalised): came, «جاء», «يأتي». */
    private static final Set<String> CAME = Set.of("came", "comes", "جاء", "جاءت", "وجاء", "وجاءت", "ياتي", "تاتي", "وياتي", "وتاتي");

    /** Words, as written (normalised), of how long after a cause an event came: «بعد ساعات من», «عقب أيام من». */
    static final Set<String> LAPSE = Set.of("ساعات", "ساعه", "ساعتين", "ايام", "يوم", "يومين", "دقايق", "اسابيع",
            "من", "of", "hours", "days", "weeks", "months", "minutes");

    private static final AttachedWords CAUSES = AttachedWords.of("بعد", "عقب", "اعقاب", "following", "after");

    /** Whether {@code word} (normalised, lower case) is a word of cause, «وبعد» with its conjunction too. */
    private static boolean cause(String word) {
        return CAUSES.has(word);
    }

    /**
     * Whether a toll is the cause of the event its sentence told before it, not that event's toll: "arrested a
     * number of people after the killing of one of its members", «وقفة احتجاجية تنديداً بمقتل أحد أبناء البلدة». The
     * toll follows a word of cause, and event words that are no cause stand before it. Not «على خلفية»: the coders code
     * the killing told after it as an event of its own, and the sentence's proposal may be it.
     */
    static boolean causeToll(TokenizedText text, CasualtyMention toll, List<EventClassifier.Trigger> triggers) {
        int first = text.indexAt(toll.span().start());
        // «بمقتل»: the toll may start inside a word that carries the preposition of «تنديداً بـ».
        if (first > 0 && text.end(first - 1) > toll.span().start()) first--;
        int cause = -1;
        for (int back = 1; back <= 2 && first - back >= 0 && text.joined(first - back + 1); back++) {
            String word = text.lower(first - back);
            if (cause(word) || TOLL_CAUSES.contains(word) || protestedAgainst(text, first - back)) cause = first - back;
        }
        // «رداً على الهجوم الذي أودى بحياة ثلاثة جنود», "in retaliation for a drone attack that killed three": the toll
        // of what the event answered.
        for (int back = 1; back <= RESPONSE_WORDS && cause < 0 && first - back >= 0 && text.joined(first - back + 1); back++) {
            if (RESPONSES.contains(text.lower(first - back))) cause = first - back;
        }
        if (cause < 0) return false;
        int causeWord = cause, causeStart = text.get(cause).start();
        return triggers.stream().anyMatch(t -> t.span().end() <= causeStart && !afterCause(text, t)
                && sameClause(text, text.indexAt(t.span().start()), causeWord));
    }

    /**
     * Whether {@code date} dates what an event answered, not the event: "The strikes came in retaliation for the attack on
     * Tower 22, a US outpost in Jordan, in late January", «رداً على الهجوم الذي استهدف القاعدة الأسبوع الماضي». A word of
     * answering opens the clause, the answered event's words come within a few words of it, and no other event words
     * stand between them and the date ("In response to the attack, US forces struck Mayadin on Tuesday" dates the strike).
     * Such a date dates no sentence after it either.
     */
    static boolean datesWhatWasAnswered(TokenizedText text, Span date, List<EventClassifier.Trigger> triggers) {
        int at = text.wordAt(date.start()); // «واليوم»: a date may start inside the text's last word
        for (int k = at - 1; k >= Math.max(0, at - ANSWERED_DATE_WORDS) && text.sameSentence(k, at); k--) {
            if (k + 1 >= at || !opensWhatWasAnswered(text, k)) continue;
            int opens = text.end(k);
            List<EventClassifier.Trigger> between = triggers.stream()
                    .filter(t -> t.span().start() >= opens && t.span().end() <= date.start()).toList();
            if (between.isEmpty()) return false;
            int answered = text.indexAt(between.get(0).span().start());
            // «رداً على ذلك، قصفت قوات النظام الشحيل يوم الثلاثاء»: a comma before the event words ends what was answered;
            // event words after the first («رداً على هجوم بطائرات مسيّرة طال قاعدة التنف قبل أسبوع») are more of it, up
            // to a comma.
            int last = between.size() == 1 ? answered : at;
            for (int m = k + 1; m <= last; m++) if (text.commaBefore(m)) return false;
            return answered - k <= RESPONSE_WORDS;
        }
        return false;
    }

    /**
     * Whether word {@code k} and the next open what an event answered: "in retaliation for", "in response to", «رداً
     * على», «ورداً على»; not "In retaliation, US forces struck", nor "a rapid response unit".
     */
    private static boolean opensWhatWasAnswered(TokenizedText text, int k) {
        return k + 1 < text.size() && text.joined(k + 1) && ANSWERED.contains(text.lower(k + 1))
                && (RESPONSES.contains(text.lower(k)) || RESPONSES.contains(text.key(k)));
    }

    /** The words (normalised) that open what an event answered, right after the word of answering. */
    private static final Set<String> ANSWERED = Set.of("for", "to", "علي", "على");
    /** The most words from a word of answering to the date of what was answered: where, and what it was. */
    private static final int ANSWERED_DATE_WORDS = 20;

    /** Words, as written (normalised), that name what an event answered: «احتجاجاً على», «تنديداً بـ». */
    private static final Set<String> TOLL_CAUSES = Set.of("احتجاجا", "تنديدا");

    /**
     * Whether word {@code k} is the «على» of a verb of protesting a few words before it in its clause: «احتج العشرات من
     * أهالي بلدة ذيبان اليوم على مقتل شاب»: what follows is what they protested.
     */
    private static boolean protestedAgainst(TokenizedText text, int k) {
        if (!text.lower(k).equals("علي")) return false;
        for (int m = k - 1; m >= Math.max(0, k - PROTESTED_WORDS) && text.joined(m + 1) && !text.commaBefore(m + 1); m--) {
            String word = text.lower(m);
            if (PROTESTED.stream().anyMatch(word::startsWith)) return true;
        }
        return false;
    }

    /** The most words between a verb of protesting and its «على»: who protested, where and when. */
    private static final int PROTESTED_WORDS = 9;
    /** Beginnings of Arabic verbs of protesting, as written (normalised): «احتج», «احتجوا», «يحتجون». */
    private static final List<String> PROTESTED = List.of("احتج", "واحتج", "يحتج", "تحتج");
    /** Words of answering, as written (normalised), that open what an event answered and its toll. */
    private static final Set<String> RESPONSES = Set.of("ردا", "retaliation", "response", "reprisal");
    /** The most words between them and the toll: «على الهجوم الذي», "for a drone attack that". */
    private static final int RESPONSE_WORDS = 6;

    private static boolean sameClause(TokenizedText text, int from, int to) {
        for (int k = Math.min(from, to) + 1; k <= Math.max(from, to); k++) {
            if (!text.joined(k)) return false;
        }
        return true;
    }

    /**
     * Whether event words open a relative clause, which says what a thing named before went through: «وتعفش القرى التي
     * سيطرت عليها مؤخراً» (loots the villages it took lately), "Khasham, which the army captured last month". The
     * sentence's own event is told by its other words. Not English "that", which as often opens what a source says.
     */
    private static boolean inRelativeClause(TokenizedText text, EventClassifier.Trigger t) {
        int k = text.indexAt(t.span().start());
        if (k > 0 && text.joined(k) && RELATIVES.contains(text.form(k - 1))) return true;
        // «وفرضت حظراً للتجوال في الحي الذي شهد الاشتباك»: what the place named before witnessed.
        // («الذي شهد قصفاً مدفعياً» tells the shelling, told for the first time.)
        if (k > 1 && text.joined(k) && text.joined(k - 1) && WITNESSED.contains(text.form(k - 1)) && RELATIVES.contains(text.form(k - 2))
                && text.form(k).startsWith("ال")) {
            return true;
        }
        // English puts the clause's subject between: "which the army captured".
        for (int back = 1; back <= ENGLISH_SUBJECT_WORDS + 1 && k - back >= 0 && text.joined(k - back + 1); back++) {
            if (text.lower(k - back).equals("which")) return true;
        }
        return false;
    }

    /**
     * Whether words of protest say why the sentence's event was done, not a protest: "attacked SDF positions in protest
     * against the dismissal", «أغلقوا الطرق احتجاجاً على». The sentence's own event is told by its other words.
     */
    private static boolean inProtest(TokenizedText text, EventClassifier.Trigger t) {
        if (t.type() != SubEventType.PEACEFUL_PROTEST) return false;
        int k = text.indexAt(t.span().start());
        return k > 0 && text.joined(k) && text.form(k - 1).equalsIgnoreCase("in") || text.form(k).equals("احتجاجا");
    }

    /** Verbs of a place witnessing an event, as written (normalised): «الذي شهد», «التي شهدت». */
    private static final Set<String> WITNESSED = Set.of("شهد", "شهدت", "يشهد", "تشهد");

    /** Arabic relative pronouns as written (normalised), right before the verb of their clause. */
    private static final Set<String> RELATIVES = Set.of("التي", "الذي", "الذين", "اللذين", "اللتين");
    /** At most this many words of an English relative clause's subject: "which the Syrian army". */
    private static final int ENGLISH_SUBJECT_WORDS = 3;
}
