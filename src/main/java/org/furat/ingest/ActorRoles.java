package org.furat.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.furat.text.ArabicNormalizer;
import org.furat.text.Proclitics;

/**
 * Tells the side that acts from the side acted on among the actors a sentence names, by the words just before
 * each name ({@code data/lexicons/actor-role-cues.csv}). The side struck is named after what it owns or is:
 * «انفجار عبوة ناسفة بسيارة لقسد» (a car of the SDF), «استهدف مواقع قسد», "attacked SDF positions", «مقتل عنصر من
 * قسد»; the side that acts after an agent phrase («من قبل», «على يد», "by") or as the agent of the verbal noun
 * before it («قصف مدفعي لقوات الأسد»: shelling by Assad's forces); a side named as who holds the area («الخاضعة
 * لسيطرة قسد», "areas controlled by") is neither. Where no word tells, the first side named
 * acts and a later one is acted on, and civilians are always acted on. Whose people a toll counts («مقتل 3 عناصر من
 * قسد») were acted on. Immutable and thread-safe.
 */
final class ActorRoles {

    /** The two sides of a proposal; either may be null. */
    record Sides(ActorMention actor1, ActorMention actor2) {}

    private enum Role { AGENT, TARGET, CONTEXT, UNTOLD }

    /** How many words before a name are read for a cue. */
    private static final int CUE_WORDS = 3;
    /** At most this many words (adjectives: «مدفعي», «جوي») between a verbal noun and «ل» + its agent. */
    private static final int AGENT_GAP = 2;

    private final Set<String> agentCues = new HashSet<>();
    private final Set<String> targetCues = new HashSet<>();
    private final Set<String> contextCues = new HashSet<>();

    ActorRoles() {
        for (LexiconCsv.Row row : LexiconCsv.read("actor-role-cues", "language", "role", "word")) {
            String key = key(row.get("word"));
            switch (row.get("role")) {
                case "agent" -> agentCues.add(key);
                case "target" -> targetCues.add(key);
                case "context" -> contextCues.add(key);
                default -> throw row.error("role must be agent, target or context");
            }
        }
    }

    /**
     * The sides of an event told by {@code sentence} with the words {@code trigger}, among {@code named} (the
     * actors the sentence names, in text order). {@code text} is the report the spans point into.
     */
    Sides of(TokenizedText text, Span sentence, Span trigger, List<ActorMention> named, List<CasualtyMention> tolls) {
        List<Role> roles = named.stream().map(a -> countedAmong(text, a, tolls) ? Role.TARGET : role(text, sentence, trigger, a)).toList();
        ActorMention actor1 = null, actor2 = null;
        for (int i = 0; i < named.size() && actor1 == null; i++) {
            if (!civilians(named.get(i)) && roles.get(i) == Role.AGENT) actor1 = named.get(i);
        }
        for (int i = 0; i < named.size() && actor1 == null; i++) {
            if (!civilians(named.get(i)) && roles.get(i) == Role.UNTOLD) actor1 = named.get(i);
        }
        for (int i = 0; i < named.size() && actor2 == null; i++) {
            ActorMention a = named.get(i);
            if (a != actor1 && !sameSide(a, actor1) && roles.get(i) == Role.TARGET) actor2 = a;
        }
        if (actor2 == null) actor2 = named.stream().filter(ActorRoles::civilians).findFirst().orElse(null);
        for (int i = 0; i < named.size() && actor2 == null; i++) {
            ActorMention a = named.get(i);
            if (a != actor1 && !sameSide(a, actor1) && a.span().start() > trigger.start() && roles.get(i) == Role.UNTOLD) actor2 = a;
        }
        return new Sides(actor1, actor2);
    }

    /**
     * Whether the actor is whose people a toll counts: named inside it or right after it, past a link word
     * («مقتل 3 عناصر من قسد», "killed two members of the SDF").
     */
    private static boolean countedAmong(TokenizedText text, ActorMention actor, List<CasualtyMention> tolls) {
        int name = text.indexAt(actor.span().start());
        for (CasualtyMention toll : tolls) {
            if (actor.span().within(toll.span())) return true;
            if (toll.span().end() > actor.span().start()) continue;
            int after = text.indexAt(toll.span().end());
            int between = name - after;
            if (between == 0 || between == 1 && LINKS.contains(text.form(after))) return true;
        }
        return false;
    }

    /** Words between a count of people and whose they are. */
    private static final Set<String> LINKS = Set.of("من", "في", "of", "from");

    private Role role(TokenizedText text, Span sentence, Span trigger, ActorMention actor) {
        // Names start and end with a word, and a sentence's bounds part words, so the words of the report between
        // two offsets are the words of the text between them.
        int name = text.indexAt(actor.span().start());
        int sentenceStart = text.indexAt(sentence.start());
        for (int k = name - 1; k >= Math.max(sentenceStart, name - CUE_WORDS); k--) {
            String word = key(text.form(k));
            if (agentCues.contains(word)) return Role.AGENT;
            if (targetCues.contains(word) || targetCues.contains(withoutAccusative(word)) || word.startsWith("استهدف")) return Role.TARGET;
            if (contextCues.contains(word)) return Role.CONTEXT;
        }
        // English puts the noun after its owner: "SDF positions", "an SDF patrol".
        int after = text.indexAt(actor.span().end());
        if (after < text.size() && text.get(after).start() < sentence.end() && isLatin(text.form(after))
                && targetCues.contains(key(text.form(after)))) {
            return Role.TARGET;
        }
        // «لـ"قسد"», «لـ «داعش»»: the same ل written apart, before a name in quotes, is one word before it.
        boolean lamApart = name > sentenceStart && key(text.form(name - 1)).equals("ل");
        if (name < text.size() && (lamAttached(text.form(name)) || lamApart)) {
            // «قصف مدفعي لقوات الأسد»: ل after the event's verbal noun marks who did it; after any other noun
            // («سيارة لقسد», «مقر لداعش») it marks whose it was.
            int lam = lamApart ? name - 1 : name;
            int gap = actor.span().start() >= trigger.end() ? lam - text.indexAt(trigger.end()) : Integer.MAX_VALUE;
            return gap <= AGENT_GAP ? Role.AGENT : Role.TARGET;
        }
        return Role.UNTOLD;
    }

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

    private static boolean sameSide(ActorMention a, ActorMention b) {
        return b != null && a.actorKey().equals(b.actorKey());
    }

    private static String key(String word) {
        return Proclitics.stem(ArabicNormalizer.normalize(word.toLowerCase(Locale.ROOT)).text());
    }
}
