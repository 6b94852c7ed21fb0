package org.furat.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.furat.app.GazetteerImporter;
import org.furat.app.SyntheticIncidents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code furat synth}: a separate database of generated incidents for benchmarks and demos. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Creates a NEW database of N synthetic incidents over the gazetteer's real places (2017–2025), "
                + "marked synthetic, optionally with the places of gazetteer files (--gazetteer). It never writes into an "
                + "existing file, so synthetic data cannot mix with real data.")
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
    public Integer call() {
        if (parent.db == null) throw new IllegalArgumentException("synth needs --db PATH: a new file, never the default database");
        if (incidents < 1 || incidents > 10_000_000) throw new IllegalArgumentException("--incidents must be between 1 and 10,000,000");
        Path file = parent.database();
        long started = System.nanoTime();
        parent.spec.commandLine().getErr().println("Generating " + incidents + " synthetic incidents into " + file.toAbsolutePath() + "…");
        List<GazetteerImporter.Request> gazetteers = gazetteer.isEmpty() ? List.of()
                : List.of(new GazetteerImporter.Request(gazetteer, GazetteerImporter.Format.AUTO, gazetteerSource, null, null, null, null, false));
        int places = SyntheticIncidents.createDatabase(file, incidents, seed, gazetteers);
        parent.spec.commandLine().getOut().printf("Created %s with %d synthetic incidents at up to %d places in %.1f s%n",
                file.toAbsolutePath(), incidents, places, (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
