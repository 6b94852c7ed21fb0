package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import org.furat.store.SeedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sub-event type from the words, the weak words and the sides, as ACLED defines the categories. */
class TypeBySidesTest {

    private static Extractor extractor;

    @BeforeAll
    static void build() {
        SeedData data = SeedData.fromClasspath();
        extractor = new Extractor(data.places(), data.groups(), data.actors());
    }

    private static SubEventType type(String text) {
        return extractor.extract(text, LocalDate.of(2024, 11, 14), TimePrecision.DAY).proposals().get(0).type();
    }

    @Test
    void aWeakWordYieldsToTheWordThatSaysHow() {
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, type("استهدف تنظيم داعش بقذائف الهاون أحياء مدينة دير الزور."));
        assertEquals(SubEventType.ARMED_CLASH, type("هاجم تنظيم داعش مواقع قسد في بلدة الشحيل."), "a weak word alone names the event");
    }

    @Test
    void anArmedAttackOnCiviliansIsAnAttackAndAClashBetweenSidesStaysOne() {
        assertEquals(SubEventType.ATTACK, type("قتل شخصان بهجوم مسلح على محل صرافة في مدينة البوكمال مساء أمس."));
        assertEquals(SubEventType.ATTACK, type("استهدف مسلحون مجهولون بالرصاص سيارة مدنية قرب بلدة خشام فجر اليوم."),
                "a civilian car's people are civilians");
        assertEquals(SubEventType.ARMED_CLASH, type("قتل عنصران من قسد بهجوم مسلح على حاجز في بلدة الشحيل."));
        assertEquals(SubEventType.ARMED_CLASH, type("Unidentified gunmen opened fire on an SDF Internal Security Forces checkpoint"
                + " in Shuhayl on Tuesday, killing one member."), "the unit after the rest of its side's name");
        assertEquals(SubEventType.ARMED_CLASH, type("An SDF patrol came under fire from unidentified gunmen near Shuhayl on Tuesday."),
                "the unit that came under fire");
    }

    @Test
    void menKilledAtTheirPostWereAUnitAttacked() {
        assertEquals(SubEventType.ARMED_CLASH, type("An unidentified gunman shot dead a member of the SDF at a checkpoint"
                + " at the entrance of Shuhayl on Sunday night."));
        assertEquals(SubEventType.ARMED_CLASH, type("اغتال مسلحون مجهولون أمس عنصرين من قسد بإطلاق النار عليهما من سلاح رشاش"
                + " أثناء تواجدهما على حاجز عند مدخل بلدة الشحيل."), "ten words after the side's name");
        assertEquals(SubEventType.ATTACK, type("An unidentified gunman shot dead a member of the SDF outside his home in Shuhayl on Sunday."),
                "at home, not at a post");
        assertEquals(SubEventType.ATTACK, type("A fuel truck driver was shot dead at an SDF checkpoint in Shuhayl on Thursday."),
                "the side named after the place owns the checkpoint, it was not the one shot");
        assertEquals(SubEventType.ATTACK, type("اغتال مسلحون مجهولون عنصراً من قسد في بلدة الشحيل بحسب ما تداوله ناشطون على مواقع"
                + " التواصل الاجتماعي."), "social media are no post");
        assertEquals(SubEventType.ATTACK, type("Gunmen shot dead a member of the SDF in Shuhayl, days after an attack on a checkpoint"
                + " in the town."), "another clause's checkpoint");
    }

    @Test
    void anAttackFoiledWasFoughtAndTheAttackersActed() {
        Proposal foiled = extractor.extract("أحبطت وحدات من الجيش العربي السوري هجوماً شنته مجموعات من تنظيم داعش على نقاط عسكرية"
                + " في بلدة الشولا.", LocalDate.of(2019, 1, 8), TimePrecision.DAY).proposals().get(0);
        assertEquals(SubEventType.ARMED_CLASH, foiled.type(), "an attack foiled, not a weapon");
        assertEquals("isis", foiled.actor1().actorKey());
        assertEquals("syrian_government", foiled.actor2().actorKey());
        Proposal drone = extractor.extract("أحبطت قسد هجوماً بطائرة مسيرة على حقل العمر.", LocalDate.of(2019, 1, 8),
                TimePrecision.DAY).proposals().get(0);
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, drone.type(), "a drone attack foiled is a weapon's use foiled");
        assertEquals("sdf", drone.actor1().actorKey(), "who foiled a weapon's use acted");
    }

    @Test
    void thePeriodAnEventFellInIsNotIt() {
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, type("On the fourth day of fighting, SDF mortar fire hit a residential"
                + " street in Dhiban, killing three civilians."));
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, type("في اليوم الرابع من المعارك، سقطت قذائف هاون على حي سكني في بلدة ذيبان."));
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, type("تمكن مقاتلو قسد، فجر اليوم الأحد، من إسقاط طائرة مسيرة مفخخة في بلدة ذيبان."),
                "«تمكنوا … من», not a day of");
    }

    @Test
    void shellingDuringClashesIsTheClash() {
        assertEquals(SubEventType.ARMED_CLASH, type("ترافق القصف المدفعي مع اشتباكات بين قوات النظام وداعش في خشام."));
    }

    @Test
    void theSidesMakeTheCategory() {
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, type("قوات النظام سيطرت على بلدة خشام."));
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, type("قسد سيطرت على بلدة خشام."));
        assertEquals(SubEventType.ATTACK, type("اغتيال عنصر من قسد على يد داعش في بلدة الشحيل."), "an assassination, whoever the victim");
        assertEquals(SubEventType.ATTACK, type("استهدف مسلحون مجهولون المدنيين في بلدة الشحيل."), "civilians, and no clash");
        assertEquals(SubEventType.ARRESTS, type("اختطفت قسد شابين من بلدة الشحيل."), "taken by the authority that holds the area");
        assertEquals(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, type("اختطف تنظيم داعش شابين من بلدة الشحيل."));
    }

    @Test
    void aProtestThatBurnsTyresIsARiot() {
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION, type("خرج أهالي بلدة الشحيل بمظاهرة حرقوا فيها الإطارات."));
    }
}
