package org.furat.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.furat.model.Actor;

/**
 * Finds actors by their names and spellings in both scripts (from the actors list). A name written in capitals only
 * ("IS", "SDF", "IRGC") is found only written so: "IS" is the Islamic State, "is" a verb. A name a side's successor
 * took over ({@link SideSuccessions}) is found as the successor's in a report published from that day, and carries
 * the succession, so that a proposal names the side of its event's day ({@link Proposal#withSidesOfItsDay}). An
 * adjective of nationality after a weapon names whose the weapon was ({@link WeaponOwners}).
 * Immutable and thread-safe.
 */
final class ActorMatcher {

    /** An actor's name as indexed: whose it is, whether it must be found in capitals, and who took it over, if any. */
    private record Name(String actorKey, boolean capitals, SideSuccessions.Succession succession) {

        String keyOn(LocalDate published) {
            return SideSuccessions.sideOf(succession, actorKey, published);
        }
    }

    private final PhraseMatcher<Name> names = new PhraseMatcher<>(false);

    ActorMatcher(List<Actor> actors) {
        SideSuccessions successions = new SideSuccessions(actors.stream().map(Actor::key).toList());
        for (Actor a : actors) {
            for (String name : spellings(a)) {
                names.add(name, new Name(a.key(), capitalsOnly(name), successions.of(a.key(), name)));
            }
        }
    }

    /**
     * An actor's names and variants in both scripts, each once, with "US" also written "U.S." and the other way round:
     * the list writes one spelling of the abbreviation ("US Central Command"), news both.
     */
    private static java.util.Set<String> spellings(Actor a) {
        java.util.Set<String> listed = new java.util.LinkedHashSet<>();
        listed.add(a.nameEn());
        if (a.nameAr() != null) listed.add(a.nameAr());
        listed.addAll(a.variantsEn());
        listed.addAll(a.variantsAr());
        java.util.Set<String> all = new java.util.LinkedHashSet<>();
        for (String name : listed) {
            all.add(name);
            all.add(US.matcher(name).replaceAll("U.S."));
            all.add(US_DOTTED.matcher(name).replaceAll("US"));
        }
        return all;
    }

    private static final java.util.regex.Pattern US = java.util.regex.Pattern.compile("\\bUS\\b");
    private static final java.util.regex.Pattern US_DOTTED = java.util.regex.Pattern.compile("\\bU\\.S\\.");

    /** The mentions of actors in a report published on {@code published} (null when unknown). */
    List<ActorMention> find(TokenizedText words, LocalDate published) {
        List<PhraseMatcher.Match<Name>> matched = names.find(words).stream()
                .filter(m -> !m.value().capitals() || !hasLowerCase(words.span(m.from(), m.to() + 1).text())).toList();
        List<ActorMention> named = new ArrayList<>(matched.size());
        for (int i = 0; i < matched.size(); i++) {
            PhraseMatcher.Match<Name> m = matched.get(i);
            if (m.from() == m.to() && COMPOUND_ONLY.contains(words.lower(m.from())) && !heldBy(words, m.to() + 1)) continue;
            // «استهداف تنظيم "قسد"»: «تنظيم» (organisation), which alone names the Islamic State, right before another
            // side's name is the noun that name is told by.
            if (i + 1 < matched.size() && m.from() == m.to() && ORGANISATION.equals(words.key(m.from()))
                    && matched.get(i + 1).from() == m.to() + 1
                    && words.joined(m.to() + 1) && !words.commaBefore(m.to() + 1)
                    && !matched.get(i + 1).value().actorKey().equals(m.value().actorKey())) {
                continue;
            }
            named.add(new ActorMention(m.value().keyOn(published), words.span(m.from(), m.to() + 1), m.value().succession()));
        }
        // «غارات جوية روسية»: an adjective after a weapon names whose it was, where no name of a side covers it.
        List<ActorMention> owners = WeaponOwners.standard().find(words).stream()
                .filter(o -> named.stream().noneMatch(n -> n.span().start() < o.span().end() && o.span().start() < n.span().end()))
                .toList();
        if (owners.isEmpty()) return named;
        List<ActorMention> all = new ArrayList<>(named);
        all.addAll(owners);
        all.sort(Comparator.comparingInt(m -> m.span().start()));
        return all;
    }

    /**
     * Common nouns the actors list gives as a side's name for compounds only: "shells fired from government-held areas"
     * are the Syrian government's, where "the government" alone may be any country's.
     */
    private static final java.util.Set<String> COMPOUND_ONLY = java.util.Set.of("government");

    /** Whether word {@code k} is "held" or "controlled" written onto the word before it by a hyphen: "government-held". */
    private static boolean heldBy(TokenizedText words, int k) {
        return k < words.size() && words.joined(k) && !words.get(k).spacedBefore()
                && words.original().charAt(words.get(k).start() - 1) == '-' && HELD.contains(words.lower(k));
    }

    private static final java.util.Set<String> HELD = java.util.Set.of("held", "controlled");

    /** «تنظيم», as a search key: the organisation, which alone is the Islamic State. */
    private static final String ORGANISATION = "تنظيم";

    /** Whether a name has Latin letters and all of them capitals: an abbreviation. */
    private static boolean capitalsOnly(String name) {
        return name.chars().anyMatch(c -> c < 0x0250 && Character.isLetter(c)) && !hasLowerCase(name);
    }

    private static boolean hasLowerCase(String text) {
        return text.chars().anyMatch(c -> c < 0x0250 && Character.isLowerCase(c));
    }
}
