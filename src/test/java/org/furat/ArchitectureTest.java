package org.furat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of docs/architecture.md: who may touch the database, the screen and standard output. */
@AnalyzeClasses(packages = "org.furat", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyStoreTouchesSql = noClasses().that()
            .resideOutsideOfPackages("org.furat.store..", "org.furat.io.geopackage..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("the database is the store's business alone (and a GeoPackage export is an SQLite file of its own)");

    @ArchTest
    static final ArchRule onlyUiAndMapTouchJavaFx = noClasses().that()
            .resideOutsideOfPackages("org.furat.ui..", "org.furat.map..", "org.furat.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the model, store and use cases must run without a screen");

    @ArchTest
    static final ArchRule onlyCliWritesToStandardOutput = noClasses().that().resideOutsideOfPackage("org.furat.cli..")
            .should().accessField(System.class, "out")
            .because("only commands print; everything else returns values or throws");

    @ArchTest
    static final ArchRule storeIngestAndIoStayApart = noClasses().that().resideInAPackage("org.furat.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.furat.ingest..", "org.furat.io..");

    @ArchTest
    static final ArchRule ioStaysApart = noClasses().that().resideInAPackage("org.furat.io..")
            .should().dependOnClassesThat().resideInAnyPackage("org.furat.ingest..", "org.furat.store..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule ingestStaysApart = noClasses().that().resideInAPackage("org.furat.ingest..")
            .should().dependOnClassesThat().resideInAnyPackage("org.furat.io..", "org.furat.store..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.furat.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.furat.geo..", "org.furat.store..", "org.furat.app..",
                    "org.furat.map..", "org.furat.ui..", "org.furat.cli..", "org.furat.io..", "org.furat.ingest..");

    @ArchTest
    static final ArchRule geoUsesOnlyModel = noClasses().that().resideInAPackage("org.furat.geo..")
            .should().dependOnClassesThat().resideInAnyPackage("org.furat.store..", "org.furat.app..",
                    "org.furat.map..", "org.furat.ui..", "org.furat.cli..", "org.furat.io..", "org.furat.ingest..");

    @ArchTest
    static final ArchRule appKnowsNoScreenOrCommandLine = noClasses().that().resideInAPackage("org.furat.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.furat.ui..", "org.furat.map..", "org.furat.cli..");

    @ArchTest
    static final ArchRule mapKnowsOnlyModelAndGeo = noClasses().that().resideInAPackage("org.furat.map..")
            .should().dependOnClassesThat().resideInAnyPackage("org.furat.store..", "org.furat.app..",
                    "org.furat.ui..", "org.furat.cli..", "org.furat.io..", "org.furat.ingest..");

    @ArchTest
    static final ArchRule uiGoesThroughUseCases = noClasses().that().resideInAPackage("org.furat.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.furat.store..", "org.furat.cli..",
                    "org.furat.io..", "org.furat.ingest..");

    @ArchTest
    static final ArchRule cliGoesThroughUseCases = noClasses().that().resideInAPackage("org.furat.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.furat.store..", "org.furat.ui..", "org.furat.map..");

    @ArchTest
    static final ArchRule evalMeasuresThroughUseCases = noClasses().that().resideInAPackage("org.furat.eval..")
            .should().dependOnClassesThat().resideInAnyPackage("org.furat.store..", "org.furat.ui..", "org.furat.map..", "org.furat.cli..")
            .because("the evaluation runs the extractor the way the importer does, through app, and prints nothing");
}
