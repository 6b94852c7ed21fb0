package org.furat.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.furat.app.Workspace;
import org.furat.ingest.Extractor;
import org.furat.model.Actor;
import org.furat.model.Place;
import org.furat.model.PlaceGroup;
import org.furat.model.TimePrecision;
import org.furat.store.SeedData;

/**
 * Times the extractor on one thread over a few thousand 4 KB Arabic articles, made by reshuffling the seed
 * report's sentences (real news language, varied order) and adding to each a sentence that names two villages of
 * the gazetteer, so a large imported gazetteer is exercised and not only the seed's places. The gazetteer is the
 * seed's, or that of a database given (one a gazetteer import has filled: `furat gazetteer import
 * whosonfirst-sy --db X.gpkg`, then `furat bench --extract N --db X.gpkg`). The articles are read twice: the first
 * pass, in a fresh JVM, includes the JIT compiling the extractor (several seconds on a busy two-core machine); the
 * second is the steady rate a long import runs at. The extractor keeps nothing between texts, so the second pass
 * does all the work again.
 */
public final class ExtractBenchmark {

    /** Articles, their average size, the gazetteer's size, and the time of each pass over them. */
    public record Result(int articles, double averageKb, int places, double firstPassSeconds, double seconds, double cpuSeconds) {
        /** Articles a second once compiled: the second pass. */
        public double perSecond() { return articles / seconds; }

        /**
         * Articles a second of the thread's own processor time in the second pass: the rate on one core of its own,
         * which a machine busy with other work still measures (the wall-clock rate then falls with the load).
         */
        public double perCpuSecond() { return articles / cpuSeconds; }

        /** Articles a second of the first pass, compilation included. */
        public double firstPassPerSecond() { return articles / firstPassSeconds; }
    }

    private ExtractBenchmark() {}

    /** The benchmark over the seed gazetteer. */
    public static Result run(int articles) throws IOException {
        SeedData data = SeedData.fromClasspath();
        return run(articles, data.places(), data.groups(), data.actors());
    }

    /**
     * The benchmark over the gazetteer of a database (which is opened as the app opens it, and upgraded if older).
     *
     * @throws IllegalArgumentException when there is no file at {@code database}
     */
    public static Result run(int articles, Path database) throws IOException {
        // Opening a path that holds nothing would make and seed a new database and time the seed's gazetteer.
        if (!java.nio.file.Files.isRegularFile(database)) {
            throw new IllegalArgumentException("There is no database at " + database + " to take the gazetteer from: fill one with "
                    + "`furat gazetteer import PATH --db " + database + "`, or leave out --db for the seed's gazetteer");
        }
        try (Workspace workspace = Workspace.open(database)) {
            return run(articles, workspace.places(), workspace.groups(), workspace.actors());
        }
    }

    private static Result run(int articles, List<Place> places, List<PlaceGroup> groups, List<Actor> actors) throws IOException {
        Extractor extractor = new Extractor(places, groups, actors);
        List<String> texts = articles(articles, places);
        LocalDate published = LocalDate.of(2024, 11, 20);
        double firstPass = pass(extractor, texts, published)[0];
        double[] second = pass(extractor, texts, published);
        double kb = texts.stream().mapToInt(t -> t.getBytes(StandardCharsets.UTF_8).length).average().orElse(0) / 1024;
        return new Result(texts.size(), kb, places.size(), firstPass, second[0], second[1]);
    }

    /** Seconds to extract from every text: on the clock, and of this thread's processor time. */
    private static double[] pass(Extractor extractor, List<String> texts, LocalDate published) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        long proposals = 0;
        for (String text : texts) proposals += extractor.extract(text, published, TimePrecision.DAY).proposals().size();
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        if (proposals == 0) throw new IllegalStateException("The extractor proposed nothing: the benchmark would measure nothing");
        return new double[] {seconds, cpu};
    }

    private static List<String> articles(int count, List<Place> places) throws IOException {
        String seed;
        try (InputStream in = ExtractBenchmark.class.getResourceAsStream("/org/furat/data/sources/000_0ae79604f75c76f4.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> sentences = new ArrayList<>(List.of(seed.split("(?<=\\.)\\s+")));
        List<String> villages = places.stream().filter(p -> !p.kind().isAdminUnit() && p.nameAr() != null && !p.nameAr().isBlank())
                .map(Place::nameAr).toList();
        Random random = new Random(11);
        List<String> articles = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            Collections.shuffle(sentences, random);
            StringBuilder text = new StringBuilder();
            text.append("وسقطت قذائف على ").append(villages.get(random.nextInt(villages.size()))).append(" و")
                    .append(villages.get(random.nextInt(villages.size()))).append(" صباح اليوم.\n");
            for (int i = 0; text.length() < 2300; i++) text.append(sentences.get(i % sentences.size())).append('\n');
            articles.add(text.toString()); // ~2,300 Arabic characters: about 4 KB of UTF-8
        }
        return articles;
    }
}
