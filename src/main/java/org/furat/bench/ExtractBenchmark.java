package org.furat.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.furat.ingest.Extractor;
import org.furat.model.TimePrecision;
import org.furat.store.SeedData;

/**
 * Times the extractor on one thread over a few thousand 4 KB Arabic articles, made by reshuffling the seed
 * report's sentences (real news language, varied order). The articles are read twice: the first pass, in a
 * fresh JVM, includes the JIT compiling the extractor (several seconds on a busy two-core machine); the second
 * is the steady rate a long import runs at. The extractor keeps nothing between texts, so the second pass
 * does all the work again.
 */
public final class ExtractBenchmark {

    /** Articles, their average size, and the time of each pass over them. */
    public record Result(int articles, double averageKb, double firstPassSeconds, double seconds) {
        /** Articles a second once compiled: the second pass. */
        public double perSecond() { return articles / seconds; }

        /** Articles a second of the first pass, compilation included. */
        public double firstPassPerSecond() { return articles / firstPassSeconds; }
    }

    private ExtractBenchmark() {}

    public static Result run(int articles) throws IOException {
        SeedData data = SeedData.fromClasspath();
        Extractor extractor = new Extractor(data.places(), data.groups(), data.actors());
        List<String> texts = articles(articles);
        LocalDate published = LocalDate.of(2024, 11, 20);
        double firstPass = pass(extractor, texts, published);
        double seconds = pass(extractor, texts, published);
        double kb = texts.stream().mapToInt(t -> t.getBytes(StandardCharsets.UTF_8).length).average().orElse(0) / 1024;
        return new Result(texts.size(), kb, firstPass, seconds);
    }

    /** Seconds to extract from every text. */
    private static double pass(Extractor extractor, List<String> texts, LocalDate published) {
        long started = System.nanoTime();
        long proposals = 0;
        for (String text : texts) proposals += extractor.extract(text, published, TimePrecision.DAY).proposals().size();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (proposals == 0) throw new IllegalStateException("The extractor proposed nothing: the benchmark would measure nothing");
        return seconds;
    }

    private static List<String> articles(int count) throws IOException {
        String seed;
        try (InputStream in = ExtractBenchmark.class.getResourceAsStream("/org/furat/data/sources/000_0ae79604f75c76f4.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> sentences = new ArrayList<>(List.of(seed.split("(?<=\\.)\\s+")));
        Random random = new Random(11);
        List<String> articles = new ArrayList<>();
        for (int a = 0; a < count; a++) {
            Collections.shuffle(sentences, random);
            StringBuilder text = new StringBuilder();
            for (int i = 0; text.length() < 2300; i++) text.append(sentences.get(i % sentences.size())).append('\n');
            articles.add(text.toString()); // ~2,300 Arabic characters: about 4 KB of UTF-8
        }
        return articles;
    }
}
