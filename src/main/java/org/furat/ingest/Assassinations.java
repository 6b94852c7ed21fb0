package org.furat.ingest;

import java.util.Set;

/**
 * Tells an assassination done from one tried: «اغتال مسلحون مجهولون … أحد وجهاء العشيرة», "gunmen assassinated a tribal
 * elder" killed one, as the corpus coders count it where the report gives no toll; «محاولة اغتيال», "survived an
 * assassination attempt" killed nobody, and «اغتيالات», "assassinations" count none. Stateless.
 */
final class Assassinations {

    private Assassinations() {}

    /** Whether {@code words} (in {@code sentence}) tell one assassination, done: no attempt, no survival told with it. */
    static boolean toldDone(TokenizedText text, Span sentence, Span words) {
        return ASSASSINATION.contains(text.key(text.wordAt(words.start()))) && !text.hasKey(sentence, ATTEMPT);
    }

    /** One assassination's words, as keys: «اغتال», «اغتالت», «اغتالوا», «اغتيال», "assassinated", "assassination". */
    private static final Set<String> ASSASSINATION = Set.of("اغتال", "اغتالت", "اغتالوا", "اغتيال", "assassinated",
            "assassination");
    /** Words of an attempt, as keys: «محاولة», «نجا», "attempt", "attempted", "survived", "failed", "foiled". */
    private static final Set<String> ATTEMPT = Set.of("محاوله", "نجا", "نجاه", "attempt", "attempted", "survived", "failed",
            "foiled");
}
