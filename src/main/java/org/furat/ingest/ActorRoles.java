package org.furat.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.furat.text.ArabicNormalizer;
import org.furat.text.Token;

/**
 * Tells the side that acts from the side acted on among the actors a sentence names, by the words just before
 * each name ({@code data/lexicons/actor-role-cues.csv}). The side struck is named after what it owns or is:
 * «انفجار عبوة ناسفة بسيارة لقسد» (a car of the SDF), «استهدف مواقع قسد», "attacked SDF positions", «مقتل عنصر من
 * قسد»; the side that acts after an agent phrase («من قبل», «على يد», "by") or as the agent of the verbal noun
 * before it («قصف مدفعي لقوات الأسد»: shelling by Assad's forces); a side named as who holds the area («الخاضعة
 * لسيطرة قسد», "areas controlled by") is neither. Where no word tells, the first side named
 * acts and a later one is acted on, and civilians are always acted on. Immutable and thread-safe.
 */
final class ActorRoles {

    /** The two sides of a proposal; either may be null. */
    record Sides(ActorMention actor1, ActorMention actor2) {}

    private enum Role { AGENT, TARGET, CONTEXT, UNTOLD }

    /** How many words before a name are read for a cue. */
    private static final int CUE_WORDS = 3;
    /** How far either side of a name its cue words are looked for: a few words' worth. */
    private static final int CUE_CHARS = 40;
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
     * actors the sentence names, in text order). {@code text} is the text the spans point into.
     */
    Sides of(String text, Span sentence, Span trigger, List<ActorMention> named) {
        List<Role> roles = named.stream().map(a -> role(text, sentence, trigger, a)).toList();
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

    private Role role(String text, Span sentence, Span trigger, ActorMention actor) {
        List<Token> before = ArabicNormalizer.tokens(text.substring(Math.max(sentence.start(), actor.span().start() - CUE_CHARS),
                actor.span().start()));
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - CUE_WORDS); k--) {
            String word = key(before.get(k).form());
            if (agentCues.contains(word)) return Role.AGENT;
            if (targetCues.contains(word) || word.startsWith("استهدف")) return Role.TARGET;
            if (contextCues.contains(word)) return Role.CONTEXT;
        }
        // English puts the noun after its owner: "SDF positions", "an SDF patrol".
        List<Token> after = ArabicNormalizer.tokens(text.substring(actor.span().end(), Math.min(sentence.end(), actor.span().end() + CUE_CHARS)));
        if (!after.isEmpty() && isLatin(after.get(0).form()) && targetCues.contains(key(after.get(0).form()))) return Role.TARGET;
        if (lamAttached(actor.span().text())) {
            // «قصف مدفعي لقوات الأسد»: ل after the event's verbal noun marks who did it; after any other noun
            // («سيارة لقسد», «مقر لداعش») it marks whose it was.
            int gap = actor.span().start() >= trigger.end()
                    ? ArabicNormalizer.tokens(text.substring(trigger.end(), actor.span().start())).size() : Integer.MAX_VALUE;
            return gap <= AGENT_GAP ? Role.AGENT : Role.TARGET;
        }
        return Role.UNTOLD;
    }

    /** «لقسد», «لقوات», «للتحالف»: a name whose first word carries the preposition ل. */
    private static boolean lamAttached(String name) {
        List<Token> words = ArabicNormalizer.tokens(name);
        if (words.isEmpty()) return false;
        String first = words.get(0).form();
        return first.length() >= 3 && first.charAt(0) == 'ل' && !ArabicNormalizer.stem(first).equals(first);
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
        return ArabicNormalizer.stem(ArabicNormalizer.normalize(word.toLowerCase(Locale.ROOT)).text());
    }
}
