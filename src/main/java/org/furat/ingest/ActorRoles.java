package org.furat.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.furat.model.SubEventType;
import org.furat.text.ArabicNormalizer;
import org.furat.text.Proclitics;

/**
 * Tells the side that acts from the side acted on among the actors a sentence names, by the words just before
 * each name ({@code data/lexicons/actor-role-cues.csv}). The side struck is named after what it owns or is:
 * «انفجار عبوة ناسفة بسيارة لقسد» (a car of the SDF), «استهدف مواقع قسد», "attacked SDF positions", «مقتل عنصر من
 * قسد»; the side that acts after an agent phrase («من قبل», «على يد», "by") or as the agent of the verbal noun
 * before it («قصف مدفعي لقوات الأسد»: shelling by Assad's forces), or right before the event in English ("an ISIS
 * attack"); a side named as who holds the area («الخاضعة لسيطرة قسد», "areas controlled by", "SDF-held") is neither
 * and is given as the {@link Sides#holder}, unless fire is said to come from where it holds («صواريخ مصدرها مناطق
 * سيطرة النظام», "fired from areas controlled by") and no other side fired; a side named as backing another
 * («مدعومة بطيران التحالف», "US-backed") is no side of the event, nor is one the sentence cites («بحسب قسد», "according
 * to the SDF") or one that left a remnant behind («من مخلفات تنظيم داعش»); the side people are suspected or accused of
 * serving («بتهمة تمويل خلايا التنظيم», "suspected of links to ISIS") is whose the people arrested were. Cue words are
 * read back to the start of their clause. Where no word tells,
 * the first side named acts, unless the sentence says the attackers are unknown («مسلحين مجهولين»), and a later one
 * is acted on; civilians are always acted on. Whose people a toll counts («مقتل 3 عناصر من قسد») were acted on. A name
 * restated in brackets («قوات سوريا الديمقراطية (قسد)») is one mention. Immutable and thread-safe.
 */
final class ActorRoles {

    /**
     * The two sides of a proposal, either may be null, and the side the sentence names as holding the area where
     * it happened («الخاضعة لسيطرة التنظيم», "the SDF-held town"), if another than actor1.
     */
    record Sides(ActorMention actor1, ActorMention actor2, ActorMention holder) {}

    private enum Role { AGENT, TARGET, SUSPECTED, GUESSED, BLAMED, CONTEXT, ALLY, SOURCE, LEFT_BEHIND, FORMER, UNTOLD }

    /** How many words before a name are read for a cue. */
    private static final int CUE_WORDS = 3;
    /** At most this many words (adjectives: «مدفعي», «جوي») between a verbal noun and «ل» + its agent. */
    private static final int AGENT_GAP = 2;
    /** At most this many words (modifiers: "rocket", "suicide") between an English name and the event it did. */
    private static final int ATTRIBUTIVE_GAP = 2;
    /** English verbs of running into a mine or a bomb (as {@link #key} writes them): "hit a landmine", "struck an IED". */
    private static final Set<String> RAN_INTO = Set.of("hit", "struck", "triggered");

    private final Set<String> agentCues = new HashSet<>();
    private final Set<String> targetCues = new HashSet<>();
    private final Set<String> contextCues = new HashSet<>();
    private final Set<String> allyCues = new HashSet<>();
    private final Set<String> defenceCues = new HashSet<>();

    ActorRoles() {
        for (LexiconCsv.Row row : LexiconCsv.read("actor-role-cues", "language", "role", "word")) {
            String key = key(row.get("word"));
            switch (row.get("role")) {
                case "agent" -> agentCues.add(key);
                case "target" -> targetCues.add(key);
                case "context" -> contextCues.add(key);
                case "ally" -> allyCues.add(key);
                case "defends" -> defenceCues.add(key);
                default -> throw row.error("role must be agent, target, context, ally or defends");
            }
        }
    }

    /**
     * The sides of an event told by {@code sentence} with the words {@code trigger}, among {@code named} (the
     * actors the sentence names, in text order). {@code text} is the report the spans point into.
     */
    Sides of(TokenizedText text, Span sentence, Span trigger, SubEventType type, List<ActorMention> mentioned,
             List<CasualtyMention> tolls) {
        boolean clash = type == SubEventType.ARMED_CLASH;
        List<ActorMention> named = withoutRestatements(text.original(), mentioned);
        List<Role> roles = oneRoleEach(named,
                named.stream().map(a -> former(text, text.indexAt(sentence.start()), text.indexAt(a.span().start())) ? Role.FORMER
                        : countedAmong(text, a, tolls) || hurtTogether(text, a) ? Role.TARGET
                        : role(text, sentence, trigger, type, a)).toList());
        roles = tellersStruck(text, trigger, named, roles);
        if (clash) roles = bothFought(text, named, roles);
        // «وصول رتل عسكري للميليشيات»: whose convoy moved, named as a convoy's owner, did it (no convoy moved was struck).
        if (OWN_DOINGS.contains(type)) roles = roles.stream().map(r -> r == Role.TARGET ? Role.UNTOLD : r).toList();
        ActorMention actor1 = null, actor2 = null;
        for (int i = 0; i < named.size() && actor1 == null; i++) {
            if (!civilians(named.get(i)) && roles.get(i) == Role.AGENT) actor1 = named.get(i);
        }
        // «مسلحين مجهولين», "unknown armed men": the sentence says who did it is not known, so a side it names
        // without a cue is not taken for the one who did it.
        boolean unknownAttackers = actor1 == null && namesUnknownAttackers(text, sentence);
        for (int i = 0; i < named.size() && actor1 == null && !unknownAttackers; i++) {
            if (!civilians(named.get(i)) && roles.get(i) == Role.UNTOLD) actor1 = named.get(i);
        }
        // "arrested 12 people suspected of links to ISIS", «بتهمة تمويل خلايا التنظيم»: whose the people taken are said to be.
        for (int i = 0; i < named.size() && actor2 == null; i++) {
            if (named.get(i) != actor1 && !named.get(i).sameSideAs(actor1) && roles.get(i) == Role.SUSPECTED) actor2 = named.get(i);
        }
        for (int i = 0; i < named.size() && actor2 == null; i++) {
            ActorMention a = named.get(i);
            if (a != actor1 && !a.sameSideAs(actor1) && roles.get(i) == Role.TARGET) actor2 = a;
        }
        // Civilians named are those it was done to, but not where they only told of it ("according to residents").
        for (int i = 0; i < named.size() && actor2 == null; i++) {
            if (civilians(named.get(i)) && roles.get(i) != Role.SOURCE) actor2 = named.get(i);
        }
        // "a former ISIS member", «عنصر سابق في قسد»: who left a side is a civilian, and that side no side of the event.
        for (int i = 0; i < named.size() && actor2 == null; i++) {
            if (roles.get(i) == Role.FORMER) actor2 = new ActorMention(CIVILIANS, named.get(i).span());
        }
        for (int i = 0; i < named.size() && actor2 == null; i++) {
            ActorMention a = named.get(i);
            if (a != actor1 && !a.sameSideAs(actor1) && a.span().start() > trigger.start() && roles.get(i) == Role.UNTOLD) actor2 = a;
        }
        // "SDF officials said ISIS militants attacked a checkpoint": a side that only told of an attack on nobody else
        // named was what it told of.
        for (int i = 0; i < named.size() && actor2 == null && ATTACKED.contains(type); i++) {
            ActorMention a = named.get(i);
            if (!civilians(a) && !a.sameSideAs(actor1) && onlySaid(text, a, trigger)) actor2 = a;
        }
        // "The SDF clashed with regime fighters, leaving 25 people dead": the people a clash's toll counts are of either
        // side, not a side of their own.
        if (clash && actor1 != null && actor2 != null && civilians(actor2) && GENERIC_PEOPLE.contains(key(actor2.span().text()))) {
            actor2 = null;
        }
        // "SDF and regime forces clash": both sides of a clash fought, wherever the sentence names the second; a side
        // named as holding the area or backing one did not.
        for (int i = 0; i < named.size() && clash && actor1 != null && actor2 == null; i++) {
            ActorMention a = named.get(i);
            if (!civilians(a) && !a.sameSideAs(actor1) && (roles.get(i) == Role.UNTOLD || roles.get(i) == Role.AGENT)) actor2 = a;
        }
        ActorMention holder = null;
        for (int i = 0; i < named.size() && holder == null; i++) {
            if (roles.get(i) == Role.CONTEXT && !named.get(i).sameSideAs(actor1)) holder = named.get(i);
        }
        // «بصواريخ أطلقت من مناطق يسيطر عليها النظام», "rockets fired from areas controlled by": fire from where a side
        // holds was that side's, where no other side is said to have fired.
        boolean firedByHolder = holder != null && !holder.sameSideAs(actor2) && firedFrom(text, sentence, holder);
        // «أسقطت الدفاعات الجوية لقاعدة التحالف طائرة مسيرة أطلقت من مناطق سيطرة الميليشيات»: a weapon foiled was aimed at
        // the side that foiled it, named as the one struck; that side acted, on the side the weapon came from, if named.
        if (type == SubEventType.DISRUPTED_WEAPONS_USE && actor1 == null && actor2 != null && !civilians(actor2)
                && (firedByHolder || broughtDown(trigger))) {
            return new Sides(actor2, firedByHolder ? holder : null, null);
        }
        if (actor1 == null && firedByHolder) return new Sides(holder, actor2, null);
        // Forces moved or a post set up: nobody was acted on (the coders name no second side), whoever the sentence names.
        if (OWN_DOINGS.contains(type)) return new Sides(actor1, null, holder);
        return new Sides(actor1, actor2, holder);
    }

    /** Whether a foiled weapon's words say it was shot down or intercepted (not seized, which a side's own arms are). */
    private static boolean broughtDown(Span trigger) {
        String words = key(trigger.text().split("\\s+")[0]);
        return BROUGHT_DOWN.stream().anyMatch(words::startsWith);
    }

    /** The beginnings of words of shooting down and intercepting, as {@link #key} writes them. */
    private static final List<String> BROUGHT_DOWN = List.of("اسقط", "اسقاط", "اعترض", "اعتراض", "shot", "shoot", "downed",
            "intercept");

    /**
     * Whether the side named at word {@code name} is one its member left: "a former ISIS member", "a former regime
     * soldier", «عنصر سابق في داعش», «عنصراً سابقاً في قسد» (the definite «النظام السابق» comes after its noun).
     */
    private static boolean former(TokenizedText text, int sentenceStart, int name) {
        for (int k = name - 1; k >= Math.max(sentenceStart, name - FORMER_WORDS); k--) {
            String word = text.lower(k);
            // "the former regime" is the fallen regime itself, whose remnants fight on.
            // «القرى التي سيطرت عليها سابقاً قسد»: «سابقاً» is also "previously"; a former member is named before it.
            boolean member = k > 0 && (text.get(k).arabic() ? FORMER_MEMBERS.contains(text.form(k - 1))
                    : INDEFINITE_ARTICLES.contains(text.lower(k - 1)));
            if (FORMER.contains(word) && member) return true;
        }
        return false;
    }

    /** "a", "an": the English indefinite articles. */
    static final Set<String> INDEFINITE_ARTICLES = Set.of("a", "an");
    /** Members a side may have had, as written (normalised), before «سابق». */
    private static final Set<String> FORMER_MEMBERS = Set.of("عنصر", "عنصرا", "عضو", "عضوا", "مقاتل", "مقاتلا", "قيادي",
            "قياديا", "جندي", "جنديا", "مسوول", "مسوولا", "قايد", "قايدا");

    /** How many words before a side's name are read for "former": «سابقاً في», "a former". */
    private static final int FORMER_WORDS = 2;
    /** "Former", as written (normalised). */
    private static final Set<String> FORMER = Set.of("former", "سابق", "سابقا", "سابقه");
    private static final String CIVILIANS = "civilians";

    /**
     * The first side of {@code mentioned} whose people {@code tolls} count («مقتل 3 عناصر من قسد», "killed five SDF
     * members"), or null.
     */
    static ActorMention countedIn(TokenizedText text, List<ActorMention> mentioned, List<CasualtyMention> tolls) {
        return withoutRestatements(text.original(), mentioned).stream()
                .filter(a -> !civilians(a) && countedAmong(text, a, tolls)).findFirst().orElse(null);
    }

    /**
     * The roles with a side that only told of the event ({@link #onlySaid}) and is named again as struck, as its teller:
     * "The US military said there were no casualties in the attack, which targeted … a US base" tells of an attack on
     * the teller's own base, which the teller did not make.
     */
    private static List<Role> tellersStruck(TokenizedText text, Span trigger, List<ActorMention> named, List<Role> roles) {
        List<Role> told = new java.util.ArrayList<>(roles);
        for (int i = 0; i < named.size(); i++) {
            if (roles.get(i) != Role.UNTOLD || !onlySaid(text, named.get(i), trigger) || speaksOfItself(text, named.get(i), trigger)) {
                continue;
            }
            for (int j = 0; j < named.size(); j++) {
                if (j != i && roles.get(j) == Role.TARGET && named.get(j).sameSideAs(named.get(i))) told.set(i, Role.SOURCE);
            }
        }
        return told;
    }

    /** Whether a word the side says of itself ("it", "its", "we") stands between its name and the event words. */
    private static boolean speaksOfItself(TokenizedText text, ActorMention side, Span trigger) {
        for (int k = text.indexAt(side.span().end()); k < text.size() && text.get(k).start() < trigger.start(); k++) {
            if (ITSELF_EN.contains(text.lower(k))) return true;
        }
        return false;
    }

    /**
     * The roles with a side named again without a cue given the role its words gave it elsewhere in the sentence:
     * "Security forces arrested another ISIS element, … smuggling weapons to sleeper cells" names ISIS twice, as the
     * side arrested both times.
     */
    private static List<Role> oneRoleEach(List<ActorMention> named, List<Role> roles) {
        List<Role> settled = new java.util.ArrayList<>(roles);
        for (int i = 0; i < named.size(); i++) {
            if (roles.get(i) != Role.UNTOLD) continue;
            for (int j = 0; j < i; j++) {
                Role other = roles.get(j);
                if (named.get(i).sameSideAs(named.get(j)) && (other == Role.TARGET || other == Role.AGENT)) {
                    settled.set(i, other);
                    break;
                }
            }
        }
        return settled;
    }

    /**
     * The roles with a side joined by "and" or «و» to the side that fought a clash fighting it too, the first named first:
     * "The SDF and Defense Ministry forces exchanged fire", «اشتبكت قسد وقوات الحكومة».
     */
    private static List<Role> bothFought(TokenizedText text, List<ActorMention> named, List<Role> roles) {
        List<Role> fought = new java.util.ArrayList<>(roles);
        for (int i = 0; i + 1 < named.size(); i++) {
            if (fought.get(i) != Role.UNTOLD || roles.get(i + 1) != Role.AGENT || named.get(i).sameSideAs(named.get(i + 1))) continue;
            int end = text.indexAt(named.get(i).span().end()), next = text.indexAt(named.get(i + 1).span().start());
            boolean and = next == end + 1 && text.form(end).equalsIgnoreCase("and")
                    || next == end && text.form(next).startsWith("و") && text.get(next).arabic();
            if (and && text.joined(next)) fought.set(i, Role.AGENT);
        }
        return fought;
    }

    /**
     * Whether a member of a side («عنصر من خلايا التنظيم», "an ISIS member") is named before the event's words, as who
     * did it: «أقدم عنصر من خلايا التنظيم على قتل عنصر في قسد رمياً بالرصاص». Members a toll counts («قتل عنصر من قسد»)
     * were acted on, and are told so before this is asked; so were members after a figure («قتل وأصيب 12 عنصراً من قسد
     * في المواجهات», a toll of both kinds the reader does not split).
     */
    private static boolean memberBeforeTheEvent(TokenizedText text, String cue, Span name, Span trigger) {
        if (!MEMBER.contains(cue) && !ARMED_MEN.contains(cue) || name.end() > trigger.start()) return false;
        // "a bus carrying members of the NDF hit a landmine", «حافلة تقل عناصر من قوات النظام»: members carried were acted on.
        int at = text.indexAt(name.start());
        for (int k = at - 1; k >= Math.max(0, at - CARRIED_WORDS) && text.joined(k + 1); k--) {
            if (CARRYING.contains(text.lower(k))) return false;
        }
        // "An SDF member was abducted by unknown gunmen": a member told in the passive was acted on.
        for (int k = text.indexAt(name.end()); k < text.size() && text.get(k).start() < trigger.start(); k++) {
            if (PASSIVE.contains(text.lower(k)) || UNDERGOING.contains(text.lower(k))) return false;
        }
        return true;
    }

    /** How far before a side's name a word of carrying its members may be: "carrying members of the". */
    private static final int CARRIED_WORDS = 4;
    /** Words of carrying people (normalised): "a bus carrying", «سيارة تقل». */
    private static final Set<String> CARRYING = Set.of("carrying", "transporting", "تقل", "يقل", "تنقل", "ينقل", "تقلان");

    /**
     * A member of a side, as written (normalised, without proclitics). Not the accusative «عنصراً»: after a figure
     * («12 عنصراً») or a verb («استهدفوا عنصراً») it is whom the event befell.
     */
    private static final Set<String> MEMBER = Set.of("عنصر", "عناصر", "member", "members");
    /**
     * English nouns of a side's armed men, which may end its name ("tribal fighters", "ISIS militants"): before the event's
     * words, not in the passive, they did it ("tribal fighters … attacked SDF positions").
     */
    private static final Set<String> ARMED_MEN = Set.of("fighters", "militants", "gunmen", "soldiers", "troops", "militiamen");
    /** «عناصر» (members), as {@link #key} writes it. */
    private static final String MEMBERS_PLURAL = "عناصر";

    /**
     * Whether word {@code k} is «عناصر» where the members may be who acted, not whom it was done to: after «بين»
     * («الاشتباكات بين عناصر المجلس وقوات قسد»: both fought), right after the event's words («اعتقل عناصر الأمن العام
     * ثلاثة شبان»: Arabic puts the subject after its verb) or after the verbal noun of targeting, which news follows
     * with who targeted as often as with what («استهداف عناصر التنظيم حافلة»). So are a side's posts after «بين»
     * («تبادل لإطلاق النار بين نقاط الجيش ومواقع قسد»: both fired). No word before {@code from} is read.
     */
    private static boolean membersWhoMayAct(TokenizedText text, int from, int k, Span trigger) {
        if (k <= from || k <= 0) return false;
        String word = text.key(k);
        if (text.lower(k - 1).equals("بين") && (word.equals(MEMBERS_PLURAL) || POSITIONS.contains(word) || UNITS.contains(word))) {
            return true;
        }
        return word.equals(MEMBERS_PLURAL) && (text.key(k - 1).startsWith("استهداف") || text.end(k - 1) == trigger.end());
    }

    /**
     * Whether the side named from word {@code name} to {@code after} lost the ground an event took: it withdrew («بعد
     * انسحاب قسد», "after the withdrawal of government forces", "after the SDF withdrew"), or it was taken from it
     * ("recaptured the town from Arab tribal gunmen").
     */
    private static boolean lostTheGround(TokenizedText text, int sentenceStart, int name, int after, Span trigger) {
        int before = name - 1;
        if (before > sentenceStart && text.lower(before).equals("the")) before--;
        if (before >= sentenceStart && text.lower(before).equals("of") && before > sentenceStart) before--;
        if (before >= sentenceStart && (WITHDRAWAL.contains(text.key(before))
                || text.lower(before).equals("from") && text.get(name).start() > trigger.end())) {
            return true;
        }
        return after < text.size() && text.joined(after) && WITHDRAWAL.contains(text.key(after));
    }

    /** The second words of English compounds that say who backs or leads a side: "US-backed", "Kurdish-led". */
    private static final Set<String> COMPOUND_PARTICIPLES = Set.of("backed", "led", "affiliated", "aligned", "allied",
            "supported", "sponsored");
    /** A side's positions, as {@link #key} writes them, that fire may be said to come from. */
    private static final Set<String> POSITIONS = Set.of("مواقع", "موقع", "نقاط", "تمركزات");
    /**
     * Whether word {@code k}, before a side's positions, says fire came from them: «مصدره مواقع» anywhere; «من» only
     * right after the event's words or one word of them («قصف مدفعي من مواقع»), not «عدداً من مواقع» (a number of the
     * positions struck) or «بالقرب من مواقع» (near them).
     */
    private static boolean firedFrom(TokenizedText text, int k, Span trigger) {
        String word = text.key(k);
        if (SOURCE_OF_FIRE.contains(word)) return true;
        int afterTrigger = text.indexAt(trigger.end());
        return word.equals("من") && k >= afterTrigger && k - afterTrigger <= 1;
    }

    /** Whether words {@code k} to the side's name at {@code name} are a noun of forces and «من»: «وحدات من الجيش». */
    private static boolean forcesOf(TokenizedText text, int k, int name) {
        // As written too: the key of «وحدات» takes its first letter for «و».
        return k + 2 == name && (FORCES.contains(text.key(k)) || FORCES.contains(text.lower(k))) && text.lower(k + 1).equals("من");
    }

    /** «مصدره», its source, as {@link #key} writes it. */
    private static final Set<String> SOURCE_OF_FIRE = Set.of("مصدره", "مصدرها", "مصدرهما");
    /** «تابعة», belonging, as {@link #key} writes it (without the article). */
    private static final Set<String> BELONGING = Set.of("تابعه", "تابع", "تابعين", "تابعون");
    /** Nouns for a side's forces (as {@link #key} writes them) that «تابعة ل» names the side of. */
    private static final Set<String> FORCES = Set.of("قوات", "مجموعات", "مجموعه", "فصائل", "مسلحين", "مسلحون", "وحدات",
            "خليه", "خلايا");
    /** Words of withdrawing, as {@link #key} writes them: the side named right after the noun or before the verb withdrew. */
    private static final Set<String> WITHDRAWAL = Set.of("انسحاب", "انسحبت", "انسحب", "انسحبوا", "withdrawal", "withdrew",
            "withdrawn", "pulled");

    /**
     * Verbs after which a unit named did the event, as {@link #key} writes them: raiding («داهمت دورية لقسد منازل …
     * واعتقلت», the patrol raided), arresting, launching a raid, finding weapons.
     */
    private static final Set<String> UNIT_VERBS = Set.of("داهمت", "داهم", "اقتحمت", "اقتحم",
            // «ألقت دوريات الأمن العام القبض على»: the verb of an arrest, its noun after the unit (as written: «أل» is
            // no article here).
            "القت", "القي",
            // «اعتقلت دورية لفرع الأمن العسكري 11 شاباً … واقتادتهم إلى جهة مجهولة»: a verb of taking people before the
            // unit, the event's words told later.
            "اعتقلت", "اعتقل", "اختطفت", "خطفت",
            // «شنت دوريات تابعة لقوات النظام حملة دهم … اعتقلت خلالها»: launched, the raid named after the unit.
            "شنت", "شن", "نفذت", "نفذ",
            // «عثرت دورية تابعة للأمن العام على مخبأ أسلحة»: weapons found or seized by the unit.
            "عثرت", "عثر", "ضبطت", "ضبط", "صادرت");

    /** Events a side does with its own units, to nobody: moving them, setting up a post. */
    private static final Set<SubEventType> OWN_DOINGS = java.util.EnumSet.of(SubEventType.CHANGE_TO_GROUP_ACTIVITY,
            SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);

    /** Events done to people, whom no unit of a side can be: the unit named right after their verb did them. */
    private static final Set<SubEventType> TAKES_PEOPLE = java.util.EnumSet.of(SubEventType.ARRESTS,
            SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
    /** Words for people of no side told (normalised). */
    private static final Set<String> GENERIC_PEOPLE = Set.of("people", "persons", "شخص", "شخصين", "شخصان", "اشخاص", "شخصا");
    /** Units of a side that take people (normalised): not its members, who are taken as often as they take. */
    private static final Set<String> UNITS = Set.of("دوريه", "دوريات", "حاجز", "حواجز", "رتل", "ارتال", "نقطه");

    /**
     * Whether the area a side holds, whose first word is {@code k}, is what the event's words struck, told right after
     * them or after «استهداف»: «بقصف مناطق سيطرة التنظيم», «باستهداف مناطق سيطرة التنظيم», "shelled ISIS-held areas".
     * The side holding it was struck (the coders' actor2, whoever else was hurt); an area named further on only says
     * where it happened.
     */
    private static boolean struckArea(TokenizedText text, Span trigger, int k) {
        if (k < 1) return false;
        int after = text.indexAt(trigger.end());
        if (after < k && text.form(after).equalsIgnoreCase("the")) after++; // "shelled the ISIS-held areas"
        return text.get(k).start() >= trigger.end() && k == after || text.key(k - 1).startsWith("استهداف");
    }

    /** Whether the words just before a side held as the area's say the fire came from there. */
    private static boolean firedFrom(TokenizedText text, Span sentence, ActorMention holder) {
        int name = text.indexAt(holder.span().start()), start = text.indexAt(sentence.start());
        for (int k = name - 1; k >= Math.max(start, name - FIRED_FROM_WORDS); k--) {
            String word = text.lower(k);
            if (FIRE_CAME_FROM.contains(word)) return true;
            if ((word.equals("from") || word.equals("من")) && k > start && FIRED.contains(text.lower(k - 1))) return true;
        }
        return false;
    }

    /** How many words before a holder's name are read for where fire came from: «مصدرها مناطق سيطرة». */
    private static final int FIRED_FROM_WORDS = 4;
    /** Words, as written (normalised), saying where fire came from: its source. */
    private static final Set<String> FIRE_CAME_FROM = Set.of("مصدرها", "مصدره", "مصدرهما");
    /** Verbs of firing before "from" or «من», as written (normalised): «طائرة مسيرة أطلقت من مناطق سيطرة الميليشيات». */
    private static final Set<String> FIRED = Set.of("fired", "launched", "came", "اطلقت", "اطلق", "انطلقت", "انطلق");

    /** Whether a word of {@code sentence} says the attackers are unknown: «مجهولين», «ملثمين», "unidentified". */
    private static boolean namesUnknownAttackers(TokenizedText text, Span sentence) {
        for (int k = text.indexAt(sentence.start()); k < text.size() && text.get(k).start() < sentence.end(); k++) {
            String word = text.lower(k);
            boolean unknownPlace = k > 0 && NOT_PEOPLE.contains(text.form(k - 1)); // «إلى جهة مجهولة»: where to
            if (UNKNOWN.contains(word) || !unknownPlace && (word.startsWith("مجهول") || word.startsWith("ملثم"))) return true;
            // "The SDF said a suicide bomber blew himself up at a checkpoint", «قالت قسد إن انتحارياً فجّر نفسه»: a bomber
            // the sentence does not say whose.
            if (SUICIDE_BOMBER.contains(word) || word.equals("bomber") && k >= 2 && text.lower(k - 1).equals("suicide")
                    && text.lower(k - 2).equals("a")) {
                return true;
            }
        }
        return false;
    }

    /** «انتحاري» without the article, as written (normalised): a suicide bomber (not «انتحارية», suicide drones). */
    private static final Set<String> SUICIDE_BOMBER = Set.of("انتحاري", "انتحاريا");

    private static final Set<String> UNKNOWN = Set.of("unidentified", "unknown", "masked");
    /** Nouns whose «مجهول» is no unknown attacker: an unknown destination, fate or place. */
    private static final Set<String> NOT_PEOPLE = Set.of("جهه", "مصير", "مكان");

    /**
     * The mentions without those that only restate the one before: «"قوات سوريا الديمقراطية" (قسد)», "the Syrian
     * Democratic Forces (SDF)" name one side once, and the abbreviation in brackets has none of the words before
     * the name that tell its role.
     */
    private static List<ActorMention> withoutRestatements(String text, List<ActorMention> named) {
        if (named.size() < 2) return named;
        List<ActorMention> kept = new java.util.ArrayList<>(named.size());
        for (ActorMention a : named) {
            ActorMention last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && a.sameSideAs(last) && onlyMarksBetween(text, last.span().end(), a.span().start())) continue;
            kept.add(a);
        }
        return kept;
    }

    private static boolean onlyMarksBetween(String text, int from, int to) {
        if (to < from) return false;
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) return false;
        }
        return true;
    }

    /**
     * Whether the side is whose people a count of dead and wounded together names, which gives no toll of either
     * ({@link CasualtyExtractor}): «قتل وأصيب خمسة عناصر من الميليشيات», "killed or wounded five members of": the words
     * of harm, at most a count, the members, then the side (not «قتل وأصيب خمسة مدنيين بهجوم لعناصر من داعش»).
     */
    private static boolean hurtTogether(TokenizedText text, ActorMention actor) {
        int name = text.indexAt(actor.span().start());
        int link = name - 1;
        if (link >= 1 && text.lower(link).equals("the") && text.joined(link)) link--; // "members of the SDF"
        int members = link - 1;
        if (members < 2 || !text.joined(link + 1) || !text.joined(link) || !text.joined(members)
                || !LINKS.contains(text.form(link))
                || !MEMBERS.contains(text.form(members)) && !MEMBERS_EN.contains(text.lower(members))) {
            return false;
        }
        // Right before the members, or a count between: «قتل وأصيب خمسة عناصر», "killed or wounded five members".
        return woundedAfterKilled(text, members - 1) || woundedAfterKilled(text, members - 2) && text.joined(members - 1);
    }

    /** Whether word {@code k} is a word of wounding right after one of killing: «قتل وأصيب», "killed or wounded". */
    private static boolean woundedAfterKilled(TokenizedText text, int k) {
        if (k < 1 || !text.joined(k)) return false;
        String word = text.lower(k), before = text.lower(k - 1);
        if (word.startsWith("و") && WOUNDED_TOO.contains(word.substring(1))) return KILLED_FIRST.contains(before);
        return WOUNDED_TOO.contains(word) && k >= 2 && text.joined(k - 1) && (before.equals("and") || before.equals("or"))
                && KILLED_FIRST.contains(text.lower(k - 2));
    }

    /** Words of killing that a word of wounding follows in a count of both, as written (normalised). */
    private static final Set<String> KILLED_FIRST = Set.of("قتل", "مقتل", "killed", "killing");
    /** Words of wounding after one of killing, «و» aside, as written (normalised). */
    private static final Set<String> WOUNDED_TOO = Set.of("اصيب", "اصابه", "جرح", "wounded", "injured", "wounding", "injuring");
    /** «آخر», «آخران», «آخرون», "other", as written (normalised). */
    private static final Set<String> OTHERS = Set.of("اخر", "اخران", "اخرين", "اخرون", "اخري", "اخريات", "other", "others");
    /** English words for the members of a side counted, as written (lower case): "five members of". */
    private static final Set<String> MEMBERS_EN = Set.of("members", "fighters", "militiamen", "soldiers", "elements");

    /**
     * Whether the actor is whose people a toll counts: named inside it or right after it, past a link word
     * («مقتل 3 عناصر من قسد», "killed two members of the SDF").
     */
    private static boolean countedAmong(TokenizedText text, ActorMention actor, List<CasualtyMention> tolls) {
        int name = text.indexAt(actor.span().start());
        for (CasualtyMention toll : tolls) {
            // «قتلت قسد مدنيين اثنين»: a side right after the toll's verb killed the people counted after it; so did one
            // after the men who did it («اغتال مرتزقة داعش مختار البلدة»).
            int verb = text.indexAt(toll.span().start());
            boolean menFirst = name == verb + 2 && EXECUTING.contains(text.form(verb)) && KILLERS.contains(text.form(verb + 1));
            if (actor.span().within(toll.span()) && (menFirst || name == verb + 1
                    && (SideKillings.killsFirst(text.form(name - 1)) || EXECUTING.contains(text.form(name - 1))))) continue;
            // «مقتل أحد عناصر قسد»: the toll's people and the side's name may share a word.
            boolean sharedWord = actor.span().start() < toll.span().end() && toll.span().end() < actor.span().end();
            // «ارتفعت حصيلة قتلى قوات الأسد في الهجوم الذي نفذته خلايا التنظيم … إلى ١١»: a side named in a relative
            // clause inside a toll tells the event, not whom the toll counts.
            boolean named = actor.span().within(toll.span()) && !relativeBetween(text, text.indexAt(toll.span().start()), name);
            if (named || sharedWord) return true;
            if (toll.span().end() > actor.span().start()) continue;
            int after = text.indexAt(toll.span().end());
            // «أصيب عنصران آخران من قسد»: "others" says whom they come after, not whose they are.
            if (after < name && OTHERS.contains(text.lower(after))) after++;
            int between = name - after;
            if (between == 0 || between == 1 && (LINKS.contains(text.form(after)) || MEMBERS.contains(text.form(after)))) return true;
            if (between > 1 && LINKS.contains(text.form(after)) && pastPossessor(text, after + 1) == name) return true;
            // "killed a lieutenant colonel of the regime's Military Security branch"; not "a member of the SDF-affiliated
            // civil council", a civilian.
            int afterName = text.indexAt(actor.span().end());
            if (between == 2 && text.lower(after).equals("of") && text.lower(after + 1).equals("the")
                    && !(afterName < text.size() && AFFILIATED.contains(text.key(afterName)) && civilBodyAt(text, afterName + 1))) {
                return true;
            }
            // «ارتقى أربعة شهداء من عناصر الجيش»: a link, then members, then the side.
            if (between == 2 && LINKS.contains(text.form(after)) && MEMBERS.contains(text.form(after + 1))) return true;
            // «قتل ثلاثة عناصر من ميليشيا "لواء فاطميون"», "two members of the militia Liwa al-Baqir": what the side is.
            if (between > 1 && between <= 3 && LINKS.contains(text.form(after)) && pastGroupNoun(text, after + 1) == name) return true;
        }
        return false;
    }

    /**
     * The word after a possessor at word {@code k} ("Syria's", "the group's": "two members of Syria's General
     * Security"), or {@code k} when there is none: the people counted are still the named side's.
     */
    private static int pastPossessor(TokenizedText text, int k) {
        if (k + 1 < text.size() && text.form(k + 1).equals("s") && isLatin(text.form(k))) {
            String between = text.original().substring(text.end(k), text.get(k + 1).start());
            if (between.equals("'") || between.equals("’")) return k + 2;
        }
        if (k + 2 < text.size() && text.form(k).equalsIgnoreCase("the")) {
            int past = pastPossessor(text, k + 1);
            return past == k + 1 ? k : past;
        }
        return k;
    }

    /** The word after a noun for an armed group at word {@code k} («ميليشيا», "the militia"), or {@code k} when none is there. */
    private static int pastGroupNoun(TokenizedText text, int k) {
        int noun = k < text.size() && text.form(k).equalsIgnoreCase("the") ? k + 1 : k;
        return noun < text.size() && GROUP_NOUNS.contains(text.key(noun)) ? noun + 1 : k;
    }

    /** Nouns for an armed group that may stand before its name (as {@link #key} writes them). */
    private static final Set<String> GROUP_NOUNS = Set.of("ميليشيا", "مليشيا", "فصيل", "جماعه", "militia", "group", "faction");

    /** «على» as written (normalised), which opens whom an event was done to, inside its words: «النار على …». */
    private static final Set<String> ON = Set.of("علي");

    /** Fire, as {@link #key} writes it: «برصاص», «بنيران». */
    private static final Set<String> FIRE = Set.of("رصاص", "نيران");

    /** «أعدم تنظيم داعش شاباً», «اغتالت خلايا التنظيم مختار القرية»: verbs of killing whose subject comes next. */
    private static final Set<String> EXECUTING = Set.of("اعدم", "اعدمت", "اعدموا", "اغتال", "اغتالت", "اغتالوا");
    /** Men who kill, named between such a verb and their side (normalised): «مرتزقة داعش», «خلايا التنظيم», «عناصر من». */
    private static final Set<String> KILLERS = Set.of("مرتزقه", "خلايا", "مسلحو", "عناصر", "مسلحون");

    /** Whether a relative pronoun stands among words {@code from} to {@code to} (excluded). */
    private static boolean relativeBetween(TokenizedText text, int from, int to) {
        for (int k = from; k < to; k++) if (RELATIVE_PRONOUNS.contains(text.lower(k))) return true;
        return false;
    }

    /**
     * Relative pronouns of a thing, as written (normalised): «الهجوم الذي نفذته», "the attack, which". Not those of
     * people («الذين», "who"), which tell of the people counted.
     */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("الذي", "التي", "which");

    /** Words between a count of people and whose they are. */
    private static final Set<String> LINKS = Set.of("من", "في", "of", "from");
    /** «مقتل أحد عناصر قسد», «إصابة اثنين من أفراد»: the members of a side, between a count and the side. */
    private static final Set<String> MEMBERS = Set.of("عناصر", "افراد", "مقاتلي", "جنود", "منتسبي");

    private Role role(TokenizedText text, Span sentence, Span trigger, SubEventType type, ActorMention actor) {
        // Names start and end with a word, and a sentence's bounds part words, so the words of the report between
        // two offsets are the words of the text between them.
        int name = text.indexAt(actor.span().start());
        int sentenceStart = text.indexAt(sentence.start());
        int after = text.indexAt(actor.span().end());
        if (backs(text, sentenceStart, name, after, sentence)) return Role.ALLY;
        // "our anti-Daesh forces": the side others are against is no side of what they do.
        if (name > sentenceStart && text.lower(name - 1).equals("anti") && !text.get(name).spacedBefore()) return Role.ALLY;
        if (cited(text, sentenceStart, name)) return Role.SOURCE;
        if (saidAfterwards(text, name, after, trigger)) return Role.SOURCE;
        if (type.changesTerritory() && lostTheGround(text, sentenceStart, name, after, trigger)) return Role.TARGET;
        if (blamed(text, sentenceStart, name)) return Role.BLAMED;
        // "The SDF blamed ISIS for the bombing", "The SDF on Monday blamed": who blames tells what happened, as a source does.
        if (blames(text, after)) return Role.SOURCE;
        // Only of bombs, whose hand the telling does not show: a side telling of fighting is mostly one of those who fought
        // ("The SDF said the fighting was concentrated …"), and "The SDF said a patrol shot dead a man" tells its own.
        if (BOMBS.contains(type) && onlySaid(text, actor, trigger)) return Role.SOURCE;
        if (leftBehind(text, sentenceStart, name)) return Role.LEFT_BEHIND;
        if (!TAKES_PEOPLE.contains(type) && guessed(text, sentenceStart, name)) return Role.GUESSED;
        if (suspected(text, sentenceStart, name, after, TAKEN.contains(type))) return Role.SUSPECTED;
        // «عدوان جوي أمريكي», «طائرة مسيرة تابعة للتحالف»: whose weapon it was acted, unless it was foiled; «يُرجح أنها
        // تابعة للتحالف» only guesses whose.
        WeaponOwners.Ownership owner = WeaponOwners.standard().ownership(text, name);
        if (owner == WeaponOwners.Ownership.GUESSED) return Role.GUESSED;
        if (owner == WeaponOwners.Ownership.TOLD) return type == SubEventType.DISRUPTED_WEAPONS_USE ? Role.TARGET : Role.AGENT;
        // «فتحت دورية لقسد النار على سيارة مدنية»: a side named inside Arabic event words, between the verb and what it
        // did, is the verb's subject (not after «على», which opens whom it was done to; English puts the object there:
        // "set fire to an SDF car").
        if (actor.span().start() > trigger.start() && actor.span().end() < trigger.end() && name > 0
                && text.get(name).arabic() && !ON.contains(text.form(name - 1))) {
            // «أحبطت وحدات من الجيش هجوماً»: the subject of a verb of repelling an attack was attacked (who foiled a
            // weapon's use, «أحبطت قسد هجوماً بطائرة مسيرة», acted).
            boolean repelled = type == SubEventType.ARMED_CLASH && defenceCues.contains(text.key(text.indexAt(trigger.start())));
            return repelled ? Role.TARGET : Role.AGENT;
        }
        // "killed in the US strikes": a name that holds the event's own words ("US strikes", "US warplanes") did it.
        if (isLatin(text.form(name)) && trigger.within(actor.span())) return Role.AGENT;
        // "US troops were attacked with rockets": the subject of the event's own verb in the passive had it done to it.
        if (isLatin(text.form(name)) && passiveSubject(text, after, trigger)) return Role.TARGET;
        // "shot dead by SDF members": after "by", whatever noun follows the name (the name's own included), the side acted.
        int before = name - 1;
        if (before > sentenceStart && text.form(before).equalsIgnoreCase("the")) before--;
        if (before >= sentenceStart && text.form(before).equalsIgnoreCase("by") && isLatin(text.form(before))
                && doneBy(text, before, trigger)) {
            // "a weapons depot used by Iranian-backed militias": whose the thing struck is, not who struck it.
            return before > sentenceStart && ownedBy(text, sentenceStart, before - 1, trigger) ? Role.TARGET : Role.AGENT;
        }
        // "depots used by militias loyal to Iran's Revolutionary Guard": a few words on, still whose it is.
        // Only after the event's words: "a drone operated by the SDF struck" is the SDF's weapon, which acted.
        if (actor.span().start() >= trigger.end()
                && (ownedAfterBy(text, sentenceStart, name, trigger) || thingBelongingTo(text, sentenceStart, name))) {
            return Role.TARGET;
        }
        Role ownWords = ownedByName(text, name, after, trigger);
        // "when SDF members opened fire on a demonstration": a name ending in what the side owns, right before event
        // words of more than one word, did them.
        if (ownWords == Role.TARGET && isLatin(text.form(after - 1)) && after < text.size()
                && text.get(after).start() == trigger.start() && trigger.text().contains(" ")) {
            return Role.AGENT;
        }
        if (ownWords != null) return ownWords;
        if (defends(text, after, trigger)) return Role.TARGET;
        // "the international coalition's Green Village base": what a side owns, named after its 's, was struck.
        if (possessedThing(text, after, sentence)) return Role.TARGET;
        // English puts the noun after its owner: "SDF positions", "an SDF patrol", "the SDF-held town"; and
        // the side that did it before the event: "an ISIS rocket attack", "Israeli strikes".
        if (after < text.size() && text.get(after).start() < sentence.end() && isLatin(text.form(after))) {
            String next = text.key(after);
            // "a member of the SDF-affiliated civil council": a civil body tied to a side is not that side.
            if (AFFILIATED.contains(next) && civilBodyAt(text, after + 1)) return Role.CONTEXT;
            // "An SDF patrol opened fire": what the side owns, right before a verb and its object, did it. A verb alone
            // may be a headline's passive ("SDF Member Kidnapped Near Hajin"); "attacked by ISIS" was done to it.
            int afterTrigger = text.indexAt(trigger.end());
            boolean doer = after + 1 < text.size() && text.get(after + 1).start() == trigger.start()
                    && trigger.text().contains(" ")
                    && !(afterTrigger < text.size() && text.form(afterTrigger).equalsIgnoreCase("by"));
            if (targetCues.contains(next) && ownedNoun(next)) {
                return doer || memberBeforeTheEvent(text, next, actor.span(), trigger) ? Role.AGENT : Role.TARGET;
            }
            // "SDF military points", "an SDF security checkpoint": one word may say what kind the owned thing is (not
            // the event's verb: "US forces shelled positions").
            if (after + 1 < text.size() && text.get(after + 1).start() < sentence.end() && text.joined(after + 1)
                    && !contextCues.contains(next) && !agentCues.contains(next) && text.get(after).start() != trigger.start()) {
                String owned = text.key(after + 1);
                if (targetCues.contains(owned) && ownedNoun(owned)) return Role.TARGET;
            }
            if (contextCues.contains(next)) return struckArea(text, trigger, name) ? Role.TARGET : Role.CONTEXT;
            if (agentCues.contains(next)) return Role.AGENT; // "coalition aircraft", "Israeli warplanes"
            // "the SDF hit a landmine": a side that ran into a mine or a bomb was struck by it ("the coalition struck ISIS
            // positions" struck them).
            if (RAN_INTO.contains(next) && type == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED) return Role.TARGET;
            int toTrigger = text.indexAt(trigger.start()) - after;
            if (toTrigger >= 0 && toTrigger <= ATTRIBUTIVE_GAP) return Role.AGENT;
        }
        // "a base of the US-backed SDF", "the U.S.-backed SDF": a compound of who backs or leads a side, right before its
        // name, is no cue; the look back starts before it.
        int first = name - 1;
        if (first > sentenceStart && COMPOUND_PARTICIPLES.contains(text.lower(first)) && !text.get(first).spacedBefore()) {
            do first--; while (first > sentenceStart && !text.get(first + 1).spacedBefore());
        }
        for (int k = first; k >= Math.max(sentenceStart, first + 1 - CUE_WORDS); k--) {
            // A clause ends the look back: «لموقع الحل، أن التنظيم استهدف» (told the al-Hal site that ISIS struck).
            if (clauseBreakAfter(text, k)) break;
            String word = text.key(k);
            // "On Sunday SDF fighters searched …": a preposition before a day or a month opens the date, not the side.
            if (DATE_PREPOSITIONS.contains(word) && k + 1 < name && CALENDAR_EN.contains(text.lower(k + 1))) continue;
            if (agentCues.contains(word) && (!word.equals("by") || doneBy(text, k, trigger))) return Role.AGENT;
            // «استهدف التنظيم بقذائف الهاون»: the verb told first, its subject right after it, acted; further on
            // («استهدفت طائرة مسيرة سيارة لقسد») the side was struck.
            if (k == name - 1 && TARGETING_VERBS.contains(word)) return Role.AGENT;
            if (membersWhoMayAct(text, sentenceStart, k, trigger)) continue;
            // «قصف بقذائف الهاون مصدره مواقع قسد», «قصف مدفعي من مواقع القوات الحكومية»: fire from a side's positions
            // was that side's.
            if (POSITIONS.contains(word) && k > sentenceStart && firedFrom(text, k - 1, trigger)
                    && (type == SubEventType.SHELLING_ARTILLERY_MISSILE || type == SubEventType.AIR_DRONE_STRIKE)) {
                return Role.AGENT;
            }
            if (targetCues.contains(word) || targetCues.contains(withoutAccusative(word)) || word.startsWith("استهدف")) {
                boolean counted = k > sentenceStart && !text.form(k - 1).isEmpty() && Character.isDigit(text.form(k - 1).charAt(0));
                // «فجر عنصر من داعش حزامه الناسف»: a member right after the verb that opens the event's words did it.
                boolean subject = k - 1 == text.indexAt(trigger.start()) && trigger.end() > text.end(k);
                // «برصاص عنصر من قوات النظام»: a member after a word of whose fire it was fired.
                subject |= k > sentenceStart && agentCues.contains(text.key(k - 1));
                // «استهدفت وحدات من الجيش … مواقع للتنظيم»: forces of a side right after the verb of targeting are its
                // subject.
                subject |= TARGETING_VERBS.contains(word) && forcesOf(text, k + 1, name);
                // «برصاص حاجز لقسد», «برصاص عناصر حاجز تابع لقسد»: the checkpoint or patrol whose bullets they were fired.
                boolean firedBy = k > sentenceStart && FIRE.contains(text.key(k - 1))
                        || k - 1 > sentenceStart && MEMBERS.contains(text.form(k - 1)) && FIRE.contains(text.key(k - 2));
                // «اعتقلت دورية للأمن العام شاباً», «اعتقلت دورية تابعة لقسد»: a unit right after a verb of taking people
                // took them (no patrol is arrested, where a patrol may be targeted); «عثرت دورية للأمن العام على مخبأ
                // أسلحة»: or found the weapons.
                boolean taker = (TAKES_PEOPLE.contains(type) || type == SubEventType.DISRUPTED_WEAPONS_USE)
                        && UNITS.contains(word) && (k - 1 == text.indexAt(trigger.start())
                        && trigger.end() <= text.get(k).start()
                        || k > sentenceStart && (UNIT_VERBS.contains(text.key(k - 1)) || UNIT_VERBS.contains(text.lower(k - 1))));
                return !counted && (firedBy || taker || subject && (MEMBER.contains(word) || TARGETING_VERBS.contains(word))
                        || memberBeforeTheEvent(text, word, actor.span(), trigger))
                        ? Role.AGENT : Role.TARGET;
            }
            if (contextCues.contains(word)) return struckArea(text, trigger, k - 1) ? Role.TARGET : Role.CONTEXT;
            // «تصدت وحدات من الجيش لهجوم شنه إرهابيو داعش»: the side a verb of repelling opens with, before the event's
            // words, was attacked.
            if (defenceCues.contains(word) && !isLatin(word) && !word.equals(AMBUSH) && actor.span().end() <= trigger.start()) return Role.TARGET;
        }
        // «لـ"قسد"», «لـ «داعش»»: the same ل written apart, before a name in quotes, is one word before it.
        boolean lamApart = name > sentenceStart && text.key(name - 1).equals("ل");
        if (name < text.size() && (lamAttached(text.form(name)) || lamApart)) {
            // «قصف مدفعي لقوات الأسد»: ل after the event's verbal noun marks who did it; after any other noun
            // («سيارة لقسد», «مقر لداعش») it marks whose it was.
            int lam = lamApart ? name - 1 : name;
            // «دخلت قوات تابعة لإدارة العمليات العسكرية», «خلية تابعة لتنظيم داعش»: forces belonging to a side, named
            // before the event's words, are that side, whatever they did (after them, «استهدفت غارة مجموعات تابعة
            // للميليشيات», they were struck).
            if (lam >= sentenceStart + 2 && BELONGING.contains(text.key(lam - 1)) && FORCES.contains(text.key(lam - 2))
                    && text.get(lam - 2).start() < trigger.start()) {
                return Role.UNTOLD;
            }
            int gap = actor.span().start() >= trigger.end() ? lam - text.indexAt(trigger.end()) : Integer.MAX_VALUE;
            return gap <= AGENT_GAP && !prepositionBetween(text, text.indexAt(trigger.end()), lam) ? Role.AGENT : Role.TARGET;
        }
        return Role.UNTOLD;
    }

    /**
     * Whether the words after a name, up to the end of the event's words, say that the side repelled, foiled or fell
     * into the event ({@code defends} cues): «قسد تصد هجوماً لداعش», «تمكنوا من إحباط الهجمات», «وقعت في كمين لتنظيم
     * الدولة», "its fighters repelled an assault by", "came under attack". The side named before them is the one
     * acted on; whoever they name after acted. {@code after} is the index of the word after the name.
     */
    private boolean defends(TokenizedText text, int after, Span trigger) {
        int end = text.indexAt(trigger.end());
        for (int k = after; k < end && k < after + DEFENCE_WORDS; k++) {
            String word = text.key(k);
            if (defenceCues.contains(word) && saidOfTheSideBefore(text, k, word)) return true;
        }
        return false;
    }

    /** How many words after a name are read for a {@code defends} cue: «قسد في بيان إن مقاتليها تصدوا». */
    private static final int DEFENCE_WORDS = 6;

    /**
     * Whether a {@code defends} cue at word {@code k} is said of the side before it: an ambush only when the side
     * fell into it («وقعت في كمين», "were ambushed"), not when it laid one («نصبوا كميناً», "ISIS ambushed a convoy").
     */
    private static boolean saidOfTheSideBefore(TokenizedText text, int k, String cue) {
        return switch (cue) {
            case "كمين" -> k >= 2 && text.form(k - 1).equals("في") && (text.form(k - 2).startsWith("وقع") || text.form(k - 2).startsWith("ووقع"));
            case "ambushed" -> k >= 1 && PASSIVE.contains(text.lower(k - 1));
            default -> true;
        };
    }

    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "be");
    /** Words after which what follows befell the side named before: "soldiers faced an ISIS attack", "came under fire". */
    private static final Set<String> UNDERGOING = Set.of("faced", "faces", "suffered", "came", "come", "under", "by",
            "survived", "repelled", "foiled", "thwarted");
    /**
     * English names of weekdays and months (lower case), from data/lexicons/weekdays.csv and months.csv; not the short
     * month names a date needs a figure for ("mar", "dec").
     */
    private static final Set<String> CALENDAR_EN = java.util.stream.Stream.concat(
                    LexiconCsv.read("weekdays", "day", "language", "name").stream(),
                    LexiconCsv.read("months", "month", "language", "name", "alone").stream()
                            .filter(row -> row.get("alone").equals("yes")))
            .filter(row -> row.get("language").equals("en")).map(row -> row.get("name").toLowerCase(java.util.Locale.ROOT))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** English prepositions that open a date: "on Sunday", "in March", "since January". */
    private static final Set<String> DATE_PREPOSITIONS = Set.of("on", "in", "since", "by", "until", "from", "during", "last");
    /** «كمين» (ambush), which a side falls into or lays: only the words around it tell which. */
    private static final String AMBUSH = "كمين";

    /**
     * The perfect of «استهدف» (targeted), as {@link #key} writes it. The verbal noun «استهداف» is not among them: news
     * puts after it who targeted («استهداف عناصر التنظيم حافلة») as often as what was targeted.
     */
    private static final Set<String> TARGETING_VERBS = Set.of("استهدف", "استهدفت", "استهدفوا");

    /**
     * Whether the sentence names the actor only as backing another: «مدعومة بطيران التحالف», «بمساندة حوامات
     * التحالف», "US-backed forces", "backed by coalition aircraft". Incident datasets code the side backed, not its
     * backers, as the actor.
     */
    private boolean backs(TokenizedText text, int sentenceStart, int name, int after, Span sentence) {
        if (after + 1 < text.size() && text.get(after).start() < sentence.end() && allyCues.contains(text.key(after))
                && isLatin(text.form(after)) && !BY.contains(text.form(after + 1))) {
            return true; // "US-backed forces"; "forces backed by" names the backer after
        }
        for (int k = name - 1; k >= Math.max(sentenceStart, name - CUE_WORDS); k--) {
            if (clauseBreakAfter(text, k)) break;
            // English puts the backer after "backed by", and before the side backed in "US-backed forces".
            boolean byFollows = k + 1 < name && BY.contains(text.form(k + 1));
            if (allyCues.contains(text.key(k)) && (!isLatin(text.form(k)) || byFollows)) return true;
        }
        // "supported by helicopters of the US occupation forces": what the backer lent may stand between.
        for (int k = name - 1; k > Math.max(sentenceStart, name - BACKER_WORDS); k--) {
            if (clauseBreakAfter(text, k)) break;
            if (text.lower(k).equals("by") && isLatin(text.form(k - 1)) && allyCues.contains(text.key(k - 1))) return true;
        }
        return false;
    }

    private static final Set<String> BY = Set.of("by", "from", "of");
    /** The most words from "backed" or "supported" to the backer's name: "supported by helicopters of the US forces". */
    private static final int BACKER_WORDS = 6;

    /**
     * Whether "by" at word {@code by} names who did the event, not a state of things the sentence recalls ("days after
     * breaking a siege by the Islamic State group", "areas under control by").
     */
    private static boolean doneBy(TokenizedText text, int by, Span trigger) {
        return by == 0 || !STATES_BY.contains(text.lower(by - 1));
    }

    /** Nouns of a lasting state that "by" names the holder of: a siege, a blockade, control, rule, occupation. */
    private static final Set<String> STATES_BY = Set.of("siege", "blockade", "control", "rule", "occupation", "encirclement");
    /**
     * Whether the participle at word {@code k}, before "by", names whose a thing is ("a weapons depot used by", "a siege
     * imposed by", "a town held by"), not who did the event. Fire "from areas held by" a side was that side's.
     */
    private static boolean ownedBy(TokenizedText text, int sentenceStart, int k, Span trigger) {
        String participle = text.lower(k);
        if (OWNED_BY.contains(participle)) return !weaponThatStruck(text, sentenceStart, k, trigger);
        if (!HELD_BY.contains(participle)) return false;
        for (int m = k - 1; m >= Math.max(sentenceStart, k - 3); m--) if (text.form(m).equalsIgnoreCase("from")) return false;
        return true;
    }

    /** The most words between "used by" and the side it names: "used by militias loyal to Iran's". */
    private static final int OWNER_WORDS = 8;

    /** Whether a side is named at most {@value #OWNER_WORDS} words after "used by", "run by" and the like, in one clause. */
    private static boolean ownedAfterBy(TokenizedText text, int sentenceStart, int name, Span trigger) {
        for (int k = name - 1; k > sentenceStart && k >= name - OWNER_WORDS; k--) {
            if (clauseBreakAfter(text, k)) return false;
            if (text.form(k).equalsIgnoreCase("by")) {
                return OWNED_BY.contains(text.lower(k - 1)) && !weaponThatStruck(text, sentenceStart, k - 1, trigger);
            }
        }
        return false;
    }

    /**
     * Whether a weapon is named right before the participle at word {@code k} as what struck: the subject, before the
     * event's words ("a drone operated by the SDF struck"), or what they were done by or with ("killed by a drone
     * operated by the SDF"). A weapon a side operates strikes for that side; one named as what was struck ("struck a
     * tank operated by the militias") was struck, as a depot a side uses is.
     */
    private static boolean weaponThatStruck(TokenizedText text, int sentenceStart, int k, Span trigger) {
        int weapon = k - 1;
        if (weapon < sentenceStart || !OPERATED_WEAPONS.contains(text.lower(weapon))) return false;
        if (text.get(weapon).start() <= trigger.start()) return true; // before the event's words, or their first: "a drone"
        for (int m = weapon - 1; m >= Math.max(sentenceStart, weapon - WEAPON_WORDS); m--) {
            if (INSTRUMENT.contains(text.lower(m))) return true;
        }
        return false;
    }

    /** The most words between "by" or "with" and the weapon: "by an armed drone", "with a Turkish drone". */
    private static final int WEAPON_WORDS = 3;
    /** Words that name what an event was done by or with, as written (lower case). */
    private static final Set<String> INSTRUMENT = Set.of("by", "with", "using");

    /** Weapons, as written (lower case), that a side operates to strike with. */
    private static final Set<String> OPERATED_WEAPONS = Set.of("drone", "drones", "aircraft", "plane", "planes", "warplane",
            "warplanes", "jet", "jets", "helicopter", "helicopters", "uav", "uavs", "artillery", "launcher", "launchers",
            "gunboat", "tank", "tanks");

    /**
     * Whether a side is named as the owner of a thing after "belonging to" ("a military vehicle belonging to the SDF",
     * "trucks belonging to Iran-backed militias"): whose the thing struck was. Only things: people belonging to a side
     * ("fighters belonging to ISIS") are that side.
     */
    private static boolean thingBelongingTo(TokenizedText text, int sentenceStart, int name) {
        int k = name - 1;
        if (k > sentenceStart && text.lower(k).equals("the")) k--;
        if (k - 2 < sentenceStart || !text.lower(k).equals("to") || !BELONGING_EN.contains(text.lower(k - 1))) return false;
        return THINGS.contains(text.lower(k - 2)) && text.joined(k - 1) && text.joined(k) && text.joined(k + 1);
    }

    private static final Set<String> BELONGING_EN = Set.of("belonging", "belongs", "belonged");
    /** Things a side owns that an event may strike, as written (lower case). */
    private static final Set<String> THINGS = Set.of("vehicle", "vehicles", "car", "cars", "truck", "trucks", "tanker", "tankers",
            "convoy", "convoys", "house", "houses", "home", "homes", "position", "positions", "post", "posts", "checkpoint",
            "checkpoints", "depot", "depots", "headquarters", "base", "bases", "site", "sites", "facility", "facilities",
            "warehouse", "warehouses", "motorcycle", "bus", "boat", "office", "offices");

    /** Participles before "by" that name whose a thing is: "used by", "run by", "manned by", "a siege imposed by". */
    private static final Set<String> OWNED_BY = Set.of("used", "run", "operated", "manned", "owned", "occupied", "staffed",
            "imposed");
    /** Participles before "by" that name who holds a place: "held by", "controlled by". */
    private static final Set<String> HELD_BY = Set.of("held", "controlled");

    /**
     * Whether the sentence names the actor only as the source of what it tells: "according to the Syrian Democratic
     * Forces", «بحسب قسد», «نقلاً عن التحالف». Who said it is no side of the event.
     */
    private static boolean cited(TokenizedText text, int sentenceStart, int name) {
        // "according to a statement from the SDF's media center": what the side said, a few words on.
        for (int k = name - 1; k > sentenceStart && k >= name - CITED_WORDS && CITED_BY.contains(text.lower(k)); k--) {
            if (text.lower(k).equals("to") && text.lower(k - 1).equals("according")) return true;
        }
        for (int k = name - 1; k >= Math.max(sentenceStart, name - CUE_WORDS); k--) {
            if (clauseBreakAfter(text, k)) break;
            String word = text.lower(k);
            if (word.equals("according") && k + 1 < name && text.form(k + 1).equalsIgnoreCase("to")) return true;
            if (CITING.contains(word)) return true;
            // "a military media unit run by Lebanon's Hezbollah said": the side whose media told it.
            if (word.equals("by") && k >= 2 && RUN.contains(text.lower(k - 1))
                    && (MEDIA.equals(text.lower(k - 2)) || k >= 3 && MEDIA.equals(text.lower(k - 3)))) {
                return true;
            }
            // «قال مصدر عسكري في قوات النظام», "a source in the SDF": whose source it is, not who acted.
            if (SOURCES.contains(word) && SOURCE_LINKS.contains(text.lower(name - 1))) return true;
        }
        return false;
    }

    /** The most words between "according" and the side cited: "according to a statement from the". */
    private static final int CITED_WORDS = 7;
    /** Words between "according" and a side cited, with "to": "according to a statement by", "to figures from". */
    private static final Set<String> CITED_BY = Set.of("to", "a", "an", "the", "statement", "statements", "report", "reports",
            "figures", "data", "from", "by", "of");

    /** Whether word {@code k} opens the name of a civil body: "council", "civil council", "local administration". */
    private static boolean civilBodyAt(TokenizedText text, int k) {
        if (k >= text.size() || !text.joined(k)) return false;
        if (CIVIL_BODIES.contains(text.key(k))) return true;
        return CIVIL_WORDS.contains(text.key(k)) && k + 1 < text.size() && text.joined(k + 1)
                && CIVIL_BODIES.contains(text.key(k + 1));
    }

    /** Words before a civil body's noun: "civil council", "local administration". */
    private static final Set<String> CIVIL_WORDS = Set.of("civil", "local", "civilian");

    /** Words that tie a body to a side: "SDF-affiliated", "SDF-run". */
    private static final Set<String> AFFILIATED = Set.of("affiliated", "run", "linked", "led");
    /** Civil bodies, whose people are civilians whatever side runs them: "the SDF-affiliated civil council". */
    private static final Set<String> CIVIL_BODIES = Set.of("council", "administration", "municipality", "court", "committee",
            "school", "hospital", "bakery");

    /** Whether a word of blaming follows a name within its clause, a few words on: "has blamed", "on Monday blamed". */
    private static boolean blames(TokenizedText text, int after) {
        for (int k = after; k < Math.min(text.size(), after + BLAMER_WORDS) && text.joined(k)
                && (k == after || !clauseBreakAfter(text, k - 1)); k++) {
            if (BLAME.contains(text.lower(k))) return true;
        }
        return false;
    }

    /**
     * Whether the side only said what the sentence tells, the event's words after its saying, of others: "The SDF said a
     * suicide bomber blew himself up at a checkpoint", «وقالت قسد إن انتحارياً فجّر نفسه». Not where what it said is of
     * itself: "The SDF said its fighters arrested two men", «وقالت قسد إن قواتها اعتقلت».
     */
    private static boolean onlySaid(TokenizedText text, ActorMention side, Span trigger) {
        int name = text.indexAt(side.span().start()), after = text.indexAt(side.span().end());
        int said = -1;
        // "The SDF said", "SDF officials said", "The SDF's media centre said".
        for (int k = after; k < Math.min(text.size(), after + SAYER_WORDS + 1) && text.joined(k) && said < 0; k++) {
            if (SAID_EN.contains(text.lower(k))) said = k;
        }
        // «وقالت قسد إن»: the verb before the side, a word of data/lexicons/report-cues.csv.
        if (said < 0 && name > 0 && text.joined(name) && text.get(name - 1).arabic() && FollowUps.reportWord(text.lower(name - 1))) {
            for (int k = after; k < Math.min(text.size(), after + SAYER_WORDS + 1) && text.joined(k) && said < 0; k++) {
                if (Extractor.SAID_THAT.contains(text.lower(k))) said = k - 1;
            }
        }
        if (said < 0 || text.get(said).end() > trigger.start()) return false;
        int first = said + 1;
        if (first < text.size() && Extractor.SAID_THAT.contains(text.lower(first))) first++;
        if (first >= text.size()) return false;
        String opening = text.lower(first);
        return !ITSELF_EN.contains(opening) && !(text.get(first).arabic() && (opening.endsWith("ها") || opening.endsWith("هم")));
    }

    /**
     * Whether the side is named after the event's words as who told it, after a comma: "Gunmen killed a civilian in Hajin
     * on Friday, the SDF said", "…, said the SDF".
     */
    private static boolean saidAfterwards(TokenizedText text, int name, int after, Span trigger) {
        if (text.get(name).start() < trigger.end() || text.get(name).arabic()) return false;
        int opening = name > 0 && text.lower(name - 1).equals("the") && text.joined(name) ? name - 1 : name;
        if (text.commaBefore(opening) && after < text.size() && text.joined(after) && SAID_EN.contains(text.lower(after))) return true;
        return opening > 0 && text.joined(opening) && text.lower(opening - 1).equals("said") && text.commaBefore(opening - 1);
    }

    /**
     * Whether the English words from word {@code after} on (right after a side's name, or after one noun of it: "SDF
     * fighters") are a passive of the event's own verb: "were attacked", "was targeted", "had been shelled". The noun
     * may not be cut off by a comma, and the verb must be the event's first word or a word of harm done before it ({@link
     * #DONE_TO}): "were believed to be behind the attack" is no passive of the attack.
     */
    private static boolean passiveSubject(TokenizedText text, int after, Span trigger) {
        int k = after;
        // One noun of the name ("SDF fighters"), not the opening of a clause ("who were wounded") or a tense ("has been").
        if (k < text.size() && text.joined(k) && !text.commaBefore(k) && isLatin(text.form(k))
                && !PASSIVE_AUX.contains(text.lower(k)) && !NOT_NOUNS.contains(text.lower(k))) {
            k++;
        }
        if (k >= text.size() || !text.joined(k) || text.commaBefore(k) || !PASSIVE_AUX.contains(text.lower(k))) return false;
        if (k + 1 < text.size() && text.lower(k + 1).equals("been")) k++;
        int verb = k + 1;
        // "were attacking ISIS positions" is no passive.
        if (verb >= text.size() || !text.joined(verb) || text.lower(verb).endsWith("ing")) return false;
        return text.get(verb).start() <= trigger.start()
                && (text.get(verb).start() == trigger.start() || DONE_TO.contains(text.lower(verb)));
    }

    /** Words after a side's name that are no noun of it: a relative pronoun, an auxiliary of a tense. */
    private static final Set<String> NOT_NOUNS = Set.of("who", "which", "that", "has", "have", "had");

    /** English auxiliaries of the passive: "was attacked", "have been shelled". */
    private static final Set<String> PASSIVE_AUX = Set.of("was", "were", "is", "are", "been");
    /**
     * English participles of what is done to a side, whose subject in the passive it was done to even where a stronger
     * word names the event: "were attacked with rockets".
     */
    private static final Set<String> DONE_TO = Set.of("attacked", "targeted", "struck", "hit", "shelled", "ambushed",
            "bombed", "raided", "stormed", "besieged", "overrun", "shot", "killed", "wounded", "injured", "arrested",
            "detained", "captured", "abducted", "kidnapped", "assassinated", "executed");

    /** Events of bombs. */
    private static final Set<SubEventType> BOMBS = java.util.EnumSet.of(SubEventType.SUICIDE_BOMB,
            SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, SubEventType.GRENADE);
    /** Events done to a side, whose teller may be the side it was done to: bombs, attacks and clashes. */
    private static final Set<SubEventType> ATTACKED = java.util.stream.Stream.concat(BOMBS.stream(),
            java.util.stream.Stream.of(SubEventType.ARMED_CLASH, SubEventType.ATTACK)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The most words between a side's name and its verb of saying: "officials", "media centre". */
    private static final int SAYER_WORDS = 3;
    /**
     * English verbs of saying after a side, whole words: the report cues begin words ("reported" would take "reportedly",
     * which tells what the side did).
     */
    private static final Set<String> SAID_EN = Set.of("said", "says", "announced", "reported", "stated");
    /** English words that open what a side said of itself: "it", "its fighters", "they", "our forces". */
    private static final Set<String> ITSELF_EN = Set.of("it", "its", "they", "their", "we", "our");

    /** How many words after a name are read for its blaming: "The SDF on Monday blamed". */
    private static final int BLAMER_WORDS = 4;

    /** English words of blaming. */
    private static final Set<String> BLAME = Set.of("blamed", "blaming", "blames");

    /**
     * Whether the side is named only as the one blamed: "the ministry said, blaming remnants of the Islamic State
     * group". A blame is no identification (the coders write "Unidentified gunmen (ISIS blamed)"), so the side
     * blamed is no side of the event.
     */
    private static boolean blamed(TokenizedText text, int sentenceStart, int name) {
        for (int k = name - 1; k >= Math.max(sentenceStart, name - SUSPICION_WORDS); k--) {
            if (clauseBreakAfter(text, k)) break;
            String word = text.lower(k);
            if (BLAME.contains(word)) return true;
        }
        return false;
    }

    /**
     * Whether the side is named as the one people are suspected or accused of serving: "suspected of links to Islamic
     * State cells", «بتهمة الانتماء لتنظيم داعش», «بتهمة تمويل خلايا التنظيم», «مشتبه بانتمائه لداعش», "an ISIS suspect".
     * {@code after} is the index of the word after the name.
     */
    private static boolean suspected(TokenizedText text, int sentenceStart, int name, int after, boolean taken) {
        if (after < text.size() && text.joined(after) && SUSPECTS.contains(text.lower(after))) return true;
        for (int k = name - 1; k >= Math.max(sentenceStart, name - SUSPICION_WORDS); k--) {
            if (clauseBreakAfter(text, k)) break;
            String word = text.lower(k);
            // «بتهمة التخابر مع التحالف», "accused of spying for": those who spy for a side are not its members.
            if (SPYING.contains(word)) return false;
            if (SUSPICION.contains(word) || taken && LINKED.contains(word)) return true;
            // "suspected of", "accused of", "charges of": not "Suspected Israeli warplanes", "accused regime forces of".
            if (SUSPICION_EN.contains(word) && k + 1 < name && text.form(k + 1).equalsIgnoreCase("of")) return true;
        }
        return false;
    }

    /**
     * Whether the side is named only as a guess at who the attackers were: "gunmen thought to belong to ISIS cells",
     * «مسلحون يرجح انتماؤهم إلى خلايا التنظيم», "unidentified gunmen suspected of being ISIS". The attackers are
     * unknown, as the corpus coders code them ("Unidentified gunmen (suspected ISIS)"), and the side no side of the event.
     * Not in arrests, whose people suspected of serving a side are that side's ({@link #suspected}).
     */
    private static boolean guessed(TokenizedText text, int sentenceStart, int name) {
        for (int k = name - 1; k >= Math.max(sentenceStart + 1, name - GUESS_WORDS); k--) {
            if (clauseBreakAfter(text, k)) break;
            if (!GUESSES.contains(text.lower(k))) continue;
            for (int m = k - 1; m >= Math.max(sentenceStart, k - ATTACKER_WORDS); m--) {
                if (ATTACKERS.contains(text.lower(m))) return true;
            }
            return false;
        }
        return false;
    }

    /** How many words before a side's name are read for a guess ("thought to belong to the so-called"), and before it for
     * the attackers ("unidentified gunmen riding a motorbike"). */
    private static final int GUESS_WORDS = 6, ATTACKER_WORDS = 4;
    /** Words of guessing who someone was (normalised). */
    private static final Set<String> GUESSES = Set.of("thought", "believed", "suspected", "likely", "يعتقد", "يشتبه",
            "يرجح", "رجح", "رجحت", "يرجحان");
    /** Words for attackers whose side the report does not know (normalised). */
    private static final Set<String> ATTACKERS = Set.of("gunmen", "gunman", "attackers", "assailants", "assailant",
            "مسلحون", "مسلحين", "مسلح", "مسلحا", "مجهولون", "مجهولين", "المهاجمون", "المهاجمين", "مهاجمون", "مهاجمين");

    /** How many words before a side's name are read for a suspicion: "suspected of links to", «بتهمة تمويل خلايا». */
    private static final int SUSPICION_WORDS = 5;
    /** Words of suspicion and charges, as written (normalised). */
    private static final Set<String> SUSPICION = Set.of("بتهمه", "بتهم", "بشبهه", "للاشتباه", "بتهمتي", "بانتمايه", "بانتمايها",
            "بانتمايهم", "بانتمايهما", "بالانتماء");
    /**
     * Words of being linked to a side (normalised): of people taken («اعتقال أربعة أشخاص … مرتبطون بخلايا التنظيم») they
     * say whose the people are held to be; of others («مسلحين مرتبطين بقسد») whose they are.
     */
    private static final Set<String> LINKED = Set.of("مرتبطون", "مرتبطين", "المرتبطين", "بارتباطهم", "لارتباطهم", "بالارتباط");
    /** Events that take people: those taken are held to be of the side they are said to be linked to. */
    private static final Set<SubEventType> TAKEN = java.util.EnumSet.of(SubEventType.ARRESTS,
            SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
    /** English nouns of suspects, right after the side's name: "an ISIS suspect", "two ISIS suspects". */
    private static final Set<String> SUSPECTS = Set.of("suspect", "suspects");
    private static final Set<String> SUSPICION_EN = Set.of("suspected", "accused", "charges", "suspicion", "convicted");
    /** Words of spying and collaborating, as written (normalised). */
    private static final Set<String> SPYING = Set.of("التخابر", "العماله", "التعامل", "التواصل", "spying", "collaborating",
            "collaboration", "cooperating", "informing");

    /**
     * Whether the side is named as the one that left what went off behind: «لغم أرضي من مخلفات تنظيم داعش», "a mine left
     * behind by ISIS". Remnants set off years later have no side that set them off.
     */
    private static boolean leftBehind(TokenizedText text, int sentenceStart, int name) {
        for (int k = name - 1; k >= Math.max(sentenceStart, name - CUE_WORDS); k--) {
            if (clauseBreakAfter(text, k)) break;
            String word = text.lower(k);
            if (Proclitics.attachedTo(word, "مخلفات", true) || word.equals("leftover")) return true;
            // "a mine left behind by ISIS", "left over from": not "strikes left ISIS positions in ruins".
            if (word.equals("left") && k + 1 < name && LEFT_BY.contains(text.lower(k + 1))) return true;
        }
        return false;
    }

    /** Words after "left" that make it left behind. */
    private static final Set<String> LEFT_BY = Set.of("behind", "over", "by");

    /** Arabic words of citing, as written (normalised): «بحسب», «حسب», «وفقاً لـ», «نقلاً عن». */
    private static final Set<String> CITING = Set.of("بحسب", "حسب", "وفقا", "ووفقا", "وفق", "ووفق", "وبحسب", "نقلا");
    /** Words of who runs a medium ("a military media unit run by"), not of who owns a thing ("a station owned by"). */
    private static final Set<String> RUN = Set.of("run", "operated");
    private static final String MEDIA = "media";
    /** A source or sources, as written (normalised), and the words between it and whose it is («مصدر في», "source within"). */
    private static final Set<String> SOURCES = Set.of("مصدر", "مصادر", "source", "sources");
    private static final Set<String> SOURCE_LINKS = Set.of("في", "من", "لدي", "in", "within", "from", "inside");

    /**
     * The role a name's own words give it, or null: some names of the actor list end with the noun a cue would be
     * ("US bases", "ISIS members", «القاعدة الأمريكية»), and a name is read as one, so that noun is never the word
     * after it or before it. {@code first} and {@code after} are the indexes of its first word and the word after it.
     */
    private Role ownedByName(TokenizedText text, int first, int after, Span trigger) {
        if (after - first < 2) return null;
        String last = text.key(after - 1), head = text.key(first);
        if (isLatin(last) && targetCues.contains(last) && ownedNoun(last)) {
            boolean armedMenActing = ARMED_MEN.contains(last) && memberBeforeTheEvent(text, last, text.span(first, after), trigger);
            return armedMenActing ? Role.AGENT : Role.TARGET;
        }
        if (!isLatin(head) && targetCues.contains(head) && !membersWhoMayAct(text, first - 1, first, trigger)) return Role.TARGET;
        // «طيران التحالف», "Israeli warplanes": whose aircraft
        if (isLatin(last) ? agentCues.contains(last) : agentCues.contains(head)) return Role.AGENT;
        return null;
    }

    /**
     * Whether an English target cue is a noun that can follow its owner ("SDF positions"), not a verb or
     * preposition that follows who acted ("ISIS attacked", "ISIS on Monday").
     */
    private static boolean ownedNoun(String cue) {
        return !cue.endsWith("ed") && !cue.endsWith("ing") && !NOT_OWNED.contains(cue);
    }

    /** English target cues that follow who acted: verbs without "-ed" and prepositions. */
    private static final Set<String> NOT_OWNED = Set.of("on", "against", "hit", "struck");

    /**
     * Whether an English possessive 's at word {@code after} opens a thing struck, a few words on: "the coalition's
     * Green Village base", "ISIS's positions".
     */
    private boolean possessedThing(TokenizedText text, int after, Span sentence) {
        if (after >= text.size() || !text.form(after).equals("s") || text.get(after).spacedBefore()) return false;
        for (int k = after + 1; k <= after + POSSESSED_WORDS && k < text.size() && text.joined(k)
                && text.get(k).start() < sentence.end() && isLatin(text.form(k)); k++) {
            String word = text.key(k);
            if (targetCues.contains(word) && ownedNoun(word)) return true;
        }
        return false;
    }

    /** The most words from a possessive 's to the thing owned: "Green Village base". */
    private static final int POSSESSED_WORDS = 3;

    /** Whether word {@code k} ends a clause: a comma, colon or semicolon after it, or it is «أن» (that). */
    private static boolean clauseBreakAfter(TokenizedText text, int k) {
        if (CLAUSE_WORDS.contains(text.form(k))) return true;
        String original = text.original();
        for (int i = text.end(k); i < original.length() && i < text.get(k + 1).start(); i++) {
            if (",،:;؛".indexOf(original.charAt(i)) >= 0) return true;
        }
        return false;
    }

    private static final Set<String> CLAUSE_WORDS = Set.of("ان", "that");

    /**
     * Whether a preposition stands between the event's words and a name with «ل»: «ألقت القبض على قيادي لتنظيم
     * الدولة» (arrested a leader of ISIS) names whose leader, not who arrested him.
     */
    private static boolean prepositionBetween(TokenizedText text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (PREPOSITIONS.contains(text.form(k))) return true;
        }
        return false;
    }

    private static final Set<String> PREPOSITIONS = Set.of("على", "علي", "في", "من", "الى", "الي", "عن", "ضد", "مع", "بحق");

    /** «لقسد», «لقوات», «للتحالف»: a name whose first word ({@code first}, normalised) carries the preposition ل. */
    private static boolean lamAttached(String first) {
        return first.length() >= 3 && first.charAt(0) == 'ل' && !Proclitics.stem(first).equals(first);
    }

    /** «مقراً», «عنصراً»: an Arabic noun without its accusative alef, else the word as it is. */
    private static String withoutAccusative(String word) {
        return word.length() > 3 && word.charAt(word.length() - 1) == 'ا' && !isLatin(word) ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean isLatin(String word) {
        return !word.isEmpty() && word.charAt(0) < 0x0250;
    }

    private static boolean civilians(ActorMention a) {
        return a.actorKey().equals("civilians");
    }

    private static String key(String word) {
        return Proclitics.stem(ArabicNormalizer.normalize(word.toLowerCase(Locale.ROOT)).text());
    }
}
