package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.furat.model.Actor;
import org.furat.model.Place;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import org.furat.store.SeedData;
import org.furat.text.ArabicNormalizer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which side acts and which is acted on, told by the words before each name. */
class ActorRolesTest {

    private static Extractor extractor;

    @BeforeAll
    static void build() {
        SeedData data = SeedData.fromClasspath();
        extractor = new Extractor(data.places(), data.groups(), data.actors());
    }

    private static Proposal first(String text) {
        List<Proposal> found = extractor.extract(text, LocalDate.of(2024, 11, 14), TimePrecision.DAY).proposals();
        return found.get(0);
    }

    private static String key(ActorMention a) {
        return a == null ? null : a.actorKey();
    }

    @Test
    void theSideWhoseCarOrPositionsWereStruckIsActedOn() {
        Proposal car = first("انفجار عبوة ناسفة بسيارة لقسد في بلدة الشحيل.");
        assertEquals(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, car.type());
        assertNull(car.actor1(), "nobody named did it");
        assertEquals("sdf", key(car.actor2()));

        Proposal positions = first("هاجم تنظيم داعش مواقع قسد في بلدة الشحيل.");
        assertEquals("isis", key(positions.actor1()));
        assertEquals("sdf", key(positions.actor2()));

        Proposal english = first("Gunmen attacked SDF positions in Shuhayl on Tuesday.");
        assertNull(english.actor1());
        assertEquals("sdf", key(english.actor2()));

        assertNull(first("The SDF sent military reinforcements to Shuhayl on Thursday, according to residents.").actor2(),
                "residents who told of it were not acted on");
        Proposal dated = first("On Sunday SDF fighters were searching tunnels in Shuhayl, and clashed with holdouts, killing five jihadists.");
        assertEquals("sdf", key(dated.actor1()), "«on» opens the day, not the side struck");
        assertEquals("isis", key(dated.actor2()));

        Proposal kind = first("Gunmen struck at least three SDF military points in Shuhayl on Tuesday.");
        assertNull(kind.actor1(), "a word saying what kind of points they were does not hide whose");
        assertEquals("sdf", key(kind.actor2()));
    }

    @Test
    void forcesRightAfterAVerbOfTargetingDidIt() {
        Proposal units = first("استهدفت وحدات من الجيش العربي السوري اليوم بضربات صاروخية أوكاراً لإرهابيي تنظيم داعش في بادية الميادين.");
        assertEquals("syrian_government", key(units.actor1()));
        assertEquals("isis", key(units.actor2()));
        Proposal struck = first("استهدفت طائرة مسيرة سيارة لقسد في بلدة الشحيل.");
        assertEquals("sdf", key(struck.actor2()), "further on, after the verb's subject, the side was struck");
    }

    @Test
    void armedMenNamedBeforeTheEventUnitsRaidingAndConvoysMovedActed() {
        Proposal fighters = first("On Wednesday, tribal fighters crossed from the western bank and attacked SDF positions in Shuhayl.");
        assertEquals("tribal_forces", key(fighters.actor1()), "a name ending in its armed men, before the event's words");
        assertEquals("sdf", key(fighters.actor2()));
        Proposal convoy = first("رصد نشطاء المرصد وصول رتل عسكري للميليشيات الموالية لإيران، ليل أمس، إلى بلدة الشحيل.");
        assertEquals("iran_militias", key(convoy.actor1()), "whose convoy moved");
        assertNull(convoy.actor2());
        Proposal raid = first("داهمت دورية لـ«قسد» منازل في بلدة الشحيل واعتقلت ثلاثة شبان.");
        assertEquals("sdf", key(raid.actor1()), "the patrol that raided took them");
        assertEquals("tribal_forces", key(first("هاجم مسلحون عشائريون حاجزاً لـ«قسد» في بلدة الشحيل.").actor1()));
        Proposal faced = first("Government soldiers at a checkpoint near Shuhayl faced an ISIS attack on Monday.");
        assertEquals("isis", key(faced.actor1()), "soldiers who faced an attack did not make it");
        Proposal moved = first("وصول رتل عسكري لقسد إلى بلدة الشحيل بعد هجوم لخلايا داعش على حاجز لها.");
        assertEquals("sdf", key(moved.actor1()));
        assertNull(moved.actor2(), "forces moved are done to nobody");
        Proposal bus = first("A roadside bomb struck a bus carrying Syrian troops near Shuhayl on Thursday, killing 13 soldiers.");
        assertNull(bus.actor1(), "whom the bus carried did not set off the bomb");
        assertEquals("syrian_government", key(bus.actor2()));
    }

    @Test
    void whoCarriedOutAnAttackAndWhoseMembersItStruck() {
        Proposal faced = first("Government soldiers at a checkpoint near Shuhayl faced an ISIS attack on Monday.");
        assertEquals("isis", key(faced.actor1()), "soldiers who faced an attack did not make it");
        Proposal moved = first("وصول رتل عسكري لقسد إلى بلدة الشحيل بعد هجوم لخلايا داعش على حاجز لها.");
        assertEquals("sdf", key(moved.actor1()));
        assertNull(moved.actor2(), "forces moved are done to nobody");
        Proposal bus = first("رصد المرصد هجوماً نفذته خلايا تابعة لتنظيم داعش مساء أمس، استهدف حافلة تقل عناصر من قوات النظام"
                + " في بادية الميادين، ما أسفر عن مقتل 5 عناصر.");
        assertEquals("isis", key(bus.actor1()), "carried out by");
        assertEquals("syrian_government", key(bus.actor2()), "whose members the bus carried");
        Proposal launched = first("شنّ مسلحو تنظيم داعش فجر اليوم هجوماً على مواقع قسد في بلدة خشام، مستغلين عاصفة رملية حدّت"
                + " من قدرة طيران التحالف على التحليق.");
        assertEquals("isis", key(launched.actor1()), "named right after the verb of launching, as its gunmen");
        assertEquals("sdf", key(launched.actor2()));
        assertEquals("sdf", key(first("استأنفت قسد مساء أمس هجومها على آخر جيب لتنظيم داعش في بلدة خشام.").actor1()), "resumed");
        Proposal militia = first("قُتل ثلاثة عناصر من ميليشيا \"لواء فاطميون\" وأصيب خمسة آخرون أمس جراء انفجار عبوة ناسفة بحافلة"
                + " قرب بلدة هجين.");
        assertEquals("iran_militias", key(militia.actor2()), "whose members were counted, named after «ميليشيا»");
        Proposal targeting = first("وتحدث المرصد عن استهداف عناصر التنظيم حافلة عسكرية قرب بادية الميادين أمس.");
        assertEquals("isis", key(targeting.actor1()), "members named right after the verbal noun of targeting targeted");
    }

    @Test
    void theSideThatFoiledAWeaponAimedAtItActed() {
        Proposal drone = first("أسقطت الدفاعات الجوية لقاعدة التحالف الدولي في حقل غاز كونيكو، فجر اليوم، طائرة مسيرة انتحارية"
                + " أطلقت من مناطق سيطرة الميليشيات الإيرانية غرب نهر الفرات.");
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, drone.type());
        assertEquals("coalition", key(drone.actor1()), "whose base's air defences shot it down");
        assertEquals("iran_militias", key(drone.actor2()), "whose areas it was launched from");
        assertNotEquals("isis", key(first("ضبطت قسد كمية من الأسلحة تابعة لخلايا التنظيم في بلدة ذيبان أمس.").actor1()),
                "weapons seized are the side's whose they were, not the one that seized them");
        assertEquals("coalition", key(first("A drone was shot down by coalition air defences over Khasham on Friday.").actor1()),
                "the coalition's air defences");
        Proposal anti = first("Our anti-Daesh forces foiled a drone attack against the Conoco base on Monday.");
        assertNotEquals("isis", key(anti.actor1()), "the side others are against is no side of what they did");
        assertNotEquals("isis", key(anti.actor2()));
    }

    @Test
    void whoseWeaponItWasToldAfterItActed() {
        Proposal russian = first("قُتل 9 مدنيين أمس جراء غارات جوية روسية استهدفت حياً سكنياً في مدينة الميادين.");
        assertEquals("russia", key(russian.actor1()), "an adjective of nationality after the strikes");
        assertEquals("civilians", key(russian.actor2()));
        assertEquals("us_forces", key(first("استشهد طفل جراء عدوان جوي أمريكي استهدف فجر اليوم قرية الحسينية.").actor1()));
        Proposal belonging = first("استهدفت طائرة مسيّرة تابعة للتحالف الدولي، مساء الأربعاء، سيارة على طريق ذيبان.");
        assertEquals("coalition", key(belonging.actor1()), "a drone belonging to the side named after «تابعة»");
        assertNull(first("استهدفت طائرة مسيّرة يُرجّح أنها تابعة للتحالف الدولي، مساء الأربعاء، سيارة على طريق ذيبان.").actor1(),
                "a hedge only guesses whose, as the coders leave guessed attackers unknown");
        assertNull(first("Two militiamen were killed by a drone believed to belong to the coalition near Albu Kamal on Monday.")
                .actor1());
        assertNotEquals("iran_militias", key(first("قصفت طائرات حربية مستودع صواريخ إيرانية في مدينة البوكمال أمس.").actor1()),
                "weapons kept in a depot were struck, not striking");
        assertNotEquals("us_forces", key(first("قصف مسلحو العشائر نقطة لقسد في بلدة ذيبان أمس بصواريخ أمريكية الصنع.").actor1()),
                "where the rockets were made is not who fired them");
        Proposal envoy = first("قصفت قوات النظام بلدة الشحيل أمس، بحسب المبعوث الأمريكي.");
        assertEquals("syrian_government", key(envoy.actor1()), "an adjective after no weapon names no side");
        assertNotEquals("us_forces", key(envoy.actor2()));
        Proposal car = first("استهدفت طائرة مسيرة سيارة تابعة لقسد على طريق ذيبان أمس.");
        assertEquals("sdf", key(car.actor2()), "a car belonging to a side is the side's that was struck");
        Proposal downed = first("أسقطت قوات التحالف الدولي طائرة مسيرة إيرانية فوق حقل العمر النفطي فجر اليوم.");
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, downed.type());
        assertEquals("coalition", key(downed.actor1()));
        assertEquals("iran_militias", key(downed.actor2()), "whose weapon was brought down was acted on");
    }

    @Test
    void aCompoundOfWhoBacksASideHidesNoCue() {
        Proposal base = first("A car bomb went off outside a base of the US-backed SDF in Khasham on Monday.");
        assertNull(base.actor1(), "whose base it was did not bomb it");
        assertEquals("sdf", key(base.actor2()));
        assertEquals("sdf", key(first("A car bomb exploded outside a base of the U.S.-backed Syrian Democratic Forces in Khasham on"
                + " Monday.").actor2()), "a compound of three words");
    }

    @Test
    void aPatrolNamedAfterTheVerbOfAnArrestTookThem() {
        assertEquals("syrian_transitional_government", key(first("ألقت دوريات الأمن العام القبض على أربعة مطلوبين في بلدة خشام أمس.")
                .actor1()));
    }

    @Test
    void aSideWhosePeopleAreCountedDeadAndWoundedTogetherWasStruck() {
        assertEquals("iran_militias", key(first("قتل وأصيب خمسة عناصر من الميليشيات الإيرانية بغارة جوية على مزرعة في البوكمال أمس.")
                .actor2()));
        assertEquals("iran_militias", key(first("An air strike killed or wounded five members of Iranian-backed militias in Albu Kamal"
                + " on Monday.").actor2()));
        Proposal civilians = first("قتل وأصيب خمسة مدنيين بهجوم لعناصر من داعش على سيارة في بلدة هجين أمس.");
        assertEquals("isis", key(civilians.actor1()), "the side named after the attack did it: " + civilians);
    }

    @Test
    void theNewGovernmentsMinistriesAndForcesAreItsSide() {
        String ministry = "قتل عنصران من وزارة الدفاع في الحكومة السورية إثر هجوم شنه مسلحون على نقطة عسكرية قرب بلدة خشام أمس.";
        assertEquals("syrian_transitional_government", key(extractor.extract(ministry, LocalDate.of(2025, 5, 10), TimePrecision.DAY)
                .proposals().get(0).actor2()));
        assertEquals("syrian_government", key(first(ministry).actor2()), "before December 2024, the former government's ministry");
        assertEquals("syrian_transitional_government", key(first("Suspected ISIS gunmen attacked a checkpoint of Syria's new security"
                + " forces near Khasham on Monday, killing two members.").actor2()));
    }

    @Test
    void fireFromASidesPositionsWasThatSides() {
        Proposal source = first("قُتل مدني أمس جراء قصف بقذائف الهاون مصدره مواقع قسد في بلدة ذيبان استهدف مدينة الميادين.");
        assertEquals("sdf", key(source.actor1()));
        assertEquals("civilians", key(source.actor2()));
        Proposal from = first("أصيب طفل ووالدته أمس جراء قصف مدفعي من مواقع قوات النظام غربي النهر طال منازل المدنيين في بلدة الشحيل.");
        assertEquals("syrian_government", key(from.actor1()));
        Proposal struck = first("قصفت قوات النظام بقذائف المدفعية عدداً من مواقع قسد في بلدة ذيبان أمس.");
        assertEquals("syrian_government", key(struck.actor1()), "«عدداً من مواقع»: a number of the positions struck");
        assertEquals("sdf", key(struck.actor2()));
    }

    @Test
    void theArmysGeneralCommandIsTheArmy() {
        Proposal command = first("أعلنت القيادة العامة للجيش السوري اليوم استعادة السيطرة الكاملة على مدينة البوكمال، آخر معاقل"
                + " تنظيم داعش، بعد معارك عنيفة.");
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, command.type());
        assertEquals("syrian_government", key(command.actor1()));
        assertEquals("isis", key(command.actor2()));
        List<Proposal> later = extractor.extract("أعلنت القيادة العامة للجيش السوري اليوم السيطرة على بلدة خشام بعد معارك مع فلول"
                + " تنظيم داعش.", LocalDate.of(2025, 3, 2), TimePrecision.DAY).proposals();
        assertEquals("syrian_transitional_government", key(later.get(0).actor1()), "after December 2024, the new army's command");
    }

    @Test
    void theSideThatLostTheGroundWasActedOn() {
        Proposal entered = first("دخلت قوات سوريا الديمقراطية مدينة الميادين اليوم بعد انسحاب الجيش السوري منها.");
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY, entered.type());
        assertEquals("sdf", key(entered.actor1()));
        assertEquals("syrian_government", key(entered.actor2()), "the side named after «انسحاب» withdrew");
        Proposal withdrew = first("Government forces took control of Mayadin on Friday after the SDF withdrew.");
        assertEquals("syrian_government", key(withdrew.actor1()));
        assertEquals("sdf", key(withdrew.actor2()), "the side named before \"withdrew\"");
        assertEquals("isis", key(first("The SDF recaptured the town of Khasham from ISIS on Thursday.").actor2()), "taken from it");
        assertEquals("isis", key(first("Syrian government troops captured the IS stronghold of Mayadin on Saturday, SANA said.").actor2()),
                "whose stronghold it was");
        assertEquals("iran_militias", key(first("استهدفت غارة جوية مجموعات تابعة للميليشيات الإيرانية في بلدة خشام أمس.").actor2()),
                "forces belonging to a side, named after the event's words, were struck");
        Proposal cell = first("أقدمت خلية تابعة لمرتزقة داعش أمس على خطف شاب في بلدة خشام.");
        assertEquals("isis", key(cell.actor1()), "a cell belonging to a side is that side");
        Proposal martyrs = first("ارتقى أربعة شهداء من عناصر الجيش العربي السوري إثر هجوم شنه إرهابيو تنظيم داعش على نقطة"
                + " عسكرية في بلدة خشام أمس.");
        assertEquals("isis", key(martyrs.actor1()));
        assertEquals("syrian_government", key(martyrs.actor2()), "the dead «من عناصر» the army were of it");
        Proposal forces = first("دخلت قوات تابعة لقسد مدينة الميادين اليوم بعد انسحاب الجيش السوري منها.");
        assertEquals("sdf", key(forces.actor1()), "forces belonging to a side are that side");
        assertEquals("syrian_government", key(forces.actor2()));
    }

    @Test
    void propertyLootedWithNoOwnerNamedWasCiviliansButNotWhatCiviliansLooted() {
        Proposal wheat = first("أقدمت مجموعة تابعة لميليشيا الدفاع الوطني أمس على نهب محصول القمح من أراضٍ زراعية في بلدة خشام.");
        assertEquals(SubEventType.LOOTING_PROPERTY_DESTRUCTION, wheat.type());
        assertEquals("civilians", key(wheat.actor2()));
        Proposal residents = first("Residents stormed a former headquarters of the SDF in Khasham on Monday and looted furniture.");
        assertNotEquals("civilians", key(residents.actor2()), "civilians who looted did not loot from themselves");
    }

    @Test
    void aSideNamedInAClauseOfATollTellsTheEventNotWhomItCounts() {
        Proposal risen = first("ارتفعت حصيلة قتلى قوات الأسد في الهجوم الذي نفذته خلايا تنظيم داعش على حافلة قرب بلدة الشحيل"
                + " مساء أمس، إلى ١١ عنصراً.");
        assertEquals("isis", key(risen.actor1()));
        assertEquals("syrian_government", key(risen.actor2()));
    }

    @Test
    void aBackerNamedAfterWhatItLentIsNoSideOfTheEvent() {
        Proposal raid = first("Two civilians were killed on Thursday when the US-backed SDF militia, supported by helicopters of the"
                + " US occupation forces, stormed the village of Dhiban.");
        assertEquals("sdf", key(raid.actor1()), "the helicopters backed the side that stormed the village");
    }

    @Test
    void whoseSourceToldTheEventIsNoSideOfIt() {
        Proposal told = first("وقال مصدر عسكري في قوات النظام إن الهجوم بدأ بتفجير سيارة مفخخة يقودها انتحاري عند حاجز في بلدة"
                + " الشحيل أمس.");
        assertEquals("isis", key(told.actor1()), "the source's side told of the bombing, it did not bomb: a suicide bomber"
                + " no side is named for is ISIS's");
    }

    @Test
    void theSideAnExerciseNamesHoldsIt() {
        Proposal drill = first("جرت تدريبات عسكرية في قاعدة حقل العمر، أكبر قواعد التحالف، حيث استخدمت قوات التحالف فيها أسلحة حديثة.");
        assertEquals(SubEventType.OTHER, drill.type());
        assertEquals("coalition", key(drill.actor1()), "whose base and forces, named with no word of acting");
        assertNull(drill.actor2());
    }

    @Test
    void fireFromWhereASideHoldsWasThatSides() {
        Proposal rockets = first("استهدفت صواريخ القاعدة الأمريكية في حقل العمر مصدرها مناطق سيطرة الميليشيات الإيرانية.");
        assertEquals("iran_militias", key(rockets.actor1()));
        assertEquals("us_forces", key(rockets.actor2()));
        Proposal english = first("Rockets fired from areas controlled by Iran-backed militias hit the US base at the Omar oil field.");
        assertEquals("iran_militias", key(english.actor1()));
        assertEquals("iran_militias", key(first("Rockets fired from areas held by Iran-backed militias hit the US base at the"
                + " Omar oil field.").actor1()));
        Proposal town = first("US aircraft struck Hajin, a town held by ISIS, on Monday.");
        assertEquals("us_forces", key(town.actor1()));
        assertEquals("isis", key(town.actor2()), "who holds the town struck was struck");
        Proposal held = first("سقطت قذائف على حي الجورة الخاضع لسيطرة قوات النظام.");
        assertNull(held.actor1(), "the side holding the area struck did not fire");
    }

    @Test
    void bothSidesOfAClashFought() {
        Proposal clash = first("SDF and regime forces clash near Khasham on Monday; 3 dead.");
        assertEquals(java.util.Set.of("syrian_government", "sdf"), java.util.Set.of(key(clash.actor1()), key(clash.actor2())),
                "the second side, named before the clash's word");
        Proposal held = first("Tribal fighters clashed with gunmen in the SDF-held town of Khasham on Monday.");
        assertNotEquals("sdf", key(held.actor2()), "the side holding the town did not fight");
    }

    @Test
    void theSideAVerbOfRepellingOpensWithWasAttacked() {
        Proposal repelled = first("تصدت وحدات من الجيش العربي السوري لهجوم شنه إرهابيو داعش على نقاط عسكرية في مدينة الميادين أمس.");
        assertEquals("isis", key(repelled.actor1()));
        assertEquals("syrian_government", key(repelled.actor2()));
        Proposal after = first("قسد تصد هجوماً لداعش في بلدة ذيبان.");
        assertEquals("isis", key(after.actor1()), "the event's words between the verb and a side: whose attack it was");
    }

    @Test
    void aMemberNamedBeforeTheEventDidIt() {
        Proposal shot = first("أقدم عنصر من خلايا التنظيم على إطلاق النار على عنصر من قسد في بلدة ذيبان، ما أدى إلى جرحه.");
        assertEquals("isis", key(shot.actor1()));
        assertEquals("sdf", key(shot.actor2()));
        Proposal english = first("An ISIS member opened fire on an SDF patrol in Dhiban on Monday.");
        assertEquals("isis", key(english.actor1()));
        assertEquals("sdf", key(english.actor2()));

        Proposal counted = first("قتل وأصيب 12 عنصراً من قسد أمس خلال اشتباكات مع مقاتلي العشائر في بلدة ذيبان.");
        assertEquals("tribal_forces", key(counted.actor1()), "members after a figure are people hurt");
        assertEquals("sdf", key(counted.actor2()));
        Proposal shotBy = first("قتل شاب برصاص عنصر من قوات النظام في مدينة الميادين أمس.");
        assertEquals("syrian_government", key(shotBy.actor1()), "a member after a word of whose fire it was");
        assertEquals("civilians", key(shotBy.actor2()));
        Proposal passive = first("An SDF member was abducted by unknown gunmen in Dhiban on Monday.");
        assertEquals("sdf", key(passive.actor2()), "a member told in the passive was acted on");
        assertNull(passive.actor1());
        Proposal killed = first("قتل عنصر من قسد بانفجار عبوة ناسفة في بلدة ذيبان.");
        assertEquals("sdf", key(killed.actor2()), "a member a toll counts was acted on");
        Proposal members = first("Iranian-backed militia members shot dead a young man at a checkpoint in Albu Kamal.");
        assertEquals("iran_militias", key(members.actor1()), "members named before the event did it");
        assertEquals("civilians", key(members.actor2()));
    }

    @Test
    void noSidesNameIsAPlacesName() {
        // «حي العمال», the Workers' quarter of Deir ez-Zor, is «العمال» too: workers named so would hide the quarter.
        SeedData data = SeedData.fromClasspath();
        Set<String> placeNames = new HashSet<>();
        for (Place p : data.places()) {
            names(p.nameEn(), p.nameAr(), p.variantsEn(), p.variantsAr()).forEach(placeNames::add);
        }
        for (Actor a : data.actors()) {
            names(a.nameEn(), a.nameAr(), a.variantsEn(), a.variantsAr())
                    .forEach(name -> assertFalse(placeNames.contains(name), a.key() + ": " + name));
        }
    }

    /** Names and spellings in both scripts, normalised and in lower case, as the matchers compare them. */
    private static Stream<String> names(String english, String arabic, List<String> variantsEn, List<String> variantsAr) {
        return Stream.concat(Stream.of(english, arabic), Stream.concat(variantsEn.stream(), variantsAr.stream()))
                .filter(Objects::nonNull)
                .map(name -> ArabicNormalizer.normalize(name.strip()).text().toLowerCase(Locale.ROOT));
    }

    @Test
    void peopleToldByTheirWorkOrStandingAreCivilians() {
        Proposal driver = first("قتل سائق يعمل على نقل المحروقات برصاص مسلحين مجهولين في بلدة ذيبان مساء الأحد.");
        assertNull(driver.actor1(), "unknown gunmen are no side of Furat's");
        assertEquals("civilians", key(driver.actor2()));
        assertEquals("civilians", key(first("خطف مسلحون مجهولون عاملاً في بلدة ذيبان يوم السبت.").actor2()));
        assertEquals("civilians", key(first("قتل مسلحون مجهولون الوجيه العشائري سليمان الدهام أمام منزله في بلدة ذيبان.").actor2()));
        assertEquals("civilians", key(first("Gunmen shot dead a prominent tribal elder in Dhiban on Sunday.").actor2()));
        Proposal detained = first("SDF fighters detained a 24-year-old man at a checkpoint in Dhiban on Monday.");
        assertEquals("sdf", key(detained.actor1()));
        assertEquals("civilians", key(detained.actor2()));
        assertEquals("civilians", key(first("Asayish forces arrested five teachers in Dhiban on Wednesday.").actor2()));
        assertEquals("sdf", key(first("The driver of an SDF military vehicle was killed by a roadside bomb in Dhiban on Monday.").actor2()),
                "a side's driver is its own");
        assertEquals("sdf", key(first("قتل عنصران عاملان في صفوف قسد بانفجار عبوة ناسفة في بلدة ذيبان.").actor2()),
                "«عاملان في صفوف» serve in a side's ranks");
    }

    @Test
    void theCheckpointWhoseBulletsTheyWereFiredAndTheSideAfterAnExecutionVerbExecuted() {
        Proposal checkpoint = first("قتل مدني برصاص عناصر حاجز تابع لقسد في بلدة ذيبان.");
        assertEquals("sdf", key(checkpoint.actor1()));
        assertEquals("civilians", key(checkpoint.actor2()));
        assertEquals("sdf", key(first("قتل مدني برصاص حاجز لقسد في بلدة ذيبان.").actor1()));
        Proposal executed = first("أعدم تنظيم داعش شاباً في بلدة ذيبان.");
        assertEquals("isis", key(executed.actor1()));
        assertEquals("civilians", key(executed.actor2()));
    }

    @Test
    void theSideHoldingTheAreaStruckWasStruck() {
        Proposal shelled = first("ردت قوات النظام بقصف مناطق سيطرة التنظيم في حي الحميدية، ما أدى لإصابة 5 مدنيين.");
        assertEquals("syrian_government", key(shelled.actor1()));
        assertEquals("isis", key(shelled.actor2()), "the areas struck are the side's, whoever else was hurt");
        Proposal targeted = first("وردت قوات النظام باستهداف مناطق سيطرة التنظيم في حي العمال بالمدفعية الثقيلة، ما أدى لمقتل شاب.");
        assertEquals("isis", key(targeted.actor2()));
        Proposal english = first("Government forces shelled ISIS-held areas of Deir ez-Zor on Tuesday, killing a child.");
        assertEquals("isis", key(english.actor2()));
        assertEquals("isis", key(first("Government forces shelled the ISIS-held areas of Deir ez-Zor on Tuesday, killing a child.").actor2()));

        Proposal where = first("قتل مدنيان بانفجار عبوة ناسفة في بلدة ذيبان الخاضعة لسيطرة قسد.");
        assertEquals("civilians", key(where.actor2()), "a holder named only as where it happened was not struck");
    }

    @Test
    void aStrikeOnABaseStrikesTheSideWhoseBaseItIs() {
        Proposal rockets = first("Rockets were fired on Monday at Mission Support Site Conoco, causing no casualties.");
        assertEquals("us_forces", key(rockets.actor2()), "the US base at the Conoco gas plant");
        Proposal theirs = first("US forces fired rockets from the Conoco base on Monday.");
        assertNotEquals("us_forces", theirs.actor2() == null ? null : key(theirs.actor2()), "a side does not strike itself");

        SeedData data = SeedData.fromClasspath();
        Extractor withoutThem = new Extractor(data.places(), data.groups(),
                data.actors().stream().filter(a -> !a.key().equals("us_forces")).toList());
        Proposal merged = withoutThem.extract("Rockets were fired on Monday at Mission Support Site Conoco.",
                LocalDate.of(2024, 11, 14), TimePrecision.DAY).proposals().get(0);
        assertNull(merged.actor2(), "a side the actor list no longer has holds no base");
    }

    @Test
    void whoHadDoneItBeforeActed() {
        Proposal before = first("وسبق لتنظيم داعش أن فجر سيارة مفخخة في بلدة الشحيل أمس، ما أدى لمقتل شخصين.");
        assertEquals("isis", key(before.actor1()), "«سبق لـ» names who had done it, not whose it was");
    }

    @Test
    void theSidePursuedIsActedOn() {
        Proposal campaign = first("أطلقت إدارة الأمن العام حملة أمنية في حي الجورة بهدف ملاحقة فلول النظام السابق.");
        assertEquals("syrian_transitional_government", key(campaign.actor1()), "General Security acted, not the regime's remnants");
        assertEquals("syrian_government", key(campaign.actor2()));
    }

    @Test
    void aNameThatEndsWithWhatWasStruckIsActedOn() {
        Proposal bases = first("Rockets targeted US bases in the Omar oil field on Friday.");
        assertNull(bases.actor1(), "nobody named fired them");
        assertEquals("us_forces", key(bases.actor2()), "«US bases» is one name of the actor list: whose bases");

        Proposal dotted = first("Rockets targeted U.S. bases in the Omar oil field on Friday.");
        assertEquals("us_forces", key(dotted.actor2()), "a name whose first word is a letter: «U.S.» cut at its stops");
        assertEquals("us_forces", key(first("U.S. forces shelled Khasham on Tuesday.").actor1()));
        assertEquals("us_forces", key(first("U.S. Central Command forces raided a house in Khasham on Tuesday.").actor1()),
                "the list writes «US Central Command»: the stops of «U.S.» make no other name");

        Proposal arabic = first("سقطت قذائف صاروخية على القاعدة الأمريكية في حقل العمر النفطي اليوم.");
        assertEquals("us_forces", key(arabic.actor2()), "«القاعدة الأمريكية»: the base struck");
        assertNull(arabic.actor1());

        Proposal members = first("Twenty ISIS members were arrested by the SDF in Shuhayl on Monday.");
        assertEquals("sdf", key(members.actor1()));
        assertEquals("isis", key(members.actor2()));
    }

    @Test
    void whoseAircraftStruckDidItAndWhoBackedTheSideIsNeitherSide() {
        Proposal raids = first("دارت اشتباكات بين تنظيم داعش وقوات قسد في بلدة الشحيل، تزامناً مع غارات من طيران التحالف استهدفت مواقع التنظيم.");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, raids.type());
        assertEquals("coalition", key(raids.actor1()), "«طيران التحالف»: the coalition's aircraft");
        assertEquals("isis", key(raids.actor2()), "«مواقع التنظيم»: whose positions");

        Proposal english = first("Israeli warplanes struck a depot of Iranian militias in Albu Kamal on Monday.");
        assertEquals("israel", key(english.actor1()));

        Proposal backed = first("داهمت قوات قسد مدعومة بطيران التحالف الدولي قرية الكسار واعتقلت عدداً من الأشخاص.");
        assertEquals("sdf", key(backed.actor1()), "«مدعومة بطيران التحالف»: who backed the raid did not make it");
        assertEquals("civilians", key(backed.actor2()), "the people arrested, not the coalition");
        Proposal launched = first("شنت دوريات تابعة لقوات النظام حملة دهم في مدينة الميادين يوم أمس، اعتقلت خلالها ثمانية شبان.");
        assertEquals("syrian_government", key(launched.actor1()), "the patrols that launched the raid made it");
        Proposal ledAway = first("اعتقلت دورية لفرع الأمن العسكري يوم الخميس 11 شاباً في بلدة الجلاء، واقتادتهم إلى جهة مجهولة.");
        assertEquals("syrian_government", key(ledAway.actor1()), "the Military Security patrol that arrested them");
        assertEquals(SubEventType.ARRESTS, ledAway.type(), "led away by an authority: arrested");
        assertEquals("syrian_transitional_government", key(first("عثرت دورية تابعة للأمن العام أمس على مخبأ أسلحة وذخائر في حي العرضي"
                + " بمدينة دير الزور.").actor1()), "the patrol that found the weapons");
        Proposal building = first("وشهدت المدينة ليل الاثنين عمليات نهب طالت مبنى فرع الأمن العسكري في دير الزور.");
        assertNull(building.actor1(), "a building named after whose it is did no looting");
        assertEquals("sdf", key(first("تتواصل المعارك بين قوات سوريا الديمقراطية المدعمة بطائرات التحالف الدولي وعناصر تنظيم"
                + " الدولة الإسلامية في محيط بلدة هجين.").actor1()), "«المدعمة»: backed, as some write it");

        Proposal usBacked = first("US-backed SDF fighters raided the village of al-Kasar and arrested five ISIS members on Monday.");
        assertEquals("sdf", key(usBacked.actor1()), "the side backed acts");
        Proposal backedBy = first("SDF fighters backed by the coalition raided Shuhayl and arrested five men on Monday.");
        assertEquals("sdf", key(backedBy.actor1()));
    }

    @Test
    void theSideASentenceCitesIsNoSideOfTheEvent() {
        Proposal cited = first("A drone attack targeted U.S. forces at the Conoco gas field on Tuesday, according to the Syrian"
                + " Democratic Forces.");
        assertEquals("us_forces", key(cited.actor2()));
        assertNull(cited.actor1(), "who told of it did not do it");
        Proposal media = first("Government forces captured the village of Jafra near Deir ez-Zor on Saturday, a military media"
                + " unit run by Lebanon's Hezbollah said.");
        assertEquals("syrian_government", key(media.actor1()), "the side whose media told it did not do it");
        Proposal arabic = first("انفجرت عبوة ناسفة بسيارة مدنية في بلدة الشحيل أمس، بحسب قسد.");
        assertNull(arabic.actor1());
        assertEquals("us_forces", key(first("شنت طائرات حربية أميركية ليل أمس غارات على مواقع في مدينة البوكمال.").actor1()),
                "American warplanes, as Arabic names them");
        assertEquals("civilians", key(first("Gunmen kidnapped an oil trader from his home in Dhiban on Thursday.").actor2()),
                "a trader is a civilian");
    }

    @Test
    void aSideBlamedIsNoSideOfTheEventAndNeitherIsWhoBlamesIt() {
        Proposal blaming = first("Gunmen killed two SDF fighters at a checkpoint near Dhiban on Monday, the SDF said, blaming"
                + " remnants of the Islamic State group.");
        assertNull(blaming.actor1(), "a blame is no identification");
        assertEquals("sdf", key(blaming.actor2()));
        Proposal blamer = first("The SDF blamed ISIS for the bombing in Dhiban on Monday that killed three civilians.");
        assertNull(blamer.actor1(), "neither who blames nor who is blamed did it");
        assertNull(first("The SDF on Monday blamed ISIS for the bombing in Dhiban that killed three civilians.").actor1(),
                "who blames a few words on");
        assertEquals("civilians", key(blamer.actor2()));
    }

    @Test
    void aSideNamedAgainByTheHeadOfItsNameIsThatSide() {
        List<Proposal> told = extractor.extract("Islamic State militants attacked SDF positions near Hajin on Wednesday."
                + " The militants also shelled Dhiban on Thursday.", LocalDate.of(2024, 11, 14), TimePrecision.DAY).proposals();
        assertEquals("isis", key(told.get(told.size() - 1).actor1()), "the militants are the Islamic State's");
        List<Proposal> ofAnother = extractor.extract("Islamic State militants attacked SDF positions near Hajin on Wednesday."
                + " The militants of a local clan shelled Dhiban on Thursday.", LocalDate.of(2024, 11, 14), TimePrecision.DAY).proposals();
        assertNull(ofAnother.get(ofAnother.size() - 1).actor1(), "a head noun before \"of\" is another's");
        List<Proposal> after = extractor.extract("A convoy of Liwa Fatemiyoun militia entered Albu Kamal on Tuesday. On Monday,"
                + " members of the militia arrested three young men in the village of Hamdan.", LocalDate.of(2024, 11, 14),
                TimePrecision.DAY).proposals();
        assertEquals("iran_militias", key(after.get(after.size() - 1).actor1()), "the noun right after the name: " + after);
        List<Proposal> oneWord = extractor.extract("ISIS fighters attacked SDF positions near Hajin on Wednesday. The fighters"
                + " also shelled Dhiban on Thursday.", LocalDate.of(2024, 11, 14), TimePrecision.DAY).proposals();
        assertEquals("isis", key(oneWord.get(oneWord.size() - 1).actor1()), "after a name of one word: " + oneWord);
        List<Proposal> state = extractor.extract("Islamic State militants attacked SDF positions near Hajin on Wednesday."
                + " The state news agency said gunmen killed two shepherds in Dhiban on Thursday.", LocalDate.of(2024, 11, 14),
                TimePrecision.DAY).proposals();
        assertNull(state.get(state.size() - 1).actor1(), "only a noun of armed men or arms names a side again");
        List<Proposal> same = extractor.extract("قصفت قوات النظام بلدة هجين أمس.\nوقصفت القوات ذاتها بلدة ذيبان اليوم.",
                LocalDate.of(2024, 11, 14), TimePrecision.DAY).proposals();
        assertEquals("syrian_government", key(same.get(same.size() - 1).actor1()), "the same forces: " + same);
        List<Proposal> other = extractor.extract("قصفت قوات النظام بلدة هجين أمس.\nوقصفت القوات بلدة ذيبان اليوم.",
                LocalDate.of(2024, 11, 14), TimePrecision.DAY).proposals();
        assertNull(other.get(other.size() - 1).actor1(), "«القوات» alone may be anyone's");
    }

    @Test
    void theSideWhoseOfficerABombKilledWasActedOn() {
        Proposal bomb = first("An explosive device planted in a car killed a lieutenant colonel of the regime's Military Security"
                + " branch in Khasham on Sunday.");
        assertNull(bomb.actor1());
        assertEquals("syrian_government", key(bomb.actor2()));
    }

    @Test
    void membersCarriedWereActedOn() {
        Proposal bus = first("A bus carrying members of the SDF hit a landmine near Khasham on Monday, killing five members.");
        assertNull(bus.actor1(), "nobody named laid the mine");
        assertEquals("sdf", key(bus.actor2()));
        assertEquals("sdf", key(first("انفجرت عبوة ناسفة بحافلة تقل عناصر من قسد قرب بلدة خشام.").actor2()));
        Proposal ranOver = first("A bus carrying members of the SDF ran over a landmine near Khasham on Monday, killing five.");
        assertNull(ranOver.actor1(), "members carried did not lay the mine");
        assertEquals("sdf", key(ranOver.actor2()));
        assertEquals("coalition", key(first("The coalition struck ISIS positions near Hajin on Monday.").actor1()),
                "striking is not running into a mine");
    }

    @Test
    void theArmyAloneIsTheArmyLastNamed() {
        String first = "قتل ثلاثة عناصر من الجيش السوري أمس في بلدة هجين.\n";
        List<Proposal> again = extractor.extract(first + "وقصفت قوات الجيش بلدة ذيبان اليوم.", LocalDate.of(2024, 11, 14),
                TimePrecision.DAY).proposals();
        assertEquals("syrian_government", key(again.get(again.size() - 1).actor1()), again.toString());
        List<Proposal> foreign = extractor.extract("قتل ثلاثة عناصر من الجيش الروسي أمس في بلدة هجين.\nوقصفت قوات الجيش بلدة ذيبان"
                + " اليوم.", LocalDate.of(2024, 11, 14), TimePrecision.DAY).proposals();
        assertNull(foreign.get(foreign.size() - 1).actor1(), "Syrian news names no foreign army by «الجيش» alone: " + foreign);
        List<Proposal> qualified = extractor.extract(first + "وقصفت قوات الجيش الوطني بلدة ذيبان اليوم.", LocalDate.of(2024, 11, 14),
                TimePrecision.DAY).proposals();
        assertNull(qualified.get(qualified.size() - 1).actor1(), "the National Army is another army: " + qualified);
        List<Proposal> unnamed = extractor.extract("وقصفت قوات الجيش بلدة ذيبان اليوم.", LocalDate.of(2024, 11, 14),
                TimePrecision.DAY).proposals();
        assertNull(unnamed.get(0).actor1(), "no army named before");
    }

    @Test
    void aClashBetweenTwoSidesPostsWasFoughtByBoth() {
        Proposal clash = first("وقع تبادل لإطلاق النار أمس بين نقاط قوات النظام في حي الحويقة ومواقع قسد في قرية الحسينية.");
        assertEquals(SubEventType.ARMED_CLASH, clash.type());
        assertEquals("syrian_government", key(clash.actor1()));
        assertEquals("sdf", key(clash.actor2()));
    }

    @Test
    void aSideRightBeforeTheEventsVerbDidIt() {
        Proposal shelled = first("US forces shelled positions near Hajin on Tuesday.");
        assertEquals("us_forces", key(shelled.actor1()), "the verb is no word of what kind of thing the side owns");
        assertNull(shelled.actor2());
        assertEquals("sdf", key(first("Russian warplanes struck SDF military points near Hajin on Tuesday.").actor2()));
    }

    @Test
    void thePeopleOfACivilBodyASideRunsAreCivilians() {
        Proposal council = first("Unidentified gunmen shot and killed a member of the SDF-affiliated civil council in Hajin on Monday.");
        assertEquals("civilians", key(council.actor2()), "an official is a civilian, whoever runs the council");
        assertEquals("civilians", key(first("أقدم مسلحون مجهولون مساء أمس على اغتيال الرئيس المشترك للمجلس المحلي في بلدة هجين.")
                .actor2()));
        assertEquals("sdf", key(first("Unidentified gunmen shot and killed an SDF-affiliated fighter in Hajin on Monday.").actor2()),
                "a fighter tied to a side is that side's");
        assertNotEquals("sdf", key(first("In Hajin on Monday, gunmen shot dead a member of the SDF-run council").actor2()),
                "the body's noun may end the text");
    }

    @Test
    void moreNamesOfTheSides() {
        assertEquals("syrian_government", key(first("قصفت قوات نظام الأسد بلدة ذيبان اليوم.").actor1()));
        assertEquals("syrian_government", key(first("قصفت قوات حكومة دمشق مواقع لقسد في بلدة ذيبان اليوم.").actor1()));
        assertEquals("sdf", key(first("ISIS militants attacked U.S.-backed fighters near Hajin on Wednesday.").actor2()));
        assertEquals("iran_militias", key(first("Hezbollah fighters clashed with ISIS in the desert of al-Mayadin on Tuesday.").actor1()));
        assertEquals("iran_militias", key(first("استهدفت طائرة مسيرة مجهولة سيارة تقل عناصر من \"حزب الله\" اللبناني في بادية"
                + " البوكمال.").actor2()));
        assertEquals("iran_militias", key(first("قتل مسلحون مجهولون قيادياً في ميليشيا \"لواء الباقر\" في مدينة الميادين.").actor2()));
    }

    @Test
    void thePeopleCountedAreTheSidesPastAPossessor() {
        Proposal possessed = first("Gunmen killed two members of Syria's SDF at a checkpoint near Dhiban on Monday.");
        assertEquals("sdf", key(possessed.actor2()));
        assertNull(possessed.actor1());
        assertEquals("sdf", key(first("Gunmen killed two members of the group’s SDF unit near Dhiban on Monday.").actor2()));
    }

    @Test
    void theCoalitionsStrikesAndTheFamiliesTheyHit() {
        Proposal strikes = first("On Thursday, coalition strikes on the village of Hajin killed seven civilians, including two children.");
        assertEquals("coalition", key(strikes.actor1()));
        Proposal family = first("An air strike by the U.S.-led coalition on Thursday hit a house in Hajin, killing seven members of one family.");
        assertEquals("coalition", key(family.actor1()));
        assertEquals("civilians", key(family.actor2()), "members of one family");
    }

    @Test
    void militiasAndTribesAsReportsNameThem() {
        assertEquals("iran_militias", key(first("Suspected Iran-backed militants fired multiple rockets on Monday at the U.S. base at the"
                + " Conoco field.").actor1()));
        assertEquals("tribal_forces", key(first("On Monday, fighters from the Uqaydat tribe attacked SDF checkpoints in Dhiban.").actor1()));
        assertEquals("sdf", key(first("On Monday, fighters from the Uqaydat tribe attacked SDF checkpoints in Dhiban.").actor2()));
    }

    @Test
    void whatASideUsesWasItsWhenStruck() {
        Proposal depot = first("Unidentified aircraft struck a weapons depot used by Iranian-backed militias near Albu Kamal on Monday.");
        assertEquals("iran_militias", key(depot.actor2()));
        assertNull(depot.actor1(), "the aircraft are unidentified");
        Proposal groups = first("Precision strikes were conducted on Monday against facilities in Albu Kamal used by groups tied to"
                + " Iran's Revolutionary Guard.");
        assertNull(groups.actor1(), "used by, a few words before the side: " + groups);
        assertEquals("iran_militias", key(groups.actor2()));
        Proposal vehicle = first("An explosive device went off on a military vehicle belonging to the SDF near Busayrah on Monday.");
        assertNull(vehicle.actor1(), "a thing belonging to a side was struck: " + vehicle);
        assertEquals("sdf", key(vehicle.actor2()));
        assertEquals("isis", key(first("Fighters belonging to ISIS attacked an SDF checkpoint in Busayrah on Monday.").actor1()),
                "fighters belonging to a side are that side");
        assertEquals("sdf", key(first("A civilian was shot dead by the SDF in Dhiban on Monday.").actor1()), "done by");
        assertEquals("sdf", key(first("Two civilians were shot dead by SDF members in Dhiban on Monday.").actor1()),
                "done by, whatever noun the name ends with");
    }

    @Test
    void aWeaponASideOperatesStrikesForIt() {
        Proposal drone = first("A drone operated by the SDF struck a car in Hajin on Monday, killing two ISIS members.");
        assertEquals("sdf", key(drone.actor1()), "the side's drone struck: " + drone);
        assertEquals("isis", key(drone.actor2()), "the dead were the other side's: " + drone);
        Proposal after = first("Two ISIS members were killed in Hajin on Monday by a drone operated by the SDF.");
        assertEquals("sdf", key(after.actor1()), "named after the event's words, still the side that struck: " + after);
        Proposal struck = first("A US drone struck a tank operated by Iranian-backed militias near Albu Kamal on Monday.");
        assertEquals("iran_militias", key(struck.actor2()), "a weapon named as what was struck was the side's, struck: " + struck);
    }

    @Test
    void namesOfOtherArmiesAndOrdinaryWordsAreNoSides() {
        assertEquals("us_forces", key(first("قصفت وحدات الجيش الأمريكي مواقع للميليشيات في مدينة البوكمال أمس.").actor1()));
        assertEquals("isis", key(first("Remnants of ISIS attacked an SDF checkpoint in Dhiban on Monday.").actor1()),
                "remnants of a side that act are that side");
        Proposal sameSide = first("The SDF arrested three men accused of attacking SDF positions in Dhiban on Monday.");
        assertEquals("sdf", key(sameSide.actor1()));
        assertNotEquals("sdf", key(sameSide.actor2()), "no side arrests itself");
    }

    @Test
    void whoLeftARemnantBehindSetNothingOff() {
        assertNull(first("قُتل طفلان شقيقان ظهر اليوم جراء انفجار لغم أرضي من مخلفات تنظيم داعش في أحد البساتين على أطراف بلدة"
                + " خشام.").actor1());
        assertEquals("russia", key(first("استشهد 14 مدنياً جراء غارات جوية روسية استهدفت الأحياء السكنية وسط مدينة الميادين صباح"
                + " اليوم.").actor1()), "Russian air strikes, with «جوية» between");
    }

    @Test
    void thePeopleArrestedAreOfTheSideTheyAreSuspectedOf() {
        Proposal english = first("The SDF launched a security sweep in Dhiban on Tuesday, arresting 12 people suspected of links to"
                + " Islamic State cells.");
        assertEquals("sdf", key(english.actor1()));
        assertEquals("isis", key(english.actor2()));
        Proposal arabic = first("اعتقلت قسد شخصين في بلدة ذيبان أمس بتهمة تمويل خلايا تنظيم داعش.");
        assertEquals("isis", key(arabic.actor2()));
        assertEquals("civilians", key(first("أعدم تنظيم داعش رجلاً في بلدة ذيبان أمس بتهمة التخابر مع التحالف الدولي.").actor2()),
                "one accused of spying for a side is none of its members");
        assertEquals("israel", key(first("Suspected Israeli warplanes struck a depot in Albu Kamal on Tuesday.").actor1()));
    }

    @Test
    void protestersAreNoSideOfTheListAndAPeacefulProtestActsOnNobody() {
        Proposal against = first("خرجت مظاهرات واسعة في بلدة الشحيل أمس احتجاجا على ممارسات قسد.");
        assertEquals(SubEventType.PEACEFUL_PROTEST, against.type());
        assertNull(against.actor1(), "a protest against the SDF is not by it");
        assertNull(against.actor2());
    }

    @Test
    void anAbbreviationIsFoundOnlyInCapitals() {
        Proposal verb = first("The base is located near the Omar oil field, and rockets struck it on Monday.");
        assertNull(verb.actor1(), "«is», a verb, is not the Islamic State («IS»)");
        assertEquals("us_forces", key(verb.actor2()), "the side struck is the base's, not the Islamic State");
        assertEquals("isis", key(first("IS fighters attacked a checkpoint in Shuhayl on Monday.").actor1()));
    }

    @Test
    void theLamWrittenApartBeforeAQuotedNameReadsAsTheLamAttached() {
        Proposal post = first("استهدف مسلحون مجهولون صباح اليوم مستودعاً لـ\"قسد\" في بلدة الشحيل.");
        assertEquals("sdf", key(post.actor2()), "«مستودعاً لـ\"قسد\"»: the SDF's depot");
        assertNull(post.actor1(), "the SDF did not attack its own post");

        Proposal shelling = first("قصف مدفعي لـ\"قوات النظام\" على بلدة خشام.");
        assertEquals("syrian_government", key(shelling.actor1()), "after the verbal noun, who did it");
    }

    @Test
    void anAgentPhraseOrTheVerbalNounsLamNamesWhoActed() {
        Proposal byLam = first("قصف مدفعي لقوات النظام على بلدة خشام.");
        assertEquals("syrian_government", key(byLam.actor1()));

        Proposal byHands = first("اغتيال عنصر من قسد على يد داعش في بلدة الشحيل.");
        assertEquals("isis", key(byHands.actor1()));
        assertEquals("sdf", key(byHands.actor2()));
    }

    @Test
    void whoHoldsTheAreaNeverActsAndIsStruckByWhatFallsOnIt() {
        Proposal p = first("قصفت طائرات حربية أحياء مدينة دير الزور الخاضعة لسيطرة داعش.");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, p.type(), "aircraft that shell make an air strike");
        assertNull(p.actor1());
        assertEquals("isis", key(p.actor2()), "the bombs fell on the area ISIS holds");

        Proposal english = first("Three civilians were killed by ISIS rocket fire on the SDF-held town of Khasham.");
        assertEquals("isis", key(english.actor1()), "ISIS rocket fire: ISIS did it");
        assertEquals("civilians", key(english.actor2()), "the side struck is named, so the holder is not taken");

        Proposal clash = first("اشتباكات بين مسلحين في بلدة ذيبان الخاضعة لسيطرة قسد.");
        assertNull(clash.actor1(), "who holds the town did not fight");
        assertNull(clash.actor2(), "a clash is no strike on an area");
    }

    @Test
    void aNameRestatedInBracketsIsOneMention() {
        Proposal p = first("عثر أهالي بلدة ذيبان الواقعة تحت سيطرة \"قوات سوريا الديمقراطية\" (قسد) على جثة شاب مقتول بطلقات نارية.");
        assertNull(p.actor1(), "the SDF holds the town; «(قسد)» only restates its name");
    }

    @Test
    void aClauseEndsTheLookBackForCues() {
        Proposal p = first("وقال أحد السكان لموقع محلي، إن التنظيم استهدف بقذائف الهاون حي الجورة.");
        assertEquals("isis", key(p.actor1()), "«لموقع محلي،» (told a local site) says nothing of ISIS");
    }

    @Test
    void aPrepositionBeforeTheLamNamesWhoseNotWho() {
        Proposal p = first("ألقت قوى الأمن القبض على قيادي لتنظيم الدولة في بلدة الشعفة.");
        assertEquals("isis", key(p.actor2()), "a leader of ISIS was arrested");
        assertNull(p.actor1());
    }

    @Test
    void withoutCuesTheFirstSideActsAndCiviliansAreActedOn() {
        Proposal p = first("قصفت القوات الأمريكية بلدة خشام ما أدى إلى مقتل مدنيين.");
        assertEquals("us_forces", key(p.actor1()));
        assertEquals("civilians", key(p.actor2()));
    }

    @Test
    void whosePeopleATollCountsWereActedOn() {
        Proposal p = first("أسفر قصف لقوات النظام على بلدة خشام عن مقتل 3 عناصر من قسد.");
        assertEquals("syrian_government", key(p.actor1()));
        assertEquals("sdf", key(p.actor2()));
        Proposal english = first("The shelling of Khasham killed two members of the SDF on Tuesday.");
        assertEquals("sdf", key(english.actor2()));
        assertNull(english.actor1());
        Proposal one = first("مقتل أحد عناصر قسد بهجوم في بلدة خشام.");
        assertEquals("sdf", key(one.actor2()), "the toll and the side's name share the word «عناصر»");
        assertNull(one.actor1());
    }

    @Test
    void peopleKilledOrTakenAreCiviliansUnlessSaidOtherwise() {
        assertEquals("civilians", key(first("اختطف مسلحون مجهولون شابين من بلدة الشحيل.").actor2()));
        assertEquals("civilians", key(first("قتل طفلاً بانفجار لغم في بلدة خشام.").actor2()), "a noun in the accusative");
        assertEquals("civilians", key(first("قضى موظفان في المجلس المحلي بهجوم في بلدة خشام.").actor2()), "employees");
        assertEquals("civilians", key(first("قضى طفلان بانفجار لغم في بلدة خشام.").actor2()), "a dual");
    }

    @Test
    void theObjectOfAnEnglishVerbAndANounInTheAccusativeAreActedOn() {
        Proposal english = first("Police arrested two ISIS members in Shuhayl on Tuesday.");
        assertEquals("isis", key(english.actor2()));
        assertNull(english.actor1());
        Proposal accusative = first("هاجم مقاتلو العشائر مقراً لقسد في بلدة ذيبان.");
        assertEquals("tribal_forces", key(accusative.actor1()));
        assertEquals("sdf", key(accusative.actor2()), "«مقراً لقسد»: the SDF's post");
    }

    @Test
    void unknownAttackersLeaveNoNamedSideTheAttacker() {
        Proposal p = first("قال مصدر عسكري من قسد إن مسلحين مجهولين هاجموا نقطة تابعة لـ\"قسد\" في بلدة الشعفة.");
        assertNull(p.actor1(), "the SDF source did not attack: who did is unknown");
        assertEquals("sdf", key(p.actor2()));

        Proposal taken = first("داهمت قسد منازل في قرية العزبة واختطفت عدداً من الشبان واقتادتهم إلى جهة مجهولة.");
        assertEquals("sdf", key(taken.actor1()), "an unknown destination says nothing of who acted");
    }

    @Test
    void englishSoldiersAndFightersAreWhoseTheyAre() {
        Proposal p = first("Two US Army soldiers were killed by a car bomb in Shuhayl on Tuesday.");
        assertNull(p.actor1());
        assertEquals("us_forces", key(p.actor2()));
    }

    @Test
    void theSideDrivenOutIsActedOn() {
        Proposal arabic = first("طردت قوات محلية تنظيم داعش من بلدة هجين.");
        assertNull(arabic.actor1(), "local forces are no side of the list");
        assertEquals("isis", key(arabic.actor2()));
        Proposal english = first("Local fighters seized Hajin on Monday and expelled ISIS from the town.");
        assertNull(english.actor1());
        assertEquals("isis", key(english.actor2()));
    }

    @Test
    void theSideThatRepelledOrFellIntoTheEventIsActedOn() {
        Proposal repelled = first("On Sunday, the SDF said its fighters had repelled an assault by ISIS in Shuhayl.");
        assertEquals("isis", key(repelled.actor1()), "the assault was by ISIS");
        assertEquals("sdf", key(repelled.actor2()));

        Proposal foiled = first("وقالت قسد إن مقاتليها تمكنوا من إحباط هجوم في بلدة الشحيل.");
        assertNull(foiled.actor1());
        assertEquals("sdf", key(foiled.actor2()));

        Proposal fellInto = first("وقعت دورية لقوات النظام في كمين قرب بلدة الشحيل.");
        assertEquals("syrian_government", key(fellInto.actor2()));
        Proposal laid = first("نصب تنظيم داعش كميناً لدورية قسد قرب بلدة الشحيل.");
        assertEquals("isis", key(laid.actor1()), "who laid the ambush did it");
        assertEquals("sdf", key(laid.actor2()));

        Proposal ambushed = first("An SDF convoy was ambushed near Shuhayl on Tuesday.");
        assertEquals("sdf", key(ambushed.actor2()));
        assertNull(ambushed.actor1());
        Proposal ambushing = first("ISIS ambushed a convoy near Shuhayl on Tuesday.");
        assertEquals("isis", key(ambushing.actor1()));
    }

    @Test
    void aSideNamedAgainWithoutACueKeepsTheRoleItWasGiven() {
        Proposal p = first("Security forces arrested another ISIS member in Shuhayl, who had smuggled weapons to ISIS cells.");
        assertEquals("isis", key(p.actor2()));
        assertNull(p.actor1(), "ISIS, named again, is still the side arrested");
        Proposal first = first("قصفت مدفعية قوات النظام بلدة الشحيل، بسبب القصف المدفعي والصاروخي لقوات النظام على الأبنية.");
        assertEquals("syrian_government", key(first.actor1()), "a first mention with no cue keeps acting");
    }

    @Test
    void iransMilitiasGoByTheirOwnNamesAndTheSingular() {
        Proposal english = first("Five fighters of an Iranian-backed militia died in a drone strike in Shuhayl.");
        assertEquals("iran_militias", key(english.actor2()));
        Proposal arabic = first("أصابت الغارة مقرات ميليشيا زينبيون في بلدة الشحيل.");
        assertEquals("iran_militias", key(arabic.actor2()));
    }

    @Test
    void aStrikeNamedForWhoFlewItNamesTheSideThatStruck() {
        Proposal arabic = first("مقتل قيادي في الحرس الثوري بغارة إسرائيلية على بلدة الشحيل.");
        assertEquals("israel", key(arabic.actor1()));
        assertEquals("iran_militias", key(arabic.actor2()));
        assertEquals("israel", key(first("Israeli jets struck weapons depots in Shuhayl on Monday.").actor1()));
        assertEquals("russia", key(first("شنت مقاتلات روسية غارات على بلدة الشحيل.").actor1()));
    }

    @Test
    void aSideRightAfterTheVerbOfTargetingDidItAndOneFurtherOnWasStruck() {
        Proposal verb = first("استهدف التنظيم بقذائف الهاون أطراف بلدة الشحيل.");
        assertEquals("isis", key(verb.actor1()), "the verb told first, its subject after it");
        assertNull(verb.actor2());
        Proposal object = first("استهدفت طائرة مسيرة مواقع قسد في بلدة الشحيل.");
        assertEquals("sdf", key(object.actor2()));
    }

    @Test
    void bySaysWhoDidOnlyWhatTheWordBeforeItSays() {
        Proposal taken = first("Government forces backed by allied gunmen captured the village of Khasham on Sunday, days after"
                + " breaking a siege by the Islamic State group.");
        assertEquals("syrian_government", key(taken.actor1()), "who laid the siege did not take the village");
        assertEquals("isis", key(first("Two civilians were shot dead by ISIS gunmen in Khasham on Sunday.").actor1()));
        assertEquals("isis", key(first("Two civilians were shot dead on Sunday by ISIS gunmen in Khasham.").actor1()), "a day between");
    }

    @Test
    void theSideThatClaimedAnAttackByUnknownGunmenActed() {
        String attack = "أطلق مسلحون مجهولون النار على عنصر من قسد في بلدة خشام، ما أدى لمقتله.";
        Proposal claimed = first(attack + " وتبنى تنظيم الدولة الإسلامية عملية الاغتيال عبر وسائل إعلام مقربة منه.");
        assertEquals("isis", key(claimed.actor1()));
        assertEquals("sdf", key(claimed.actor2()));
        assertEquals(true, claimed.evidence().text().endsWith("مقربة منه."), "the claim is part of the evidence");
        Proposal unclaimed = first(attack + " ولم تعلن أي جهة مسؤوليتها عن الهجوم، فيما تتجه أصابع الاتهام إلى تنظيم داعش.");
        assertNull(unclaimed.actor1(), "a claim denied names nobody");
        assertNull(first(attack + " وكان قد تلقى تهديدات من خلايا تنظيم داعش، دون أن يتبنى التنظيم العملية.").actor1(),
                "threatened by ISIS, without ISIS claiming it");
        assertNull(first("Gunmen shot dead an SDF fighter in Khasham on Monday, without any group claiming responsibility.").actor1());
        assertEquals("isis", key(first("أطلق مسلحون النار على عنصر من قسد في بلدة خشام. وقالت مصادر إن الاغتيال تم دون مقاومة"
                + " وتبنى تنظيم داعش العملية لاحقاً.").actor1()), "without resistance, not without a claim");
        assertNull(first("Gunmen shot dead a pharmacist in Khasham on Monday. Nobody has claimed the killing, but residents say"
                + " he had received threats signed by ISIS.").actor1(), "nobody claimed it");
        assertNull(first("Unidentified aircraft struck a convoy near Albu Kamal on Monday. Neither Israel nor the United States has"
                + " claimed responsibility.").actor1(), "neither of them claimed it");
        assertEquals("isis", key(first("Gunmen shot dead an SDF fighter in Khasham on Monday. The SDF did not comment, though ISIS later"
                + " claimed the attack.").actor1()), "a denial of another clause");
        Proposal english = first("Gunmen shot dead an SDF fighter in Khasham on Monday. ISIS claimed responsibility for the attack.");
        assertEquals("isis", key(english.actor1()));
        List<Proposal> claimedLater = extractor.extract("A car bomb exploded near an SDF position in Khasham on Monday."
                + " ISIS claimed responsibility for the attack on Tuesday in a statement.", LocalDate.of(2024, 11, 14),
                TimePrecision.DAY).proposals();
        assertEquals(1, claimedLater.size(), "the day of a claim is no second event: " + claimedLater);
        assertEquals("isis", key(claimedLater.get(0).actor1()));
    }

    @Test
    void aSideNamedInsideTheEventsWordsOrOwningWhatOpenedFireDidIt() {
        Proposal patrol = first("فتحت دورية لقسد النار على سيارة مدنية في بلدة ذيبان.");
        assertEquals("sdf", key(patrol.actor1()));
        assertEquals("civilians", key(patrol.actor2()));
        assertEquals("sdf", key(first("An SDF patrol opened fire on a civilian car in Dhiban.").actor1()));
        Proposal headline = first("SDF Fighter Abducted in Deir Ezzor");
        assertEquals("sdf", key(headline.actor2()), "a headline's passive: " + headline);
        assertEquals("sdf", key(first("Gunmen set fire to an SDF car in Dhiban.").actor2()),
                "English puts the object inside the event's words");
    }

    @Test
    void aMukhtarIsACivilianCentcomInArabicIsTheUsForcesAndAVigilDispersedMetTheForceThatDispersedIt() {
        assertEquals("civilians", key(first("اغتيل مختار بلدة الكسرة برصاص مجهولين.").actor2()));
        assertEquals("us_forces", key(first("أعلنت القيادة المركزية الأمريكية مقتل قيادي في داعش بغارة قرب البوكمال.").actor1()));
        Proposal vigil = first("فرقت قوات النظام وقفة احتجاجية لأهالي مدينة الميادين بإطلاق النار في الهواء.");
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, vigil.type());
        assertEquals("syrian_government", key(vigil.actor2()));
    }

    @Test
    void aFormerMemberOfASideIsACivilian() {
        assertEquals("civilians", key(first("Unknown gunmen shot dead a former ISIS member in Khasham.").actor2()));
        Proposal arabic = first("قتل عنصر سابق في قسد بهجوم لمسلحين مجهولين في بلدة الشحيل.");
        assertEquals("civilians", key(arabic.actor2()));
        assertNull(arabic.actor1(), "the side he left did nothing");
        assertEquals("syrian_government", key(first("The SDF arrested remnants of the former regime in Dhiban.").actor2()),
                "the former regime is the fallen regime itself");
        assertEquals("sdf", key(first("قصفت قوات النظام القرى التي سيطرت عليها سابقاً قسد في ريف خشام.").actor2()),
                "«سابقاً» is also previously");
    }

    @Test
    void whosePeopleATollToldAfterTheEventCountsWasActedOn() {
        Proposal bomb = first("A car bomb exploded near a military position in Khasham on Monday."
                + " The blast killed five SDF members and wounded seven others, a security source said.");
        assertEquals("sdf", key(bomb.actor2()));
        Proposal arabic = first("انفجرت سيارة مفخخة قرب موقع عسكري في بلدة خشام أمس. وأكدت المصادر مقتل ثلاثة عناصر من قسد.");
        assertEquals("sdf", key(arabic.actor2()));
    }

    @Test
    void theSubjectOfAnEnglishPassiveHadTheEventDoneToIt() {
        Proposal rockets = first("US troops were attacked with rockets at the Conoco base on Monday.");
        assertNull(rockets.actor1());
        assertEquals("us_forces", key(rockets.actor2()), "a stronger word names the event: the passive still tells who was hit");
        Proposal housed = first("A base in Syria housing US troops was targeted in a rocket attack on Monday.");
        assertNull(housed.actor1());
        assertEquals("us_forces", key(housed.actor2()), "whom the place struck housed");
        assertEquals("isis", key(first("ISIS militants were believed to be behind the attack on a checkpoint in Busayrah.").actor1()),
                "a passive of another verb than the event's");
        Proposal attacking = first("SDF fighters were attacking ISIS positions near Hajin on Monday.");
        assertEquals("sdf", key(attacking.actor1()), "a progressive is no passive");
        assertEquals("isis", key(first("SDF fighters who were wounded in earlier fighting shelled ISIS positions near Hajin on Monday.")
                .actor2()), "a relative clause's passive is not the event's");
        Proposal agent = first("SDF positions were shelled by regime forces in Dhiban.");
        assertEquals("syrian_government", key(agent.actor1()));
        assertEquals("sdf", key(agent.actor2()));
    }

    @Test
    void aSideThatToldOfAnAttackOnItsOwnBaseWasStruck() {
        Proposal base = first("The US military said there were no casualties or damage in the attack, which targeted Mission Support"
                + " Site Conoco, a US base located on the Conoco gas fields in Deir Ezzor province.");
        assertNull(base.actor1(), "the teller did not attack its own base");
        assertEquals("us_forces", key(base.actor2()));
        assertEquals("us_forces", key(first("The US military said on Monday it retaliated with airstrikes in Albu Kamal after drones"
                + " attacked a US base.").actor1()), "a teller that tells of itself acted");
        Proposal own = first("The SDF said its fighters attacked an ISIS hideout in Busayrah.");
        assertEquals("sdf", key(own.actor1()), "what it said of its own fighters it did");
        assertEquals("isis", key(own.actor2()));
    }

    @Test
    void aSideCitedByItsStatementIsNoSide() {
        Proposal cited = first("Gunmen killed two civilians in Hajin on Monday, according to a statement from the SDF's media center.");
        assertNull(cited.actor1());
        assertEquals("civilians", key(cited.actor2()));
    }

    @Test
    void governmentHeldAreasAreTheGovernmentsOfTheirDay() {
        String text = "Shells fired from government-held areas west of the Euphrates struck homes in al-Shuhayl, injuring three civilians.";
        Proposal before = extractor.extract(text, LocalDate.of(2023, 9, 3), TimePrecision.DAY).proposals().get(0);
        assertEquals("syrian_government", key(before.actor1()));
        assertEquals("civilians", key(before.actor2()));
        Proposal after = extractor.extract(text, LocalDate.of(2025, 3, 3), TimePrecision.DAY).proposals().get(0);
        assertEquals("syrian_transitional_government", key(after.actor1()));
        Proposal iraqi = first("An air strike killed two people in Albu Kamal, the Iraqi government said.");
        assertNull(iraqi.actor1(), "«government» alone may be any country's");
    }
}
