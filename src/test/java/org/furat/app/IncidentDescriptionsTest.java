package org.furat.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.furat.model.Incident;
import org.furat.model.Place;
import org.furat.model.SubEventType;
import org.junit.jupiter.api.Test;

/**
 * An incident read from a report gets a description in English and in Arabic, written from its fields (it had
 * none); a correction in review rewrites it, and a description the analyst wrote stays.
 */
class IncidentDescriptionsTest extends WithTempWorkspace {

    private static final String REPORT = "قصفت القوات الأمريكية أمس قرية خشام بريف دير الزور، ما أدى إلى مقتل مدنيين اثنين وإصابة خمسة آخرين.";


    private String importReport() {
        var outcome = workspace.importer().importReport("report.txt", REPORT.getBytes(StandardCharsets.UTF_8),
                new Importer.Metadata(LocalDate.of(2024, 11, 20), "Test outlet", null, "ar"), false);
        assertEquals("imported", outcome.status(), outcome.message());
        return outcome.sourceKey();
    }

    private ReviewDraft draft(String sourceKey) {
        return new ReviewDraft(workspace.reviewer().open(sourceKey), workspace.places().stream().map(Place::key).toList());
    }

    @Test
    void anImportedIncidentIsDescribedInBothLanguagesFromItsFields() {
        String key = importReport();
        Incident proposed = workspace.incidentsCiting(key).get(0);
        String en = proposed.descriptionEn(), ar = proposed.descriptionAr();
        assertNotNull(en, "an English description");
        assertNotNull(ar, "an Arabic description");
        String place = workspace.place("khasham").orElseThrow().nameEn();
        assertTrue(en.startsWith(proposed.subEventType().label()), en);
        assertTrue(en.contains(" at " + place), en);
        assertTrue(en.contains("on 19 November 2024"), "the day before publication ('yesterday'): " + en);
        assertTrue(en.contains(workspace.actor(proposed.actors().get(0).actorKey()).orElseThrow().nameEn()), en);
        assertTrue(en.contains("Killed: 2; injured: 5."), en);

        assertTrue(ar.contains("في خشام"), ar);
        assertTrue(ar.contains("يوم 19 تشرين الثاني 2024"), ar);
        assertTrue(ar.contains(workspace.actor(proposed.actors().get(0).actorKey()).orElseThrow().nameAr()), ar);
        assertTrue(ar.contains("عدد القتلى: 2، عدد الجرحى: 5."), ar);
        assertFalse(ar.matches(".*[A-Za-z].*"), "the Arabic description is Arabic throughout: " + ar);
        assertTrue(workspace.filter(org.furat.model.IncidentFilter.ALL.withText("Khasham")).count() > 0,
                "the English description is searched");
    }

    @Test
    void aCorrectionInReviewRewritesTheDescriptionWrittenFromTheFields() {
        String key = importReport();
        ReviewDraft draft = draft(key);
        String proposal = draft.proposalKeys().get(0);
        draft.edit(draft.draft(proposal).withType(SubEventType.AIR_DRONE_STRIKE));
        draft.accept(proposal);
        workspace.reviewer().apply(draft);

        Incident saved = workspace.incident(proposal).orElseThrow();
        assertTrue(saved.descriptionEn().startsWith("Air/drone strike at "), saved.descriptionEn());
        assertTrue(saved.descriptionAr().startsWith("غارة جوية أو بطائرة مسيّرة في "), saved.descriptionAr());
    }

    @Test
    void aDescriptionTheAnalystWroteStays() {
        String key = importReport();
        Incident proposed = workspace.incidentsCiting(key).get(0);
        Incident own = new Incident(proposed.key(), proposed.dates(), proposed.timePrecision(), proposed.subEventType(),
                proposed.actors(), proposed.killed(), proposed.injured(), "The analyst's words.", "كلمات المحلل.",
                proposed.status(), proposed.places(), proposed.evidence(), proposed.note());
        Incident corrected = workspace.descriptions().follow(own, own.withType(SubEventType.AIR_DRONE_STRIKE));
        assertEquals("The analyst's words.", corrected.descriptionEn());
        assertEquals("كلمات المحلل.", corrected.descriptionAr());
        Incident followed = workspace.descriptions().follow(proposed, proposed.withType(SubEventType.AIR_DRONE_STRIKE));
        assertTrue(followed.descriptionEn().startsWith("Air/drone strike"), followed.descriptionEn());
    }
}
