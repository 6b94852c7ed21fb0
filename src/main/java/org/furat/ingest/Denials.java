package org.furat.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the words that say nobody was killed or injured («دون وقوع إصابات», «لم تسفر عن خسائر بشرية», "no one
 * was hurt") or that deny or doubt a toll without giving one («نفى مصدر سقوط قتلى», «دون ورود أنباء عن
 * إصابات»), from {@code data/lexicons/casualty-negations.csv}. Without them the casualty word in such a phrase
 * reads as people harmed. A cue is followed by the harm it denies: an object of the same lexicon («خسائر
 * بشرية», casualties) or any casualty word the caller recognises. Immutable and thread-safe.
 */
final class Denials {

    /** The most words «…» in a cue stands for: «نفى مصدر عسكري في قسد سقوط». */
    private static final int MAX_GAP = 4;

    /** Denied harm: killed, injured, or {@code null} for both. */
    record Harm(CasualtyMention.Kind kind, int end) {}

    /**
     * Words {@code [from, to)} deny {@code kind} ({@code null}: both); {@code zero}: they say there was none,
     * otherwise they only take back the figure their casualty word would give.
     */
    record Denial(int from, int trim, int to, CasualtyMention.Kind kind, boolean zero) {}

    /** What recognises a casualty word at a word index (the casualty extractor's triggers and nouns). */
    interface HarmWords {
        Harm at(TokenizedText w, int k);
    }

    private record Cue(String[] head, String[] tail, boolean hasKind, CasualtyMention.Kind kind, boolean zero) {}

    private record Entry(String[] words, CasualtyMention.Kind kind) {}

    private static final class Holder {
        static final Denials STANDARD = new Denials();
    }

    private final FirstWordIndex<Cue> cues;
    private final FirstWordIndex<Entry> objects;
    private final Set<String> fillers = new HashSet<>();

    private Denials() {
        List<Cue> cueList = new ArrayList<>();
        List<Entry> objectList = new ArrayList<>();
        for (LexiconCsv.Row row : LexiconCsv.read("casualty-negations", "role", "kind", "language", "phrase", "count")) {
            String role = row.get("role");
            String kindText = row.get("kind");
            CasualtyMention.Kind kind = switch (kindText) {
                case "", "both" -> null;
                case "killed", "injured" -> CasualtyMention.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
                default -> throw row.error("kind must be killed, injured, both or empty, not '" + kindText + "'");
            };
            switch (role) {
                case "cue" -> {
                    String[] parts = row.get("phrase").split("…", -1);
                    if (parts.length > 2) throw row.error("a cue has at most one …");
                    String[] head = LexiconCsv.words(parts[0]);
                    String[] tail = parts.length == 2 ? LexiconCsv.words(parts[1]) : null;
                    if (head.length == 0 || (tail != null && tail.length == 0)) throw row.error("empty phrase");
                    Integer count = row.integer("count");
                    if (count != null && count != 0) throw row.error("count is 0 or empty");
                    cueList.add(new Cue(head, tail, !kindText.isEmpty(), kind, count != null));
                }
                case "object" -> {
                    if (kindText.isEmpty()) throw row.error("an object needs the kind it denies");
                    objectList.add(new Entry(LexiconCsv.words(row.get("phrase")), kind));
                }
                case "aux" -> {
                    String[] words = LexiconCsv.words(row.get("phrase"));
                    if (words.length != 1) throw row.error("an aux is one word");
                    fillers.add(words[0]);
                }
                default -> throw row.error("role must be cue, object or aux, not '" + role + "'");
            }
        }
        this.cues = new FirstWordIndex<>(cueList, c -> c.head()[0]);
        this.objects = new FirstWordIndex<>(objectList, e -> e.words()[0]);
    }

    static Denials standard() { return Holder.STANDARD; }

    /** The longest denial starting at word {@code i}, the harm after a cue recognised by {@code harm}, or null. */
    Denial at(TokenizedText w, int i, HarmWords harm) {
        Denial best = null;
        boolean bestWritten = false; // whether the best is a whole cue of the lexicon, with its kind
        for (Cue cue : cues.at(w, i)) {
            TokenizedText.Hit h = w.phraseAt(i, cue.head(), true); // «ولم تسفر», «ولا إصابات»
            if (h == null) continue;
            int end = cue.tail() == null ? h.end() : tailEnd(w, h.end(), cue.tail());
            if (end < 0) continue;
            Denial d;
            if (cue.hasKind()) {
                d = new Denial(i, h.trim(), end, cue.kind(), cue.zero());
            } else {
                int k = end;
                while (k < w.size() && w.joined(k) && fillers.contains(w.form(k))) k++;
                if (k >= w.size() || !w.joined(k)) continue;
                Harm denied = harmAt(w, k, harm);
                if (denied == null) continue;
                // «دون سقوط قتلى أو جرحى», "no deaths or injuries": the cue denies the second harm too.
                Harm more = orAnother(w, denied.end(), harm);
                if (more != null) denied = new Harm(more.kind() == denied.kind() ? denied.kind() : null, more.end());
                d = new Denial(i, h.trim(), denied.end(), denied.kind(), cue.zero());
            }
            // "No U.S. personnel were hurt": the lexicon's whole cue (nobody hurt at all) over a bare «no» and the harm
            // read after it (the wounded), where both end at one word.
            if (best == null || d.to() > best.to() || d.to() == best.to() && cue.hasKind() && !bestWritten) {
                best = d;
                bestWritten = cue.hasKind();
            }
        }
        return best;
    }

    private Harm harmAt(TokenizedText w, int k, HarmWords harm) {
        Harm denied = object(w, k);
        return denied != null ? denied : harm.at(w, k);
    }

    /** A second harm joined by «أو», «و» (alone or attached) or "or", "and" at word {@code k}, or null. */
    private Harm orAnother(TokenizedText w, int k, HarmWords harm) {
        if (k >= w.size() || !w.joined(k)) return null;
        String form = w.form(k);
        if (JOINS.contains(form)) return k + 1 < w.size() && w.joined(k + 1) ? harmAt(w, k + 1, harm) : null;
        // «وجرحى»: the casualty words read their proclitics.
        return form.length() > 1 && form.charAt(0) == 'و' ? harm.at(w, k) : null;
    }

    private static final Set<String> JOINS = Set.of("او", "أو", "و", "or", "and");

    /** The end of {@code tail} starting at most {@link #MAX_GAP} words after {@code from}, or -1. */
    private static int tailEnd(TokenizedText w, int from, String[] tail) {
        for (int k = from; k <= from + MAX_GAP && k < w.size() && w.joined(k); k++) {
            TokenizedText.Hit t = w.phraseAt(k, tail);
            if (t != null) return t.end();
        }
        return -1;
    }

    private Harm object(TokenizedText w, int k) {
        Harm best = null;
        for (Entry e : objects.at(w, k)) {
            TokenizedText.Hit h = w.phraseAt(k, e.words());
            if (h != null && h.trim() == 0 && (best == null || h.end() > best.end())) best = new Harm(e.kind(), h.end());
        }
        return best;
    }
}
