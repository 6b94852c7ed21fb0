package org.furat.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.furat.text.ArabicNormalizer;
import org.furat.text.Proclitics;

/**
 * Tells a sentence about what an area goes through from one about an event: «يشهد الريف الشرقي حوادث اغتيال
 * متكررة», «تشهد المنطقة اشتباكات متقطعة منذ أسابيع», "the eastern countryside has been witnessing kidnappings", "there has
 * been an uptick of attacks on U.S. bases". Such a sentence names only areas (a countryside, a district, the province)
 * or no place at all, no town or village,
 * and a word of {@code data/lexicons/generic-cues.csv} (what a place witnesses or faces, in the present; what
 * recurs). News uses them as context around the events it reports, which it places at towns and villages.
 * Immutable and thread-safe.
 */
final class GenericStatements {

    private final Set<String> cues = new HashSet<>();

    GenericStatements() {
        for (LexiconCsv.Row row : LexiconCsv.read("generic-cues", "language", "word")) cues.add(key(row.get("word")));
    }

    /** Whether {@code sentence}, whose event places are {@code places}, speaks of an area, or of events, in general. */
    boolean speaksOfAnArea(TokenizedText text, Span sentence, List<PlaceMention> places) {
        if (places.stream().anyMatch(p -> !p.region() && p.groupKey() == null)) return false;
        int to = text.indexAt(sentence.end());
        for (int i = text.indexAt(sentence.start()); i < to; i++) {
            if (cues.contains(text.get(i).key())) return true;
        }
        return false;
    }

    private static String key(String word) {
        return Proclitics.stem(ArabicNormalizer.normalize(word.toLowerCase(Locale.ROOT)).text());
    }
}
