package org.furat.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.furat.model.Casualties;
import org.furat.text.ArabicNormalizer;
import org.furat.text.Proclitics;
import org.furat.text.Script;

/**
 * Finds the counts of people killed and injured that an Arabic or English news text gives.
 *
 * <h2>Contract</h2>
 * {@link #find} returns the mentions in text order, each with its span in UTF-16 offsets of the text as
 * given (attached proclitics such as و ف ب left out: "وإصابة 12 آخرين" gives "إصابة 12 آخرين"), whether the
 * people were killed or injured, and the count as {@link Casualties}. Overlapping matches keep the longest.
 * Matching is on the words of the report's {@link TokenizedText} (see {@link Proclitics#matchWord}), so
 * diacritics, hamza forms, tatweel and Arabic-Indic digits do not matter. Immutable and thread-safe.
 *
 * <h2>Lexicons</h2>
 * {@code data/lexicons/casualty-triggers.csv} (kind, language, phrase, role, low, high) lists the words that
 * say people were killed or injured: {@code before} a count (مقتل، إصابة، أصيب، killed one fighter),
 * {@code after} one (3 people were killed, at least 5 dead), {@code both}, {@code part} (after a count that is only
 * some of a toll: "two children were among the dead", at least two), or {@code noun}s that are counted
 * (5 قتلى، 12 جريحاً) and that alone stand for the count in low–high (قتيل 1, قتيلان 2, قتلى at least one);
 * {@code aux} rows are words allowed between a count and an after-trigger (were, have been); {@code agent} rows
 * the words naming who killed that stand between an active verb told first and whom it killed («اغتال مجهولون
 * المسؤول»); {@code toll} rows name a toll («حصيلة القتلى», "death toll") and {@code rise} rows the words saying what
 * it came to («إلى», "rose to").
 * {@code person-nouns.csv} (language, word, low, high) lists the nouns counted people go by, with the count
 * each form gives when no figure is written: a singular gives exactly 1 ("مقتل عنصر", "مقتل طفل"), a dual
 * exactly 2 ("عنصرين", "شخصين"), and a plural, or a form that unvoweled is either dual or sound plural
 * ("مدنيين", "مقاتلين", "آخرين"), at least 2 with no upper bound; kin nouns (والد، شقيق، زوجة، أبناء) are
 * among them. A person noun may carry a possessive ending from {@code possessive-suffixes.csv} ("والدته", his
 * mother; see {@link Possessives}). {@code person-modifiers.csv} lists the words that may stand between a
 * figure and its noun to say whose people they are or what they were ("three SDF members", "two Iran-backed
 * fighters", "a senior ISIS leader", "a pregnant woman"). Numbers
 * and qualifiers come from {@code number-words.csv} and {@code quantity-qualifiers.csv} (see
 * {@link NumberWords}).
 *
 * <h2>Patterns and ambiguous cases</h2>
 * <ul>
 * <li>trigger + count [+ من] [+ noun] [+ على الأقل]: "مقتل 3 عناصر", "إصابة 12 آخرين", "killed one fighter",
 *     "مقتل أكثر من 10 مدنيين";</li>
 * <li>trigger + person noun with no figure: the noun's count ("مقتل عنصر" = 1); nouns joined by و add up
 *     ("مقتل والدته وشقيقه" = 2, "مقتل رجل وزوجته وطفليهما" = 4);</li>
 * <li>an active verb told first, with who killed before whom it killed: «اغتال مجهولون المسؤول» = 1, «قتل مسلحون
 *     مجهولون شاباً» = 1 (the {@code agent} words are passed over);</li>
 * <li>a verb told around who suffered it: «فقد X حياته», «لقي X مصرعهم», «تعرض X لإصابة», counted by X;</li>
 * <li>trigger + an Arabic ordinal of 2 or more standing alone, without the article, or an English one after "a":
 *     one person ("وأصيب ثالث", "and injured a third"). Before a noun ("مقتل ثالث عنصر", the third member) an
 *     ordinal says which one of a series, not how many, and gives nothing;</li>
 * <li>count [+ noun] [+ aux…] + after-trigger or casualty noun: "3 people were killed", "5 قتلى", "dozens
 *     injured", "عشرات الجرحى";</li>
 * <li>a toll's name, the words of the event it counts, a word of rising and the figure: «ارتفعت حصيلة قتلى القصف
 *     على البلدة إلى 9», "the death toll from the attack rose to 12" ({@code toll} and {@code rise} rows);</li>
 * <li>a casualty noun alone: its own count; "قتلى وجرحى" with no figure gives killed and injured each with
 *     no best estimate, low 1 and no high bound ("at least one"), which says that people died without
 *     inventing a number.</li>
 * <li>Vague quantities give a range with no best estimate (عشرات / العشرات / dozens: 20–99); qualified figures
 *     follow {@link NumberWords.Rule} ("نحو 20" = best 20, 15–25; "أكثر من 10" = at least 11).</li>
 * <li>A count shared by both kinds says nothing about either, so nothing is reported: "مقتل وإصابة 5
 *     أشخاص", "20 قتيلاً وجريحاً".</li>
 * <li>A figure and its noun followed by more people joined by و or "and": they add up ("a child and his
 *     mother were killed" = 2); a link and the words saying whose the people are may follow ("three fighters of
 *     the SDF died").</li>
 * <li>People counted "between dead and wounded" («50 شخصاً بين قتيل وجريح») are one figure for both kinds, as
 *     above: the singular nouns count no one.</li>
 * <li>Words that say nobody was harmed ({@link Denials}: «دون وقوع إصابات», "no one was hurt") give an
 *     explicit 0, of both kinds when they deny harm in general; a denial by one side or missing news («نفى مصدر
 *     سقوط قتلى», «دون ورود أنباء عن إصابات») gives nothing. Either way the casualty word in them counts no
 *     one, whatever longer reading its words allow.</li>
 * </ul>
 */
public final class CasualtyExtractor {

    enum Role { BEFORE, AFTER, BOTH, PART, NOUN, AUX, AGENT, TOLL, RISE }

    private record Trigger(CasualtyMention.Kind kind, Role role, String[] words, Integer low, Integer high) {}

    private record Noun(String word, Integer low, Integer high) {}

    /** «قتل» as written (normalised): "was killed" after whom it counts, or "killed" before whom it killed. */
    private static final String KILLED_UNVOWELLED = "قتل";

    /** A person told by name ({@link PersonsNames}) or by an ordinal ("a third"), one. */
    private static final Noun ONE_PERSON = new Noun("", 1, 1);

    /** The lexicons, triggers and nouns indexed by their first words (see {@link FirstWordIndex}). */
    private record Lexicon(FirstWordIndex<Trigger> triggers, FirstWordIndex<Noun> nouns, Set<String> modifiers) {}

    /** The most words that may say whose people are counted ("three Syrian Democratic Forces (SDF) fighters"). */
    private static final int MAX_MODIFIERS = 5;
    /** The most words of a group's name between "of" or «من» and the verb: "the Syrian regime's Military Security branch". */
    private static final int GROUP_NAME_WORDS = 7;

    /**
     * A reading of chars [start, end): {@code kind} null for both kinds; {@code count} null for a denial that
     * gives no figure. A denial is kept before any count read from its words.
     */
    private record Candidate(int start, int end, CasualtyMention.Kind kind, Casualties count, boolean denial, boolean risen) {
        Candidate(int start, int end, CasualtyMention.Kind kind, Casualties count) {
            this(start, end, kind, count, false, false);
        }

        int length() { return end - start; }
    }

    private static final Comparator<Candidate> KEPT_FIRST = Comparator.comparing((Candidate c) -> !c.denial())
            .thenComparing(Comparator.comparingInt(Candidate::length).reversed()).thenComparingInt(Candidate::start);

    /** The roles a casualty word may have after a denial cue («دون وقوع إصابات», "no deaths"). */
    private static final Role[] DENIED_ROLES = {Role.NOUN, Role.BEFORE, Role.AFTER};

    /** A lexicon item found at a word: the item, the word index after it, and the proclitic chars to trim. */
    private record Found<T>(T item, int end, int trim) {}

    private static final class Holder {
        static final Lexicon LEXICON = load();
    }

    private final Lexicon lexicon;
    private final NumberWords numbers;
    private final Denials denials = Denials.standard();

    /** An extractor with the lexicons of {@code data/lexicons/}. */
    public CasualtyExtractor() {
        this(NumberWords.standard());
    }

    /** An extractor with the casualty lexicons of {@code data/lexicons/} and these numbers. */
    CasualtyExtractor(NumberWords numbers) {
        this.lexicon = Holder.LEXICON;
        this.numbers = numbers;
    }

    /** The counts of killed and injured people {@code text} gives, in text order (see the class comment). */
    public List<CasualtyMention> find(String text) {
        return findIn(new TokenizedText(text));
    }

    /** {@link #find(String)} of a report already tokenised. */
    List<CasualtyMention> findIn(TokenizedText w) {
        return findIn(w, new int[0]);
    }

    /**
     * {@link #findIn(TokenizedText)} with the sides the report names: {@code sideEnds[k]} is the index of the word
     * after a side's name that starts at word {@code k}, else 0 (the array may end early where no side is named). A side
     * named between a verb and whom it counts killed them («قتلت قسد مدنيين اثنين»).
     */
    List<CasualtyMention> findIn(TokenizedText w, int[] sideEnds) {
        List<Candidate> found = new ArrayList<>();
        boolean[] blocked = new boolean[w.size()];
        boolean[] harmLater = harmLater(w);
        for (int i = 0; i < w.size(); i++) {
            denied(w, i, found);
            triggerFirst(w, i, found, sideEnds);
            countFirst(w, i, found, blocked, sideEnds, harmLater[i]);
            livesLost(w, i, found);
            injuriesSuffered(w, i, found);
            woundedBy(w, i, found);
            tollReached(w, i, found);
            diedOfThem(w, i, found);
            labelled(w, i, found);
        }
        for (int i = 0; i < w.size(); i++) {
            if (blocked[i]) continue;
            Found<Trigger> t = trigger(w, i, Role.NOUN, false);
            if (t != null && t.item().low() != null) {
                // «ما أدى لإصابته واثنين من مرافقيه»: who it befell, then more people; «ونعت الصفحات القتلى، وهم: …»:
                // the dead listed one by one; «قتيلين سقطا من كل طرف»: two of each side.
                People more = possessed(w, i, t) ? peopleAfter(w, t.item().low(), t.item().high(), t.end())
                        : t.item().high() == null ? listed(w, t.end()) : ofEachSide(w, t);
                found.add(new Candidate(w.start(i, t.trim()), w.end((more != null ? more.end() : t.end()) - 1), t.item().kind(),
                        more != null ? more.count() : range(t.item().low(), t.item().high())));
            }
        }
        List<Candidate> among = found.stream().filter(c -> amongTheHurt(w, c)).toList();
        List<Candidate> counted = found.stream().filter(c -> !among.contains(c)).toList();
        found.removeIf(c -> (c.kind() == CasualtyMention.Kind.INJURED && diedOfTheirWounds(w, c)) || accusedOf(w, c)
                || among.contains(c) && countedBefore(counted, c));
        found.sort(KEPT_FIRST);
        List<Candidate> kept = new ArrayList<>();
        // The characters kept candidates cover: a candidate overlapping one is dropped, found without a look at each.
        java.util.BitSet covered = new java.util.BitSet();
        for (Candidate c : found) {
            int next = covered.nextSetBit(c.start());
            if (next < 0 || next >= c.end()) {
                kept.add(c);
                covered.set(c.start(), c.end());
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        List<CasualtyMention> mentions = new ArrayList<>(kept.size());
        for (Candidate c : kept) {
            if (c.count() == null) continue;
            int rose = c.risen() ? -1 : roseTo(w, c.start());
            Span span = Span.of(w.original(), rose >= 0 ? w.get(rose).start() : c.start(), c.end());
            boolean risen = c.risen() || rose >= 0;
            if (c.kind() != CasualtyMention.Kind.INJURED) {
                mentions.add(new CasualtyMention(span, CasualtyMention.Kind.KILLED, c.count(), risen));
            }
            if (c.kind() != CasualtyMention.Kind.KILLED) {
                mentions.add(new CasualtyMention(span, CasualtyMention.Kind.INJURED, c.count(), risen));
            }
        }
        return mentions;
    }

    /**
     * Whether an injury found is what the people counted died of: «فارق الحياة متأثراً بإصابته», «توفي عنصران متأثرين
     * بجراحهما التي أصيبا بها». «متأثر» (affected by) stands in it or a few words before it in its clause («متأثراً
     * بجراحه، وأصيب آخران» counts two injured).
     */
    private static boolean diedOfTheirWounds(TokenizedText w, Candidate c) {
        int first = w.indexAt(c.start()), last = w.indexAt(c.end() - 1);
        if (first > 0 && w.end(first - 1) > c.start()) first--; // the candidate starts inside a word («بإصابته»)
        for (int k = first; k <= last && k < w.size(); k++) {
            if (affectedBy(w.form(k))) return true;
        }
        // «متأثراً بجروح بليغة أصيب بها»: before it, in its clause.
        for (int k = first - 1; k >= Math.max(0, first - WOUNDS_OF_DEATH_WORDS) && w.joined(k + 1) && !w.commaBefore(k + 1); k--) {
            if (affectedBy(w.form(k))) return true;
        }
        // «إصابته بجروح بليغة فارق على إثرها الحياة», «…، فارق الحياة على إثرها»: after it, a verb of dying with no one
        // of its own (not «توفي أحدهم على إثرها», one of them), then «إثرها», as a result of them.
        for (int k = last + 1; k + 1 < w.size() && k <= last + DIED_AFTER_WORDS && w.joined(k); k++) {
            if (!DIED_OF_THEM.contains(w.form(k))) continue;
            for (int m = k + 1; m < w.size() && w.joined(m) && !w.commaBefore(m); m++) {
                if (w.form(m).equals(AS_A_RESULT)) return true;
                if (!ON_TO_LIFE.contains(w.form(m))) break;
            }
        }
        return false;
    }

    /** The most words from the wounded to the verb of dying after them: «برصاص مجهولين في ذيبان يوم أمس، فارق». */
    private static final int DIED_AFTER_WORDS = 10;
    /** Verbs of dying (normalised) before «إثرها», as a result of the wounds: «فارق», «توفي». */
    private static final Set<String> DIED_OF_THEM = Set.of("فارق", "فارقت", "توفي", "توفيت", "قضي", "قضت");
    /** «إثرها» (normalised): as a result of them. */
    private static final String AS_A_RESULT = "اثرها";
    /** «على» and «الحياة» (normalised), which may stand between the verb of dying and «إثرها». */
    private static final Set<String> ON_TO_LIFE = Set.of("علي", "الحياه");

    private static boolean affectedBy(String form) {
        return form.startsWith(AFFECTED_BY) || form.startsWith("و" + AFFECTED_BY);
    }

    /**
     * Whether a count is of some of the hurt just counted, told as among them: «وكان بين الجرحى امرأة وطفل أصيبا برصاص
     * طائش», "Among the dead were two children", or those hurt named again as the ones they are among. Those are part
     * of a figure, not one of their own.
     */
    private boolean amongTheHurt(TokenizedText w, Candidate c) {
        int first = w.indexAt(c.start());
        for (int k = first; k >= Math.max(1, first - AMONG_WORDS) && w.joined(k + 1) && !w.commaBefore(k + 1); k--) {
            Found<Trigger> hurt = trigger(w, k, Role.NOUN, false);
            // «بين الجرحى» itself names the hurt counted before; «بين قتيل وجريح» (dead or wounded) counts them.
            if (hurt == null || (k == first ? !Extractor.definite(w, w.span(k, k + 1)) : hurt.end() > first)) continue;
            int among = k > 1 && w.lower(k - 1).equals("the") ? k - 2 : k - 1;
            String before = w.lower(among);
            if (w.joined(among + 1) && (AMONG_THE_HURT.contains(before)
                    || before.startsWith("و") && AMONG_THE_HURT.contains(before.substring(1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a figure of the kind of {@code c} was found before it, among {@code counted}: only then are those told as
     * among the hurt part of one («قتل مدنيان، وكان بين الجرحى امرأة وطفل» tells the only figure of wounded there is).
     */
    private static boolean countedBefore(List<Candidate> counted, Candidate c) {
        return counted.stream().anyMatch(o -> o.start() < c.start() && o.count() != null
                && (o.kind() == null || c.kind() == null || o.kind() == c.kind()));
    }

    /** How far before a count the hurt it is among may be named: «بين الجرحى امرأة وطفل». */
    private static final int AMONG_WORDS = 4;

    /**
     * Whether the candidate is what someone is accused or wanted for, a killing of another time: "two of them were wanted
     * over the killing of civilians", «اعتقال شاب بتهمة قتل عنصرين», «متهم بقتل», "accused of killing". The accusation
     * stands right before the killing, past "of", "over", "for", "with" and an article in English: not "Suspected ISIS
     * gunmen killed two shepherds", nor «اشتباك مع مطلوبين أسفر عن مقتل عنصرين».
     */
    private static boolean accusedOf(TokenizedText w, Candidate c) {
        int k = w.indexAt(c.start()) - 1;
        if (k < 0 || !w.joined(k + 1)) return false;
        if (w.get(k).arabic()) return SubordinateTriggers.chargeWord(w.lower(k));
        boolean linked = false;
        while (k > 0 && ACCUSATION_LINKS.contains(w.lower(k)) && w.joined(k)) {
            linked |= !w.lower(k).equals("the");
            k--;
        }
        return linked && ACCUSATIONS_EN.contains(w.lower(k));
    }

    /**
     * English words of accusing, before "of", "over", "for" or "with" and what is charged (the Arabic ones are
     * {@link SubordinateTriggers#chargeWord}'s).
     */
    private static final Set<String> ACCUSATIONS_EN = Set.of("wanted", "accused", "charged", "convicted", "involvement");
    private static final Set<String> ACCUSATION_LINKS = Set.of("of", "over", "for", "with", "in", "the");

    /** «متأثراً», «متأثرة», «متأثرين» as written (normalised): dying of what follows. */
    private static final String AFFECTED_BY = "متاثر";
    /** The most words between «متأثراً» and the injury it died of: «متأثراً بجروح بليغة أصيب بها». */
    private static final int WOUNDS_OF_DEATH_WORDS = 3;

    /** A denial at word {@code i} (see {@link Denials}): an explicit zero, or no figure. */
    private void denied(TokenizedText w, int i, List<Candidate> found) {
        Denials.Denial d = denials.at(w, i, this::deniedHarm);
        if (d == null) return;
        found.add(new Candidate(w.start(i, d.trim()), w.end(d.to() - 1), d.kind(), d.zero() ? Casualties.exactly(0) : null, true, false));
    }

    /**
     * The harm a denial cue names at word {@code k}: a casualty word («قتلى», «مقتل», "deaths"), or people and
     * what did not happen to them ("no civilians were killed").
     */
    private Denials.Harm deniedHarm(TokenizedText w, int k) {
        for (Role role : DENIED_ROLES) {
            Found<Trigger> t = trigger(w, k, role, true);
            if (t != null) return new Denials.Harm(t.item().kind(), t.end());
        }
        int m = modifiersEnd(w, k);
        Found<Noun> people = m < w.size() && w.joined(m) ? noun(w, m) : null;
        if (people == null || people.trim() != 0) return null;
        int a = people.end();
        while (a < w.size() && w.joined(a) && trigger(w, a, Role.AUX, false) != null) a++;
        Found<Trigger> t = a < w.size() && w.joined(a) ? trigger(w, a, Role.AFTER, false) : null;
        return t == null ? null : new Denials.Harm(t.item().kind(), t.end());
    }

    /** trigger + count [+ noun], trigger + person nouns joined by و, or trigger + an ordinal standing alone. */
    private void triggerFirst(TokenizedText w, int i, List<Candidate> found, int[] sideEnds) {
        Found<Trigger> t = trigger(w, i, Role.BEFORE, true);
        if (t == null || t.end() >= w.size() || !w.joined(t.end())) return;
        // "مقتل وإصابة 5": the count belongs to both kinds.
        if (i > 0 && w.joined(i) && w.form(i).charAt(0) == 'و' && t.trim() >= 1) {
            Found<Trigger> prev = trigger(w, i - 1, Role.BEFORE, true);
            if (prev != null && prev.item().kind() != t.item().kind()) return;
        }
        // "killed or wounded five", "killed and injured 12": in English too.
        if (i > 1 && w.joined(i) && w.joined(i - 1) && (w.lower(i - 1).equals("or") || w.lower(i - 1).equals("and"))) {
            Found<Trigger> prev = trigger(w, i - 2, Role.BEFORE, true);
            if (prev != null && prev.item().kind() != t.item().kind() && prev.end() == i - 1) return;
        }
        int j = afterDeterminer(w, afterAgents(w, t.end(), sideEnds));
        // «اغتال مسلحون مجهولون صيدلانياً»: an assassination verb is active; the gunmen after it did it, whoever
        // they killed, counted or not.
        if (j == t.end() && ASSASSINATED.contains(w.key(i)) && trigger(w, j, Role.AGENT, false) != null) return;
        // "and injured a third": one person more, as «وأصيب ثالث» below.
        int[] another = anotherOne(w, j);
        if (another != null) {
            found.add(new Candidate(w.start(i, t.trim()), w.end(another[1] - 1), t.item().kind(), Casualties.exactly(1)));
            return;
        }
        // «أسفر عن مقتل أحدهم», «إصابة أحدهما»: one of those just named; not one of the dead just counted («مقتل خمسة
        // مدنيين، قضى أحدهم تحت الأنقاض»).
        if (ONE_OF_THEM.contains(w.lower(j))) {
            if (harmBefore(w, i, true) != t.item().kind()) {
                found.add(new Candidate(w.start(i, t.trim()), w.end(j), t.item().kind(), Casualties.exactly(1)));
            }
            return;
        }
        NumberWords.Count count = numbers.count(w, j);
        if (count != null && count.trim() == 0) {
            int end = count.end();
            Found<Noun> noun = nounAfter(w, end);
            if (noun != null) end = noun.end();
            else if (count.needsNoun()) return;
            // «مقتل 6 من مقاتلي العشائر و4 من عناصر قسد»: after a figure and whose people they are, more people.
            boolean whose = noun != null || end < w.size() && w.joined(end) && numbers.isLink(w, end);
            People more = whose ? morePeople(w, count, end, true) : null;
            if (more != null) {
                found.add(new Candidate(w.start(i, t.trim()), w.end(more.end() - 1), t.item().kind(), more.count()));
                return;
            }
            NumberWords.Count c = qualified(w, count, end);
            found.add(new Candidate(w.start(i, t.trim()), w.end(c.end() - 1), t.item().kind(), c.casualties()));
            return;
        }
        Found<Noun> noun = noun(w, j);
        if (noun != null && noun.trim() == 0) {
            People people = countedByNoun(w, noun);
            found.add(new Candidate(w.start(i, t.trim()), w.end(people.end() - 1), t.item().kind(), people.count()));
            return;
        }
        // "وأصيب ثالث": an ordinal standing for a person (a third one was wounded) is one person more. Before a
        // noun ("مقتل ثالث عنصر", the third member) it says which one of a series, not how many, and with the
        // article ("الثاني من نوعه", the second of its kind) it names a thing.
        String form = w.form(j);
        boolean arabic = Proclitics.isArabicLetter(form.charAt(0));
        int[] ordinal = arabic && !form.startsWith("ال") ? numbers.ordinal(w, j) : null;
        if (ordinal != null && ordinal[0] >= 2 && nounAfter(w, ordinal[1]) == null) {
            found.add(new Candidate(w.start(i, t.trim()), w.end(ordinal[1] - 1), t.item().kind(), Casualties.exactly(1)));
            return;
        }
        // «راح ضحية القصف على البلدة ثلاثة مدنيين»: the event the victims fell to stands between.
        if (frontedPhrase(w, j) || w.form(t.end() - 1).equals(VICTIM_OF) && form.startsWith("ال")) fronted(w, i, t, j, found);
    }

    /**
     * The people a person noun with no figure before it counts, with those told after it: "مقتل مدنيين اثنين" (a
     * number after the noun says how many), «مقتل مدنيين اثنين وعنصر من قسد», «مقتل عنصر من كل طرف», "مقتل والدته
     * وشقيقه", «مقتل عنصرين من قسد وأحد المهاجمين» (people named one by one add up).
     */
    private People countedByNoun(TokenizedText w, Found<Noun> noun) {
        NumberWords.Count after = noun.end() < w.size() && w.joined(noun.end()) ? numbers.count(w, noun.end()) : null;
        if (after != null && after.trim() == 0 && after.value() != null) {
            People more = morePeople(w, after, after.end(), true);
            if (more != null) return more;
            NumberWords.Count c = qualified(w, after, after.end());
            return new People(c.casualties(), c.end());
        }
        int sides = eachSideEnd(w, noun.end());
        if (sides > 0 && exact(noun.item())) return new People(bothSides(noun.item().low()), sides);
        People all = peopleAfter(w, noun.item().low(), noun.item().high(), noun.end());
        return all != null ? all : new People(range(noun.item().low(), noun.item().high()), noun.end());
    }

    /**
     * The word after «من كل طرف», "on each side" at word {@code k}, or -1: «مقتل عنصر من كل طرف» counts one of each
     * of a clash's two sides.
     */
    private static int eachSideEnd(TokenizedText w, int k) {
        if (k + 2 >= w.size() || !w.joined(k) || !w.joined(k + 1) || !w.joined(k + 2)) return -1;
        return EACH_SIDE.contains(List.of(w.form(k), w.form(k + 1), w.form(k + 2))) ? k + 3 : -1;
    }

    /**
     * The people a casualty noun of an exact number counts where «من كل طرف», "on each side" follows it, right after it
     * or after the verb it goes with («قتيلين سقطا من كل طرف»), or null.
     */
    private static People ofEachSide(TokenizedText w, Found<Trigger> noun) {
        if (!noun.item().low().equals(noun.item().high())) return null;
        int sides = eachSideEnd(w, noun.end());
        if (sides < 0 && noun.end() < w.size() && w.joined(noun.end()) && !w.commaBefore(noun.end())) {
            sides = eachSideEnd(w, noun.end() + 1);
        }
        return sides > 0 ? new People(bothSides(noun.item().low()), sides) : null;
    }

    /** People of each of a clash's two sides: twice as many. */
    private static Casualties bothSides(int each) {
        return Casualties.exactly(2 * each);
    }

    /** Whether a noun counts an exact number of people: one or two, not a plural. */
    private static boolean exact(Noun noun) {
        return noun.high() != null && noun.low().equals(noun.high());
    }

    /** "Each side" as written (normalised), after the people it counts. */
    private static final Set<List<String>> EACH_SIDE = Set.of(List.of("من", "كل", "طرف"), List.of("من", "كل", "جانب"),
            List.of("on", "each", "side"), List.of("from", "each", "side"), List.of("on", "either", "side"));

    /** «ضحية» as written (normalised): "fell victim to" what follows it. */
    private static final String VICTIM_OF = "ضحيه";

    /**
     * «وقتل في القصف على البلدة 4 مدنيين», «وأصيب جراء الانفجار 3 أطفال», «قتل ذبحاً ثلاثة عناصر»: Arabic may put a
     * phrase of where, why or how between the verb and whom it counts. The count is the first one within
     * {@link #FRONTED_GAP} words and before a comma, read only where a noun for people or, for a figure in words, whose
     * people they are follows it, so a date («قتل في 4 تشرين») is never read as one; or an indefinite noun of one or two
     * people («قتل في الهجوم عنصران»).
     */
    private void fronted(TokenizedText w, int i, Found<Trigger> t, int phrase, List<Candidate> found) {
        for (int k = phrase + 1; k <= phrase + FRONTED_GAP && k < w.size() && w.joined(k); k++) {
            // «وقتل في الهجوم عنصران من قسد، فيما أصيب ثلاثة»: the phrase ends before a comma at the latest.
            if (w.commaBefore(k)) return;
            NumberWords.Count count = numbers.count(w, k);
            if (count == null) {
                // «قتل في الهجوم عنصران»: an indefinite noun of one or two people counts them («على منزل المختار» is
                // part of the phrase).
                Found<Noun> one = noun(w, k);
                if (one != null && one.trim() == 0 && !w.form(k).startsWith("ال") && exact(one.item())) {
                    // «قتل خلاله مسلحان اثنان من أبناء العشائر ومقاتل من قسد»: with those told after them.
                    People people = countedByNoun(w, one);
                    found.add(new Candidate(w.start(i, t.trim()), w.end(people.end() - 1), t.item().kind(), people.count()));
                    return;
                }
                continue;
            }
            if (count.trim() != 0) continue;
            Found<Noun> noun = nounAfter(w, count.end());
            int end = noun != null ? noun.end() : -1;
            // «قتل خلالها ثلاثة من القوات الحكومية»: a figure in words, then whose people they were («في 4 من الشهر» is
            // a date).
            if (noun == null && !Character.isDigit(w.form(k).charAt(0)) && count.end() < w.size() && w.joined(count.end())
                    && numbers.isLink(w, count.end())) {
                end = count.end();
            }
            if (end < 0) return;
            People more = morePeople(w, count, afterPossessor(w, end), true);
            found.add(new Candidate(w.start(i, t.trim()), w.end((more != null ? more.end() : end) - 1), t.item().kind(),
                    more != null ? more.count() : count.casualties()));
            return;
        }
    }

    /**
     * Whether word {@code k} opens a phrase of where, why or how: «في», «جراء», «خلال», «إثر», «بالقصف», or a verbal
     * noun in the accusative that says how («ذبحاً», «رمياً بالرصاص»).
     */
    private static boolean frontedPhrase(TokenizedText w, int k) {
        if (k >= w.size() || !w.joined(k)) return false;
        String form = w.form(k);
        boolean manner = w.get(k).arabic() && form.length() >= 4 && form.endsWith("ا") && !form.startsWith("ال");
        return FRONTING_WORDS.contains(form) || form.startsWith("بال") && form.length() > 4 || manner;
    }

    private static final Set<String> FRONTING_WORDS = Set.of("في", "جراء", "خلال", "اثر", "نتيجه", "بسبب", "عقب", "اثناء",
            "خلالها", "خلاله", "فيها", "فيه", "جراءها", "جراءه", "اثرها", "اثره",
            // «قضى اليوم طفلان», «قتل فجر اليوم شاب»: when, as well as where, why or how.
            "اليوم", "امس", "صباح", "مساء", "ليل", "ليله", "فجر", "ظهر", "عصر", "يوم");
    /** The most words of a fronted phrase and the count after it: «في القصف الجوي على بلدة خشام». */
    private static final int FRONTED_GAP = 7;

    /**
     * A toll's name, the words of the event it counts, and the figure it came to: «ارتفعت حصيلة قتلى القصف على
     * بلدة الشحيل إلى 9 أشخاص», "the death toll from the attack in Shuhayl rose to 12", «بلغ عدد الجرحى 5». The
     * figure is read after the first {@code rise} word within {@link #TOLL_GAP} words of the name that a count
     * follows, or, after an Arabic {@code rise} verb before the name, at the first count within them.
     */
    private void tollReached(TokenizedText w, int i, List<Candidate> found) {
        Found<Trigger> toll = trigger(w, i, Role.TOLL, true);
        if (toll == null) toll = countOfThoseWho(w, i);
        if (toll == null) return;
        // «ارتفع إلى 24 عدد مقاتلي العشيرة الذين لقوا حتفهم»: the figure told first, after «إلى», right before the name
        // or its qualifier («ارتفع إلى ٩ على الأقل عدد المدنيين الذين قضوا»), or an aside on who were among them
        // («ارتفع إلى 19 بينهم 7 أطفال و4 مواطنات، عدد المدنيين الذين قتلوا»).
        int name = asideBefore(w, i);
        for (int j = name - 1; j >= Math.max(1, name - FIGURE_WORDS) && w.joined(j + 1); j--) {
            NumberWords.Count before = numbers.count(w, j);
            if (before == null || before.trim() != 0) continue;
            if (before.end() != name) {
                before = qualified(w, before, before.end());
                if (before.end() != name) continue;
            }
            Found<Trigger> rise = w.joined(j) ? trigger(w, j - 1, Role.RISE, true) : null;
            if (rise == null || rise.end() != j || !w.get(j - 1).arabic()) continue;
            found.add(new Candidate(w.start(j - 1, rise.trim()), w.end(toll.end() - 1), toll.item().kind(), before.casualties(),
                    false, true));
            return;
        }
        // «بلغت حصيلة القتلى في البلدة 8 أشخاص»: an Arabic verb of reaching told first, the figure after the toll.
        boolean reachedFirst = i > 0 && w.joined(i) && Proclitics.isArabicLetter(w.form(i - 1).charAt(0))
                && trigger(w, i - 1, Role.RISE, true) != null;
        // «ارتفعت حصيلة قتلى قوات الأسد في الهجوم الذي نفذته خلايا التنظيم على حافلة … مساء الأحد، إلى ١١ عنصراً»: with
        // the verb of rising told first, what the toll rose to may come after a long account of the event.
        boolean roseFirst = i > 0 && w.joined(i) && ROSE.contains(Proclitics.stem(w.lower(i - 1)));
        int gap = reachedFirst || roseFirst ? ROSE_GAP : TOLL_GAP;
        for (int k = toll.end(); k < w.size() && k <= toll.end() + gap && w.joined(k); k++) {
            Found<Trigger> rise = trigger(w, k, Role.RISE, true);
            int figure = rise != null ? rise.end() : reachedFirst ? k : -1;
            if (figure < 0 || figure >= w.size() || !w.joined(figure)) continue;
            NumberWords.Count count = numbers.count(w, figure);
            if (count == null) {
                // «وأفاد نشطاء أن الحصيلة بلغت امرأة وطفلها»: people named one by one.
                Found<Noun> person = noun(w, figure);
                if (person == null || person.trim() != 0 || !exact(person.item())) continue;
                People all = peopleAfter(w, person.item().low(), person.item().high(), person.end());
                found.add(new Candidate(w.start(i, toll.trim()), w.end((all != null ? all.end() : person.end()) - 1),
                        toll.item().kind(), all != null ? all.count() : range(person.item().low(), person.item().high()), false, true));
                return;
            }
            if (count.trim() != 0) continue;
            int end = count.end();
            Found<Noun> noun = nounAfter(w, end);
            if (noun != null) end = noun.end();
            else if (count.needsNoun()) continue;
            Found<Trigger> named = noun == null && end < w.size() && w.joined(end) ? trigger(w, end, Role.NOUN, false) : null;
            if (named != null && named.item().kind() == toll.item().kind()) end = named.end(); // «إلى 9 قتلى»
            NumberWords.Count c = qualified(w, count, end);
            found.add(new Candidate(w.start(i, toll.trim()), w.end(c.end() - 1), toll.item().kind(), c.casualties(), false, true));
            return;
        }
    }

    /**
     * Where an aside on who were among the people counted («بينهم 7 أطفال و4 مواطنات،») starts, where one closed by a
     * comma ends right before word {@code i}; else {@code i}.
     */
    private static int asideBefore(TokenizedText w, int i) {
        if (!w.commaBefore(i)) return i;
        for (int a = i - 1; a >= Math.max(0, i - LONG_ASIDE) && w.joined(a + 1); a--) {
            if (ASIDES.contains(w.form(a))) return a;
            if (w.commaBefore(a)) break;
        }
        return i;
    }

    /** The most words a figure told before a toll's name runs: «ما لا يقل عن 24». */
    private static final int FIGURE_WORDS = 5;

    /**
     * A toll named by whom it counts and what befell them, at word {@code i}: «عدد مقاتلي العشيرة الذين لقوا حتفهم»,
     * «عدد الذين قتلوا»: «عدد», at most {@link #COUNTED_WORDS} words, a relative pronoun and a casualty word after it,
     * whose kind the toll is. Null where none starts there.
     */
    private Found<Trigger> countOfThoseWho(TokenizedText w, int i) {
        if (!w.get(i).arabic() || !Proclitics.attachedTo(w.lower(i), "عدد", true)) return null;
        for (int m = i + 1; m <= i + COUNTED_WORDS + 1 && m + 1 < w.size() && w.joined(m); m++) {
            if (!RELATIVES.contains(w.lower(m)) || !w.joined(m + 1)) continue;
            Found<Trigger> befell = trigger(w, m + 1, Role.AFTER, false);
            if (befell == null) return null;
            Trigger named = befell.item();
            return new Found<>(new Trigger(named.kind(), Role.TOLL, named.words(), null, null), befell.end(), 0);
        }
        return null;
    }

    /** The most words between «عدد» and the relative pronoun of whom it counts: «عدد مقاتلي عشيرة الشعيطات الذين». */
    private static final int COUNTED_WORDS = 6;
    /**
     * At most this many words between a toll's name and the word saying what it came to: "the death toll from the ISIS
     * attack on the bus carrying soldiers near Al-Mayadin has risen to 13".
     */
    private static final int TOLL_GAP = 20;
    /** At most this many words between a toll's name and what it rose to, where a verb of rising comes first. */
    private static final int ROSE_GAP = 35;
    /**
     * The word of the verb of rising a few words before «إلى» or "to" right before a figure that starts at character
     * {@code start}, or -1: «قبل أن ترتفع صباح اليوم إلى 14 قتيلاً», "before rising to 14 dead". The figure is what the
     * toll came to, named or not; the words between (a day) are the rise's.
     */
    private static int roseTo(TokenizedText w, int start) {
        int k = w.indexAt(start);
        if (k < 2 || !w.joined(k) || !TO.contains(w.lower(k - 1))) return -1;
        for (int m = k - 2; m >= Math.max(0, k - 2 - ROSE_TO_WORDS) && w.joined(m + 1); m--) {
            if (ROSE.contains(Proclitics.stem(w.lower(m))) || ROSE_EN.contains(w.lower(m))) return m;
        }
        return -1;
    }

    /** At most this many words between a verb of rising and «إلى» before the figure: «صباح اليوم», "on Friday". */
    private static final int ROSE_TO_WORDS = 3;
    /** «إلى» and "to" (normalised). */
    static final Set<String> TO = Set.of("الي", "to");
    /** English verbs of rising (lower case). */
    private static final Set<String> ROSE_EN = Set.of("rose", "risen", "rising", "climbed", "climbing");
    /** Arabic verbs of rising, as written (normalised) without their proclitics: «ارتفعت», «لترتفع». */
    private static final Set<String> ROSE = Set.of("ارتفعت", "ارتفع", "ترتفع", "يرتفع");

    /**
     * A record's label of harm, a colon and its figure: "Fatalities: 3", "Civilians reported killed: 6–9" (a range of
     * two figures joined by a dash), «عدد القتلى: 3». The colon parts them into two clauses, which no other reading
     * crosses.
     */
    private void labelled(TokenizedText w, int i, List<Candidate> found) {
        CasualtyMention.Kind kind = LABELS.get(w.lower(i));
        if (kind == null || i + 1 >= w.size() || w.joined(i + 1)) return;
        if (!w.original().substring(w.end(i), w.get(i + 1).start()).strip().equals(":")) return;
        NumberWords.Count count = numbers.count(w, i + 1);
        if (count == null || count.trim() != 0 || count.value() == null || count.rule() != null) return;
        int last = count.end() - 1;
        Casualties figure = count.casualties();
        String dash = count.end() < w.size() && w.joined(count.end())
                ? w.original().substring(w.end(last), w.get(count.end()).start()).strip() : "";
        if (dash.equals("-") || dash.equals("–")) {
            NumberWords.Count high = numbers.count(w, count.end());
            if (high != null && high.value() != null && high.rule() == null && high.value() > count.value()) {
                figure = range(count.value(), high.value());
                last = high.end() - 1;
            }
        }
        found.add(new Candidate(w.start(i, 0), w.end(last), kind, figure));
    }

    /** Labels of harm before a colon and a figure, as written (normalised, lower case). */
    private static final Map<String, CasualtyMention.Kind> LABELS = Map.of("fatalities", CasualtyMention.Kind.KILLED,
            "killed", CasualtyMention.Kind.KILLED, "deaths", CasualtyMention.Kind.KILLED, "injured", CasualtyMention.Kind.INJURED,
            "wounded", CasualtyMention.Kind.INJURED, "injuries", CasualtyMention.Kind.INJURED, "القتلي", CasualtyMention.Kind.KILLED,
            "قتلي", CasualtyMention.Kind.KILLED, "الجرحي", CasualtyMention.Kind.INJURED, "المصابين", CasualtyMention.Kind.INJURED);

    /**
     * The word after those naming who killed, when whom they killed follows them: an active verb told verb first
     * puts its doer before its object («اغتال مجهولون المسؤول», «قتل مسلحون مجهولون شاباً»). Otherwise {@code j}:
     * «قتل مسلحون» alone is gunmen killed.
     */
    private int afterAgents(TokenizedText w, int j, int[] sideEnds) {
        int k = j;
        for (Found<Trigger> agent = trigger(w, k, Role.AGENT, false); agent != null && agent.end() < w.size()
                && w.joined(agent.end()); agent = trigger(w, k, Role.AGENT, false)) {
            k = agent.end();
        }
        // «قتلت قسد مدنيين اثنين»: the side that killed, named after the verb; «اغتال مرتزقة داعش مختار البلدة»: after
        // the men who did it.
        if (k < sideEnds.length && sideEnds[k] > k && sideEnds[k] < w.size() && w.joined(sideEnds[k])) k = sideEnds[k];
        if (k == j) return j;
        // «اغتال مسلحون يستقلون دراجة نارية مختار القرية»: how the killers came may stand between them and whom.
        // «اغتال مسلحون يستقلون دراجة نارية، مساء أمس، عضواً»: and when, after a comma.
        if (k < w.size() && w.joined(k) && w.form(k).startsWith(RIDING)) {
            int m = k + 1;
            while (m <= k + RIDE_WORDS && m < w.size() && w.joined(m) && !w.commaBefore(m) && !TIME_WORDS.contains(w.form(m))
                    && numbers.count(w, m) == null && noun(w, m) == null) {
                m++;
            }
            // Past what they rode only where a comma, when, or whom they killed comes next.
            if (m < w.size() && w.joined(m) && m <= k + RIDE_WORDS) k = m;
        }
        // «اغتال مسلحون مجهولون مساء أمس مختار الحي»: when it happened may stand between who killed and whom.
        while (k < w.size() && w.joined(k) && TIME_WORDS.contains(w.form(k))) k++;
        NumberWords.Count count = numbers.count(w, k);
        Found<Noun> noun = noun(w, k);
        return count != null && count.trim() == 0 || noun != null && noun.trim() == 0 ? k : j;
    }

    /** «اغتال», «اغتالت», «اغتالوا» (search keys): verbs of assassinating, active only (the passive is «اغتيل»). */
    private static final Set<String> ASSASSINATED = Set.of("اغتال", "اغتالت", "اغتالوا");

    /** The index of the word after a side's name that starts at word {@code k}, else 0. */
    private static int sideEnd(int[] sideEnds, int k) {
        return k < sideEnds.length ? sideEnds[k] : 0;
    }

    /** «يستقلون», «يستقلان», «يستقل»: riding, as written (normalised), before what the killers rode. */
    private static final String RIDING = "يستقل";
    /** The most words of what they rode and the words after it: «دراجة نارية». */
    private static final int RIDE_WORDS = 3;

    /** Words of when, as written (normalised), that may stand between a verb's doer and its object. */
    private static final Set<String> TIME_WORDS = Set.of("مساء", "صباح", "ظهر", "عصر", "فجر", "ليله", "امس", "اليوم", "يوم",
            "الماضي", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه");

    /**
     * «فقد منير المهباش حياته», «فقدان أربعة عناصر من قسد حياتهم», «لقي ثلاثة عناصر مصرعهم», «فارق شاب الحياة»: a verb
     * of dying whose closing word comes after who died, their number written there or told by the closing word's
     * ending (his or her life 1, «حياتهما» 2, «حياتهم» at least 2; «الحياة» one unless a figure says more). The
     * closing word is what makes «فقد» (lost, went missing) a death.
     */
    private void livesLost(TokenizedText w, int i, List<Candidate> found) {
        String verb = DYING_VERBS.at(w, i); // «وفقد»: the verb and the proclitics in front of it
        if (verb == null) return;
        Set<String> closings = DYING.get(verb);
        // «لقي ما لا يقل عن 11 عنصراً من التنظيم مصرعهم»: a figure of several words counts as one in the gap.
        NumberWords.Count written = numbers.count(w, i + 1);
        int figureWords = written != null && written.value() != null ? Math.max(0, written.end() - (i + 2)) : 0;
        // «فقد شاب الاتصال بأهله، وعُثر على آخر فاقداً حياته»: a comma ends who lost it.
        for (int k = i + 1; k <= i + 1 + LIFE_GAP + figureWords && k < w.size() && w.joined(k) && !w.commaBefore(k); k++) {
            if (!closings.contains(w.form(k))) continue;
            String ending = w.form(k);
            Casualties lives = ending.endsWith("هما") ? Casualties.exactly(2)
                    : ending.endsWith("هم") || ending.endsWith("هن") ? range(2, null) : Casualties.exactly(1);
            if (k == i + 1 && !lives.equals(Casualties.exactly(1))) return;
            if (written != null && written.value() != null && written.end() <= k) lives = qualified(w, written, written.end()).casualties();
            else if (k > i + 1) {
                Found<Noun> noun = noun(w, i + 1);
                if (noun != null && noun.trim() == 0 && noun.end() <= k && exact(noun.item())) {
                    // «لقي طفل ووالدته حتفهما», «لقي طفلان ووالدتهما حتفهم»: the people named after the first add up.
                    People all = peopleAfter(w, noun.item().low(), noun.item().high(), noun.end());
                    if (all != null && all.end() <= k) lives = all.count();
                    else if (lives.equals(Casualties.exactly(1)) || noun.item().low() > 1) {
                        lives = Casualties.exactly(noun.item().low()); // «فارق شابان الحياة»
                    }
                }
            }
            int proclitics = w.form(i).length() - verb.length(); // «وفقد»
            found.add(new Candidate(w.start(i, proclitics), w.end(k), CasualtyMention.Kind.KILLED, lives));
            return;
        }
    }

    /**
     * «تعرض مدني لإصابة بليغة», «تعرض ثلاثة عناصر لجروح»: a verb of suffering whose closing injury word comes after who
     * was hurt, counted by the figure or the person noun between them. With neither («تعرض لإصابة»), who it was is
     * told elsewhere and nothing is counted.
     */
    private void injuriesSuffered(TokenizedText w, int i, List<Candidate> found) {
        String verb = SUFFERING.at(w, i); // «وتعرض»: the verb and the proclitics in front of it
        if (verb == null) return;
        for (int k = i + 2; k <= i + 1 + LIFE_GAP && k < w.size() && w.joined(k); k++) {
            if (!INJURIES.contains(w.form(k))) continue;
            NumberWords.Count written = numbers.count(w, i + 1);
            Found<Noun> noun = noun(w, i + 1);
            Casualties hurt = written != null && written.trim() == 0 && written.value() != null && written.end() <= k
                    ? Casualties.exactly(written.value())
                    : noun != null && noun.trim() == 0 && noun.end() <= k ? range(noun.item().low(), noun.item().high()) : null;
            if (hurt == null) return;
            int proclitics = w.form(i).length() - verb.length(); // «وتعرض»
            found.add(new Candidate(w.start(i, proclitics), w.end(k), CasualtyMention.Kind.INJURED, hurt));
            return;
        }
    }

    /**
     * «وأصاب شقيقه بجروح», «أصاب قناص من القوات الحكومية عنصرين من قسد بجروح»: an active verb of hitting, whom it hit
     * (after whatever hit them) and «بجروح» closing them: the people counted were wounded.
     */
    private void woundedBy(TokenizedText w, int i, List<Candidate> found) {
        String verb = HITTING.at(w, i); // «وأصاب»: the verb and the proclitics in front of it
        if (verb == null) return;
        for (int k = i + 2; k <= i + 1 + HIT_GAP && k < w.size() && w.joined(k) && !w.commaBefore(k); k++) {
            if (!WOUNDS.contains(w.form(k))) continue;
            for (int m = i + 1; m < k; m++) {
                NumberWords.Count written = numbers.count(w, m);
                Found<Noun> noun = noun(w, m);
                Casualties hurt = written != null && written.trim() == 0 && written.value() != null && written.end() < k
                        && nounAfter(w, written.end()) != null ? Casualties.exactly(written.value())
                        : noun != null && noun.trim() == 0 && noun.end() <= k ? range(noun.item().low(), noun.item().high()) : null;
                if (hurt == null) continue;
                int proclitics = w.form(i).length() - verb.length(); // «وأصاب»
                found.add(new Candidate(w.start(i, proclitics), w.end(k), CasualtyMention.Kind.INJURED, hurt));
                return;
            }
            return;
        }
    }

    /** Verbs of hitting, as written (normalised), whose object «بجروح» says was wounded. */
    private static final CoreWords HITTING = new CoreWords(Set.of("اصاب", "اصابت", "اصابوا", "جرحت", "جرح"));
    /** The wounds that close them. */
    private static final Set<String> WOUNDS = Set.of("بجروح", "بجراح", "بجرح", "باصابات");
    /** The most words from the verb to the wounds: what hit, and whom («قناص من القوات الحكومية عنصرين من قسد»). */
    private static final int HIT_GAP = 9;

    /** Verbs of suffering an injury told around who suffered it, and the injury words (with «ل») that close them. */
    private static final CoreWords SUFFERING = new CoreWords(Set.of("تعرض", "تعرضت", "تعرضوا", "تعرضا"));
    private static final Set<String> INJURIES = Set.of("لاصابه", "للاصابه", "لاصابات", "لجروح", "لجراح");

    /** Verbs of dying told around who died, by their normalised form, with the words that close them. */
    private static final Map<String, Set<String>> DYING = Map.of(
            "فقد", Set.of("حياته", "حياتها", "حياتهما", "حياتهم", "حياتهن"),
            "فقدان", Set.of("حياته", "حياتها", "حياتهما", "حياتهم", "حياتهن"),
            "لقي", Set.of("مصرعه", "حتفه", "مصرعها", "حتفها", "مصرعهما", "حتفهما", "مصرعهم", "حتفهم"),
            "لقيت", Set.of("مصرعها", "حتفها"),
            "لقوا", Set.of("مصرعهم", "حتفهم"),
            "فارق", Set.of("الحياه"),
            "فارقت", Set.of("الحياه"));
    private static final CoreWords DYING_VERBS = new CoreWords(DYING.keySet());

    /**
     * The most words between the verb and its closing word: a name of four parts, a count and whose people they are, a
     * side's full name («لقي عنصر من قوى الأمن الداخلي "الأسايش" حتفه»).
     */
    private static final int LIFE_GAP = 6;

    /** A person noun joined by و or "and" at word {@code k} ("وشقيقه", "and his mother"), or null. */
    private Found<Noun> joinedNoun(TokenizedText w, int k) {
        if (k >= w.size() || !w.joined(k)) return null;
        if (w.form(k).equals("and")) {
            Found<Noun> noun = nounAfter(w, afterDeterminer(w, k + 1));
            // "killed two children, and the fighters responded by shelling": after a comma, people followed by their own
            // verb open a clause of their own.
            return noun != null && w.commaBefore(k) && verbInEd(w, noun.end()) ? null : noun;
        }
        // "killing a man, his wife and three of their children": a list parted by commas names its people by whose
        // they are.
        if (POSSESSIVES.contains(w.form(k)) && w.commaBefore(k)) {
            return nounAfter(w, afterDeterminer(w, k));
        }
        if (w.form(k).charAt(0) != 'و') return null;
        Found<Noun> noun = noun(w, k);
        return noun != null && noun.trim() == 1 ? noun : null;
    }

    /** «آخر» (another), as the person-noun lexicon writes it (normalised). */
    private static final String ANOTHER = ArabicNormalizer.normalize("آخر").text();

    /**
     * Whether «آخر» at word {@code k} is "the last of": after a preposition and before a noun with a pronoun joined to it,
     * «القضاء على آخر خلاياها» (the last of its cells); not another person («وأصيب آخر بجروح», «وأصيب آخر حينها»).
     */
    private static boolean lastOf(TokenizedText w, int k) {
        if (k < 1 || k + 1 >= w.size() || !w.joined(k) || !w.joined(k + 1) || w.commaBefore(k + 1) || !w.get(k + 1).arabic()) {
            return false;
        }
        String next = w.form(k + 1);
        return LAST_OF_AFTER.contains(w.form(k - 1)) && next.length() > 3 && (next.endsWith("ها") || next.endsWith("هم"));
    }

    /** Prepositions before «آخر» as "the last of", as written (normalised): «على», «إلى», «حتى». */
    private static final Set<String> LAST_OF_AFTER = Set.of("على", "إلى", "حتى").stream()
            .map(word -> ArabicNormalizer.normalize(word).text()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether an English verb of harm follows word {@code k}, after "were" or "was" if any: "three civilians were wounded". */
    private boolean verbOfTheirOwn(TokenizedText w, int k) {
        int m = k;
        while (m < w.size() && w.joined(m) && !w.get(m).arabic() && trigger(w, m, Role.AUX, false) != null) m++;
        return m > k && m < w.size() && w.joined(m) && !w.get(m).arabic() && trigger(w, m, Role.AFTER, false) != null;
    }

    /** Whether word {@code k} is an English verb in the past, joined to the word before it: "responded", "fired". */
    private static boolean verbInEd(TokenizedText w, int k) {
        return k < w.size() && w.joined(k) && !w.commaBefore(k) && !w.get(k).arabic() && w.lower(k).endsWith("ed")
                && !w.get(k).capitalised();
    }

    /**
     * Some of the wounded just counted who died: "wounding four others, one of whom later died", «وتوفي أحدهم لاحقاً»,
     * «توفي أحد الجرحى». Only a verb of dying (not of killing: "three of whom were killed in a second strike" are some of
     * the dead) and only where the words just before count the wounded. The coders add them to the dead and keep the
     * wounded's first figure ({@link TollsTold}).
     */
    private void diedOfThem(TokenizedText w, int i, List<Candidate> found) {
        if (w.get(i).arabic()) {
            String verb = w.get(i).key(); // the word without its proclitics, worked out once per report
            if (!DIED.contains(verb) || i + 1 >= w.size() || !w.joined(i + 1)) return;
            int k = i + 1;
            int end = ONE_OF_THEM.contains(w.lower(k)) ? k + 1 : w.lower(k).equals("احد") && k + 1 < w.size() && w.joined(k + 1)
                    && WOUNDED.contains(w.lower(k + 1)) ? k + 2 : -1;
            if (end > 0 && (end == k + 2 || woundedBefore(w, i))) {
                found.add(new Candidate(w.start(i, w.form(i).length() - verb.length()), w.end(end - 1),
                        CasualtyMention.Kind.KILLED, Casualties.exactly(1)));
            }
            return;
        }
        // A count of one word, "of" and "whom": a cheap test before the count is read.
        if (i + 2 >= w.size() || !w.lower(i + 1).equals("of") || !OF_THEM.contains(w.lower(i + 2)) || !woundedBefore(w, i)) return;
        NumberWords.Count some = numbers.count(w, i);
        if (some == null || some.value() == null || some.end() != i + 1) return;
        for (int m = i + 3; m <= i + 5 && m < w.size() && w.joined(m); m++) {
            if (!DIED.contains(w.lower(m))) continue;
            found.add(new Candidate(w.start(i, 0), w.end(m), CasualtyMention.Kind.KILLED, Casualties.exactly(some.value())));
            return;
        }
    }

    /**
     * Whether the nearest casualty word before word {@code i}, in its sentence or the one before, is of wounds:
     * "wounding four others, one of whom", «وأصيب ثلاثة … وتوفي أحدهم لاحقاً».
     */
    private boolean woundedBefore(TokenizedText w, int i) {
        return harmBefore(w, i, false) == CasualtyMention.Kind.INJURED;
    }

    /**
     * The kind of harm the nearest words of harm before word {@code i} tell (within {@link #WOUNDED_WORDS}, and with
     * {@code inSentence} in its sentence), or null.
     */
    private CasualtyMention.Kind harmBefore(TokenizedText w, int i, boolean inSentence) {
        for (int k = i - 1; k >= Math.max(0, i - WOUNDED_WORDS) && (!inSentence || w.joined(k + 1)); k--) {
            Found<Trigger> t = trigger(w, k, Role.BEFORE, true);
            if (t == null) t = trigger(w, k, Role.AFTER, false);
            if (t == null) t = trigger(w, k, Role.NOUN, false);
            if (t != null) return t.item().kind();
        }
        return null;
    }

    /** Whether {@code c}, a death, is of some of the wounded just counted ({@link #diedOfThem}): more dead. */
    static boolean moreDead(TokenizedText text, CasualtyMention c) {
        int first = text.indexAt(c.span().start());
        if (c.kind() != CasualtyMention.Kind.KILLED || first + 1 >= text.size()) return false;
        String next = text.lower(first + 1);
        return ONE_OF_THEM.contains(next) || next.equals("احد") && first + 2 < text.size() && WOUNDED.contains(text.lower(first + 2))
                || next.equals("of") && first + 2 < text.size() && OF_THEM.contains(text.lower(first + 2));
    }

    /** The most words back a count of the wounded may stand: a sentence and a half. */
    private static final int WOUNDED_WORDS = 30;
    /** Verbs of dying, as written (normalised, proclitics aside). */
    private static final Set<String> DIED = Set.of("توفي", "قضي", "died", "succumbed");
    /** «أحدهم», «أحدهما»: one of them, as written (normalised). */
    private static final Set<String> ONE_OF_THEM = Set.of("احدهم", "احدهما", "احدهن");
    /** "whom", "them" after "one of". */
    private static final Set<String> OF_THEM = Set.of("whom", "them");
    /** The wounded, as written (normalised): «توفي أحد الجرحى». */
    private static final Set<String> WOUNDED = Set.of("الجرحي", "المصابين", "الجريحين");

    /** Whether a casualty noun carries whom it befell as a pronoun: «إصابته», «مقتلهما». */
    private static boolean possessed(TokenizedText w, int i, Found<Trigger> t) {
        if (!w.get(i).arabic()) return false;
        // As written, not normalised: «جثة» (a body) ends in ة, «إصابته» (his injury) in the pronoun ه.
        String written = w.original().substring(w.get(i).start(), w.end(t.end() - 1));
        return written.endsWith("ه") || written.endsWith("ها") || written.endsWith("هما") || written.endsWith("هم");
    }

    /** People counted one by one after an exact figure and its noun, and the words they end at. */
    private record People(Casualties count, int end) {}

    /**
     * An exact {@code count} and its noun ending at word {@code end}, plus the people named after them ("a child
     * and his mother" = 2, "two US soldiers and three members of the SDF" = 5), or null when none are.
     * {@code verbTold}: words of harm told before the count («killed two soldiers»), after which people with a verb of
     * their own are not among those counted.
     */
    private People morePeople(TokenizedText w, NumberWords.Count count, int end, boolean verbTold) {
        if (count.value() == null) return null;
        // «ما لا يقل عن سبعة عناصر من قوات الأسد و12 من مقاتلي التنظيم»: at least nineteen.
        if (count.rule() == NumberWords.Rule.AT_LEAST || count.rule() == NumberWords.Rule.MORE_THAN) {
            People more = peopleAfterAFigure(w, count.value(), null, end, verbTold);
            return more == null ? null : new People(new Casualties(more.count().low(), more.count().low(), null), more.end());
        }
        if (count.rule() != null) return null;
        int sides = eachSideEnd(w, end);
        if (sides > 0) return new People(bothSides(count.value()), sides);
        return peopleAfterAFigure(w, count.value(), count.value(), end, verbTold);
    }

    /** People counted {@code low} to {@code high} up to word {@code end}, plus the people named after them, or null when none are. */
    private People peopleAfter(TokenizedText w, int low, Integer high, int end) {
        return peopleAfter(w, low, high, end, false, true);
    }

    /**
     * As {@link #peopleAfter(TokenizedText, int, Integer, int)}, after a figure: their allies named in the plural right
     * after the people it counts, with no figure of their own, are among them ("at least 19 government soldiers and allied
     * militiamen" are nineteen; "five SDF fighters and civilians" are more).
     */
    private People peopleAfterAFigure(TokenizedText w, int low, Integer high, int end, boolean verbTold) {
        return peopleAfter(w, low, high, end, true, verbTold);
    }

    private People peopleAfter(TokenizedText w, int low, Integer high, int end, boolean afterAFigure, boolean verbTold) {
        boolean any = false;
        boolean atLeast = false; // "11 soldiers and at least 8 militants": nineteen at least
        while (true) {
            Found<Noun> more = joinedNoun(w, end);
            // "19 government soldiers and allied militiamen": their allies, named right after them, no side between.
            boolean allies = more != null && w.form(end).equals("and") && end + 1 < w.size() && ALLIED.contains(w.lower(end + 1));
            // «عنصرين من قسد ومهاجم», «عنصر في ميليشيا الدفاع الوطني وطفل»: a person named after «من» or «في» and whose
            // the people just counted are (not after a
            // comma: «9 مدنيين من عائلتين، بينهم 4 أطفال وسيدتان» counts some of them again).
            int side = afterArabicSide(w, end);
            // «23 عنصراً من قوات النظام والمسلحين الموالين لها»: after the side, a noun with the article goes on naming whose
            // they are, not more people.
            // «مقتل سائق الشاحنة وعنصرين»: so does a complement with the article.
            if (more == null && side > end && (numbers.isLink(w, end) || w.form(end).equals(IN) || definiteUpTo(w, end, side))
                    && noCommaBetween(w, end, side) && !definiteAfterAnd(w, side)) {
                more = joinedNoun(w, side);
            }
            // "a leader in the Deir ez-Zor Military Council and his driver": the same in English.
            if (more == null) more = joinedNoun(w, afterEnglishSide(w, end));
            // «توفي راعي أغنام وطفلان من أبنائه»: the noun of what a person tends or sells, one bare word, between.
            if (more == null && bareComplementAt(w, end)) more = joinedNoun(w, end + 1);
            // "killed two soldiers, and three civilians were wounded": people with a verb of their own are its.
            if (more != null && verbTold && verbOfTheirOwn(w, more.end())) break;
            if (more != null && more.item().high() == null && afterAFigure && allies) {
                // "at least 19 government soldiers and allied militiamen were killed": the figure counts both.
                end = more.end();
            } else if (more != null) {
                low += more.item().low();
                high = high == null || more.item().high() == null ? null : high + more.item().high();
                end = more.end();
            } else {
                People counted = joinedCount(w, afterPossessor(w, end));
                if (counted == null) counted = joinedCount(w, afterArabicSide(w, end));
                if (counted == null) counted = joinedCount(w, afterEnglishSide(w, end));
                if (counted == null || verbTold && verbOfTheirOwn(w, counted.end())) break;
                low += counted.count().low();
                atLeast |= counted.count().high() == null;
                high = high == null || counted.count().high() == null ? null : high + counted.count().high();
                end = counted.end();
            }
            any = true;
        }
        return any ? new People(atLeast ? new Casualties(low, low, null) : range(low, high), end) : null;
    }

    /**
     * People listed after the plural that counts them, from word {@code k}, or null: «القتلى، وهم: الملازم أول "علي
     * ديوب"، والمساعد "سامر يوسف"، والرقيب "محمود الخضر"», «الجرحى وهم كل من …». Each person is a short item that
     * opens on a name, a person noun (a rank) or a quotation mark, parted from the next by a comma or by «و» before a
     * given name or a person noun; the list ends at the sentence's end, at words that open another clause («فيما أصيب ٩
     * آخرون»), at an item too long to be a name, or at one that opens on no person («الجرحى، وهم من المدنيين، إلى
     * المشفى» lists nobody).
     */
    private People listed(TokenizedText w, int k) {
        if (k >= w.size() || !w.joined(k) || !LIST_OPENERS.contains(w.form(k))) return null;
        k++;
        if (k + 1 < w.size() && w.joined(k) && w.form(k).equals("كل") && w.form(k + 1).equals("من")) k += 2;
        if (k >= w.size() || !w.joined(k) && !colonBefore(w, k)) return null;
        int items = 0, words = 0, end = k;
        boolean and = false; // «و» standing alone before a quoted name: «، و"سامر يوسف"»
        for (int j = k; j < w.size() && (j == k || w.joined(j)); j++) {
            if (w.form(j).equals("و")) {
                and = true;
                continue;
            }
            boolean next = j == k || and || w.commaBefore(j) || words > 0 && startsAnotherPerson(w, j);
            and = false;
            if (next) words = 0;
            if (LIST_ENDS.contains(w.form(j)) || trigger(w, j, Role.BEFORE, true) != null || trigger(w, j, Role.AFTER, false) != null) {
                break;
            }
            if (next) {
                if (!opensOnAPerson(w, j)) break;
                items++;
            }
            if (++words > LISTED_PERSON_WORDS) {
                items--;
                break;
            }
            end = j + 1;
        }
        return items >= 2 ? new People(Casualties.exactly(items), end) : null;
    }

    /**
     * Whether a listed item opens at word {@code j} on a person: a name, a person noun (a rank, with the article or «و»
     * or both: «الملازم», «والرقيب»), or a name in quotation marks within its first words («والمساعد أول "سامر يوسف"»).
     */
    private boolean opensOnAPerson(TokenizedText w, int j) {
        if (PersonsNames.endOfName(w, j) >= 0 || PersonsNames.conjoined(w, j) || noun(w, j) != null) return true;
        String key = w.key(j);
        if (lexicon.nouns().at(key).stream().anyMatch(n -> n.word().equals(key))) return true;
        for (int m = j; m < Math.min(w.size(), j + QUOTED_NAME_WITHIN) && (m == j || w.joined(m) && !w.commaBefore(m)); m++) {
            int start = w.get(m).start();
            if (start > 0 && QUOTES.indexOf(w.original().charAt(start - 1)) >= 0) return true;
        }
        return false;
    }

    /** The words of a listed item within which a quoted name shows it names a person: a rank of two words first. */
    private static final int QUOTED_NAME_WITHIN = 3;

    /** Quotation marks a listed name may stand in. */
    private static final String QUOTES = "\"“”«»'";

    /** Whether word {@code j} is «و» and a given name or a person noun: «والمساعد», «وأحمد». */
    private boolean startsAnotherPerson(TokenizedText w, int j) {
        if (w.form(j).charAt(0) != 'و') return false;
        if (PersonsNames.conjoined(w, j)) return true;
        Found<Noun> noun = noun(w, j);
        return noun != null && noun.trim() == 1;
    }

    /** Whether only a colon (and quotation marks) stands between word {@code k - 1} and word {@code k}: «وهم: "…». */
    private static boolean colonBefore(TokenizedText w, int k) {
        String between = w.original().substring(w.end(k - 1), w.get(k).start());
        StringBuilder marks = new StringBuilder();
        for (char c : between.toCharArray()) if (!Character.isWhitespace(c) && QUOTES.indexOf(c) < 0) marks.append(c);
        return marks.toString().equals(":");
    }

    /** «وهم», «هم», «وهما», «وهن» as written (normalised): who they are, before a list. */
    private static final Set<String> LIST_OPENERS = Set.of("وهم", "هم", "وهما", "هما", "وهن", "هن");
    /** Words that open another clause after a list of people (normalised): «فيما», «بينما», «في حين», «إضافة». */
    private static final Set<String> LIST_ENDS = Set.of("فيما", "بينما", "حين", "اضافه", "بالاضافه", "كما", "بعد", "اثر",
            "حيث", "الذين", "اللذين");
    /** The most words of one listed person: a rank of two words, a name of four. */
    private static final int LISTED_PERSON_WORDS = 6;

    /** «في» (in), as written: «عنصر في قسد», a member of the SDF. */
    private static final String IN = "في";

    /** Whether Arabic word {@code k} is «و» and a noun with the article that a word of allegiance follows: «والمسلحين الموالين لها». */
    private static boolean definiteAfterAnd(TokenizedText w, int k) {
        String form = w.form(k);
        if (!w.get(k).arabic() || !form.startsWith("وال") || form.length() <= 4 || k + 1 >= w.size() || !w.joined(k + 1)) return false;
        String next = w.lower(k + 1);
        return next.startsWith("الموال") || next.startsWith("التابع") || next.startsWith("المدعوم");
    }

    /** Whether Arabic words {@code from} to {@code to} (excluded) all have the article: «الشاحنة», «الأمن العام». */
    private static boolean definiteUpTo(TokenizedText w, int from, int to) {
        for (int k = from; k < to; k++) if (!w.get(k).arabic() || !w.form(k).startsWith("ال")) return false;
        return true;
    }

    private static boolean noCommaBetween(TokenizedText w, int from, int to) {
        for (int k = from; k <= to; k++) if (w.commaBefore(k)) return false;
        return true;
    }

    /**
     * "and" or «و» then an exact figure, or one at least ("and at least eight militants"), and its noun, with the words
     * saying whose people they are ("and three fighters of the Kurdish-led forces", «و3 عناصر من قسد»), or the figure
     * and "of" or «من» («و3 من الميليشيات الإيرانية»), at word {@code k}: the figure and the word after them, or null.
     */
    private People joinedCount(TokenizedText w, int k) {
        if (k >= w.size() || !w.joined(k)) return null;
        String form = w.form(k);
        // «و3», «وثلاثة»: the Arabic conjunction is written onto the figure, which reads with it.
        int at = form.equals("and") || form.equals("و") ? afterDeterminer(w, k + 1) : form.length() > 1 && form.charAt(0) == 'و' ? k : -1;
        if (at < 0 || at >= w.size() || !w.joined(at)) return null;
        NumberWords.Count count = numbers.count(w, at);
        if (count == null || count.value() == null) return null;
        boolean atLeast = count.rule() == NumberWords.Rule.AT_LEAST || count.rule() == NumberWords.Rule.MORE_THAN;
        if (count.rule() != null && !atLeast) return null;
        Casualties figure = atLeast ? new Casualties(count.value(), count.value(), null) : Casualties.exactly(count.value());
        Found<Noun> noun = nounAfter(w, count.end());
        if (noun != null) return new People(figure, afterPossessor(w, noun.end()));
        if (count.end() < w.size() && w.joined(count.end()) && numbers.isLink(w, count.end())
                && !(count.end() + 1 < w.size() && ANIMALS.contains(w.lower(afterDeterminer(w, count.end() + 1))))) {
            return new People(figure, count.end());
        }
        return null;
    }

    /**
     * Word {@code k}, or past «من» and an Arabic side's name of a few words to the «و» that adds more people: «5
     * عناصر من قوات النظام و3 من الميليشيات».
     */
    private int afterArabicSide(TokenizedText w, int k) {
        if (k >= w.size() || !w.joined(k) || Script.of(w.form(k).charAt(0)) != Script.ARABIC) return k;
        // «مقتل 12 شخصاً، هم 5 عناصر من قسد و7 من مسلحي العشائر», «بينهم 5 … و7»: who the people counted were, by
        // parts that add up to them, not more people.
        if (ASIDES.contains(w.form(k)) || LIST_OPENERS.contains(w.form(k))) return k;
        // «6 من مقاتلي العشائر و4 من عناصر قسد»: a noun's complement names the side as «من» does.
        for (int m = numbers.isLink(w, k) ? k + 2 : k + 1; m <= k + 1 + MAX_MODIFIERS && m < w.size() && w.joined(m); m++) {
            if (w.form(m).charAt(0) == 'و') return m;
        }
        return k;
    }

    /**
     * Word {@code k}, or past the Arabic nouns with the article that complete the noun before it, to the verb of harm
     * after them: «2 من عناصر الميليشيات قتلوا», «عنصران من الفوج الرابع قتلا».
     */
    private int afterComplement(TokenizedText w, int k) {
        int m = k;
        while (m < w.size() && m - k < COMPLEMENT_WORDS && w.joined(m) && !w.commaBefore(m) && w.get(m).arabic()
                && w.form(m).startsWith("ال")) {
            m++;
        }
        return m > k && verbAt(w, m) ? m : k;
    }

    /** The most words with the article completing a noun: «عناصر الفوج الرابع». */
    private static final int COMPLEMENT_WORDS = 3;

    /**
     * Word {@code k}, or past "of" or "from" and an English side's name of a few words to the "and" that adds more
     * people: "eight fighters from the Syrian Democratic Forces and 15 jihadists". A comma or a verb of harm ends the
     * name first ("two members of the SDF were killed and …" adds nobody).
     */
    private int afterEnglishSide(TokenizedText w, int k) {
        if (k >= w.size() || !w.joined(k) || Script.of(w.form(k).charAt(0)) != Script.LATIN || !numbers.isLink(w, k)) return k;
        for (int m = k + 2; m <= k + 1 + GROUP_NAME_WORDS && m < w.size() && w.joined(m); m++) {
            if (w.commaBefore(m) || verbAt(w, m)) break;
            if (w.form(m).equals("and")) return m;
        }
        return k;
    }

    /**
     * Whether a word of harm may start after word {@code i} in its sentence, for every word: a person told first
     * ({@link #nounFirst}) counts only before one, and looking for a person at every word was some 7 % of the extractor's
     * time.
     */
    private boolean[] harmLater(TokenizedText w) {
        boolean[] later = new boolean[w.size()];
        for (int k = w.size() - 2; k >= 0; k--) {
            later[k] = w.joined(k + 1) && (later[k + 1] || lexicon.triggers().any(w, k + 1));
        }
        return later;
    }

    /** count [+ noun] [+ aux] + after-trigger, or count + casualty noun. */
    private void countFirst(TokenizedText w, int i, List<Candidate> found, boolean[] blocked, int[] sideEnds, boolean harmLater) {
        NumberWords.Count count = numbers.count(w, i);
        if (count == null || anotherOne(w, i) != null) {
            if (harmLater) nounFirst(w, i, found);
            return;
        }
        // "Khalil, a father of four, was shot dead": the figure counts his children.
        if (i >= 2 && w.form(i - 1).equals("of") && PARENTS.contains(w.lower(i - 2))) return;
        // "The blast killed two soldiers, and three civilians were wounded": a figure words of harm told first counted is
        // theirs ({@link #triggerFirst}); the people after it are no more of it.
        if (countedBefore(w, i)) return;
        int k = count.end();
        // «مساء الإثنين، أصيبت سيدة» (Monday evening, a woman was wounded), "On July 9, a 14-year-old boy was killed": a
        // figure a comma ends counts nobody after it.
        if (w.commaBefore(k)) return;
        Found<Noun> noun = nounAfter(w, k);
        People more = null;
        if (noun != null) {
            k = noun.end();
            more = morePeople(w, count, k, false);
            if (more != null) k = more.end();
            k = afterAside(w, afterPossessor(w, k));
            // «أحد عناصر قسد استشهد»: the side whose members they are, named right after the noun (or with it, «عناصر
            // قسد» and «مقاتلي العشائر» being actors' names), before the verb: «ثلاثة من مقاتلي العشائر قتلوا».
            int named = Math.max(Math.max(sideEnd(sideEnds, count.end()), sideEnd(sideEnds, k)), sideEnd(sideEnds, noun.end() - 1));
            if (named > k && named < w.size() && w.joined(named)) k = named;
            k = afterRelative(w, afterComplement(w, k));
        } else if (count.value() != null && numbers.isLink(w, k) && k + 1 < w.size()
                && !ANIMALS.contains(w.lower(afterDeterminer(w, k + 1))) && !OF_THEM.contains(w.lower(k + 1))) {
            // «2 من الميليشيات الموالية لإيران قتلا», "two of the regime's fighters were killed": a figure, whose people
            // they are, the verb ("two of his sheep were also killed" are no people; "three of whom were killed" are
            // some of those just counted).
            k = afterPossessor(w, k);
        }
        while (k < w.size() && w.joined(k) && trigger(w, k, Role.AUX, false) != null) k++;
        if (k >= w.size() || !w.joined(k)) return;
        // «50 شخصاً بين قتيل وجريح» (50 people, dead or wounded): one figure for both kinds, whose nouns count
        // no one of their own.
        if (noun != null && w.form(k).equals("بين") && k + 1 < w.size() && w.joined(k + 1)) {
            Found<Trigger> first = trigger(w, k + 1, Role.NOUN, false);
            Found<Trigger> second = first == null || first.end() >= w.size() || !w.joined(first.end()) ? null
                    : trigger(w, first.end(), Role.NOUN, false);
            if (second != null && second.trim() == 1 && second.item().kind() != first.item().kind()) {
                for (int b = i; b < second.end(); b++) blocked[b] = true;
                return;
            }
        }
        Found<Trigger> t = trigger(w, k, Role.AFTER, false);
        if (t == null) {
            Found<Trigger> n = trigger(w, k, Role.NOUN, false);
            if (n == null || n.trim() != 0) return;
            t = n;
        }
        if (t.trim() != 0 || (count.needsNoun() && noun == null)) return;
        int end = t.end();
        // "dozens of fighters were killed and wounded": one figure for both kinds.
        if (end + 1 < w.size() && w.joined(end + 1) && w.form(end).equals("and")) {
            Found<Trigger> other = trigger(w, end + 1, Role.AFTER, false);
            if (other != null && other.trim() == 0 && other.item().kind() != t.item().kind()) {
                for (int b = i; b < other.end(); b++) blocked[b] = true;
                return;
            }
        }
        // "20 قتيلاً وجريحاً": one figure for both kinds.
        if (end < w.size() && w.joined(end) && w.form(end).charAt(0) == 'و') {
            Found<Trigger> other = trigger(w, end, Role.NOUN, false);
            if (other == null) other = trigger(w, end, Role.AFTER, false);
            // «ثلاثة قتلى وجريحين»: a dual is its own figure («20 قتيلاً وجريحاً» is not).
            boolean ownFigure = other != null && other.item().low() != null && other.item().low() == 2
                    && other.item().high() != null && other.item().high() == 2;
            if (other != null && other.item().kind() != t.item().kind() && other.trim() == 1 && !ownFigure) {
                for (int b = i; b < other.end(); b++) blocked[b] = true;
                return;
            }
        }
        if (more != null) {
            found.add(new Candidate(w.start(i, count.trim()), w.end(end - 1), t.item().kind(), more.count()));
            return;
        }
        // "left two dead on each side".
        int sides = noun == null ? eachSideEnd(w, end) : -1;
        if (sides > 0 && count.value() != null && count.rule() == null) {
            found.add(new Candidate(w.start(i, count.trim()), w.end(sides - 1), t.item().kind(), bothSides(count.value())));
            return;
        }
        NumberWords.Count c = qualified(w, count, end);
        found.add(new Candidate(w.start(i, count.trim()), w.end(c.end() - 1), t.item().kind(), partOf(t.item(), c.casualties())));
    }

    /**
     * A person noun that is its own count + an after-trigger: «شخصين قتلوا» (two people were killed), «طفل
     * قتل», "a civilian was killed". Only nouns of an exact number (singular, dual) count here: a plural alone
     * ("civilians were killed") says people died, not how many, and a figure before it is read by
     * {@link #countFirst}.
     */
    private void nounFirst(TokenizedText w, int i, List<Candidate> found) {
        int[] another = anotherOne(w, i);
        Found<Noun> noun = another != null ? new Found<>(ONE_PERSON, another[1], 0) : noun(w, i);
        // «وعنصر من قسد قتل بهجوم»: a round-up's next person, joined by «و».
        boolean joined = noun != null && noun.trim() == 1 && w.form(i).charAt(0) == 'و';
        if (noun == null || noun.trim() != 0 && !joined || !exact(noun.item())) return;
        // «توفي شاب أصيب بجروح»: a noun that words of harm told first already count is theirs.
        if (countedBefore(w, i)) return;
        int people = noun.item().low();
        int k = afterPossessor(w, noun.end());
        // «امرأة وطفلاً قتلا»: nouns joined by «و» before the verb add up.
        for (Found<Noun> more = k < w.size() && w.joined(k) && w.form(k).charAt(0) == 'و' ? noun(w, k) : null;
             more != null && more.trim() == 1 && exact(more.item());
             more = k < w.size() && w.joined(k) && w.form(k).charAt(0) == 'و' ? noun(w, k) : null) {
            people += more.item().low();
            k = more.end();
        }
        // «عنصراً رابعاً أصيب»: an ordinal after the noun says which one it is, not how many.
        int[] ordinal = k < w.size() && w.joined(k) && !w.form(k).startsWith("ال") ? numbers.ordinal(w, k) : null;
        if (ordinal != null && ordinal[0] >= 2) k = ordinal[1];
        k = afterRelative(w, k);
        while (k < w.size() && w.joined(k) && trigger(w, k, Role.AUX, false) != null) k++;
        if (k >= w.size() || !w.joined(k)) return;
        Found<Trigger> t = trigger(w, k, Role.AFTER, false);
        if (t == null || t.trim() != 0) return;
        // «أقدم عنصر من داعش قتل راعياً»: «قتل» written without its vowels, with whom it killed after it, was told of
        // its subject («شخصين قتلوا “حامد …”» names those killed).
        if (w.form(k).equals(KILLED_UNVOWELLED) && (nounAfter(w, t.end()) != null || numbers.count(w, t.end()) != null)) return;
        found.add(new Candidate(w.start(i, noun.trim()), w.end(t.end() - 1), t.item().kind(), partOf(t.item(), Casualties.exactly(people))));
    }

    /**
     * "a third" at word {@code i} ("and a third was injured"), an ordinal standing for one person more: its value and
     * the word after it, or null.
     */
    private int[] anotherOne(TokenizedText w, int i) {
        if (!w.form(i).equals("a") || i + 1 >= w.size() || !w.joined(i + 1)) return null;
        int[] ordinal = numbers.ordinal(w, i + 1);
        return ordinal != null && ordinal[0] >= 2 && nounAfter(w, ordinal[1]) == null ? ordinal : null;
    }

    /**
     * Word {@code k}, or the word after it where it is an English possessive, "all" or "the": "his father", "all three
     * fighters", "the driver".
     */
    private static int afterDeterminer(TokenizedText w, int k) {
        if (k + 1 >= w.size() || !w.joined(k + 1)) return k;
        String form = w.lower(k);
        return POSSESSIVES.contains(form) || form.equals("all") || form.equals("the") ? k + 1 : k;
    }

    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their");

    /** Words of allies before people named after a figure's: "and allied militiamen", "and pro-government fighters". */
    private static final Set<String> ALLIED = Set.of("allied", "affiliated", "loyalist", "pro");

    private static final Set<String> PARENTS = Set.of("father", "mother");

    /** "A landmine killed a shepherd and 20 of his sheep": what else a figure may count. */
    private static final Set<String> ANIMALS = Set.of("sheep", "goats", "cattle", "cows", "camels", "livestock", "animals",
            "horses");

    /**
     * Word {@code k}, or past a link and the words that say whose the people just counted are: "three fighters
     * of the SDF died".
     */
    private int afterPossessor(TokenizedText w, int k) {
        if (!numbers.isLink(w, k) || !w.joined(k)) return k;
        int m = modifiersEnd(w, k + 1);
        if (m > k + 1 && verbAt(w, m)) return m;
        // «18 عنصراً من الميليشيات الإيرانية قتلوا», "a member of the regime's Military Security branch was shot dead":
        // a group's name, of a few words, before the verb.
        for (int end = k + 2; end <= k + 1 + GROUP_NAME_WORDS && end < w.size() && w.joined(end); end++) {
            // «3 عناصر من قسد بينما قتل مسلحان»: a word opening another clause ends the name; its verb is that clause's.
            if (w.commaBefore(end) || LIST_ENDS.contains(w.lower(end))) break;
            // "two members of the SDF and three smugglers were killed": more people counted end the group's name, as do
            // people counted after other words ("an officer of the unit said three people were killed": theirs is the toll).
            if (joinedCount(w, end) != null || countedPeopleAt(w, end)) break;
            if (verbAt(w, end)) return end;
        }
        return m > k + 1 ? m : k;
    }

    /**
     * Whether word {@code k} is an Arabic noun completing the person noun before it, with nothing written on it and no
     * comma around it («راعي أغنام», «سائق شاحنة»), nor a verb of harm.
     */
    private boolean bareComplementAt(TokenizedText w, int k) {
        return k + 1 < w.size() && w.joined(k) && w.joined(k + 1) && w.get(k).arabic() && !w.commaBefore(k)
                && !w.commaBefore(k + 1) && w.form(k).equals(w.get(k).key()) && !numbers.isLink(w, k) && !verbAt(w, k);
    }

    /** Whether a count of people starts at word {@code k}: "three people", «ثلاثة مدنيين». */
    private boolean countedPeopleAt(TokenizedText w, int k) {
        NumberWords.Count count = numbers.count(w, k);
        return count != null && count.trim() == 0 && nounAfter(w, count.end()) != null;
    }

    /** Whether a verb of harm, after the words that make it passive in English ("was shot dead"), starts at word {@code k}. */
    private boolean verbAt(TokenizedText w, int k) {
        while (k < w.size() && w.joined(k) && trigger(w, k, Role.AUX, false) != null) k++;
        return k < w.size() && w.joined(k) && trigger(w, k, Role.AFTER, false) != null;
    }

    /**
     * Word {@code k}, or past an aside that says who were among the people just counted, to the verb that says what
     * befell them all: "three people, including a child, were killed" is three.
     */
    private int afterAside(TokenizedText w, int k) {
        // "two civilians, one of them a child, were killed", "at least three of them children": some of them, told
        // between commas.
        int some = k + 2 < w.size() && w.commaBefore(k) && w.form(k).equalsIgnoreCase("at")
                && QUALIFIED_SOME.contains(w.lower(k + 1)) ? k + 2 : k;
        boolean someOfThem = some + 1 < w.size() && (some == k ? w.commaBefore(k) : w.joined(some))
                && SOME.contains(w.lower(some)) && w.form(some + 1).equalsIgnoreCase("of");
        if (k >= w.size() || !w.joined(k)) return k;
        if (!ASIDES.contains(w.form(k)) && !someOfThem) return amongThemEnd(w, k);
        // "More than 30 people, among them fighters of the so-called Islamic State, have been killed", "14
        // civilians, two of whom were children, were killed": an aside closed by a comma right before the verb (whose
        // own verb is not the one that says what befell them all).
        for (int m = k + 1; m <= k + 1 + LONG_ASIDE && m < w.size() && w.joined(m); m++) {
            if (!w.commaBefore(m)) continue;
            if (trigger(w, m, Role.AUX, false) != null || trigger(w, m, Role.AFTER, false) != null) return m;
            break;
        }
        // "wounding four others, one of whom later died": with no comma closing it, the verb is the aside's own.
        if (someOfThem) return k;
        for (int m = k + 1; m <= k + 1 + MAX_MODIFIERS && m < w.size() && w.joined(m); m++) {
            if (trigger(w, m, Role.AUX, false) != null || trigger(w, m, Role.AFTER, false) != null) return m;
        }
        return k;
    }

    /**
     * Word {@code k}, or past an aside between commas that says it was among them, to the verb after it: "Three
     * civilians, a woman among them, died".
     */
    private int amongThemEnd(TokenizedText w, int k) {
        if (!w.commaBefore(k)) return k;
        for (int m = k + 2; m <= k + AMONG_THEM_WORDS + 1 && m < w.size() && w.joined(m); m++) {
            if (!w.commaBefore(m)) continue;
            boolean amongThem = w.lower(m - 1).equals("them") && AMONG.contains(w.lower(m - 2));
            return amongThem && (trigger(w, m, Role.AUX, false) != null || trigger(w, m, Role.AFTER, false) != null) ? m : k;
        }
        return k;
    }

    /** The most words of an aside ending in "among them": "a woman and two children among them". */
    private static final int AMONG_THEM_WORDS = 6;
    private static final Set<String> AMONG = Set.of("among", "amongst");
    /** «بين» (among), "among", before the hurt named: «بين الجرحى». */
    private static final Set<String> AMONG_THE_HURT = java.util.stream.Stream.concat(AMONG.stream(), java.util.stream.Stream.of("بين"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether words of harm told first end right before word {@code i}, whom they counted: «قتل شاب». */
    private boolean countedBefore(TokenizedText w, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            Found<Trigger> t = trigger(w, k, Role.BEFORE, true);
            if (t != null && t.end() == i && w.joined(i)) return true;
        }
        return false;
    }

    /**
     * Word {@code k}, or past a relative clause between commas to the verb after it: "His nephew, who was travelling
     * with him, was wounded"; or past an English one with none ("an operative who opened fire was killed").
     */
    private int afterRelative(TokenizedText w, int k) {
        if (k >= w.size() || !RELATIVES.contains(w.lower(k)) && !participle(w, k)) return k;
        if (!w.commaBefore(k)) {
            // "One ISIS operative who opened fire on the assault force was killed", "A truck driver transporting sheep to
            // Homs was shot dead": an English relative clause or participle with no commas runs to "was" or "were" and the
            // verb that tells what befell them.
            if (!w.lower(k).equals("who") && !participle(w, k)) return k;
            for (int m = k + 2; m + 1 <= k + 1 + LONG_ASIDE && m + 1 < w.size() && w.joined(m + 1); m++) {
                if (BE_PAST.contains(w.lower(m)) && trigger(w, m + 1, Role.AFTER, false) != null) return m;
            }
            return k;
        }
        for (int m = k + 1; m <= k + 1 + LONG_ASIDE && m < w.size() && w.joined(m); m++) {
            if (w.commaBefore(m)) return trigger(w, m, Role.AUX, false) != null || trigger(w, m, Role.AFTER, false) != null ? m : k;
        }
        return k;
    }

    /** Whether word {@code k} is an English participle in "-ing" that may open what a noun was doing: "transporting". */
    private static boolean participle(TokenizedText w, int k) {
        String word = w.lower(k);
        return !w.get(k).arabic() && word.length() > 5 && word.endsWith("ing") && w.joined(k)
                && !PREPOSITIONS_IN_ING.contains(word);
    }

    /** Prepositions that end as participles do: "including", "during", "following". */
    private static final Set<String> PREPOSITIONS_IN_ING = Set.of("including", "during", "according", "following", "regarding",
            "concerning", "excluding", "notwithstanding");

    /** "was", "were": where an English relative clause with no commas ends before the verb of its noun. */
    private static final Set<String> BE_PAST = Set.of("was", "were");

    /** Words that open a relative clause about people, as written (normalised). */
    private static final Set<String> RELATIVES = Set.of("who", "الذي", "التي", "الذين", "اللذان", "اللتان", "اللذين", "اللتين",
            "اللواتي", "اللاتي", "ممن");

    /** The most words of an aside closed by a comma. */
    private static final int LONG_ASIDE = 15;

    /** Words that open an aside on who were among the people just counted, as written (normalised): «بينهم ستة أطفال». */
    private static final Set<String> ASIDES = Set.of("including", "among", "بينهم", "بينهن", "منهم", "منهن");
    /** Words that open an aside on some of the people just counted: "one of them", "most of whom". */
    private static final Set<String> SOME = Set.of("one", "two", "three", "four", "five", "most", "all", "both", "some", "many");
    /** "at least three of them", "at most two of whom". */
    private static final Set<String> QUALIFIED_SOME = Set.of("least", "most");

    /** The word after the person modifiers from word {@code k} on ("the", "SDF", "Iran-backed"), at most a few. */
    private int modifiersEnd(TokenizedText w, int k) {
        int m = k;
        while (m < w.size() && m - k < MAX_MODIFIERS && w.joined(m)) {
            if (lexicon.modifiers().contains(w.form(m))) m++;
            else if (isAge(w, m)) m += 3;
            else break;
        }
        return m;
    }

    /** Whether words {@code k} to {@code k + 2} tell an age: "a 15-year-old boy". */
    private static boolean isAge(TokenizedText w, int k) {
        return k + 2 < w.size() && w.joined(k + 2) && !w.form(k).isEmpty() && Character.isDigit(w.form(k).charAt(0))
                && (w.form(k + 1).equals("year") || w.form(k + 1).equals("years")) && w.form(k + 2).equals("old");
    }

    /** The count with an after-qualifier ("على الأقل", "at least") at word {@code end}, if any, applied. */
    private NumberWords.Count qualified(TokenizedText w, NumberWords.Count count, int end) {
        NumberWords.Qualifier q = numbers.qualifierAfter(w, end);
        if (q != null && count.value() != null && count.rule() == null) {
            return count.withRule(q.rule(), count.start(), end + q.words().length, count.trim());
        }
        return count.withEnd(end);
    }

    /**
     * A person noun or casualty noun at word {@code k}, after a link word (من, of) there, or after words that
     * say whose people they are ("three SDF members").
     */
    private Found<Noun> nounAfter(TokenizedText w, int k) {
        if (k >= w.size() || !w.joined(k)) return null;
        // "10 more than last year" compares; "four more were wounded" counts people.
        if (w.form(k).equalsIgnoreCase("more") && k + 1 < w.size() && w.form(k + 1).equalsIgnoreCase("than")) return null;
        Found<Noun> n = noun(w, k);
        if (n != null && n.trim() == 0) {
            // "four other people", "two civilian workers": the last of the nouns is whom the figure counts.
            Found<Noun> next = n.end() < w.size() && w.joined(n.end()) ? noun(w, n.end()) : null;
            return next != null && next.trim() == 0 ? next : n;
        }
        if (numbers.isLink(w, k) && k + 1 < w.size() && w.joined(k + 1)) {
            n = noun(w, k + 1);
            if (n != null && n.trim() == 0) return n;
        }
        // "three SDF members", and after a link "two of the fighters".
        int from = numbers.isLink(w, k) ? k + 1 : k;
        int m = modifiersEnd(w, from);
        if (m > from && m < w.size() && w.joined(m)) {
            n = noun(w, m);
            if (n != null && n.trim() == 0) return n;
        }
        return null;
    }

    /** A person noun at word {@code k}, also with a possessive ending ("والدته", his mother), or null. */
    private Found<Noun> noun(TokenizedText w, int k) {
        if (k >= w.size()) return null;
        for (Noun n : lexicon.nouns().at(w, k)) {
            int trim = Proclitics.matchNoun(w.form(k), n.word());
            if (trim < 0) trim = Proclitics.matchConjoined(w.form(k), n.word()); // «وأم», and a mother
            if (trim >= 0 && n.word().equals(ANOTHER) && lastOf(w, k)) return null;
            if (trim >= 0) return new Found<>(n, k + 1, trim);
        }
        for (String stem : w.personStems(k)) {
            for (Noun n : lexicon.nouns().at(stem)) {
                int trim = Proclitics.matchConjoined(stem, n.word()); // «وأمه», and his mother
                if (trim >= 0) return new Found<>(n, k + 1, trim);
            }
        }
        // «مقتل محمد العلي», "Mohammed al-Ali was killed": a person told by name is one.
        int named = PersonsNames.endOfName(w, k);
        return named < 0 ? null : new Found<>(ONE_PERSON, named, PersonsNames.conjoined(w, k) ? 1 : 0);
    }

    /** The longest trigger of {@code role} (BEFORE and AFTER include BOTH) at word {@code i}, or null. */
    private Found<Trigger> trigger(TokenizedText w, int i, Role role, boolean allowTrim) {
        if (i >= w.size()) return null;
        Found<Trigger> best = null;
        for (Trigger t : lexicon.triggers().at(w, i)) {
            boolean fits = t.role() == role || (t.role() == Role.BOTH && (role == Role.BEFORE || role == Role.AFTER))
                    || (t.role() == Role.PART && role == Role.AFTER);
            if (!fits || (best != null && t.words().length <= best.end() - i)) continue;
            TokenizedText.Hit h;
            if (t.role() == Role.NOUN) {
                int trim = Proclitics.matchNoun(w.form(i), t.words()[0]);
                h = trim < 0 || t.words().length != 1 ? w.phraseAt(i, t.words()) : new TokenizedText.Hit(i + 1, trim);
            } else {
                h = w.phraseAt(i, t.words());
            }
            if (h != null && (allowTrim || role == Role.NOUN || h.trim() == 0)) best = new Found<>(t, h.end(), h.trim());
        }
        return best;
    }

    /**
     * A count as a toll: "nine civilians were among the dead" ({@code part} rows) counts some of the dead, so the toll is
     * at least that many; a toll told before it ("at least 40 killed") is the sharper one ({@link Tolls#sharper}).
     */
    private static Casualties partOf(Trigger t, Casualties count) {
        if (t.role() != Role.PART || count.low() == null) return count;
        return new Casualties(count.low(), count.low(), null);
    }

    private static Casualties range(Integer low, Integer high) {
        Integer best = low != null && low.equals(high) ? low : null;
        return new Casualties(best, low, high);
    }

    private static Lexicon load() {
        List<Trigger> triggers = new ArrayList<>();
        for (LexiconCsv.Row row : LexiconCsv.read("casualty-triggers", "kind", "language", "phrase", "role", "low", "high")) {
            Role role;
            try {
                role = Role.valueOf(row.get("role").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown role '" + row.get("role") + "'");
            }
            CasualtyMention.Kind kind = null;
            if (role != Role.AUX && role != Role.AGENT && role != Role.RISE) {
                try {
                    kind = CasualtyMention.Kind.valueOf(row.get("kind").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw row.error("kind must be killed or injured, not '" + row.get("kind") + "'");
                }
            }
            Integer low = row.integer("low");
            Integer high = row.integer("high");
            if (role == Role.NOUN && low == null) throw row.error("a noun needs the low bound it stands for alone");
            if (low != null && high != null && low > high) throw row.error("low is above high");
            String[] words = LexiconCsv.words(row.get("phrase"));
            if (words.length == 0) throw row.error("empty phrase");
            triggers.add(new Trigger(kind, role, words, low, high));
        }
        List<Noun> nouns = new ArrayList<>();
        List<String> singulars = new ArrayList<>(); // as written, for their duals
        for (LexiconCsv.Row row : LexiconCsv.read("person-nouns", "language", "word", "low", "high")) {
            String[] words = LexiconCsv.words(row.get("word"));
            if (words.length != 1) throw row.error("a person noun is one word");
            Integer low = row.integer("low");
            Integer high = row.integer("high");
            if (low == null) throw row.error("low is required");
            if (high != null && low > high) throw row.error("low is above high");
            nouns.add(new Noun(words[0], low, high));
            if (low == 1 && Integer.valueOf(1).equals(high)) singulars.add(row.get("word").strip());
        }
        nouns.addAll(duals(singulars, nouns));
        Set<String> modifiers = new HashSet<>();
        for (LexiconCsv.Row row : LexiconCsv.read("person-modifiers", "language", "word")) {
            String[] words = LexiconCsv.words(row.get("word"));
            if (words.length != 1) throw row.error("a modifier is one word");
            modifiers.add(words[0]);
        }
        return new Lexicon(new FirstWordIndex<>(triggers, t -> t.words()[0]), new FirstWordIndex<>(nouns, Noun::word),
                Set.copyOf(modifiers));
    }

    /**
     * The duals of the Arabic singular nouns the lexicon does not list itself, as Arabic forms them: «مواطن» gives
     * «مواطنان» (two) and «مواطنين» (two, or as the masculine plural's oblique form, more), «مواطنة» gives «مواطنتان»
     * and «مواطنتين» (two). {@code singulars} are written as the lexicon writes them, so that a feminine «ة» is told from
     * a root or pronoun «ه» («والده», his father: no dual made). Words of two letters («أب», «عم») and forms with a case
     * ending («مصلياً») are left out: their forms in «ان» are other words («إبان») or none.
     */
    private static List<Noun> duals(List<String> singulars, List<Noun> nouns) {
        Set<String> listed = new HashSet<>();
        for (Noun n : nouns) listed.add(n.word());
        List<Noun> duals = new ArrayList<>();
        for (String written : singulars) {
            if (written.isEmpty() || !Script.isArabic(written.charAt(0))) continue;
            char last = written.charAt(written.length() - 1);
            if (last == 'ه' || last == 'ا' || last == '\u064B') continue;
            String[] words = LexiconCsv.words(written);
            String w = words[0];
            if (w.length() < 3) continue;
            boolean feminine = last == 'ة';
            String stem = feminine ? w.substring(0, w.length() - 1) + "ت" : w;
            for (String form : List.of(stem + "ان", stem + "ين")) {
                if (listed.add(form)) duals.add(new Noun(form, 2, feminine || form.endsWith("ان") ? Integer.valueOf(2) : null));
            }
        }
        return duals;
    }
}
