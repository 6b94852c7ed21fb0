package org.furat.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.furat.model.Actor;
import org.furat.model.Place;
import org.furat.model.PlaceGroup;

/**
 * Names the extractor that read a report, so a stored reading says what made it: this Furat's version, a
 * fingerprint of the lexicons it ships ({@code data/lexicons/}, every file, by name and content) and a fingerprint
 * of the gazetteer and actors it matched against (what of them the extractor reads: keys, names, kinds,
 * coordinates, administrative units, group members). Two readings with the same version came from the same rules
 * over the same places; a changed lexicon or an added place gives another version.
 */
final class ExtractorVersion {

    /** Where the build puts {@code data/lexicons/} on the class path. */
    private static final String LEXICONS = "/org/furat/data/lexicons/";
    private static final String LEXICON_FINGERPRINT = lexiconFingerprint();

    private ExtractorVersion() {}

    /** "Furat 1.4.0 · lexicons 3f2a9c1b7d40 · gazetteer 81c0e4aa9b12 (2,431 places)". */
    static String of(List<Place> places, List<PlaceGroup> groups, List<Actor> actors) {
        return "Furat " + AppVersion.current() + " · lexicons " + LEXICON_FINGERPRINT + " · gazetteer "
                + gazetteerFingerprint(places, groups, actors) + String.format(" (%,d places)", places.size());
    }

    static String gazetteerFingerprint(List<Place> places, List<PlaceGroup> groups, List<Actor> actors) {
        MessageDigest digest = sha256();
        places.stream().sorted(Comparator.comparing(Place::key)).forEach(p -> add(digest, String.join("\u0001", p.key(), p.nameEn(),
                String.valueOf(p.nameAr()), p.variantsEn().toString(), p.variantsAr().toString(), String.valueOf(p.kind()),
                Double.toString(p.lon()), Double.toString(p.lat()), String.valueOf(p.precision()), String.valueOf(p.district()),
                String.valueOf(p.admin()))));
        groups.stream().sorted(Comparator.comparing(PlaceGroup::key)).forEach(g -> add(digest, "group\u0001" + g.key() + '\u0001'
                + g.nameEn() + '\u0001' + g.nameAr() + '\u0001' + g.variantsEn() + g.variantsAr() + g.memberKeys()));
        actors.stream().sorted(Comparator.comparing(Actor::key)).forEach(a -> add(digest, "actor\u0001" + a));
        return hex(digest);
    }

    /** The lexicon files on the class path, sorted by name, each name and content hashed. */
    static String lexiconFingerprint() {
        URL folder = ExtractorVersion.class.getResource(LEXICONS);
        if (folder == null) return "missing";
        MessageDigest digest = sha256();
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem jar;
                try {
                    jar = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    jar = FileSystems.getFileSystem(uri);
                }
                hashFiles(jar.getPath(LEXICONS), digest);
            } else {
                hashFiles(Path.of(uri), digest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the lexicons to name the extractor's version", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return hex(digest);
    }

    private static void hashFiles(Path folder, MessageDigest digest) throws IOException {
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".csv"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        }
        for (Path f : files) {
            add(digest, f.getFileName().toString());
            digest.update(Files.readAllBytes(f));
        }
    }

    private static void add(MessageDigest digest, String s) {
        digest.update(s.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
