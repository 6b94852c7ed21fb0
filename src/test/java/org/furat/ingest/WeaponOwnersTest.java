package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Whose a weapon was, told by an adjective of nationality or a word of belonging after it. */
class WeaponOwnersTest {

    private static WeaponOwners.Ownership of(String text, int word) {
        return WeaponOwners.standard().ownership(new TokenizedText(text), word);
    }

    @Test
    void anAdjectiveAfterAWeaponNamesItsOwnerAndAHedgeMakesItAGuess() {
        assertEquals(WeaponOwners.Ownership.TOLD, of("غارات جوية روسية", 2));
        assertEquals(WeaponOwners.Ownership.TOLD, of("عدوان جوي أمريكي", 2));
        assertEquals(WeaponOwners.Ownership.GUESSED, of("غارات جوية يرجح أنها روسية", 4));
        assertEquals(WeaponOwners.Ownership.TOLD, of("طائرة مسيرة تابعة للتحالف", 3), "the side after «تابعة»");
        assertEquals(WeaponOwners.Ownership.GUESSED, of("طائرة مسيرة يرجح أنها تابعة للتحالف", 5));
    }

    @Test
    void noWeaponOrAWeaponKeptOrMadeNamesNoOwner() {
        assertEquals(WeaponOwners.Ownership.NONE, of("المبعوث الأمريكي", 1), "no weapon before it");
        assertEquals(WeaponOwners.Ownership.NONE, of("مستودع صواريخ إيرانية", 2), "weapons kept in a depot");
        assertEquals(WeaponOwners.Ownership.NONE, of("صواريخ أمريكية الصنع", 1), "where they were made");
        assertEquals(WeaponOwners.Ownership.NONE, of("غارات على مواقع روسية", 3), "positions between: what was struck");
    }
}
