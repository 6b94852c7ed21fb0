package org.furat.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.furat.app.GazetteerImporter;
import org.furat.app.SyntheticIncidents;
import org.furat.app.TeamDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code furat synth}: a separate database of generated incidents for benchmarks and demos. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Creates a NEW database of N synthetic incidents over the gazetteer's real places (2017–2025), "
                + "marked synthetic, optionally with the places of gazetteer files (--gazetteer). It never writes into an "
                + "existing file, so synthetic data cannot mix with real data.",
                "With --db postgresql://… the incidents are made in a temporary file and copied into that team database (set up "
                        + "with `furat server init`, and empty: `furat copy` refuses one holding other data); the file is "
                        + "deleted afterwards."})
final class SynthCommand implements Callable<Integer> {

    @ParentCommand
    FuratCommand parent;

    @Option(names = "--incidents", required = true, paramLabel = "N", description = "How many incidents (1 to 10,000,000)")
    int incidents;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed: the same seed gives the same data (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--gazetteer", paramLabel = "PATH", arity = "1..*",
            description = {"Gazetteer files to add places from first, as `furat gazetteer import` reads them (a Who's On First "
                    + "folder, a GeoNames dump with its alternate names, a CSV or GeoJSON layer): the incidents are spread over "
                    + "all the places, so the map is measured with realistic numbers of pins"})
    List<Path> gazetteer = List.of();

    @Option(names = {"--gazetteer-source", "--source"}, paramLabel = "NAME", description = "Source name of a --gazetteer layer of your own")
    String gazetteerSource;

    @Override
    public Integer call() throws IOException {
        if (parent.db == null) throw new IllegalArgumentException("synth needs --db PATH: a new file, never the default database");
        if (incidents < 1 || incidents > 10_000_000) throw new IllegalArgumentException("--incidents must be between 1 and 10,000,000");
        long started = System.nanoTime();
        String location = parent.databaseLocation();
        if (!TeamDatabase.isServer(location)) {
            Path file = parent.database();
            int places = generate(file);
            parent.spec.commandLine().getOut().printf("Created %s with %d synthetic incidents at up to %d places in %.1f s%n",
                    file.toAbsolutePath(), incidents, places, (System.nanoTime() - started) / 1e9);
            return 0;
        }
        // A team database is filled the one way Furat fills one from outside: a copy of a whole database file.
        try {
            TeamDatabase.requireEmpty(location);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("synth fills only an empty team database, and nothing was made: " + e.getMessage(), e);
        }
        Path folder = Files.createTempDirectory("furat-synth");
        try {
            Path file = folder.resolve("synthetic.gpkg");
            int places = generate(file);
            var out = parent.spec.commandLine().getOut();
            TeamDatabase.CopyOutcome copied = TeamDatabase.copy(file, location, line -> out.println("copied " + line));
            CopyCommand.report(out, copied, true);
            if (!copied.whole()) return 1;
            out.printf("Filled the team database %s with %d synthetic incidents at up to %d places in %.1f s%n",
                    TeamDatabase.shown(location), incidents, places, (System.nanoTime() - started) / 1e9);
            return 0;
        } finally {
            deleteAll(folder);
        }
    }

    private int generate(Path file) {
        parent.spec.commandLine().getErr().println("Generating " + incidents + " synthetic incidents into " + file.toAbsolutePath() + "…");
        List<GazetteerImporter.Request> gazetteers = gazetteer.isEmpty() ? List.of()
                : List.of(new GazetteerImporter.Request(gazetteer, GazetteerImporter.Format.AUTO, gazetteerSource, null, null, null, null, false));
        return SyntheticIncidents.createDatabase(file, incidents, seed, gazetteers);
    }

    private static void deleteAll(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
