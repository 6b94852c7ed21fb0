package org.furat.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.furat.model.Casualties;
import org.furat.model.DateSpan;
import org.furat.model.SubEventType;
import org.furat.model.TimePrecision;
import org.furat.store.SeedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Proposals: where fire came from, and sentences that only tell more of the event before them. */
class ExtractorTest {

    private static Extractor extractor;

    @BeforeAll
    static void build() {
        SeedData data = SeedData.fromClasspath();
        extractor = new Extractor(data.places(), data.groups(), data.actors());
    }

    private static List<Proposal> proposals(String text) {
        return extractor.extract(text, LocalDate.of(2024, 11, 14), TimePrecision.DAY).proposals();
    }

    /** Asserts the sub-event type of each text's first proposal. */
    private static void assertFirstTypes(Map<String, SubEventType> told) {
        told.forEach((text, type) -> assertEquals(type, proposals(text).get(0).type(), text));
    }

    /** The key of the side that acted in {@code p}, or null. */
    private static String sideThatActed(Proposal p) {
        return p.actor1() == null ? null : p.actor1().actorKey();
    }

    private static List<String> keys(List<PlaceMention> places) {
        return places.stream().map(p -> p.chosen() != null ? p.chosen() : p.groupKey()).toList();
    }

    /** A date read inside a text's last word after its «و» («وأمس») starts after every word's start: no word index past the end. */
    @Test
    void aDateInsideTheLastWordIsReadWithoutRunningPastTheLastWord() {
        List<Proposal> found = proposals("A shell hit the base in Khasham, a correspondent said. وأمس");
        assertEquals(1, found.size());
        assertEquals(List.of("khasham"), keys(found.get(0).places()));
        assertEquals(1, proposals("The Observatory said on Wednesday that gunmen وأمس").size(), "no break between: read to the end");
    }

    @Test
    void aBaseNamedAfterFromItsBaseIsTheOrigin() {
        Proposal p = proposals("أطلقت القوات الأمريكية من قاعدتها في معمل “كونيكو” للغاز صباح اليوم قذائف نحو القرى السبع.").get(0);
        assertEquals(List.of("conoco_base", "seven_villages"), keys(p.places()));
        assertEquals(List.of("conoco_base"), keys(p.origins()));
    }

    @Test
    void aSentenceThatOnlySaysWhereTheFireCameFromJoinsTheProposalBeforeIt() {
        String first = "سقطت عدة قذائف على بلدة خشام صباح اليوم دون أن تسفر عن إصابات.";
        String text = first + " وأفاد مراسلنا أن القصف مصدره مواقع في مدينة دير الزور.";
        List<Proposal> found = proposals(text);
        assertEquals(1, found.size(), found::toString);
        Proposal p = found.get(0);
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, p.type());
        assertEquals(text, p.evidence().text(), "the evidence covers both sentences");
        assertEquals(List.of("khasham", "deir_ez_zor"), keys(p.places()));
        assertEquals(List.of("deir_ez_zor"), keys(p.origins()));
    }

    @Test
    void placesListedWithAnOriginAreOriginsToo() {
        Proposal p = proposals("عبر مقاتلو العشائر نهر الفرات فجر يوم الأربعاء انطلاقاً من الميادين والعشارة، ودارت اشتباكات عنيفة مع قسد"
                + " في بلدة ذيبان.").get(0);
        assertEquals(List.of("mayadin", "asharah"), keys(p.origins()));
        Proposal comma = proposals("قصفت قوات النظام انطلاقاً من الميادين، بلدة ذيبان أمس.").get(0);
        assertEquals(List.of("mayadin"), keys(comma.origins()), "a comma ends where fire came from");
        assertEquals(List.of("dhiban"), keys(p.places().stream().filter(m -> !p.origins().contains(m)).toList()));
    }

    @Test
    void whereTheForcesThatFiredAreStationedIsTheOrigin() {
        Proposal arabic = proposals("قصفت القوات الحكومية المتمركزة في مدينة الميادين بلدة ذيبان بقذائف الهاون.").get(0);
        assertEquals(List.of("mayadin"), keys(arabic.origins()));
        Proposal english = proposals("Government forces stationed in Mayadin shelled Dhiban with mortars.").get(0);
        assertEquals(List.of("mayadin"), keys(english.origins()));
    }

    @Test
    void theWordsThatSayAVillageFollowsDoNotPutTheOriginOutOfReach() {
        Proposal p = proposals("Government forces shelled the village of Dhiban on Monday, wounding a woman. The shells were fired"
                + " from government positions in the village of Mayadin, the source said.").get(0);
        assertEquals(List.of("mayadin"), keys(p.origins()));
        Proposal held = proposals("Two civilians were injured on Thursday when mortar shells fired from the government-held city of"
                + " Mayadin landed on houses in Dhiban.").get(0);
        assertEquals(List.of("mayadin"), keys(held.origins()), "a hyphenated word is one word");
    }

    @Test
    void aSentenceThatOnlyAttributesTheEventJoinsItToo() {
        List<Proposal> found = proposals("US forces shelled Khasham on Tuesday. Our correspondent said the shelling lasted an hour.");
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).evidence().text().endsWith("an hour."));
    }

    @Test
    void theEndsOfALongRoadOnlySayWhereAPlaceOnItLies() {
        Proposal raid = proposals("Security forces arrested eight men on Monday in a raid on Khasham, a town on the highway"
                + " between Deir ez-Zor city and al-Mayadin.").get(0);
        assertEquals(List.of("khasham"), keys(raid.places()), "the cities 45 km apart are no place of the raid");
        Proposal defused = proposals("Security forces defused a bomb on Monday on the road between Deir ez-Zor city and al-Mayadin,"
                + " near the town of Khasham.").get(0);
        assertEquals(List.of("khasham"), keys(defused.places()), "the town near the road says where on it");
        Proposal shot = proposals("Gunmen shot dead a teacher from Khasham on Monday on the road between Hatla and Marrat.").get(0);
        assertTrue(keys(shot.places()).containsAll(List.of("hatla", "marrat")), "neighbours' road is where both are: " + keys(shot.places()));
    }

    @Test
    void aStrikeReportsListOfTargetsIsAnAirStrikeOnThem() {
        Proposal p = proposals("Near Khasham, four strikes engaged three ISIS tactical units and destroyed two fighting positions,"
                + " an improvised explosive device facility and a mortar system.").get(0);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, p.type(), "the things destroyed are no events; fighting positions no fighting");
        assertEquals("isis", p.actor2().actorKey(), "the units the strikes engaged were struck");
        assertEquals(SubEventType.ARMED_CLASH, proposals("Heavy fighting broke out in Khasham on Monday.").get(0).type());
    }

    @Test
    void anOldShellIsAWarRemnantAndABombTakenApartIsDisrupted() {
        assertEquals(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, proposals("Three people were killed on Monday when an old artillery"
                + " shell exploded inside a scrap yard in Khasham.").get(0).type());
        assertEquals(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, proposals("أصيب طفلان بانفجار جسم غريب في بلدة خشام أمس.")
                .get(0).type());
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, proposals("On Tuesday, SDF engineering teams took apart a bomb hidden"
                + " under a culvert in Khasham.").get(0).type());
    }

    @Test
    void aCrowdBeatingAManAccusedOfAKidnappingIsMobViolence() {
        Proposal mob = proposals("وفي الميادين، أقدم حشد من الأهالي مساء أمس على ضرب رجل متهم بمحاولة خطف طفلة، ما أدى إلى وفاته.").get(0);
        assertEquals(SubEventType.MOB_VIOLENCE, mob.type(), "what he was accused of is no event of the sentence");
        assertEquals(SubEventType.MOB_VIOLENCE, proposals("A man was lynched in Khasham on Tuesday.").get(0).type());
        assertEquals(SubEventType.MOB_VIOLENCE, proposals("أقدم عشرات الأشخاص اليوم على ضرب شاب متهم بالسرقة حتى الموت في سوق"
                + " الميادين").get(0).type(), "event words before the charge are the sentence's");
        assertTrue(proposals("قتل ثلاثة رعاة على يد الحشد الشعبي العراقي قرب مدينة البوكمال أمس.").stream()
                .noneMatch(p -> p.type() == SubEventType.MOB_VIOLENCE), "Iraq's Popular Mobilisation is no crowd");
        assertEquals(List.of(SubEventType.SHELLING_ARTILLERY_MISSILE), proposals("اتهمت قسد القوات التركية بقصف بلدة خشام صباح"
                + " اليوم.").stream().map(Proposal::type).toList(), "a side accusing another tells the event");
        List<Proposal> charges = proposals("اعتقلت قسد اليوم سبعة أشخاص في بلدة خشام. وأوضح البيان أن من بين المعتقلين مسؤولاً عن"
                + " جباية الزكاة، وآخر متورطاً في زرع العبوات الناسفة على الطرق.");
        assertEquals(List.of(SubEventType.ARRESTS), charges.stream().map(Proposal::type).toList(), "a charge alone tells no event");
        List<Proposal> part = proposals("اعتقلت قسد اليوم خمسة أشخاص في بلدة خشام. وأظهرت التحقيقات تورطهم في استهداف حاجز لقسد في"
                + " بلدة ذيبان خلال الشهر الجاري.");
        assertEquals(List.of(SubEventType.ARRESTS), part.stream().map(Proposal::type).toList(), "«تورطهم في», their part in");
        assertEquals(List.of(SubEventType.SHELLING_ARTILLERY_MISSILE), proposals("أكدت مصادر محلية تورط القوات التركية في قصف بلدة"
                + " خشام، أمس الخميس، ما أدى إلى مقتل مدني.").stream().map(Proposal::type).toList(), "a side accused by name tells it");
    }

    @Test
    void theMainEventToldAgainAtTheDistrictOfItsTownKeepsItsTown() {
        List<Proposal> found = proposals("ألقت قوى الأمن العام القبض على خلية في مدينة الميادين.\n"
                + "وأوضح مدير منطقة الميادين أن عملية أمنية نفذت مساء أمس أسفرت عن القبض على خمسة أشخاص.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("mayadin"), keys(found.get(0).places()));
        assertEquals(LocalDate.of(2024, 11, 13), found.get(0).dates().start(), "the day the district's telling gives");
    }

    @Test
    void theVillageSpokenOfAgainIsTheVillageOfTheEventNotTheHospitalsTown() {
        List<Proposal> found = proposals("Three people were killed on Tuesday in an armed clash between two families in the village of"
                + " Khasham. The wounded were taken to the hospital in al-Mayadin. On Wednesday, General Security forces arrested nine"
                + " people in the village, the security directorate in Deir ez-Zor province said.");
        Proposal arrests = found.stream().filter(p -> p.type() == SubEventType.ARRESTS).findFirst().orElseThrow(() -> new AssertionError(found));
        assertEquals(List.of("khasham"), keys(arrests.places()), "the village, not the province the directorate is named for");
        Proposal towns = proposals("Clashes broke out in Khasham on Tuesday. Later, a drone struck a car in the towns of the eastern"
                + " Deir ez-Zor countryside.").get(1);
        assertEquals(List.of("eastern_countryside"), keys(towns.places()), "\"the towns\" is no village named before");
        assertEquals(SubEventType.ARRESTS, proposals("Security forces deployed in Khasham after the fighting and arrested nine people"
                + " overnight.").get(0).type(), "a verb after \"and\" is the sentence's own, not more of what came before");
    }

    @Test
    void stateMediasWordsForGroundRetakenAndStrikes() {
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, proposals("أعادت وحدات من الجيش العربي السوري بالتعاون مع القوات"
                + " الرديفة الأمن والاستقرار إلى بلدة خشام اليوم.").get(0).type());
        assertEquals(SubEventType.ARRESTS, proposals("نفذت قوى الأمن حملة أمنية في بلدة خشام اليوم بهدف إعادة الأمن والاستقرار"
                + " إلى المنطقة.").get(0).type(), "security restored as an aim is no ground retaken");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, proposals("ارتفع عدد قتلى الضربات الأميركية على مدينة الميادين إلى 29.")
                .get(0).type());
    }

    @Test
    void aTruceAgreedIsAnAgreement() {
        assertEquals(SubEventType.AGREEMENT, proposals("Tribal elders met with the families on Saturday in Khasham and agreed on a"
                + " three-month truce.").get(0).type());
        assertEquals(SubEventType.AGREEMENT, proposals("توصل وجهاء العشيرتين أمس إلى اتفاق صلح في بلدة خشام.").get(0).type());
    }

    @Test
    void cropsBurnedAreDestroyedProperty() {
        assertEquals(SubEventType.LOOTING_PROPERTY_DESTRUCTION, proposals("Fires started by unknown people on Monday burned about"
                + " 350 dunams of wheat in Khasham.").get(0).type());
        assertEquals(SubEventType.LOOTING_PROPERTY_DESTRUCTION, proposals("أقدم مجهولون أمس على إحراق عشرات الدونمات من"
                + " محاصيل القمح في بلدة خشام.").get(0).type());
    }

    @Test
    void theRaidsAfterAnAirStrikeAreThatStrike() {
        List<Proposal> found = proposals("Russian jets hammered the village of Khasham overnight."
                + " Five civilians were killed in the raids, the monitor said.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, found.get(0).type());
        assertEquals(Casualties.exactly(5), found.get(0).killed());
        assertEquals(2, proposals("US aircraft struck ISIS positions near Khasham overnight. Five ISIS members were killed in the"
                + " raids carried out by the SDF.").size(), "raids carried out by another side are theirs");
        assertEquals(2, proposals("SDF fighters clashed with gunmen in Khasham on Tuesday."
                + " Five men were killed in the raids, the monitor said.").size(), "after a clash, the raids are no strike told again");
    }

    @Test
    void aReportedSentenceWithAnEventPlaceOrTollOfItsOwnIsAProposalOfItsOwn() {
        String first = "قصفت قوات النظام بلدة خشام صباح اليوم.";
        assertEquals(2, proposals(first + " وقال مصدر محلي إن طائرة مسيرة استهدفت سيارة في الميادين.").size(), "another kind of event");
        assertEquals(2, proposals(first + " وقال المرصد إن القوات الأمريكية قصفت أيضا قرية حطلة.").size(), "another place");
        assertEquals(2, proposals("قصفت قوات النظام بلدة خشام صباح اليوم ما أدى إلى مقتل طفل."
                + " وأفاد مراسلنا أن القصف أسفر عن مقتل مدنيين اثنين.").size(), "a second toll of a kind it has");
        assertEquals(2, proposals(first + " وأفاد مراسلنا أن القصف تجدد أمس.").size(), "another day");
    }

    @Test
    void anAttributedTollJoinsTheEventBeforeItWhenThatHasNoFigureOfItsKind() {
        String text = "قصفت القوات الأمريكية قرية خشام. وأفاد مراسلنا أن القصف أسفر عن مقتل مدنيين اثنين.";
        List<Proposal> found = proposals(text);
        assertEquals(1, found.size(), found::toString);
        assertEquals(text, found.get(0).evidence().text(), "the evidence covers both sentences");
        assertEquals(Casualties.exactly(2), found.get(0).killed());
        assertEquals(Casualties.UNKNOWN, found.get(0).injured());
    }

    @Test
    void aMonthAfterACasualtyWordIsNoKinNoun() {
        Extraction x = extractor.extract("توفي شاب أصيب آب الماضي بقصف على الميادين.", LocalDate.of(2024, 11, 14), TimePrecision.DAY);
        assertEquals(List.of("توفي شاب"), x.casualties().stream().map(c -> c.span().text()).toList(),
                "«آب الماضي» is last August, not a father wounded; the young man died");
        Proposal p = proposals("قصفت طائرة منزلا في الميادين ما أدى إلى مقتل أب وأطفاله.").get(0);
        assertEquals(new Casualties(null, 3, null), p.killed(), "«أب» with its hamza is a father");
    }

    @Test
    void aSentenceAfterOneWithoutAnEventIsNeverAFollowUp() {
        List<Proposal> found = proposals("وتأتي هذه التطورات في ظل التصعيد. وأفاد مراسلنا أن القصف مصدره مواقع في مدينة دير الزور.");
        assertEquals(1, found.size());
        assertEquals(List.of("deir_ez_zor"), keys(found.get(0).origins()));
    }

    @Test
    void aDatelineSaysWhereTheReportWasFiledNotWhereTheEventHappened() {
        List<Proposal> found = proposals("Deir ez-Zor, Nov 12 (Test Wire) - US forces shelled Khasham on Tuesday, killing two fighters.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("khasham"), keys(found.get(0).places()), "the dateline's city is no target");
        assertEquals(LocalDate.of(2024, 11, 12), found.get(0).dates().start(), "Tuesday before the 14th, not the filing date");

        Proposal unlocated = proposals("Deir ez-Zor, Nov 12 (Test Wire) - A drone struck a car on Tuesday.").get(0);
        assertEquals(List.of(), unlocated.places());
        assertEquals("deir_ez_zor", unlocated.fallbackPlace().chosen(), "an unlocated event falls back on the dateline");
        Proposal offTheMap = proposals("Deir ez-Zor, Nov 12 (Test Wire) - Turkish forces shelled villages in the Hasakah"
                + " countryside on Tuesday.").get(0);
        assertNull(offTheMap.fallbackPlace(), "an event placed off the map is not where the report was filed");
        Proposal filedAbroad = proposals("AMMAN, Nov 14 (Reuters) - U.S. forces shot down two drones approaching their base at the Conoco"
                + " gas field in eastern Syria early on Wednesday, and hours later rockets fell near al-Mayadin.").get(0);
        assertEquals(LocalDate.of(2024, 11, 13), filedAbroad.dates().start(), "a dateline abroad dates nothing either");
        assertNull(filedAbroad.fallbackPlace(), "nor places anything");
        Proposal context = proposals("دير الزور - مراسلنا\nبالتزامن مع التصعيد العسكري في لبنان، استهدفت هجمات صاروخية قاعدة"
                + " عسكرية مساء أمس.").get(0);
        assertEquals("deir_ez_zor", context.fallbackPlace().chosen(), "a place off the map named as context places nothing");

        Proposal arabic = proposals("دير الزور - مراسلنا\nقصفت القوات الأمريكية قرية خشام.").get(0);
        assertEquals(List.of("khasham"), keys(arabic.places()));

        Proposal agency = proposals("Deir Ezzor, SANA- QSD militia kidnapped several civilians in Khasham on Monday.").get(0);
        assertEquals(List.of("khasham"), keys(agency.places()), "a dash right after the agency in capitals");
        Proposal attached = proposals("دير الزور-سانا\nاختطفت قسد عدداً من المدنيين في بلدة خشام.").get(0);
        assertEquals(List.of("khasham"), keys(attached.places()), "a dash right after the place");
    }

    @Test
    void aReportWithNoDateWordDatesItsEventOnOrBeforePublicationAtWeekPrecision() {
        for (String text : List.of("قصفت القوات الأمريكية قرية خشام بريف دير الزور.",
                "US forces shelled the village of Khasham in the Deir ez-Zor countryside.")) {
            Proposal p = proposals(text).get(0);
            assertEquals(new org.furat.model.DateSpan(LocalDate.of(2024, 11, 8), LocalDate.of(2024, 11, 14)), p.dates(), text);
            assertEquals(TimePrecision.WEEK, p.timePrecision(), "the publication day is a bound, not the event's day: " + text);
        }
    }

    @Test
    void aStrikeOnAPlaceAndABombingAreEvents() {
        Proposal strike = proposals("The strike on Khasham killed two and injured four.").get(0);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, strike.type());
        assertEquals(List.of("khasham"), keys(strike.places()));
        assertEquals(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
                proposals("The bombing in Khasham claimed the lives of 3 people.").get(0).type());
        assertEquals(List.of(), proposals("Workers at the Khasham bakery went on strike over pay."), "a strike of workers is none");
        Proposal killed = proposals("The strike killed at least four militiamen in Albu Kamal on Monday.").get(0);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, killed.type(), "a strike that killed");
        assertEquals(4, killed.killed().low());
        assertEquals(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
                proposals("قتل مدني وأصيب اثنان آخران بانفجار عبوة في بلدة خشام.").get(0).type(), "a civilian killed by a bomb");
    }

    @Test
    void twoEventsJoinedAfterACommaAreTwoProposals() {
        List<Proposal> arabic = proposals("قصفت قوات النظام بلدة خشام بقذائف الهاون، واعتقلت قسد شابين في بلدة ذيبان.");
        assertEquals(List.of(SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.ARRESTS),
                arabic.stream().map(Proposal::type).toList());
        assertEquals(List.of(List.of("khasham"), List.of("dhiban")), arabic.stream().map(p -> keys(p.places())).toList());
        List<Proposal> toll = proposals("قتل عنصر من قسد بانفجار لغم في بلدة الشحيل، وأصيب مدني برصاص مجهولين في بلدة البصيرة.");
        assertEquals(2, toll.size(), toll::toString);
        assertEquals(1, toll.get(0).killed().low());
        assertEquals(1, toll.get(1).injured().low(), "the toll's verb opens the second clause");
        assertEquals(2, proposals("Regime forces shelled Khasham with mortars, and the SDF arrested two young men in Dhiban.").size());
        List<Proposal> roundUp = proposals("وثق المرصد مقتل 3 أشخاص يوم أمس، وهم: مدني قتل برصاص مجهولين في بلدة ذيبان،"
                + " وعنصر من قسد قتل بهجوم لخلايا داعش في بلدة الشحيل، وطفل قتل بانفجار لغم في بلدة خشام.");
        assertEquals(List.of(List.of("dhiban"), List.of("shuhayl"), List.of("khasham")), roundUp.stream()
                .map(p -> keys(p.places())).toList(), "a round-up's list, one person after another: " + roundUp);
        assertEquals(Casualties.exactly(1), roundUp.get(2).killed());
        assertEquals(1, proposals("قصفت قوات النظام بلدة خشام ومراط بقذائف الهاون، وقصفت بلدة ذيبان.").size(),
                "a second telling of one kind of event stays one wave");
        assertEquals(1, proposals("اندلعت اشتباكات في بلدة ذيبان، وسط قصف مدفعي على بلدة خشام.").size(),
                "a word that starts like the conjunction opens no clause");
    }

    @Test
    void nobodyHurtInASentenceOfItsOwnAndATollRisenOnALaterDayCountTheEvent() {
        Proposal none = proposals("Rockets struck near Khasham on Thursday. No casualties were reported.").get(0);
        assertEquals(Casualties.exactly(0), none.killed());
        assertEquals(Casualties.exactly(0), none.injured());
        List<Proposal> risen = proposals("Gunmen opened fire on a family car near Khasham on Monday, killing a woman and"
                + " wounding three others. The death toll rose to two on Wednesday when a child died of his wounds.");
        assertEquals(1, risen.size(), risen::toString);
        assertEquals(Casualties.exactly(1), risen.get(0).killed(), "the first figure told as fact stays, as the coders code it");
        assertEquals(LocalDate.of(2024, 11, 11), risen.get(0).dates().start(), "the day the toll rose is not the event's");
        List<Proposal> headline = proposals("Rockets hit US base at Conoco field\n"
                + "No one was hurt, the US military says\nRockets were fired at a base housing US troops on Monday.");
        assertEquals(1, headline.size(), "a subheading's toll leaves the headline to its lead: " + headline);
        List<Proposal> rose = proposals("قصفت طائرات التحالف منزلاً في بلدة خشام ليلة أمس. وقال ناشطون إن الغارات أسفرت عن مقتل"
                + " 5 مدنيين في حصيلة أولية، قبل أن ترتفع صباح اليوم إلى 8 قتلى.");
        assertEquals(1, rose.size(), "the day the toll rose does not make the strikes another event: " + rose);
        assertEquals(List.of("khasham"), keys(rose.get(0).places()));
    }

    @Test
    void aSentenceOfThePeopleHurtPlacesAnEventToldOnlyInAreasAtAVillageInThem() {
        List<Proposal> found = proposals("Unknown gunmen shot dead a civilian in the eastern Deir ez-Zor countryside on Tuesday."
                + " The man was killed in front of his house in the village of Dhiban.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("dhiban"), keys(found.get(0).places()));
        List<Proposal> landmark = proposals("US forces carried out a strike in the eastern Deir ez-Zor countryside on Tuesday."
                + " The groups get their supplies through the Albu Kamal crossing.");
        assertTrue(keys(landmark.get(0).places()).stream().noneMatch("albu_kamal"::equals), "a landmark places nothing: " + landmark);
    }

    @Test
    void aHomeTownOrAHospitalsTownIsNoSecondEventPlace() {
        assertEquals(List.of("shuhayl"), keys(proposals("قُتل شاب ينحدر من بلدة خشام برصاص مسلحين مجهولين في بلدة الشحيل.")
                .get(0).places()));
        assertEquals(List.of("khasham"), keys(proposals("أصيب ثلاثة مدنيين بقصف مدفعي على بلدة خشام، ونقلوا إلى المشفى"
                + " الوطني في مدينة الميادين.").get(0).places()));
        assertEquals(List.of("khasham"), keys(proposals("Three civilians were wounded in shelling on Khasham and were taken"
                + " to a hospital in Mayadin.").get(0).places()));
        assertEquals(List.of("shuhayl"), keys(proposals("اعتقلت قسد ثلاثة شبان ينحدرون من بلدة الشحيل.").get(0).places()),
                "alone, the home town is the best place the sentence gives");
        assertEquals(List.of("khasham", "mayadin"), keys(proposals("استهدفت طائرة مسيرة سيارة إسعاف في بلدة خشام قرب مشفى"
                + " في مدينة الميادين.").get(0).places()), "an ambulance near a hospital took nobody there");
        assertEquals(List.of("busayrah"), keys(proposals("تجمع العشرات من أهالي قرى حويجة كاطع وخشام وطابية وحطلة أمام مبنى المجلس المحلي في"
                + " بلدة البصيرة مطالبين بالإفراج عن المعتقلين.").get(0).places()), "a list of home villages goes on as it began");
        assertEquals(List.of("mayadin_district"), keys(proposals("قُتل ثلاثة مدنيين يوم الخميس إثر انفجار لغم أرضي بسيارتهم في"
                + " بادية الميادين. والضحايا من أبناء بلدة صبيخان.").get(0).places()),
                "the victims' home town, told after, does not place the event inside its area");
        assertEquals(List.of("mayadin_district"), keys(proposals("قضى طفل وشقيقه يوم الجمعة جراء انفجار لغم أرضي في بادية الميادين."
                + " وينحدر الضحايا من بلدة محكان.").get(0).places()), "«وينحدر الضحايا من»: the subject between");
        assertEquals(List.of("busayrah", "shuhayl"), keys(proposals("أقدم مسلحون ملثمون مساء أمس على خطف معلم من أبناء بلدة خشام،"
                + " على الطريق الواصل بين البصيرة وبلدة الشحيل.").get(0).places()), "a home town places no road");
    }

    @Test
    void whereASideWentAfterwardsIsNoEventPlaceNorItsKind() {
        Proposal fled = proposals("Gunmen attacked an SDF checkpoint in Hajin on Monday, killing two fighters, before fleeing toward"
                + " Busayrah.").get(0);
        assertEquals(List.of("hajin"), keys(fled.places()), "where they fled to: " + fled);
        Proposal withdrew = proposals("هاجم مسلحون حاجزا لقسد في بلدة هجين يوم الاثنين، ما أدى لمقتل عنصرين، وسط انسحاب العناصر نحو"
                + " مقر القيادة في البصيرة.").get(0);
        assertEquals(List.of("hajin"), keys(withdrew.places()), "where the men withdrew to: " + withdrew);
        assertNotEquals(SubEventType.CHANGE_TO_GROUP_ACTIVITY, withdrew.type(), "the withdrawal ended the attack: " + withdrew);
        Proposal then = proposals("ISIS militants attacked an SDF post in Hajin on Monday and then withdrew.").get(0);
        assertEquals(SubEventType.ARMED_CLASH, then.type(), then::toString);
        assertEquals(SubEventType.CHANGE_TO_GROUP_ACTIVITY, proposals("انسحبت قوات النظام من بلدة هجين يوم الاثنين بعد هجوم لتنظيم"
                + " داعش.").get(0).type(), "a withdrawal told before the attack that caused it is the news");
    }

    @Test
    void theCountrysidesOfTwoPlacesAreBothCountrysides() {
        Proposal raids = proposals("اعتقلت قسد أمس عدداً من الشبان في حملة بريفي دير الزور والرقة.").get(0);
        assertEquals(List.of("deir_ez_zor_governorate"), keys(raids.places()), "«ريفي»: the countryside, not the city");
        assertTrue(raids.places().get(0).region());
        Proposal road = proposals("انفجرت عبوة ناسفة أمس على طريق ريفي يربط ذيبان بالطيانة.").get(0);
        assertTrue(road.places().stream().noneMatch(p -> p.unknownName() != null), "«ريفي», rural, names no unknown place: " + road);
    }

    @Test
    void wordsThatOnlyLookLikeEventWordsTellNone() {
        assertNotEquals(SubEventType.SUICIDE_BOMB, proposals("فجر اليوم نفسه، قصفت قوات النظام بلدة ذيبان.").get(0).type(),
                "«فجر» is also dawn");
        assertEquals(List.of(), proposals("Civil defence teams fought a blaze in the village of Dhiban on Monday."), "a fire fought");
        assertEquals(List.of(), proposals("قُتل رجل أمس في بلدة ذيبان في ظروف غامرة بالحزن.").stream()
                .filter(p -> p.type() == SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED).toList(), "«غامرة» is no «ألغام»");
        assertNotEquals(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED,
                proposals("اعتقلت قسد شابين في بلدة ذيبان أمس ونقلتهم إلى مقر عسكري.").get(0).type(), "taken to a headquarters");
    }

    @Test
    void theSameVillageIsTheVillageNamedBefore() {
        List<Proposal> found = proposals("A roadside bomb killed two SDF members in the village of Khasham on Monday."
                + " On Tuesday, SDF forces arrested five people in the same village in connection with the bombing.");
        assertEquals(List.of(List.of("khasham"), List.of("khasham")), found.stream().map(p -> keys(p.places())).toList());
    }

    @Test
    void aLeadOfTwoAttacksInAnAreaIsNotTheFirstAttackToldAfterIt() {
        List<Proposal> found = proposals("قتل موظفان وأصيب ثالث بريف دير الزور الشرقي في هجومين نفذهما مسلحون مجهولون."
                + " وقال أحد السكان إن مسلحين مجهولين استهدفوا بطلقات نارية موظفاً في بلدة ذيبان ما أدى لمقتله.");
        Proposal dhiban = found.stream().filter(p -> keys(p.places()).contains("dhiban")).findFirst().orElseThrow();
        assertEquals(Casualties.exactly(1), dhiban.killed(), "the lead's toll is of both attacks: " + found);
    }

    @Test
    void anEventASideDeniesIsNoProposalButADenialOfHarmOrResponsibilityLeavesIt() {
        assertEquals(List.of(), proposals("نفت قسد وقوع اشتباكات في بلدة ذيبان أمس."));
        assertEquals(List.of(), proposals("نفت قوات سوريا الديمقراطية الأنباء التي تحدثت عن اشتباكات مع مسلحين في بلدة ذيبان."));
        assertEquals(List.of(), proposals("The SDF denied reports that ISIS fighters had seized a checkpoint near Khasham."));
        assertEquals(1, proposals("نفى مصدر عسكري وقوع قتلى جراء القصف على بلدة خشام.").size(), "harm denied, not the shelling");
        assertEquals(1, proposals("نفى التنظيم مسؤوليته عن الهجوم على حاجز في بلدة ذيبان.").size(), "who did it denied, not the attack");
        assertEquals(1, proposals("In an effort to deny ISIS a safe haven, coalition forces raided a house in Khasham.").size(),
                "to deny a side something is no denial");
    }

    @Test
    void aKillingThatCausedTheEventToldIsNotItsToll() {
        Proposal arrests = proposals("The SDF arrested a number of people in Dhiban after the killing of one of its members.").get(0);
        assertEquals(SubEventType.ARRESTS, arrests.type());
        assertFalse(arrests.killed().known(), arrests::toString);
        Proposal protest = proposals("نظم أهالي بلدة ذيبان وقفة احتجاجية تنديداً بمقتل أحد أبناء البلدة برصاص مجهولين.").get(0);
        assertEquals(SubEventType.PEACEFUL_PROTEST, protest.type());
        assertFalse(protest.killed().known(), protest::toString);
        assertEquals(3, proposals("بعد مقتل 3 عناصر من قسد بهجوم، شنت قسد حملة اعتقالات في ذيبان.").get(0).killed().low(),
                "told before the event, the killing is the sentence's first event");
    }

    @Test
    void gunfireAWarRemnantAndASuicideDroneAreTheirEvents() {
        Proposal gunfire = proposals("A civilian was killed by gunfire in Khasham on Friday.").get(0);
        assertEquals(SubEventType.ATTACK, gunfire.type());
        assertEquals(1, gunfire.killed().low());
        assertEquals(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
                proposals("A child was killed when an unexploded shell went off in a house in Khasham.").get(0).type(),
                "an unexploded shell is a war remnant, not shelling");
        assertEquals(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
                proposals("قتل طفلان بانفجار قذيفة من مخلفات الحرب في بلدة خشام.").get(0).type());
        assertEquals(SubEventType.AIR_DRONE_STRIKE,
                proposals("استهدفت مسيرة انتحارية سيارة في بلدة خشام.").get(0).type(), "a drone, not a suicide bomber");
    }

    @Test
    void aSourceTellingHowTheShootingWentAndACountOfSuchAttacksAddNoEvent() {
        List<Proposal> found = proposals("قتل عنصران من قوات سوريا الديمقراطية بهجوم لمسلحين مجهولين في بلدة ذيبان.\n"
                + "وقال مصدر عسكري إن مسلحين يستقلون دراجة نارية أطلقوا النار على حاجز لقسد عند مدخل البلدة.\n"
                + "ويعد الهجوم الثالث من نوعه خلال الشهر الجاري.\n"
                + "والسبت الماضي، قتل مدني بهجوم مماثل في بلدة الشحيل.");
        assertEquals(List.of(List.of("dhiban"), List.of("shuhayl")), found.stream().map(p -> keys(p.places())).toList(),
                "the attack in Dhiban, told twice, and the one in Shuhayl");
        assertTrue(found.get(0).evidence().text().contains("مدخل البلدة"), "the source's words support the first");
        List<Proposal> english = proposals("Two SDF members were killed in an attack by unknown gunmen in the town of Diban. "
                + "A military source said that gunmen opened fire on an SDF checkpoint at the entrance of the town. "
                + "The attack is the third of its kind this month.");
        assertEquals(1, english.size(), english::toString);
    }

    @Test
    void whatCameBeforeTheEventIsItsCauseNotItsType() {
        Proposal arrests = proposals("اعتقلت قسد تسعة شبان في العزبة بعد احتجاجهم على سياساتها في المنطقة.").get(0);
        assertEquals(SubEventType.ARRESTS, arrests.type());
        assertEquals("sdf", arrests.actor1().actorKey());
        assertEquals(SubEventType.ATTACK, proposals("ساد التوتر بلدة ذيبان بعد اغتيال أحد وجهائها.").get(0).type(),
                "the only event words of a sentence tell its event, after «بعد» or not");
        assertEquals(SubEventType.ARMED_CLASH, proposals("On Monday tribal fighters attacked SDF positions in Dhiban in protest"
                + " against the dismissal of their commander and the events after his arrest.").get(0).type(),
                "why they attacked: a protest and an arrest before");
        assertEquals(SubEventType.PEACEFUL_PROTEST,
                proposals("Dozens of residents of Dhiban demonstrated on Monday in protest against the arrests.").get(0).type());
        assertEquals(SubEventType.ARRESTS, proposals("شنت قسد حملة اعتقالات في بلدة العزبة في أعقاب مظاهرات ضدها.").get(0).type());
        List<Proposal> protestThenArrests = proposals("خرجت مظاهرة في بلدة الشحيل أمس تطالب بالإفراج عن معتقلين."
                + " وبعد ساعات من المظاهرة، داهمت قسد منازل في البلدة واعتقلت خمسة من المشاركين فيها.");
        assertEquals(List.of(SubEventType.PEACEFUL_PROTEST, SubEventType.ARRESTS),
                protestThenArrests.stream().map(Proposal::type).toList(), "«وبعد ساعات من»: how long after the cause");
        assertEquals(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED, proposals("وبعد ساعات من الغارة، أنشأت الميليشيا نقطة عسكرية"
                + " جديدة قرب بلدة خشام.").get(0).type(), "the comma closes what it came after; the sentence's own event follows");
        assertEquals(SubEventType.ARRESTS, proposals("SDF forces raided Hajin on Monday, a day after clashes, shelling and arrests"
                + " in the town.").get(0).type(), "a list of what it came after goes on past its commas");
        assertEquals(1, proposals("قصفت القوات بلدة خشام يوم الثلاثاء الماضي واليوم.").size(), "a date inside the text's last word");
        assertEquals(SubEventType.ARMED_CLASH, proposals("After days of clashes in Dhiban, SDF forces withdrew from the town.")
                .get(0).type(), "days of clashes are the event, not what came after a cause");
    }

    @Test
    void theBaseAndAReturnOfFireArePlacedWhereTheEventBeforeWas() {
        List<Proposal> base = proposals("Rockets hit a US base at the Omar oil field on Friday. On Saturday, drones struck the base.");
        assertEquals(List.of(List.of("omar_oil_field"), List.of("omar_oil_field")), base.stream().map(p -> keys(p.places())).toList());
        List<Proposal> returned = proposals("هاجم مقاتلو العشائر نقطة لقسد في بلدة خشام. في المقابل، ردت قسد بقصف مدفعي أدى لمقتل طفل.");
        assertEquals(List.of("khasham"), keys(returned.get(returned.size() - 1).places()), "«في المقابل»: in return, there");
    }

    @Test
    void forcesFiringToDisperseProtestersIntervene() {
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION,
                proposals("SDF forces fired live bullets to disperse protesters in Khasham.").get(0).type());
    }

    @Test
    void aBombDefusedIsDisruptedWeaponsUseAndACheckpointStormedAClash() {
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, proposals("فككت قسد عبوة ناسفة في بلدة خشام.").get(0).type(),
                "the subject between the verb and the bomb");
        assertEquals(SubEventType.ARMED_CLASH, proposals("Militants stormed an SDF checkpoint in Khasham.").get(0).type());
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, proposals("الأسايش تفكك عبوة ناسفة في بلدة خشام").get(0).type(),
                "a headline's present tense");
        assertEquals(SubEventType.ARRESTS, proposals("قسد تفكك خلية لداعش متورطة بزرع عبوة ناسفة في بلدة خشام").get(0).type(),
                "a cell dismantled, not its bomb");
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, proposals("أزالت فرق الدفاع المدني، أمس الاثنين، قذيفتي هاون غير منفجرتين"
                + " في بلدة خشام.").get(0).type(), "shells removed, not fired");
    }

    @Test
    void anEventSaidToComeAmidOthersIsNoNewOne() {
        List<Proposal> found = proposals("هاجم مسلحون حاجزاً لقسد في بلدة البصيرة أمس. ويأتي الهجوم في ظل تصاعد نشاط خلايا التنظيم"
                + " في ريف دير الزور بانتظار تطبيق الاتفاق الموقع بين قسد والحكومة في آذار الماضي.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("busayrah"), keys(found.get(0).places()));
        assertEquals(2, proposals("قصفت قوات النظام بلدة خشام اليوم. ويأتي ذلك بعد قصف مماثل على بلدة ذيبان أمس أدى لمقتل طفل.")
                .size(), "what the news comes after is another event");
        assertEquals(1, proposals("An ISIS attack was the deadliest in Hajin this year, killing 12 SDF fighters on Monday.").size(),
                "a first telling that compares its event is no comment");
        List<Proposal> amid = proposals("عثر أهالي بلدة أبو حمام اليوم على جثة شاب مقتولاً بطلق ناري. ويأتي ذلك وسط تصاعد"
                + " الهجمات التي تستهدف التجار في ريف دير الزور، والتي تتهم خلايا التنظيم بالوقوف خلفها.");
        assertEquals(1, amid.size(), amid::toString);
        assertNull(amid.get(0).actor1(), "attacks in general, and whom they are blamed on, are not this killing's: " + amid);
        assertEquals(1, proposals("Gunmen shot dead a trader in Hajin on Monday amid a rise in attacks that target merchants.").size());
        List<Proposal> words = proposals("انفجرت عبوة ناسفة بسيارة لقسد في بلدة البصيرة أمس. ويأتي ذلك في ظل تصاعد لافت"
                + " لعمليات الاغتيال التي تطال وجهاء العشائر في ريف دير الزور.");
        assertEquals(List.of(List.of("busayrah")), words.stream().map(p -> keys(p.places())).toList(),
                "a word between the trend and its events: " + words);
        assertEquals(1, proposals("A roadside bomb hit an SDF vehicle in Hajin on Monday. This comes amid a marked rise in"
                + " assassinations of tribal figures in the eastern countryside of Deir ez-Zor.").size());
        assertEquals(List.of(SubEventType.ARMED_CLASH), proposals("The demonstration in Hajin comes amid clashes that erupted in"
                + " Dhiban on Monday between the SDF and tribal fighters, killing five.").stream().map(Proposal::type).toList(),
                "amid events told, with no word of a trend, is amid an event");
        assertEquals(List.of(SubEventType.ARRESTS), proposals("Security forces arrested three members of an ISIS cell that was"
                + " planning attacks in Khasham on Monday.").stream().map(Proposal::type).toList(), "attacks planned are none yet");
        assertEquals(List.of(SubEventType.ARRESTS), proposals("اعتقلت قسد أمس ثلاثة عناصر من خلية لداعش في بلدة الحوايج كانوا"
                + " يخططون لتنفيذ عمليات اغتيال بحق وجهاء المنطقة.").stream().map(Proposal::type).toList(), "words between the plan and its events");
        assertEquals(List.of(SubEventType.ARRESTS), proposals("The SDF arrested three ISIS members in Hawayij on Monday who were planning"
                + " to carry out assassinations of tribal elders.").stream().map(Proposal::type).toList());
        assertEquals(List.of(SubEventType.ARMED_CLASH), proposals("Gunmen who had planned the ambush killed two SDF fighters in Dhiban"
                + " on Monday.").stream().map(Proposal::type).toList(), "planned, and done");
        assertEquals(0, proposals("نزح عشرات الأهالي من بلدة خشام أمس خوفاً من القصف والاشتباكات.").size(),
                "fear of shelling, and of clashes joined to it");
        assertEquals(0, proposals("أغلقت قوات النظام مداخل مدينة الميادين أمس وشنت حملة تفتيش في أحيائها، من دون أن تعلن عن اعتقال"
                + " أحد.").size(), "an arrest nobody announced");
        List<Proposal> years = proposals("اعتقلت قوات الأمن العام أمس ثلاثة شبان في بلدة خشام بتهمة التعامل مع الحرس الثوري"
                + " خلال سنوات سيطرته على البلدة.");
        assertEquals(List.of(SubEventType.ARRESTS), years.stream().map(Proposal::type).toList(), "years of control are no capture");
        assertEquals(1, proposals("قتل طفل يبلغ من العمر عشر سنوات بقصف مدفعي لقوات النظام على بلدة خشام.").size(), "a child's age");
        List<Proposal> english = proposals("Gunmen attacked an SDF checkpoint in Busayrah on Monday. The attack is the latest"
                + " violation of the agreement signed on March 10 between the government and the SDF.");
        assertEquals(1, english.size(), english::toString);
    }

    @Test
    void anEventOffTheMapIsNoMoreOfTheEventBefore() {
        List<Proposal> found = proposals("شنت قسد حملة دهم في بلدة الشحيل اليوم واعتقلت سبعة شبان. وهاجمت خلية نقطة عسكرية في"
                + " ريف الحسكة الجنوبي، دون وقوع إصابات.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(SubEventType.ARRESTS, found.get(0).type());
        assertFalse(found.get(0).killed().known(), "nobody hurt off the map is not the arrests' toll");
        List<Proposal> framed = proposals("شنت قسد حملة دهم في بلدة الشحيل اليوم واعتقلت سبعة شبان. وفي ريف الحسكة الجنوبي، هاجمت"
                + " خلية تابعة للتنظيم فجر اليوم نقطة عسكرية لقسد على أطراف مدينة الشدادي، دون وقوع إصابات.");
        assertEquals(1, framed.size(), framed::toString);
        assertFalse(framed.get(0).killed().known(), "a sentence that opens on a place off the map happened there");
    }

    @Test
    void usStrikesAreTheUsForces() {
        Proposal p = proposals("At least 23 Iran-backed fighters were killed in the US strikes which targeted positions in Mayadin"
                + " late on Friday.").get(0);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, p.type());
        assertEquals("us_forces", p.actor1().actorKey());
    }

    @Test
    void anotherStrikeIsBySideOfTheStrikeBefore() {
        List<Proposal> found = proposals("Coalition air strikes killed five people in Mayadin on Monday. Another strike on Sunday hit a"
                + " house in Khasham, killing two civilians.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("coalition", found.get(1).actor1().actorKey());
        assertNull(proposals("Coalition air strikes killed five people in Mayadin on Monday. A strike on Sunday hit a house"
                + " in Khasham, killing two civilians.").get(1).actor1(), "not told as one more, by a side not named");
        List<Proposal> like = proposals("شنت طائرات التحالف غارات على بلدة خشام صباح اليوم. كما طال قصف مماثل أطراف قرية مراط.");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, like.get(1).type(), "«قصف مماثل»: fire like the strikes before, from the air");
        assertEquals("coalition", like.get(1).actor1().actorKey());
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, proposals("شنت طائرات التحالف غارات على بلدة خشام صباح اليوم."
                + " كما طال قصف أطراف قرية مراط.").get(1).type(), "not told as like them");
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, proposals("شنت طائرات التحالف غارة على بلدة خشام يوم أمس. وفي"
                + " مراط، تعرضت البلدة لقصف مماثل من قبل قوات النظام.").get(1).type(), "a side of its own tells its kind");
    }

    @Test
    void eventsDoneAlsoAreBySideOfTheEventBefore() {
        String first = "The SDF arrested three ISIS militants in al-Shuhayl on Monday. ";
        assertEquals("sdf", sideThatActed(proposals(first + "They also raided a home in Khasham village, arresting"
                + " four people.").get(1)));
        assertNull(proposals(first + "They raided a home in Khasham village, arresting four people.").get(1).actor1(),
                "not told as done also, by a side not named");
        String strike = "قصفت قوات النظام بلدة خشام بالمدفعية الثقيلة اليوم. ";
        assertEquals("syrian_government", sideThatActed(proposals(strike + "كما قصفت بلدة مراط بقذائف الهاون.").get(1)));
        assertEquals("syrian_government", sideThatActed(proposals(strike + "وقصفت أيضاً بلدة مراط بقذائف الهاون.").get(1)));
    }

    @Test
    void aSuicideBombingNoSideIsNamedForIsIsisSinceItHeldTheProvince() {
        String bombing = "أقدم انتحاري على تفجير سيارته المفخخة في بلدة خشام بريف دير الزور، ما أدى لمقتل 5 أشخاص.";
        Proposal p = proposals(bombing).get(0);
        assertEquals(SubEventType.SUICIDE_BOMB, p.type());
        assertEquals("isis", p.actor1().actorKey());
        Proposal atACheckpoint = proposals("A suicide bomber blew himself up at an SDF checkpoint in Khasham.").get(0);
        assertEquals("isis", atACheckpoint.actor1().actorKey());
        assertEquals("sdf", atACheckpoint.actor2().actorKey(), "the side struck stays the side acted on");
        assertNull(extractor.extract(bombing, LocalDate.of(2013, 5, 2), TimePrecision.DAY).proposals().get(0).actor1(),
                "before ISIS held the province, other groups sent suicide bombers too");
        assertNull(proposals("في 12 أيار 2013 أقدم انتحاري على تفجير سيارته المفخخة في بلدة خشام.").get(0).actor1(),
                "the day of the bombing, not of the report");
    }

    @Test
    void theDeadAndWoundedNamedAgainAreNoMorePeople() {
        Proposal p = proposals("قتل ٦ عناصر من قوات النظام وأصيب 4 آخرون أمس بهجوم لخلايا تنظيم داعش على حافلة عسكرية قرب بلدة"
                + " خشام. وأوضحت مصادر أن المهاجمين انسحبوا، فيما نقلت جثث القتلى والجرحى إلى المشفى.").get(0);
        assertEquals(Casualties.exactly(6), p.killed());
        assertEquals(Casualties.exactly(4), p.injured());
        assertEquals(Casualties.exactly(7), proposals("قتل ٦ عناصر من قوات النظام أمس بهجوم لخلايا تنظيم داعش على حافلة"
                + " عسكرية قرب بلدة خشام، فيما قتل مدني كان قرب الحافلة.").get(0).killed(), "people told as more are more");
    }

    @Test
    void moreKilledInTheEventByItsDefiniteNameAreMoreOfIt() {
        String attack = "هاجمت خلايا تنظيم داعش مواقع لقوات النظام في بادية الميادين أمس. وتسبب الهجوم في مقتل 5 من عناصر"
                + " النظام، فيما قُتل 3 من عناصر التنظيم ";
        List<Proposal> found = proposals(attack + "خلال الاشتباكات التي استمرت حتى الصباح.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(Casualties.exactly(8), found.get(0).killed());
        assertEquals(2, proposals(attack + "خلال اشتباكات مع قسد في بلدة الشحيل.").size(), "clashes of their own are news");
    }

    @Test
    void fightingThatWentOnAroundTheEventIsNotIt() {
        assertFirstTypes(Map.of(
                "قصف التنظيم بقذائف الهاون مواقع لقسد في بلدة غرانيج، وسط استمرار المعارك في محيط بلدة هجين.",
                SubEventType.SHELLING_ARTILLERY_MISSILE,
                "ISIS fighters shelled SDF positions in Hajin with mortars amid ongoing clashes in the area.",
                SubEventType.SHELLING_ARTILLERY_MISSILE));
        assertEquals(SubEventType.AIR_DRONE_STRIKE, proposals("قصف التنظيم بقذائف الهاون مواقع لقسد في بلدة غرانيج، وسط"
                + " غارات من طيران التحالف.").get(0).type(), "strikes beside the event are told, not gone on");
    }

    @Test
    void aHouseBlownUpIsPropertyDestroyedNotABombing() {
        assertFirstTypes(Map.of(
                "فجّرت ميليشيا حزب الله العراقي أمس منزل المدعو أحمد الخلف في قرية الحسرات بعد تفخيخه بعبوات ناسفة.",
                SubEventType.LOOTING_PROPERTY_DESTRUCTION,
                "Militiamen blew up the house of a local man in the village of Hasrat on Monday.",
                SubEventType.LOOTING_PROPERTY_DESTRUCTION,
                "انفجرت عبوة ناسفة في منزل في قرية الحسرات أمس.", SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED));
    }

    @Test
    void aCeasefireAgreedIsAnAgreementAndOneCalledForIsNoEvent() {
        assertEquals(SubEventType.AGREEMENT, proposals("اتفق الوجهاء مع مجلس دير الزور العسكري على وقف إطلاق النار في بلدة"
                + " ذيبان أمس.").get(0).type());
        assertEquals(SubEventType.AGREEMENT, proposals("Tribal elders and the SDF agreed to a ceasefire in Dhiban on Monday.")
                .get(0).type());
        assertTrue(proposals("ودعا وجهاء بلدة ذيبان أمس إلى وقف إطلاق النار في البلدة.").isEmpty(), "no fire was opened");
    }

    @Test
    void aHouseSeizedToBeAHeadquartersIsAHeadquartersSetUp() {
        assertFirstTypes(Map.of(
                "On Monday the militia seized the house of a displaced resident in Mayadin and turned it into a headquarters.",
                SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED,
                "On Monday the militia seized the house of a displaced resident in Mayadin.",
                SubEventType.LOOTING_PROPERTY_DESTRUCTION));
    }

    @Test
    void anIsisCellDismantledIsArrestsOfIsis() {
        Proposal p = proposals("Security forces dismantled on Tuesday an ISIS cell in Khasham, arresting its four members.").get(0);
        assertEquals(SubEventType.ARRESTS, p.type());
        assertEquals("isis", p.actor2().actorKey());
    }

    @Test
    void rocketPropelledGrenadesAreFiredInAFightNotAShelling() {
        assertFirstTypes(Map.of(
                "Tribal fighters attacked an SDF position in Shuhayl with rocket-propelled grenades on Saturday.",
                SubEventType.ARMED_CLASH,
                "استهدف مسلحون حاجزاً لقسد في الشحيل بقذيفة \"آر بي جي\" أمس.", SubEventType.ARMED_CLASH,
                "Rockets fired by militias hit an SDF position in Shuhayl on Saturday.", SubEventType.SHELLING_ARTILLERY_MISSILE));
    }

    @Test
    void aDepotOfWeaponsFoundIsWeaponsDisruptedAndDeminingIsNoBombing() {
        assertFirstTypes(Map.of(
                "عثرت الجهات المختصة خلال تمشيطها حي الحميدية أمس على مستودع يحتوي على أسلحة وذخائر وعبوات ناسفة.",
                SubEventType.DISRUPTED_WEAPONS_USE));
        assertTrue(proposals("وتواصل وحدات الهندسة في الجيش إزالة الألغام والعبوات الناسفة في مدينة دير الزور.").isEmpty(),
                "mines cleared day after day are no event");
    }

    @Test
    void eventsCountedFromTellNoEventAndDateNoSentenceAfter() {
        assertTrue(proposals("عاد الأهالي إلى قرية الحسينية منذ انتهاء المعارك في المنطقة.").isEmpty());
        // 14 November 2024 is a Thursday: the shelling goes on from the clash's day, not from the Sunday the clashes began.
        List<Proposal> found = proposals("قتل عنصران من قسد اليوم الخميس باشتباكات مع مسلحي العشائر في بلدة ذيبان. فيما ارتفعت"
                + " حصيلة القتلى منذ بدء المواجهات يوم الأحد الماضي إلى ٤٠ قتيلاً، بحسب المرصد السوري. وقصفت قسد بقذائف"
                + " الهاون منازل المدنيين في بلدة الطيانة، ما أدى إلى مقتل طفل.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(Casualties.exactly(2), found.get(0).killed(), "a total since the fighting began is no toll of the clash");
        assertEquals(LocalDate.of(2024, 11, 14), found.get(1).dates().start());
    }

    @Test
    void bombsHiddenOrGoingOffAndDronesDestroyedByAirDefences() {
        assertFirstTypes(Map.of(
                "In Shuhayl, a bomb hidden in a motorcycle wounded three civilians on Monday.", SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
                "A bomb went off near a bakery in Hajin on Monday.", SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
                "On Monday a drone targeting US forces at the Conoco field was engaged and destroyed by air defenses.",
                SubEventType.DISRUPTED_WEAPONS_USE));
    }

    @Test
    void whatATargetingWasDoneWithSaysItsType() {
        assertFirstTypes(Map.of(
                "استهدفت الفصائل أمس قاعدة القوات الأمريكية في حقل كونيكو بريف دير الزور بطائرتين مسيرتين.", SubEventType.AIR_DRONE_STRIKE,
                "The militias targeted the US base at the Conoco field with two drones on Monday.", SubEventType.AIR_DRONE_STRIKE,
                "وأفاد ناشطون بأن عناصر من قسد فرقوا وقفة احتجاجية في بلدة الطيانة بإطلاق النار في الهواء.", SubEventType.PROTEST_WITH_INTERVENTION));
    }

    @Test
    void theDayOfWhatAnEventAnsweredDatesNeitherItNorWhatFollows() {
        List<Proposal> found = proposals("US airstrikes hit militia positions in al-Mayadin on Tuesday. The strikes came in retaliation"
                + " for the attack on Tower 22, a US outpost in Jordan, in late October. Hours later, a drone attack targeted the"
                + " US base at al-Omar oil field.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(LocalDate.of(2024, 11, 12), found.get(1).dates().start(), "the drone came hours after the strikes");
        for (String text : List.of("In response to the attack, US forces struck positions in Mayadin on Tuesday.",
                "In retaliation, US forces struck positions in Mayadin on Tuesday.",
                "ورداً على ذلك، قصفت قوات النظام بلدة الشحيل يوم الثلاثاء.")) {
            assertEquals(LocalDate.of(2024, 11, 12), proposals(text).get(0).dates().start(), "the strikes' own day: " + text);
        }
    }

    @Test
    void groundTakenAfterFightingIsGroundTaken() {
        assertFirstTypes(Map.of(
                "The SDF said on Wednesday that its fighters had regained full control of the town of al-Busayrah after two days"
                        + " of fighting.", SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                "أكدت مصادر أهلية أن مقاتلي العشائر تمكنوا أمس من طرد ميليشيا قسد من بلدتي ذيبان والطيانة بعد معارك عنيفة.",
                SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                "أعلنت قسد اليوم إعادة الأمن والاستقرار إلى بلدة ذيبان بعد معارك مع مسلحي العشائر.",
                SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                "أعلنت القيادة العامة للجيش والقوات المسلحة اليوم إعادة الأمن والاستقرار إلى مدينة الميادين بشكل كامل، بعد معارك عنيفة مع إرهابيي"
                        + " داعش.", SubEventType.GOVERNMENT_REGAINS_TERRITORY));
        assertNotEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, proposals("عثرت الجهات المختصة على مقبرة جماعية"
                + " جنوب مدينة دير الزور تضم رفات 25 شخصاً أعدمهم تنظيم داعش خلال سيطرته على المنطقة.").get(0).type(),
                "what a side did while it held the area is no ground taken");
        assertFirstTypes(Map.of(
                "حررت قوات سوريا الديمقراطية أمس قرية الباغوز بعد اشتباكات عنيفة مع مرتزقة داعش.",
                SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                "سيطر مقاتلو العشائر فجر اليوم على حاجزين لقسد في بلدة ذيبان بعد اشتباكات استمرت ساعات.",
                SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                "The SDF said its fighters liberated the village of Baghouz on Monday after fierce clashes with ISIS.",
                SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        List<Proposal> since = proposals("اعتقلت قسد خمسة شبان في بلدة ذيبان أمس. وتجاوز عدد الأسر العائدة إلى البوكمال 7 آلاف أسرة"
                + " منذ تحرير المدينة من التنظيم.");
        assertEquals(List.of(SubEventType.ARRESTS), since.stream().map(Proposal::type).toList(), "what is counted from is no news");
        assertEquals(List.of(SubEventType.ARMED_CLASH), proposals("Since the clashes erupted in Dhiban on Monday, at least 15 people"
                + " have been killed.").stream().map(Proposal::type).toList(), "fighting that a toll is counted from is the news");
        assertEquals(0, proposals("نظم أهالي دير الزور أمس احتفالاً في ذكرى تحرير مدينة دير الزور.").size(), "an anniversary");
        assertEquals(List.of(SubEventType.PEACEFUL_PROTEST), proposals("طالب الأهالي بتحرير منطقة الجزيرة من سيطرة قسد، خلال مظاهرة"
                + " في بلدة الشحيل أمس.").stream().map(Proposal::type).toList(), "a demand");
    }

    @Test
    void moreWordsOfWhatWasDone() {
        assertFirstTypes(Map.of(
                "وخرج المئات من أهالي الكسرة اليوم في مسيرة جابت شوارع البلدة تنديداً بجريمة الاغتيال.", SubEventType.PEACEFUL_PROTEST,
                "نظم مئات الأهالي في بلدة الشحيل وقفات احتجاجية رفعوا خلالها لافتات تندد بسرقة النفط.", SubEventType.PEACEFUL_PROTEST,
                "The Syrian Air Force carried out intensive sorties on ISIS fortifications near al-Quriya on Friday.",
                SubEventType.AIR_DRONE_STRIKE,
                "اتخذت ميليشيات موالية لإيران الأسبوع الماضي من مبنى مدرسة الثورة في حي التمو بمدينة الميادين مقراً جديداً لها.",
                SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED,
                "جرت اليوم عند معبر الصالحية عملية تبادل بين الجيش السوري وقسد أفرج بموجبها عن 12 مدنياً.", SubEventType.AGREEMENT,
                "أحرق مجهولون صهريجاً لنقل النفط في بلدة الكشكية أمس.", SubEventType.LOOTING_PROPERTY_DESTRUCTION,
                "When SDF fighters surrounded a house in al-Sour on Monday, one of the militants detonated his explosive belt.",
                SubEventType.SUICIDE_BOMB));
        Proposal massacre = proposals("ارتكب طيران التحالف فجر اليوم مجزرة جديدة في بلدة السوسة، راح ضحيتها 17 مدنياً.").get(0);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, massacre.type(), "the aircraft that committed it");
        assertEquals(Casualties.exactly(17), massacre.killed());
    }

    @Test
    void fightingFledAidedOrGoingOnAroundIsNoEventTold() {
        for (String text : List.of(
                "دخلت قسد بلدة ذيبان بعد وساطة قادها وجهاء لتجنيبها مزيداً من القصف.",
                "قتل شاب برصاص قناص في بلدة ذيبان أثناء محاولته إسعاف جرحى القصف.",
                "يقيم في شرق بلدة هجين نازحون فروا من المعارك في القرى المجاورة.",
                "The churches of Deir ez-Zor were badly damaged during years of fighting.",
                "One year after fighting engulfed Dhiban, grievances remain unaddressed.")) {
            List<Proposal> found = proposals(text);
            if (text.startsWith("قتل شاب")) assertEquals(List.of(SubEventType.ATTACK), found.stream().map(Proposal::type).toList(), text);
            else if (text.startsWith("دخلت")) assertTrue(found.stream().noneMatch(p -> p.type() == SubEventType.SHELLING_ARTILLERY_MISSILE), text);
            else assertTrue(found.isEmpty(), text + " " + found);
        }
    }

    @Test
    void theGeneralSecurityIsNoYearSince() {
        assertEquals(SubEventType.ARRESTS, proposals("أقدم عناصر الأمن العام على اعتقال شاب في مدينة الميادين أمس.").get(0).type());
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, proposals("تعرضت سيارة إسعاف لقصف مدفعي في بلدة الشحيل أمس.")
                .get(0).type(), "an ambulance shelled is no aid to the wounded");
    }

    @Test
    void aShellLeftFromTheWarWentOffWhereItLay() {
        Proposal remnant = proposals("مقتل طفل بانفجار قذيفة من مخلفات الحرب في بلدة الشحيل أمس.").get(0);
        assertEquals(List.of("shuhayl"), keys(remnant.places()));
        assertTrue(remnant.origins().isEmpty(), "no fire came from the town");
    }

    @Test
    void explosionsHeardAreNoEventTold() {
        assertTrue(proposals("أفاد مراسلنا بسماع دوي انفجارات عنيفة في محيط مدينة الميادين مساء أمس.").isEmpty());
        assertTrue(proposals("Residents of Mayadin reported hearing two explosions on Monday night.").isEmpty());
        // A cue longer than the usual reach before the event words still reaches them.
        assertTrue(proposals("Residents of Hajin heard the sounds of clashes on Monday night.").isEmpty());
        assertTrue(proposals("The SDF said it will not tolerate attacks on its checkpoints in Hajin.").isEmpty());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, proposals("أصابت غارة جوية أمس شحنة أسلحة في بلدة السكرية، وسط سماع دوي"
                + " انفجار قوي هز البلدة.").get(0).type(), "the strike heard is told");
    }

    @Test
    void aListOfChargesNamesNoEvent() {
        assertTrue(proposals("أصدرت محكمة الدفاع عن الشعب أمس أحكاماً بالسجن بحق 18 متهماً من بلدة الشحيل، بتهم الانتماء لتنظيم"
                + " الدولة الإسلامية والمشاركة في عمليات اغتيال.").isEmpty());
    }

    @Test
    void chargesListedWithAndAreAllCharges() {
        List<Proposal> found = proposals("اعتقلت قسد أربعة أشخاص في بلدة هجين أمس. وقالت في بيان إن أفراد الخلية متورطون في عمليات اغتيال وزرع"
                + " عبوات ناسفة استهدفت عناصرها في ريف دير الزور الشرقي.");
        assertEquals(1, found.size(), "the bombs are the second charge, no event: " + found);
        List<Proposal> cell = proposals("نفذت قسد أمس عملية أمنية ضد خلية لداعش في بلدة هجين. وأوضحت قسد أن الخلية المستهدفة كانت مسؤولة عن"
                + " تنفيذ عدد من عمليات الاغتيال وزرع الألغام التي استهدفت المدنيين في المنطقة.");
        assertEquals(1, cell.size(), "what the cell, named with one more word, was responsible for: " + cell);
    }

    @Test
    void theSameTollToldAgainIsOneEventWhateverItsWords() {
        String bus = "استشهاد عسكريين اثنين وإصابة 4 بهجوم إرهابي على حافلة مبيت في بادية الميادين\n"
                + "استشهد عسكريان اثنان وأصيب أربعة آخرون بجروح جراء اعتداء إرهابي نفذته مجموعة من فلول تنظيم داعش على حافلة مبيت"
                + " تقل عسكريين في بادية الميادين.\nوذكر المراسل أن مجموعة إرهابية استهدفت الحافلة بالأسلحة الرشاشة والقذائف الصاروخية"
                + " أثناء مرورها على الطريق، ما أدى إلى استشهاد عسكريين اثنين وإصابة أربعة بجروح.";
        List<Proposal> found = proposals(bus);
        assertEquals(1, found.size(), "headline, lead and a source's retelling, each of another kind of words: " + found);
        assertEquals(Casualties.exactly(2), found.get(0).killed());
        List<Proposal> twoTolls = proposals("قتل عنصران من قسد بهجوم على حاجز في بلدة هجين أمس.\n"
                + "وقال المرصد إن الطائرة استهدفت بصاروخين مزرعة في بلدة هجين أمس، ما أدى إلى مقتل خمسة أشخاص.");
        assertEquals(2, twoTolls.size(), "other figures, another event: " + twoTolls);
        List<Proposal> elsewhere = proposals("قتل شاب برصاص مسلحين مجهولين في بلدة هجين أمس. وقال المرصد إن الانفجار وقع في بلدة ذيبان أمس"
                + " وأدى لمقتل طفل.");
        assertEquals(2, elsewhere.size(), "the same figure at another place is another event: " + elsewhere);
        List<Proposal> otherHeadline = proposals("Landmine kills shepherd in Dhiban\nGunmen shot dead a civilian in Hajin on Monday.");
        assertEquals(2, otherHeadline.size(), "a headline of another place and kind: " + otherHeadline);
    }

    @Test
    void wordsOfPurposeSoundsAndRepetitionTellNoEvent() {
        assertTrue(proposals("ورجح آخرون وقوف عصابات خلفها بهدف سرقة المواشي في بلدة خشام.").isEmpty(), "with the aim of");
        assertTrue(proposals("Residents of Hajin said they woke up to the sound of gunfire.").isEmpty(), "what was heard");
        assertTrue(proposals("Israeli warplanes have repeatedly targeted sites in Mayadin.").isEmpty(), "again and again");
        assertEquals(1, proposals("Unidentified gunmen repeatedly stabbed a shepherd in Hajin, local sources said.").size(),
                "stabbed again and again, once");
        assertEquals(SubEventType.CHANGE_TO_GROUP_ACTIVITY, proposals("A coalition convoy carrying reinforcements arrived in Mayadin"
                + " on Monday.").get(0).type(), "what a convoy carries may be the news");
        assertEquals(SubEventType.PEACEFUL_PROTEST, proposals("Hundreds of residents joined a protest organized by tribal elders in"
                + " Hajin on Monday.").get(0).type(), "a protest organized by someone is a protest");
        assertTrue(proposals("وقال المصدر إن عناصر الدفاع المدني سيطروا أمس على الحريق الذي اندلع في سوق بلدة هجين.").isEmpty(),
                "a fire brought under control");
        assertTrue(proposals("وتتعرض الطرق في بادية الميادين بين الحين والآخر لاعتداءات.").isEmpty(), "from time to time");
        assertEquals(SubEventType.ARRESTS, proposals("SDF officers detained two of the protest organisers in Khasham on Monday.").get(0).type(),
                "the protest names who they were");
        Proposal reinforced = proposals("هاجم مسلحون نقاطا لقسد في بلدة البصيرة أمس، لترد القوات بتعزيزات من مدينة هجين.").get(0);
        assertEquals(List.of("hajin"), keys(reinforced.origins()), "where reinforcements came from: " + reinforced);
        assertEquals(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
                proposals("A truck carrying explosives exploded near the hospital in Hajin on Monday.").get(0).type(), "cargo that blew up");
    }

    @Test
    void whatAnEventAnsweredBeforeACommaIsNotItsKind() {
        List<Proposal> found = proposals("قتل شخصان بغارة على سيارة في الميادين أمس. ورداً على الغارة، استهدفت الفصائل الموالية لإيران صباح"
                + " اليوم قاعدة التحالف الدولي في حقل العمر النفطي بخمس قذائف صاروخية.");
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, found.get(found.size() - 1).type(), found::toString);
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, proposals("In retaliation for the drone attack, US forces shelled militia"
                + " positions in Mayadin on Monday.").get(0).type(), "the drone was the attack answered");
    }

    @Test
    void groundTakenAndPostsSetUpAsArabicTellsThem() {
        Proposal taken = proposals("وأضاف المصدر أن مقاتلي العشائر سيطروا فجر اليوم الأربعاء على بلدة هجين بعد معارك مع قسد.").get(0);
        assertTrue(taken.type().changesTerritory(), taken::toString);
        Proposal posts = proposals("ونشرت قسد على إثر الاشتباكات نقاطاً عسكرية مؤقتة في بلدة هجين للفصل بين الطرفين.").get(0);
        assertEquals(SubEventType.CHANGE_TO_GROUP_ACTIVITY, posts.type());
        Proposal withdrew = proposals("سيطر مقاتلو العشائر أمس على بلدة هجين بعد انسحاب عناصر قسد منها باتجاه مدينة البصيرة.").get(0);
        assertEquals(List.of("hajin"), keys(withdrew.places()), "where they withdrew to, four words on: " + withdrew);
        Proposal ledAway = proposals("اعتقلت الأسايش صباح اليوم شخصين في بلدة هجين، واقتادتهما إلى مركز التحقيق في بلدة البصيرة.").get(0);
        assertEquals(List.of("hajin"), keys(ledAway.places()), "where they were taken: " + ledAway);
        Proposal ledTo = proposals("The arrest of a tribal elder in Busayrah on Monday led to clashes in Hajin.").get(0);
        assertTrue(keys(ledTo.places()).contains("hajin"), "what an event led to is no place anyone was led: " + ledTo);
    }

    @Test
    void eventsLikeItTheNewsCameAfterDoNotMakeItGeneral() {
        assertEquals(1, proposals("Unidentified aircraft struck militia positions in Albu Kamal days after similar attacks hit the"
                + " area.").size(), "after similar attacks, an attack of its own");
        assertEquals(1, proposals("استهدفت طائرات مجهولة مواقع للميليشيات في مدينة البوكمال بعد أيام من هجمات مماثلة على المنطقة.")
                .size());
        assertTrue(proposals("وتعرضت القواعد الأمريكية في حقل كونيكو لهجمات متكررة خلال الأشهر الماضية.").isEmpty(),
                "attacks over the past months, none told");
        assertEquals(1, proposals("تعرضت القاعدة الأمريكية في حقل كونيكو أمس لهجمات متكررة بالصواريخ أدت إلى إصابة جنديين.").size(),
                "a day and a toll of its own tell one");
    }

    @Test
    void hashtagsTellNoEvent() {
        String report = "قتل شاب أمس بانفجار لغم أرضي في بلدة خشام بريف دير الزور.\n#عين_الفرات #دير_الزور #ألغام #قصف_الميادين";
        assertEquals(1, proposals(report).size(), () -> proposals(report).toString());
    }

    @Test
    void anAnswerIsASecondEventNotMoreOfTheOneItAnswers() {
        List<Proposal> found = proposals("تعرضت القاعدة الأمريكية في حقل كونيكو للغاز أمس لاستهداف بـ 4 قذائف صاروخية أُطلقت من"
                + " محيط مدينة الميادين. وردّت القوات الأمريكية بقصف مدفعي استهدف مصادر إطلاق القذائف في بادية الميادين.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("us_forces", found.get(1).actor1().actorKey());
        List<Proposal> fromItsSource = proposals("استهدفت الميليشيات الموالية لإيران، مساء أمس، قاعدة التحالف في حقل كونيكو للغاز"
                + " بأربعة صواريخ أُطلقت من قرية مراط. وردت القوات الأمريكية بقصف مدفعي مصدره القاعدة ذاتها، استهدف مصادر النيران"
                + " في محيط قرية مراط وبلدة حطلة.");
        assertEquals(2, fromItsSource.size(), "«مصدره», «مصادر النيران» are where fire came from, no source telling the event"
                + " again: " + fromItsSource);
    }

    @Test
    void anAssassinationToldWithNoTollKilledOne() {
        assertEquals(Casualties.exactly(1), proposals("اغتال مسلحون مجهولون يُرجّح انتمائهم لخلايا تنظيم داعش، مساء أمس، أحد وجهاء"
                + " عشيرة البكارة في بلدة خشام.").get(0).killed());
        assertEquals(Casualties.exactly(1), proposals("Gunmen assassinated a tribal elder in Khasham on Monday.").get(0).killed());
        Proposal menFirst = proposals("اغتال مرتزقة داعش، ليلة أمس، مختار بلدة خشام.").get(0);
        assertEquals(Casualties.exactly(1), menFirst.killed(), "who did it, then their side, then whom they killed");
        assertEquals("isis", menFirst.actor1().actorKey(), "the side of the men who did it acted");
        assertNotEquals(Casualties.exactly(1), proposals("نجا أحد وجهاء العشيرة من محاولة اغتيال في بلدة خشام أمس.").get(0).killed(),
                "an attempt");
        assertNotEquals(Casualties.exactly(1), proposals("A tribal elder survived an assassination attempt in Khasham on Monday.")
                .get(0).killed(), "an attempt survived");
        assertNotEquals(Casualties.exactly(1), proposals("أصيب قيادي في قسد بجروح إثر محاولة اغتيال في بلدة خشام أمس.").get(0)
                .killed(), "wounded in an attempt");
        assertNotEquals(Casualties.exactly(1), proposals("Gunmen tried to assassinate an SDF commander in Khasham on Monday,"
                + " but he survived.").get(0).killed(), "survived, told at the end");
        assertEquals(Casualties.UNKNOWN, proposals("An SDF commander was wounded in an assassination in Khasham on Monday.").get(0)
                .killed(), "wounded, not killed");
    }

    @Test
    void checkpointsCachesRedeploymentsDispersalsAndAgreementsAreToldSo() {
        assertFirstTypes(Map.of(
                "في مدينة الميادين، أنشأت إدارة الأمن العام، يوم أمس الأحد، ثلاث نقاط تفتيش جديدة على مداخل المدينة.",
                SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED,
                "عثرت دورية تابعة للأمن العام أمس على مخبأ أسلحة وذخائر في حي العرضي بمدينة دير الزور.",
                SubEventType.DISRUPTED_WEAPONS_USE,
                "أعادت الميليشيات الإيرانية انتشارها في مدينة البوكمال يوم أمس، ونقلت عناصرها إلى منازل مدنيين.",
                SubEventType.CHANGE_TO_GROUP_ACTIVITY,
                "فرّقت عناصر قسد بإطلاق الرصاص في الهواء، مساء أمس الإثنين، وقفة احتجاجية لأهالي بلدة الحوايج.",
                SubEventType.PROTEST_WITH_INTERVENTION,
                "Security officials and clan elders signed an agreement in al-Asharah on Wednesday.", SubEventType.AGREEMENT,
                "On Thursday, the IRGC moved a convoy of 20 vehicles from al-Mayadin to the T2 pumping station.",
                SubEventType.CHANGE_TO_GROUP_ACTIVITY));
        assertFirstTypes(Map.of(
                "The SDF and the coalition carried out an airborne raid on Monday night in al-Busayrah and detained an ISIS official.",
                SubEventType.ARRESTS,
                "US strikes Iran-linked sites in eastern Syria after drone attack on Conoco base", SubEventType.AIR_DRONE_STRIKE,
                "The jihadists seized hundreds of families from a camp near Hajin on Saturday.",
                SubEventType.ABDUCTION_FORCED_DISAPPEARANCE));
        assertEquals(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, proposals("A shepherd was killed on Tuesday near Hajin when a landmine"
                + " left over from the battles against ISIS exploded.").get(0).type(), "the battles the mine was left from");
        assertFirstTypes(Map.of(
                "ضبطت وحدات الأمن الداخلي اليوم في محافظة دير الزور مستودعاً يحتوي على كميات من الأسلحة وقذائف الهاون في قرية السوسة.",
                SubEventType.DISRUPTED_WEAPONS_USE,
                "وصلت أمس تعزيزات عسكرية تابعة للحرس الثوري إلى مدينة البوكمال، تضم نحو 25 شاحنة محملة بالأسلحة والذخائر وصواريخ"
                        + " قصيرة المدى.", SubEventType.CHANGE_TO_GROUP_ACTIVITY,
                "وأعلنت قوات سوريا الديمقراطية يوم أمس القضاء على آخر جيب لتنظيم داعش في بلدة الباغوز.",
                SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
        assertEquals(List.of(), proposals("The court in Deir Ezzor sentenced three former members of militias that fought alongside"
                + " the regime."), "who the convicted were");
    }

    @Test
    void forcesSentAndBuildingsTurnedIntoBasesAreToldSo() {
        assertFirstTypes(Map.of(
                "The regime's Fourth Division sent dozens of fighters from Albu Kamal to the town of Mahkan on Thursday.",
                SubEventType.CHANGE_TO_GROUP_ACTIVITY,
                "اتخذت الميليشيا المدرسة مقراً لها في الميادين أمس.", SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED));
    }

    @Test
    void aHeadquartersSetUpWeighsBeforeLootingToldBesideIt() {
        assertEquals(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED, proposals("Militiamen looted a house in Mayadin on Monday and"
                + " turned it into a headquarters.").get(0).type());
    }

    @Test
    void anAnswerWithNoPlaceOfItsOwnIsNoMoreOfTheEventItAnswers() {
        String report = "Rockets hit the Conoco base on Monday. US forces responded by shelling the launch sites.";
        Proposal rockets = proposals(report).get(0);
        assertTrue(rockets.evidence().end() <= report.indexOf("US forces"), () -> "the answer is not the rockets': " + rockets);
        List<Proposal> told = proposals("Regime forces shelled Khasham on Monday. Local sources said the shelling killed two"
                + " children, and the rebels responded by shelling regime positions.");
        assertEquals(Casualties.exactly(2), told.get(0).killed(), () -> "an answer after the event words: " + told);
    }

    @Test
    void aTollNamingOnlyTheHospitalsTownCountsTheEventJustTold() {
        Proposal p = proposals("قتل وأصيب عدد من عناصر قوات النظام أمس بكمين لداعش قرب بلدة خشام. ونعت صفحات موالية القتلى وهم كل"
                + " من محمد العلي وأحمد الحسين، فيما أصيب 9 آخرون نقلوا إلى المشفى العسكري في مدينة دير الزور.").get(0);
        assertEquals(Casualties.exactly(2), p.killed());
        assertEquals(Casualties.exactly(9), p.injured());
    }

    @Test
    void weaponsSeizedInARaidArePartOfTheArrests() {
        assertEquals(SubEventType.ARRESTS, proposals("Security forces arrested two suspects in Khasham and seized weapons and"
                + " ammunition.").get(0).type());
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, proposals("Security forces seized weapons and ammunition in Khasham.")
                .get(0).type());
    }

    @Test
    void anotherSourceTellingTheEventByItsDefiniteNameTellsTheSameEvent() {
        String strike = "قصفت طائرة مسيرة مجهولة اليوم سيارة قرب مدينة البوكمال.";
        List<Proposal> found = proposals(strike + " وذكرت قناة الميادين المقربة من النظام أن القصف طال سيارة قرب بلدة خشام.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, found.get(0).type(), "the first telling's type");
        assertEquals(List.of("albu_kamal", "khasham"), keys(found.get(0).places()), "placed where each source says");
        assertNull(found.get(0).actor1(), "the regime the channel is close to is no side");

        assertEquals(2, proposals(strike + " وذكرت المصادر أن القصف طال أيضاً سيارة قرب بلدة خشام.").size(),
                "a strike that also hit elsewhere is a second event");
        assertEquals(2, proposals(strike + " وقالت المصادر إن قوات النظام ردت على القصف بقصف بلدة خشام.").size(),
                "an answer to the strike is a second event");
        assertEquals(2, proposals(strike + " وذكرت المصادر أن قصفاً مدفعياً طال بلدة خشام.").size(),
                "an event named without the article is a new one");
        assertEquals(2, proposals(strike + " وذكرت المصادر أن الطائرات الحربية استهدفت مقرات في بلدة خشام.").size(),
                "the warplanes, which Arabic names with the article, name no event told before");
    }

    @Test
    void aPlacelessWeakWordOnTheEventsDayNamesItAgain() {
        List<Proposal> found = proposals("A suicide bomber blew himself up at an SDF checkpoint in Shuhayl on Monday, killing five."
                + " On Sunday, regime forces shelled Khasham. An analyst said Monday's attack must have had"
                + " local help.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(SubEventType.SUICIDE_BOMB, found.get(0).type());
        assertTrue(found.get(0).evidence().text().contains("suicide"), "Monday's attack is the bombing told first");
        List<Proposal> otherDay = proposals("A suicide bomber blew himself up at an SDF checkpoint in Shuhayl on Monday, killing five."
                + " On Sunday, gunmen attacked a patrol.");
        assertEquals(1, otherDay.size(), "another day: another event, which placing nothing is not proposed");
        assertFalse(otherDay.get(0).evidence().text().contains("patrol"), "nor is it told of the bombing");
        List<Proposal> area = proposals("هاجم مسلحون حاجزاً لقسد في بلدة الشحيل أمس. وأفادت مصادر أن هجمات استهدفت مواقع قسد في ريف"
                + " دير الزور الشرقي أمس.");
        assertEquals(1, area.size(), "attacks told at the countryside that holds the town, on its day: " + area);
        assertEquals(List.of("shuhayl"), keys(area.get(0).places()));
        List<Proposal> shelled = proposals("قصفت قوات النظام بلدة خشام أمس. وتعرض ريف دير الزور الشرقي لقصف مدفعي أمس.");
        assertEquals(1, shelled.size(), "the shelling of the countryside that holds the town, on its day: " + shelled);
        assertEquals(2, proposals("قصفت قوات النظام بلدة خشام أمس. وتعرض ريف دير الزور الغربي لقصف مدفعي أمس.").size(),
                "a countryside that does not hold the town is shelled apart");
        assertEquals(1, proposals("قصفت قوات النظام حي الجورة بمدينة دير الزور أمس. وتعرضت مدينة دير الزور لقصف مدفعي أمس.").size(),
                "the city whose quarter was shelled");
    }

    @Test
    void anEventOfOneKindToldWithNoPlaceOfItsOwnIsTheSameEvent() {
        List<Proposal> found = proposals("Regime forces captured Khasham from ISIS on Monday. Fierce fighting raged on Monday,"
                + " killing five.");
        assertEquals(1, found.size(), "the battle for the town, told as the town taken and as the fighting: " + found);
        assertEquals(Casualties.exactly(5), found.get(0).killed());
    }

    @Test
    void whatAircraftShellIsAnAirStrike() {
        List<Proposal> found = proposals("وأضاف الناشطون أن الطائرات قصفت أمس منازل المدنيين في بلدة خشام ما أسفر عن مقتل 15 مدنياً،"
                + " فيما ذكر ناشطون آخرون أن ثلاثين جريحاً سقطوا جراء القصف.");
        assertEquals(1, found.size(), "the shelling named again is the air strike: " + found);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, found.get(0).type());
        assertEquals(Casualties.exactly(30), found.get(0).injured());
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, proposals("قصفت قوات النظام بلدة خشام أمس.").get(0).type());
        assertEquals(2, proposals("قصفت طائرات التحالف بلدة خشام أمس. وتتعرض هذه البلدة لقصف يومي بالمدفعية الثقيلة.").size(),
                "daily shelling by artillery, told without the article, is another event");
    }

    @Test
    void theDayASourceSpokeBeforeWhatItSaidDatesNothing() {
        assertEquals(LocalDate.of(2024, 11, 13), proposals("قال المرصد السوري اليوم إن شاباً قتل برصاص مسلحين مجهولين أمس في بلدة خشام.")
                .get(0).dates().start());
        assertEquals(LocalDate.of(2024, 11, 12), proposals("The Observatory said on Wednesday that gunmen"
                + " killed a young man in Khasham on Tuesday.").get(0).dates().start());
        assertEquals(LocalDate.of(2024, 11, 10), proposals("date 2024-11-14 SOHR reported on Sunday that the SDF arrested 15 people in"
                + " Khasham.").get(0).dates().start(), "a date before the statement's is none of what it said");
        // 14 November 2024 is a Thursday.
        assertEquals(DateSpan.day(LocalDate.of(2024, 11, 13)), proposals("وأصدر المركز الإعلامي لقسد، الخميس، بياناً جاء فيه:"
                + " \"فككت قواتنا ليلة أمس (الأربعاء) خلية لتنظيم داعش واعتقلت أفرادها في بلدة ذيبان\".").get(0).dates(),
                "a date before the words quoted is the day they were spoken");
        assertEquals(DateSpan.day(LocalDate.of(2024, 11, 12)), proposals("The SDF announced on Wednesday: \"Our forces arrested"
                + " three ISIS members in Dhiban on Tuesday.\"").get(0).dates());
        assertEquals(DateSpan.day(LocalDate.of(2024, 11, 14)), proposals("The SDF arrested three ISIS members in Dhiban on"
                + " Thursday. A spokesman said: \"They were planning attacks.\"").get(0).dates(),
                "a date of the event before another sentence's quotation");
        List<Proposal> raid = proposals("US forces killed an ISIS official in a helicopter raid on a house in Dhiban on Monday."
                + " CENTCOM said in a statement the following day that the raid in Dhiban targeted an official of the group.");
        assertEquals(1, raid.size(), "the source spoke the day after the raid, of the raid: " + raid);
        assertEquals(DateSpan.day(LocalDate.of(2024, 11, 11)), raid.get(0).dates());
    }

    @Test
    void whereFireCameFromAndWhereItFell() {
        Proposal rockets = proposals("أطلقت الميليشيات الإيرانية صواريخ من مدينة البوكمال باتجاه بلدة خشام أمس.").get(0);
        assertEquals(List.of("albu_kamal"), keys(rockets.origins()), "rockets from a town");
        Proposal shelled = proposals("قصفت قوات النظام من مواقعها في مدينة الميادين بلدة خشام أمس.").get(0);
        assertTrue(keys(shelled.places()).contains("khasham"), "a settlement's noun opens the target, it locates nothing: " + shelled);
        assertEquals(List.of("mayadin"), keys(shelled.origins()));
    }

    @Test
    void unknownGunmenWhoKilledTellAnAttack() {
        Proposal killed = proposals("قتل مسلحون مجهولون شاباً في بلدة خشام أمس.").get(0);
        assertEquals(SubEventType.ATTACK, killed.type());
        assertEquals(Casualties.exactly(1), killed.killed());
        assertEquals(List.of(), proposals("فر المسلحون إلى جهة مجهولة."), "an unknown destination is no attacker");
    }

    @Test
    void anotherAttackInTheSameSentenceIsAnotherEvent() {
        List<Proposal> two = proposals("Gunmen killed a man in Khasham on Tuesday, in a separate attack an IED wounded two SDF fighters"
                + " in Hajin on Wednesday.");
        assertEquals(2, two.size(), two::toString);
        assertEquals(List.of("hajin"), keys(two.get(1).places()));
    }

    @Test
    void protestersATollCountsWereMetWithExcessiveForce() {
        Proposal shot = proposals("Two protesters were shot dead by SDF members in Khasham on Monday.").get(0);
        assertEquals(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, shot.type());
        assertEquals("sdf", shot.actor1().actorKey(), "after \"by\" the side acted, whatever noun follows its name");
        assertEquals(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, proposals("قتل متظاهر برصاص قسد في بلدة خشام أمس.").get(0).type());
        assertEquals(SubEventType.ATTACK, proposals("خرجت تظاهرات في بلدة خشام على خلفية اغتيال شاب برصاص مجهولين أمس.").get(0).type(),
                "the man killed was no protester");
    }

    @Test
    void aPlaceAProvinceOwnsInEnglishIsTheEventsPlace() {
        assertEquals(List.of("khasham"), keys(proposals("Gunmen kill two brothers in Deir ez-Zor's Khasham").get(0).places()),
                "the province's town, not the province");
        Proposal countryside = proposals("Shelling hit Deir ez-Zor's eastern countryside on Monday.").get(0);
        assertEquals("eastern_countryside", countryside.places().get(0).groupKey());
    }

    @Test
    void aTollToldInAClauseBeforeItsEventCountsIt() {
        List<Proposal> found = proposals("Two SDF fighters were killed, while four others sustained injuries in an ISIS attack on Khasham on Monday.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(Casualties.exactly(2), found.get(0).killed());
        assertEquals(Casualties.exactly(4), found.get(0).injured());
        List<Proposal> two = proposals("US forces shelled Khasham on Monday. Two SDF fighters were killed, while four others were"
                + " injured in an ISIS attack on Hajin on Monday.");
        assertEquals(Casualties.UNKNOWN, two.get(0).killed(), "the toll is the next clause's, not the event before");
        assertEquals(Casualties.exactly(2), two.get(1).killed());
    }

    @Test
    void moreWaysOfTellingEvents() {
        assertEquals(SubEventType.ARMED_CLASH, proposals("ISIS militants and SDF fighters exchanged heavy gunfire in Khasham on Monday.").get(0).type());
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, proposals("An artillery strike killed two civilians in Khasham on Monday.").get(0).type(),
                "a strike of artillery is shelling");
        assertEquals(List.of(), proposals("اعترضت قسد على قرار المجلس المحلي في بلدة خشام أمس."), "objected, intercepted nothing");
        assertEquals(SubEventType.ARMED_CLASH, proposals("اشتبك مقاتلون من العشائر مع عناصر من قسد في بلدة خشام أمس.").get(0).type());
        assertEquals(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
                proposals("A motorcycle rigged with explosives detonated in Khasham on Monday, wounding three civilians.").get(0).type());
        Proposal vest = proposals("فجر عنصر من داعش حزامه الناسف بدورية لقسد في بلدة خشام أمس.").get(0);
        assertEquals(SubEventType.SUICIDE_BOMB, vest.type());
        assertEquals("isis", vest.actor1().actorKey(), "a member right after the verb did it");
        assertEquals("sdf", vest.actor2().actorKey());
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION, proposals("Demonstrators threw stones at an SDF patrol in Khasham on Monday.").get(0).type());
        assertEquals(SubEventType.PEACEFUL_PROTEST, proposals("Residents staged a sit-in in Khasham on Monday.").get(0).type());
        assertEquals(SubEventType.PEACEFUL_PROTEST, proposals("نظمت نساء بلدة خشام، أمس الجمعة، وقفة أمام مجلس البلدة، استنكرن"
                + " فيها استهداف المدنيين.").get(0).type(), "a stand organised, what it condemned no event");
        List<Proposal> slogan = proposals("وخرج العشرات في بلدة خشام أمس في مظاهرة جابت الشوارع، رافعين لافتات كتب عليها"
                + " \"لا لسرقة خيرات دير الزور\".");
        assertEquals(List.of(List.of("khasham")), slogan.stream().map(p -> keys(p.places())).toList(), "a slogan places nothing");
        List<Proposal> comment = proposals("اعتقلت قسد خمسة شبان في بلدة خشام أمس. وفي سياق آخر، قصفت قوات النظام بلدة مراط."
                + " ولم تعلق \"قسد\" على حوادث الاعتقال حتى لحظة تحرير هذا الخبر.");
        assertEquals(List.of(SubEventType.ARRESTS, SubEventType.SHELLING_ARTILLERY_MISSILE), comment.stream().map(Proposal::type).toList(),
                "what a side did not comment on is told elsewhere");
        assertEquals(1, proposals("The SDF commented on the strikes, saying two fighters were killed in Khasham on Thursday.").size(),
                "a comment made tells the event");
        assertEquals(1, proposals("Protesters chanted \"Down with the SDF\" before gunmen opened fire in Khasham on Thursday, killing a"
                + " protester.").get(0).places().size(), "a slogan closed before the place");
        assertEquals(1, proposals("وقال أحد المتظاهرين الذين رفعوا لافتات: \"خرجنا اليوم في بلدة خشام للمطالبة بالإفراج عن المعتقلين\".")
                .get(0).places().size(), "a statement quoted, not a banner");
        assertTrue(proposals("عقد المجلس المدني اجتماعاً في بلدة خشام أمس، كان وقفة أمام التحديات الخدمية.").isEmpty(),
                "a stand before the challenges");
        Proposal hideout = proposals("Coalition aircraft bombed an ISIS hideout near Khasham on Monday.").get(0);
        assertEquals("coalition", hideout.actor1().actorKey());
        assertEquals("isis", hideout.actor2().actorKey(), "whose hideout was struck");
        assertEquals(6, proposals("Half a dozen regime soldiers were wounded in an ISIS attack near Khasham on Monday.").get(0).injured().low());
        assertEquals(2, proposals("US strikes kill 2 Iran-backed fighters in Khasham").get(0).killed().low(), "a headline's present tense");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, proposals("شنّ الطيران الإسرائيلي غارات على مستودعات أسلحة في بلدة خشام ليلة أمس.").get(0).type(),
                "weapons depots struck: no weapons seized");
        assertNotEquals(SubEventType.SUICIDE_BOMB,
                proposals("Two ISIS members wearing explosive belts were killed in a raid on Khasham on Monday.").get(0).type(),
                "belts worn, not detonated");
    }

    @Test
    void aSideNamedAsWhoKilledPeopleTellsAnAttack() {
        Proposal arabic = proposals("قتلت قسد مدنيين اثنين في بلدة خشام أمس.").get(0);
        assertEquals(SubEventType.ATTACK, arabic.type());
        assertEquals("sdf", arabic.actor1().actorKey(), "the side after the verb killed");
        assertEquals("civilians", arabic.actor2().actorKey());
        assertEquals(Casualties.exactly(2), arabic.killed());
        Proposal english = proposals("Iran-backed militias killed a 15-year-old boy in Albu Kamal on Monday.").get(0);
        assertEquals(SubEventType.ATTACK, english.type());
        assertEquals("iran_militias", english.actor1().actorKey());
        assertEquals(Casualties.exactly(1), english.killed(), "an age between the article and the noun");
        assertEquals(SubEventType.ARMED_CLASH, proposals("The SDF killed at least 40 ISIS militants in Khasham.").get(0).type(),
                "a side that killed another's fighters fought them");
        assertEquals(SubEventType.ATTACK, proposals("قتل عنصر من قسد برصاص داعش في بلدة خشام أمس.").get(0).type(),
                "a shooting with both sides named stays an attack");

        assertEquals(List.of(), proposals("Three civilians were killed in Khasham on Monday."), "a toll with no side and no event");
        assertEquals(SubEventType.ARMED_CLASH, proposals("قتل عناصر داعش في الاشتباكات مع قسد في بلدة خشام أمس.").get(0).type(),
                "ISIS members were killed: no one counted after the side");
    }

    @Test
    void civiliansKilledInAnArrestWereAttacked() {
        assertEquals(SubEventType.ATTACK, proposals("قتل شخصان أمس خلال محاولة قسد اعتقالهما في بلدة خشام.").get(0).type());
        assertEquals(SubEventType.ARRESTS, proposals("اعتقلت قسد شخصين في بلدة خشام أمس.").get(0).type());
        assertEquals(SubEventType.ARMED_CLASH,
                proposals("US forces conducted a helicopter raid in Khasham on Monday, killing an ISIS leader.").get(0).type(),
                "a raid that killed a member of an armed side was a clash with it");
        List<Proposal> raid = proposals("The SDF stormed an ISIS hideout in Khasham on Monday, according to an SDF statement."
                + " It added that gun battles followed and ended with the killing of five ISIS members.");
        assertEquals(1, raid.size(), "a source telling how the raid went: " + raid);
        assertEquals(SubEventType.ARMED_CLASH, raid.get(0).type());
        assertEquals(Casualties.exactly(5), raid.get(0).killed());
    }

    @Test
    void aWeaponStoppedNamedAgainIsTheSameEvent() {
        List<Proposal> found = proposals("US Shoots Down Drone Near Gas Field\n\nOn Tuesday US forces shot down a drone near a US base."
                + " CENTCOM said the drone was Iranian-made and that the incident took place at the Conoco base.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, found.get(0).type());
        assertEquals(List.of("conoco_base"), keys(found.get(0).places()), "placed where the source says");
    }

    @Test
    void aSourceTellingAnEventOfTheSameTypeAtItsTownTellsTheSameEvent() {
        String shooting = "قتل مدنيان أمس برصاص مجهولين أطلقوا النار عليهما قرب بلدة خشام.";
        List<Proposal> found = proposals(shooting + " وأوضح مصدر محلي أن مسلحين يستقلون دراجة نارية أطلقوا النار"
                + " على الشابين بين قرية الزرزور وبلدة خشام.");
        assertEquals(1, found.size(), "the source names a village the first telling did not: " + found);
        assertEquals(2, found.get(0).killed().low(), "the first telling's toll");

        assertEquals(2, proposals(shooting + " وقال مصدر محلي إن مسلحين أطلقوا النار على شاب في مدينة الميادين.").size(),
                "a shooting elsewhere is a second event");
    }

    @Test
    void aSourceTellingAnEventAtAVillageItLocatesByItsTownTellsTheSameEvent() {
        List<Proposal> found = proposals("Islamic State militants killed at least 14 SDF fighters in a counter-attack on their positions"
                + " near the town of Hajin late on Saturday, a spokesman said. The militants stormed SDF posts on the edge of"
                + " Khasham village, north of Hajin, said SDF spokesman Mustafa Bali. He said 23 Islamic State fighters were also"
                + " killed.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("hajin", "khasham"), keys(found.get(0).places()));
        assertEquals(37, found.get(0).killed().low(), "the attackers also killed are more dead");
        assertEquals(2, proposals("Gunmen shot dead a civilian near the town of Hajin on Thursday. The Syrian Observatory said gunmen"
                + " shot dead a shepherd in Khasham village, north of Hajin, on Thursday evening.").size(), "a toll of its own");
    }

    @Test
    void aSourceTellingAnEventAtQuartersOfItsTownTellsTheSameEvent() {
        List<Proposal> found = proposals("استهدفت طائرات حربية مجهولة مواقع للميليشيات الإيرانية في مدينة البوكمال ليل أمس."
                + " وقال مراسلنا في المدينة إن خمس غارات استهدفت مقرات للميليشيات في منطقة الحزام غرب المدينة.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("albu_kamal", "hizam_abukamal"), keys(found.get(0).places()), "placed at the quarter too");
        assertEquals(2, proposals("قتل مدني برصاص مسلحين مجهولين في مدينة البوكمال أمس. وقال المرصد السوري إن مسلحين مجهولين أطلقوا"
                + " النار على سيارة في منطقة الحزام مساء أمس، ما أدى إلى مقتل شابين.").size(), "a toll of its own: a second killing");
    }

    @Test
    void anEventToldAsComingAfterTheIncidentIsASecondEvent() {
        String arrest = "اعتقلت قسد شابين في بلدة خشام أمس.";
        List<Proposal> found = proposals(arrest + " وهاجم أهالي الشابين عقب الحادثة مقراً لقسد في البلدة.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(SubEventType.ARMED_CLASH, found.get(1).type());
        assertEquals(List.of("khasham"), keys(found.get(1).places()), "the town spoken of");
        assertEquals(1, proposals(arrest + " وهاجم أهالي الشابين مقراً لقسد في البلدة.").size(),
                "with nothing saying it came after, a weak event word tells more of the arrest");
        assertEquals(2, proposals("SDF forces arrested two men in Khasham on Monday. Relatives attacked an SDF post in the town after the"
                + " incident.").size());
    }

    @Test
    void aDateBetweenATollsNameAndItsFigureIsTheEventsNotTheFigure() {
        Proposal risen = proposals("ارتفع عدد ضحايا القصف على بلدة خشام أمس إلى 11 قتيلاً.").get(0);
        assertEquals(11, risen.killed().low());
    }

    @Test
    void eventWordsOpeningARelativeClauseTellNotTheSentencesEvent() {
        Proposal headline = proposals("قوات النظام تقصف بلدة خشام وتعفش القرى التي سيطرت عليها مؤخراً").get(0);
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, headline.type(), "told in the present, as headlines do");
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE,
                proposals("ISIS shelled Khasham on Monday, which the army captured last month.").get(0).type());
        assertEquals(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, proposals("مسلحون يختطفون معلماً في بلدة خشام").get(0).type());
        assertEquals(SubEventType.PEACEFUL_PROTEST, proposals("أهالي بلدة خشام يتظاهرون ضد قسد").get(0).type());
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, proposals("Syrian army retakes Khasham from ISIS").get(0).type());
    }

    @Test
    void partsOfATollToldAsMoreAddUpAndATollRisenReplacesTheFirst() {
        String attack = "قتل 3 عناصر من قسد بهجوم لخلايا التنظيم على حاجز في بلدة خشام أمس";
        List<Proposal> also = proposals(attack + "، كما قتل مدنيان كانا بالقرب من الحاجز.");
        assertEquals(1, also.size(), also::toString);
        assertEquals(Casualties.exactly(5), also.get(0).killed(), "the coders add up parts told separately");
        assertEquals(Casualties.exactly(5), proposals("Three SDF fighters were killed in an ISIS attack on a checkpoint in"
                + " Khasham on Monday. Two civilians were also killed.").get(0).killed());
        assertEquals(Casualties.exactly(5), proposals("An ISIS attack on a checkpoint in Khasham on Monday killed three SDF"
                + " fighters, while two attackers were also killed.").get(0).killed());
        List<Proposal> alsoBefore = proposals("واشتبكت وحدات الجيش مع مجموعات من التنظيم قرب بلدة خشام فجر اليوم، ما أسفر عن مقتل"
                + " 11 إرهابياً. ولفت المراسل إلى أن الاشتباك أسفر أيضاً عن ارتقاء شهيدين من عناصر الجيش وإصابة ثلاثة آخرين.");
        assertEquals(1, alsoBefore.size(), alsoBefore::toString);
        assertEquals(Casualties.exactly(13), alsoBefore.get(0).killed(), "«أيضاً» just before the count: more dead");
        assertEquals(Casualties.exactly(2), proposals("قتل عنصران من قسد بهجوم مسلح على حاجز في بلدة خشام أمس. وأكد المرصد السوري"
                + " أيضاً مقتل العنصرين.").get(0).killed(), "another source also telling them: the same dead");
        assertEquals(Casualties.exactly(2), proposals("A US drone struck a car in Khasham on Sunday. No civilians were killed in the"
                + " strike, and two ISIS members were killed.").get(0).killed(), "nobody of one group, then the people counted");
        List<Proposal> raid = proposals("SDF forces raided a house in Khasham on Sunday, arresting two men. Gunmen opened fire on the"
                + " patrol during the raid.");
        assertEquals(1, raid.size(), "the fire a raid met, placed nowhere else, is the raid's: " + raid);
        assertEquals(Casualties.exactly(2), proposals("Two SDF fighters were killed when gunmen attacked a checkpoint in Khasham on"
                + " Thursday. The Syrian Observatory also reported the death of two SDF fighters in the attack.").get(0).killed());
        assertEquals(Casualties.exactly(26), proposals("تتواصل الاشتباكات بين قسد والتنظيم في بلدة هجين منذ أمس، وتسببت المعارك"
                + " بمقتل 17 عنصراً من قسد، إضافة لمقتل 9 عناصر من التنظيم.").get(0).killed(), "«إضافة لـ»: in addition to");
        assertEquals(Casualties.exactly(33), proposals("دارت اشتباكات عنيفة أمس في بلدة هجين أسفرت عن مقتل 31 مرتزقاً، في حين استشهد"
                + " مقاتلان من قوات سوريا الديمقراطية.").get(0).killed(), "«في حين»: whereas");
        assertEquals(Casualties.exactly(33), proposals("دارت اشتباكات عنيفة أمس في بلدة هجين أسفرت عن مقتل 31 مرتزقاً، وفي حين"
                + " استشهد مقاتلان من قوات سوريا الديمقراطية.").get(0).killed(), "«وفي حين», the conjunction written on");
        assertEquals(Casualties.exactly(5), proposals("تجددت مساء أمس الاشتباكات بين مقاتلي العشائر وقسد في بلدة ذيبان. وقال مراسلنا"
                + " إن ثلاثة من مقاتلي العشائر قُتلوا وأصيب آخرون، إلى جانب مقتل عنصرين من قسد.").get(0).killed(),
                "«ثلاثة من مقاتلي العشائر قتلوا», a side's name after the count; «إلى جانب», alongside");
        assertEquals(Casualties.exactly(6), proposals("قصفت قوات النظام بلدة خشام أمس ما أدى لسقوط شهداء وجرحى، إضافة لإصابة 6"
                + " مواطنين.").get(0).injured(), "more than wounded told with no figure is the figure");
        assertEquals(new Casualties(10, 10, null), proposals("ارتقى عدد من الشهداء وأصيب آخرون بجروح جراء عدوان جوي على مدينة الميادين."
                + " وأعلن مصدر طبي أن عدد الشهداء بلغ ستة، إضافة إلى أكثر من عشرة جرحى.").get(0).injured(),
                "«آخرون», others, with no figure: the figure told later is theirs, not more");
        Proposal diedLater = proposals("ISIS gunmen attacked a checkpoint in Khasham on Tuesday, killing one officer and wounding"
                + " four others, one of whom later died in hospital.").get(0);
        assertEquals(Casualties.exactly(2), diedLater.killed(), "one of the wounded who died is one more dead");
        assertEquals(Casualties.exactly(4), diedLater.injured(), "the wounded's first figure stays");
        assertEquals(new Casualties(null, 7, 10), proposals("An ISIS attack on a checkpoint in Khasham on Monday killed between five"
                + " and eight SDF fighters, while two attackers were also killed.").get(0).killed(), "a range is a figure to add to");
        assertEquals(2, proposals("A US strike hit a house in Mayadin on Monday. There were no civilian casualties in the strike,"
                + " which killed two ISIS leaders.").get(0).killed().low(), "nobody of one group hurt is no zero for all");
        assertEquals(Casualties.exactly(3), proposals("قصفت قوات النظام بلدة خشام أمس ما أسفر عن مقتل 3 مدنيين."
                + " وارتفعت حصيلة القتلى لاحقاً إلى 5.").get(0).killed(), "the first figure told as fact stays");
        assertEquals(Casualties.exactly(5), proposals("قصفت قوات النظام بلدة خشام أمس ما أسفر عن مقتل عدد من المدنيين."
                + " وارتفعت حصيلة القتلى لاحقاً إلى 5.").get(0).killed(), "a toll risen replaces a first one with no figure");
        assertEquals(14, proposals("Russian warplanes struck Khasham on Monday, killing at least 14 civilians. The Syrian"
                + " Observatory for Human Rights put the toll at 17.").get(0).killed().best(), "another source's figure, told after");
        List<Proposal> later = proposals("قصفت قوات النظام بلدة خشام أمس ما أسفر عن سقوط قتلى. وفي سياق آخر، اعتقلت قسد شاباً في"
                + " بلدة الشحيل. وارتفعت حصيلة قتلى القصف على بلدة خشام إلى 5.");
        assertEquals(2, later.size(), "the toll risen, told further on, is no second shelling: " + later);
        assertEquals(Casualties.exactly(5), later.get(0).killed());
        assertEquals(Casualties.exactly(3), proposals(attack + ". وأكدت المصادر مقتل ثلاثة عناصر.").get(0).killed(),
                "the same toll told again is not added");
    }

    @Test
    void aTallyThatCountsProvincesOffTheMapTooGivesNoEventItsFigures() {
        List<Proposal> tallied = proposals("أطلق مسلح من خلايا التنظيم النار على عنصر في قسد ببلدة ذيبان أمس، ما أسفر عن"
                + " إصابته بجراح. وبذلك يرتفع إلى 212 عدد الذين قتلتهم الخلايا ضمن 4 محافظات هي الرقة والحسكة ودير الزور"
                + " وحلب، بينهم 70 مدنياً في ريف الحسكة وريف دير الزور الشرقي.");
        assertEquals(1, tallied.size(), tallied::toString);
        assertEquals(Casualties.UNKNOWN, tallied.get(0).killed(), "the tally counts people of other events");
        assertEquals(Casualties.exactly(1), tallied.get(0).injured());
        assertEquals(Casualties.exactly(5), proposals("قصفت قوات النظام بلدة خشام أمس ما أسفر عن سقوط قتلى. وفي سياق آخر، اعتقلت قسد"
                + " شاباً في بلدة الشحيل. وارتفعت حصيلة قتلى القصف على بلدة خشام إلى 5، بينهم نازحون من حلب.").get(0).killed(),
                "one place off the map is no tally");
    }

    @Test
    void aPlaceARoadIsNamedForSaysWhereTheRoadRuns() {
        Proposal town = proposals("أطلق مجهولون النار على عنصر من قسد على طريق الجفرة النفطي في بلدة خشام أمس.").get(0);
        assertEquals(List.of("khasham"), keys(town.places()), "the town where it happened, not Jafra");
        Proposal road = proposals("أطلق مجهولون النار على عنصر من قسد على طريق الجفرة أمس.").get(0);
        assertEquals(List.of("jafrah"), keys(road.places()), "the road is all the report gives");
        assertEquals(List.of("khasham"), keys(proposals("Gunmen shot an SDF member on the Jafra road in Khasham on Monday.")
                .get(0).places()));
    }

    @Test
    void aTollInTheSentenceAfterTheEventCountsIt() {
        Proposal arabic = proposals("قصفت طائرة مسيرة سيارة في بلدة خشام أمس. وأكدت المصادر سقوط 7 قتلى على الأقل وأكثر من 12 جريحاً.").get(0);
        assertEquals(7, arabic.killed().low());
        assertEquals(12, arabic.injured().low());
        assertTrue(arabic.evidence().text().endsWith("جريحاً."), "the toll is part of the evidence");
        Proposal english = proposals("Gunmen attacked a checkpoint in Khasham on Monday. Three soldiers were killed and four wounded.").get(0);
        assertEquals(Casualties.exactly(3), english.killed());
        assertEquals(Casualties.exactly(4), english.injured());

        Proposal elsewhere = proposals("A drone struck a car in Khasham on Monday. Three people were killed in Mayadin on Sunday.").get(0);
        assertNull(elsewhere.killed().low(), "a toll with a place and a date of its own counts another event");
    }

    @Test
    void theDayASourceSpokeDatesNoEventTheSentenceDatesToo() {
        List<Proposal> found = proposals("قتل 26 جندياً نتيجة هجوم شنه التنظيم على حافلة عسكرية في بلدة خشام الثلاثاء، وفق ما أفاد المرصد"
                + " السوري الأربعاء. واستهدفت طائرة مسيرة سيارة في مدينة الميادين.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(org.furat.model.DateSpan.day(LocalDate.of(2024, 11, 12)), found.get(0).dates(), "Tuesday, the attack's day");
        assertEquals(org.furat.model.DateSpan.day(LocalDate.of(2024, 11, 12)), found.get(1).dates(),
                "the sentence after goes on from the attack's day, not from the day the Observatory spoke");

        Proposal alone = proposals("The Observatory reported on Wednesday that the SDF arrested 15 people in Khasham.").get(0);
        assertEquals(org.furat.model.DateSpan.day(LocalDate.of(2024, 11, 13)), alone.dates(),
                "with no other date the day of the report is the coders' date");
    }

    @Test
    void aPlacelessHeadlineDatedToTheWeekIsTheLaterSentenceThatPlacesIt() {
        List<Proposal> found = proposals("مقتل 26 جندياً بهجوم لداعش\n"
                + "قصفت طائرة مسيرة سيارة في مدينة الميادين أمس. وقتل 26 جندياً في هجوم للتنظيم على حافلة عسكرية في بلدة خشام.");
        assertEquals(2, found.size(), found::toString);
        Proposal attack = found.get(1);
        assertEquals(List.of("khasham"), keys(attack.places()));
        assertEquals(org.furat.model.DateSpan.day(LocalDate.of(2024, 11, 13)), attack.dates());
        assertTrue(attack.evidence().start() > 0, "the later telling keeps its own evidence");
    }

    @Test
    void anEventPlacedInANeighbouringGovernorateIsPlacedNowhereOnTheMap() {
        Proposal p = proposals("قتل ثلاثة عناصر من قسد في هجوم على دورية في ريف الرقة الشرقي أمس.").get(0);
        assertEquals(List.of(), p.places(), p::toString);
        assertNull(p.fallbackPlace());
    }

    @Test
    void aSentenceWithNoDateWordTakesTheLastDateTheReportGaveBeforeIt() {
        List<Proposal> found = proposals("Gunmen attacked a checkpoint in Khasham yesterday. "
                + "Our correspondent met a farmer at the market. In Mayadin, a drone strike hit a car.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(org.furat.model.DateSpan.day(LocalDate.of(2024, 11, 13)), found.get(0).dates());
        assertEquals(org.furat.model.DateSpan.day(LocalDate.of(2024, 11, 13)), found.get(1).dates(),
                "the report went on about yesterday");
        assertEquals(TimePrecision.DAY, found.get(1).timePrecision());
    }

    @Test
    void aLaterDateWordIsNoContextForTheSentencesBeforeIt() {
        List<Proposal> found = proposals("US forces shelled Khasham. A drone strike hit a car in Mayadin on Tuesday.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(TimePrecision.WEEK, found.get(0).timePrecision());
        assertEquals(org.furat.model.DateSpan.day(LocalDate.of(2024, 11, 12)), found.get(1).dates());
    }

    @Test
    void anEventSentenceNamingNoPlaceJoinsTheSameEventBeforeIt() {
        String text = "US forces shelled Khasham on Tuesday. The shelling killed three civilians.";
        List<Proposal> found = proposals(text);
        assertEquals(1, found.size(), found::toString);
        assertEquals(text, found.get(0).evidence().text(), "the evidence covers both sentences");
        assertEquals(List.of("khasham"), keys(found.get(0).places()));
        assertEquals(Casualties.exactly(3), found.get(0).killed(), "the toll given in the later sentence");

        List<Proposal> arabic = proposals("قصفت القوات الأمريكية قرية خشام. وأسفر القصف عن مقتل ثلاثة مدنيين.");
        assertEquals(1, arabic.size(), arabic::toString);
        assertEquals(Casualties.exactly(3), arabic.get(0).killed());

        List<Proposal> weak = proposals("قصفت القوات الأمريكية قرية خشام. وأسفر الهجوم عن مقتل ثلاثة مدنيين.");
        assertEquals(1, weak.size(), "«الهجوم», a weak word, may speak of the shelling: " + weak);
    }

    @Test
    void anEventSentenceNamingNoPlaceIsItsOwnEventProposedWhereTheReportPlacesNoneOrItNamesOneTold() {
        assertEquals(2, proposals("A drone struck a car on Tuesday. Clashes broke out on Wednesday.").size(),
                "another kind of event, in a report that places none");
        List<Proposal> placed = proposals("US forces shelled Khasham on Tuesday. A drone struck a car on Wednesday.");
        assertEquals(1, placed.size(), "placing nothing, it is not proposed in a report that places others");
        assertFalse(placed.get(0).evidence().text().contains("drone"), "nor is it told of the event before it");
        assertEquals(2, proposals("US forces shelled Khasham on Tuesday, killing two fighters. The shelling killed three civilians.").size(),
                "a second toll of a kind it has, of the event the definite words name");
        assertEquals(2, proposals("A drone struck a car on Wednesday. Clashes killed two fighters on Thursday.").size(),
                "a report that places no event keeps them all");
        assertEquals(3, proposals("US forces shelled Khasham on Tuesday. A drone struck a car in Mayadin on Wednesday. The shelling killed two.").size(),
                "another event in between, on another day: the shelling goes on from Wednesday");
    }

    @Test
    void aLaterParagraphTellingAnEventAgainAtItsPlaceIsThatEvent() {
        String first = "قصفت قوات النظام بلدة خشام صباح اليوم.";
        String text = first + " وفي سياق آخر، استهدفت طائرة مسيرة سيارة في مدينة الميادين."
                + " وكان قصف قوات النظام على بلدة خشام قد أدى إلى مقتل ثلاثة مدنيين.";
        List<Proposal> found = proposals(text);
        assertEquals(2, found.size(), found::toString);
        Proposal shelling = found.get(0);
        assertEquals(List.of("khasham"), keys(shelling.places()));
        assertEquals(Casualties.exactly(3), shelling.killed(), "the retelling's toll, which the first telling lacked");
        assertEquals(first, shelling.evidence().text(), "the evidence does not take in the drone strike told between");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, found.get(1).type());
    }

    @Test
    void aRetellingsExactFigureReplacesAVagueOne() {
        List<Proposal> found = proposals("قصفت قوات النظام بلدة خشام صباح اليوم ما أدى إلى جرح العشرات."
                + " وفي سياق آخر، استهدفت طائرة مسيرة سيارة في مدينة الميادين."
                + " وكان قصف قوات النظام على بلدة خشام قد أدى إلى جرح ثلاثين مدنياً.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(Casualties.exactly(30), found.get(0).injured(), "thirty, not «العشرات»");
    }

    @Test
    void anEventRecalledWithNoPlaceAndOnlyAMonthOrYearIsBackground() {
        List<Proposal> found = proposals("US forces shelled Khasham on Tuesday. In 2019, clashes killed hundreds across the country.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, found.get(0).type());

        List<Proposal> arabic = proposals("قصفت قوات النظام بلدة خشام صباح اليوم."
                + " وكانت اشتباكات عنيفة قد اندلعت في شهر آب الماضي وأسفرت عن مقتل عشرة أشخاص.");
        assertEquals(1, arabic.size(), "August, in a November report: " + arabic);
    }

    @Test
    void anEventASourceHadReportedBeforeTheNewsIsBackground() {
        List<Proposal> found = proposals("قتل عنصر من قسد برصاص مسلحين مجهولين في بلدة الشحيل مساء أمس."
                + " وكان المرصد السوري قد أشار في العاشر من الشهر الجاري إلى مقتل مدني برصاص مسلحين في بلدة ذيبان."
                + " ونشر المرصد السوري في الـ 11 من الشهر الجاري، أن عنصراً من قسد قتل بهجوم مسلح على نقطة عسكرية في بلدة هجين.");
        assertEquals(List.of(List.of("shuhayl")), found.stream().map(p -> keys(p.places())).toList(), found::toString);
        List<Proposal> english = proposals("A civilian was shot dead in Shuhayl on Wednesday. SOHR had reported on November 10 that"
                + " gunmen killed a shepherd in Hajin.");
        assertEquals(1, english.size(), english::toString);
        List<Proposal> news = proposals("قتل عنصر من قسد برصاص مسلحين مجهولين في بلدة الشحيل مساء أمس."
                + " وقد وثق المرصد مقتل مدني آخر برصاص مسلحين في بلدة ذيبان يوم الثلاثاء.");
        assertEquals(2, news.size(), "«وقد وثق» (has documented) tells news: " + news);
        assertEquals(2, proposals("قتل مدني برصاص مسلحين في البصيرة اليوم. وكان المرصد السوري قد أشار قبل أيام إلى مقتل شاب في"
                + " الشحيل، كما قتل عنصر من قسد أمس بهجوم مسلح في ذيبان.").size(), "«كما» opens news of its own");
        List<Proposal> weekdayPast = proposals("قتل عنصر من قسد برصاص مسلحين مجهولين في بلدة الشحيل مساء أمس."
                + " ونشر المرصد السوري يوم السبت الفائت، أن مسلحين مجهولين أقدموا على قتل شاب في بلدة ذيبان.");
        assertEquals(1, weekdayPast.size(), "the day of its report, a weekday past: " + weekdayPast);
    }

    @Test
    void anEventToldAtTheTimeOrAsAReminderIsBackground() {
        assertEquals(1, proposals("IS militants attacked an SDF post near Hajin on Wednesday, killing three fighters. IS also kidnapped"
                + " several families from a camp in Busayrah on Monday, the Observatory said at the time.").size());
        assertEquals(1, proposals("استهدفت طائرة مسيرة مستودعاً للأسلحة قرب مدينة الميادين صباح اليوم. يذكر أن الطائرات الأمريكية كانت"
                + " قد استهدفت في 11 تشرين الثاني الجاري مستودعاً للأسلحة في مدينة البوكمال.").size());
        assertEquals(2, proposals("IS militants attacked an SDF post near Hajin on Wednesday, killing three fighters. At the time of the"
                + " attack, gunmen shot dead a civilian in Busayrah.").size(), "at the time of the news is the news");
        assertEquals(2, proposals("قتل عنصر من قسد بهجوم على حاجز في هجين اليوم. وفي يوم الاثنين، قتل عنصران من قسد بانفجار لغم في"
                + " ذيبان، وأصيب حينها ثلاثة آخرون.").size(), "«حينها» is at that moment");
        assertEquals(2, proposals("A drone struck an SDF post in Hajin on Wednesday. A drone struck the Conoco base on Monday, wounding"
                + " two SDF fighters who were on guard at the time.").size(), "on guard at the time");
    }

    @Test
    void attacksThatComeOftenAndFearsOfThemAreNoEvent() {
        assertEquals(1, proposals("Gunmen shot dead a civilian in Hajin on Wednesday. Government forces in Mayadin face regular attacks"
                + " in the desert.").size());
        assertEquals(1, proposals("قصفت قوات النظام بلدة خشام صباح اليوم. وتشهد مدينة البوكمال ومحيطها غارات متكررة منذ سنوات.").size());
        assertEquals(1, proposals("US forces shelled Khasham on Wednesday. Militias have brought fighters to Mayadin, amid fears of US"
                + " strikes.").size());
    }

    @Test
    void whatPeopleHeardIsNoEventOfItsOwn() {
        assertEquals(1, proposals("US helicopters landed near Khasham on Wednesday night and arrested two men. Residents in the town of"
                + " Hajin said they heard at least four loud explosions shortly after sunset.").size());
        assertEquals(1, proposals("Clashes broke out in Dhiban on Wednesday. Gunfire and explosions could be heard in the nearby town of"
                + " Hajin.").size());
        assertEquals(1, proposals("An explosion was heard in Hajin on Wednesday, killing two civilians.").size(),
                "an explosion that was heard and killed is an event");
        assertEquals(1, proposals("Residents heard gunfire as ISIS gunmen attacked an SDF checkpoint in Hajin on Wednesday, killing two"
                + " fighters.").size(), "what was heard, then the attack told");
        assertEquals(1, proposals("وقال أهالي إنهم سمعوا دوي انفجار قبل أن تستهدف مسيرة سيارة في البصيرة ما أدى لمقتل شخصين.").size());
    }

    @Test
    void aRoundUpsTitleProposesNothingOfItsOwn() {
        List<Proposal> found = proposals("حصيلة اليوم في دير الزور| قصف صاروخي على حقل العمر واستهداف قاعدة كونيكو بطائرة مسيرة\n"
                + "استهدفت الميليشيات بعدة صواريخ قاعدة التحالف في حقل العمر مساء أمس.\n"
                + "وأسقطت الدفاعات الجوية طائرة مسيرة حاولت استهداف قاعدة كونيكو صباح اليوم.");
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.stream().allMatch(p -> p.places().size() == 1), "each placed by its own sentence: " + found);
        assertEquals(1, proposals("قصف صاروخي على حقل العمر بريف دير الزور\nاستهدفت الميليشيات بعدة صواريخ قاعدة التحالف في حقل"
                + " العمر مساء أمس.").size(), "a headline that is no round-up's still tells its lead's event");
    }

    @Test
    void whereACarWasHeadingIsNoEventPlaceEvenWhereTheSentenceNamesNoOther() {
        List<Proposal> found = proposals("انفجرت عبوة ناسفة صباح اليوم بسيارة عسكرية لقسد قرب بلدة ذيبان، ما أسفر عن مقتل عنصرين."
                + " وقال المراسل إن العبوة انفجرت لحظة مرور السيارة التي كانت متجهة نحو حقل العمر، ونقل المصاب إلى مشفى في بلدة"
                + " البصيرة.");
        assertEquals(1, found.size(), "the blast told again, not one at the oil field: " + found);
        assertEquals(List.of("dhiban"), keys(found.get(0).places()), found::toString);
        Proposal heading = proposals("A roadside bomb struck an SDF vehicle in Dhiban on Monday as it was heading toward Busayrah.").get(0);
        assertEquals(List.of("dhiban"), keys(heading.places()), heading::toString);
        Proposal drone = proposals("Iranian-backed militias in Mayadin launched a drone heading toward the Conoco base on Wednesday.")
                .get(0);
        assertTrue(keys(drone.places()).contains("conoco_base"), "what a drone heads toward is its target: " + drone);
    }

    @Test
    void whatASideSaysItTookNoPartInAndWhatHappensOftenAreNoEvents() {
        List<Proposal> notInvolved = proposals("Tribal fighters stormed SDF posts in Dhiban on Wednesday. The U.S. military, which has"
                + " troops at the nearby al-Omar oil field, said its forces were not involved in the fighting.");
        assertEquals(1, notInvolved.size(), notInvolved::toString);
        assertEquals(List.of("dhiban"), keys(notInvolved.get(0).places()), notInvolved::toString);
        assertEquals(1, proposals("Gunmen abducted a teacher in Hajin on Wednesday. Kidnappings for ransom have become common in the"
                + " countryside of Deir ez-Zor.").size());
    }

    @Test
    void theDayOfAnEventNamedIsNoEventOfTheSentence() {
        List<Proposal> found = proposals("شنت طائرات التحالف غارة على بلدة هجين فجر اليوم ما أدى لمقتل عنصرين من التنظيم."
                + " وفي يوم الغارة ذاته، نفذت قوات التحالف وقسد عملية إنزال جوي في بلدة البصيرة، واعتقلت شخصين.");
        assertEquals(List.of(SubEventType.AIR_DRONE_STRIKE, SubEventType.ARRESTS), found.stream().map(Proposal::type).toList(),
                found::toString);
    }

    @Test
    void aKillingAtTheHandsOfSomeoneIsAnEventWithNoOtherWordOfIt() {
        Proposal gunmen = proposals("قتل شاب على يد مسلحين مجهولين في بلدة البصيرة يوم الجمعة.").get(0);
        assertEquals(SubEventType.ATTACK, gunmen.type(), gunmen::toString);
        Proposal mob = proposals("قُتل شاب، الجمعة، على يد حشد من الأهالي الغاضبين في بلدة البصيرة.").get(0);
        assertEquals(SubEventType.MOB_VIOLENCE, mob.type(), mob::toString);
        assertEquals(SubEventType.PEACEFUL_PROTEST, proposals("خرج عشرات الأهالي الغاضبين في مظاهرة سلمية في ذيبان للمطالبة بالإفراج"
                + " عن المعتقلين.").get(0).type(), "angry residents who protest");
        assertEquals(SubEventType.MOB_VIOLENCE, proposals("A man was beaten to death by an angry mob in Hajin on Wednesday.").get(0)
                .type());
        assertEquals(SubEventType.ARRESTS, proposals("اعتقل شاب على يد دورية لقسد في بلدة البصيرة يوم الجمعة.").get(0).type(),
                "a stronger word of the event decides");
    }

    @Test
    void anEventToldAsFollowingTheOneBeforeHappenedWhereItDid() {
        List<Proposal> found = proposals("انفجرت سيارة مفخخة قرب سوق بلدة البصيرة صباح اليوم، ما أدى لإصابة 5 مدنيين.\n"
                + "وعقب الانفجار بدقائق، تجمع عدد من الأهالي الغاضبين حول شاب قالوا إنهم شاهدوه يركن السيارة، وانهالوا عليه بالضرب.\n"
                + "Following the attack, the SDF arrested five men.");
        assertEquals(List.of(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, SubEventType.MOB_VIOLENCE, SubEventType.ARRESTS),
                found.stream().map(Proposal::type).toList(), found::toString);
        assertTrue(found.stream().allMatch(p -> keys(p.places()).equals(List.of("busayrah"))), found::toString);
        List<Proposal> afterNoon = proposals("قتل عنصر من قسد بهجوم على حاجز في هجين صباح اليوم. وبعد الظهر، استهدفت مسيرة مجهولة سيارة"
                + " تقل قيادياً في الحرس الثوري، ما أدى لمقتله.");
        assertTrue(afterNoon.stream().noneMatch(p -> p.type() == SubEventType.AIR_DRONE_STRIKE && keys(p.places()).contains("hajin")),
                "after noon is a time, not the event before: " + afterNoon);
        assertEquals(1, proposals("US forces shelled Khasham on Tuesday. After the shelling, a US official said there were no plans to"
                + " pull the troops out of the area.").size(), "what is not planned is no event");
    }

    @Test
    void aSentenceOpenedByATimeOfRecurringEventsToldNone() {
        assertEquals(1, proposals("ISIS cells attacked an SDF checkpoint in Hajin on Monday, killing two fighters. In recent months, ISIS"
                + " sleeper cells have launched attacks on SDF positions in the towns of Dhiban, Shuhayl and Hajin.").size());
    }

    @Test
    void peopleFromATownAndTheTownsOfHospitalsAreNoEventPlaces() {
        Proposal hunters = proposals("Five truffle hunters from the town of al-Asharah were killed on Tuesday when their truck hit a"
                + " landmine in the desert near Mayadin.").get(0);
        assertEquals(List.of("mayadin"), keys(hunters.places()), hunters::toString);
        Proposal workers = proposals("ISIS cells abducted three workers from an oil field in Khasham on Wednesday.").get(0);
        assertEquals(List.of("khasham"), keys(workers.places()), "from an oil field there: " + workers);
        List<Proposal> arrests = proposals("قتل أربعة أشخاص في اشتباك بين عائلتين في بلدة هجين أمس.\n"
                + "وأضاف المصدر أن المصابين نقلوا إلى مشافي بلدتي الشحيل وذيبان.\n"
                + "واعتقلت قسد سبعة أشخاص من العائلتين ونشرت دوريات في البلدة.");
        assertEquals(List.of("hajin"), keys(arrests.get(arrests.size() - 1).places()), "the town, not the hospitals': " + arrests);
    }

    @Test
    void theWorstEventOfItsKindCountedIsTheEventJustTold() {
        assertEquals(1, proposals("قتل خمسة عناصر بهجوم لداعش على حاجز في بادية الميادين أمس. ويعد هذا الهجوم الأعنف للتنظيم منذ سقوط"
                + " النظام، بعد هجمات متفرقة استهدفت حواجز في بادية البوكمال.").size());
    }

    @Test
    void whatDidNotHappenOrWasOnlyHeardIsNoEvent() {
        List<Proposal> protest = proposals("خرج العشرات في مظاهرة في بلدة البصيرة أمس. وأضاف المراسل أن دوريات من قسد انتشرت في محيط"
                + " المظاهرة دون أن تتدخل لتفريقها.");
        assertEquals(List.of(SubEventType.PEACEFUL_PROTEST), protest.stream().map(Proposal::type).toList(), protest::toString);
        assertEquals(SubEventType.PEACEFUL_PROTEST, proposals("تظاهر العشرات في ذيبان ضد قسد دون أن تتدخل قوات الأمن لتفريقها.").get(0)
                .type(), "who did not intervene named between");
        assertEquals(1, proposals("شنت طائرات حربية غارات على مواقع للميليشيات في البوكمال فجر اليوم. وسمعت أصوات انفجارات متتالية"
                + " لساعات في مدينة الميادين.").size(), "explosions heard after the strikes");
    }

    @Test
    void chargesListedWithAnotherPrepositionAreChargesToo() {
        List<Proposal> found = proposals("The SDF said its fighters killed an ISIS leader in a raid in Kasrah on Wednesday. The raid targeted"
                + " a cell \"responsible for attacks on military points and for planting explosive devices on roads\" in the area.");
        assertEquals(List.of(SubEventType.ARMED_CLASH), found.stream().map(Proposal::type).toList(), found::toString);
    }

    @Test
    void aHeadlineSummingUpTwoEventsTheBodyTellsOneByOneAddsNone() {
        List<Proposal> found = proposals("ISIS cells kill six soldiers near Albu Kamal, as Russian jets pound Mayadin\n"
                + "Six government soldiers were killed on Wednesday when ISIS cells attacked their checkpoint near Albu Kamal.\n"
                + "Russian jets carried out several air strikes on Mayadin on Wednesday, the monitor said.");
        assertEquals(List.of(List.of("albu_kamal"), List.of("mayadin")), found.stream().map(p -> keys(p.places())).toList(),
                found::toString);
        assertEquals(Casualties.UNKNOWN, found.get(1).killed(), "the headline's six are the checkpoint's, not the air strikes'");
    }

    @Test
    void aHeadlinePlacedNowhereSumsUpTheEventsTheBodyTells() {
        List<Proposal> found = proposals("مقتل عنصر في قسد ومختار قرية برصاص مسلحين مجهولين وإصابة 3 آخرين بانفجار عبوة ناسفة\n"
                + "قتل عنصر في قسد برصاص مسلحين مجهولين في بلدة الشحيل مساء أمس.\n"
                + "كما اغتال مسلحون مجهولون مختار قرية في بلدة ذيبان فجر اليوم.\n"
                + "وأصيب 3 عناصر من قسد بجروح جراء انفجار عبوة ناسفة استهدفت سيارتهم في بلدة البصيرة ظهر اليوم.");
        assertEquals(List.of(List.of("shuhayl"), List.of("dhiban"), List.of("busayrah")),
                found.stream().map(p -> keys(p.places())).toList(), found::toString);
        assertEquals(Casualties.UNKNOWN, found.get(2).killed(), "the headline's two dead are the shootings', not the bomb's");
        assertEquals(Casualties.exactly(3), found.get(2).injured());
    }

    @Test
    void otherMembersOfASideHurtAreStruck() {
        Proposal p = proposals("أصيب عنصران آخران من قسد بجروح جراء انفجار عبوة ناسفة في بلدة البصيرة فجر اليوم.").get(0);
        assertNull(p.actor1(), p::toString);
        assertEquals("sdf", p.actor2().actorKey(), p::toString);
    }

    @Test
    void kurdishLedFightersAreTheSdfAndArabTribalGunmenTheTribes() {
        Proposal p = proposals("Clashes between U.S.-backed Kurdish-led fighters and Arab tribal gunmen killed at least 54 people in"
                + " Dhiban since Sunday.").get(0);
        assertEquals("sdf", p.actor1().actorKey(), p::toString);
        assertEquals("tribal_forces", p.actor2().actorKey(), p::toString);
    }

    @Test
    void whatPeopleArrestedAreSaidToHaveDoneIsTheirChargeNotTheEvent() {
        Proposal p = proposals("During the operation in Dhiban on Monday, the SDF arrested 31 suspects, including six members of ISIS"
                + " cells involved in assassinations and bombings against civilians.").get(0);
        assertEquals(SubEventType.ARRESTS, p.type(), p::toString);
    }

    @Test
    void aNightThatRunsIntoTheNextDayIsOfBothAndTheSentencesAfterGoOnFromBoth() {
        LocalDate monday = LocalDate.of(2024, 11, 11);
        List<Proposal> found = proposals("استهدفت غارات جوية، ليل الاثنين - الثلاثاء، مواقع للمليشيات في مدينة البوكمال.\n"
                + "وقالت مصادر محلية إن الغارات طاولت مقرات ومستودعات أسلحة في مدينة البوكمال.");
        assertEquals(1, found.size(), "the strikes told again: " + found);
        assertEquals(new DateSpan(monday, monday.plusDays(1)), found.get(0).dates(), found::toString);
        assertEquals(new DateSpan(monday, monday.plusDays(1)),
                proposals("Air strikes hit militia positions in Albu Kamal overnight Monday to Tuesday.").get(0).dates());
        assertEquals(DateSpan.day(monday), proposals("Air strikes hit Albu Kamal on Monday; on Tuesday, the SDF arrested ten men in"
                + " Busayrah.").get(0).dates(), "two days of two events");
    }

    @Test
    void fightingThatLastedIntoADayRunsToIt() {
        Proposal p = proposals("Islamic State militants attacked SDF fighters near Hajin, killing at least 41 fighters in clashes that began"
                + " late Friday and lasted into Saturday, a war monitor said.").get(0);
        LocalDate friday = LocalDate.of(2024, 11, 8);
        assertEquals(new DateSpan(friday, friday.plusDays(1)), p.dates(), p::toString);
        Proposal apart = proposals("Militants attacked SDF fighters near Hajin on Friday. On Saturday, the SDF arrested ten men in Busayrah.").get(0);
        assertEquals(DateSpan.day(friday), apart.dates(), "another day told apart is another event's");
        assertEquals(DateSpan.day(friday), proposals("A civilian was shot dead in Hajin on Friday but not identified until Saturday.")
                .get(0).dates(), "what went on until a day after the event is not the event");
        Proposal fromUntil = proposals("اندلعت اشتباكات بين قسد ومسلحين في بلدة هجين من مساء الجمعة وحتى صباح السبت.").get(0);
        assertEquals(new DateSpan(friday, friday.plusDays(1)), fromUntil.dates(), fromUntil::toString);
    }

    @Test
    void anEventKnownOnlyToAMonthBeforeTheLastIsBackgroundHoweverTold() {
        List<Proposal> found = proposals("Unidentified aircraft struck a convoy near Mayadin late on Monday, killing 10 people."
                + " In September, strikes attributed to Israel on militia positions in Mayadin killed dozens of fighters.");
        assertEquals(1, found.size(), "September, in a November report: " + found);
        List<Proposal> lastMonth = proposals("Unidentified aircraft struck a convoy near Mayadin late on Monday, killing 10 people."
                + " Last month rockets were fired at militia positions in Hajin, causing no casualties.");
        assertEquals(2, lastMonth.size(), "the month just past may be news: " + lastMonth);
    }

    @Test
    void aPlacedEventOfAnEarlierMonthToldInThePluperfectOrLikenedIsBackground() {
        List<Proposal> arabic = proposals("قتل عنصر من قسد برصاص مسلحين مجهولين في بلدة ذيبان يوم الأربعاء الماضي."
                + " وكان عنصر آخر من قسد قد قتل الشهر الماضي بهجوم في بلدة البصيرة.");
        assertEquals(List.of(List.of("dhiban")), arabic.stream().map(p -> keys(p.places())).toList());
        List<Proposal> english = proposals("A landmine killed a shepherd near Marrat on Tuesday."
                + " Last month, a similar explosion killed two children in Mazloum.");
        assertEquals(List.of(List.of("marrat")), english.stream().map(p -> keys(p.places())).toList());
        List<Proposal> reminder = proposals("أصيب طفل بانفجار لغم أرضي في بلدة ذيبان صباح اليوم. يذكر أن مخلفات الحرب ما تزال منتشرة"
                + " بكثرة في الريف، وسبق أن انفجر لغم مماثل بجرار زراعي في بلدة الشحيل ما أدى لإصابة سائقه.");
        assertEquals(List.of(List.of("dhiban")), reminder.stream().map(p -> keys(p.places())).toList(),
                "a reminder that tells what happened before, whatever its date");
        assertEquals(2, proposals("قتل مدني في بلدة ذيبان اليوم. يذكر أن قسد اعتقلت اليوم ثلاثة شبان في بلدة الشحيل، وسبق أن اعتقلت"
                + " عشرات من أبناء البلدة.").size(), "a reminder's own news of today");
        assertEquals(2, proposals("اندلعت اشتباكات بين قسد ومسلحي العشائر في بلدة ذيبان أمس. وكانت الاشتباكات قد تجددت صباح اليوم،"
                + " ما أدى إلى مقتل مدنيين.").size(), "renewed after the news began: news of its own");
        List<Proposal> began = proposals("تتواصل الاشتباكات بين مقاتلي العشائر وقسد في بلدة ذيبان لليوم الرابع. وكانت الاشتباكات"
                + " قد اندلعت يوم الأحد الماضي عقب اعتقال قسد قائداً محلياً.");
        assertEquals(1, began.size(), "how the news began, in the pluperfect: " + began);
        assertEquals(2, proposals("اعتقلت قسد ثلاثة شبان في بلدة ذيبان اليوم. كما خرجت مظاهرة في بلدة البصيرة خلال الأسبوع الجاري،"
                + " رفع المشاركون فيها شعارات مماثلة.").size(), "this week may hold news");
        List<Proposal> thisMonth = proposals("اعتقلت قسد ثلاثة عناصر من داعش في بلدة البصيرة اليوم. وكانت قسد قد نفذت، خلال الشهر"
                + " الجاري، عدة عمليات مماثلة في ريف دير الزور أسفرت عن القبض على عشرات العناصر.");
        assertEquals(List.of(List.of("busayrah")), thisMonth.stream().map(p -> keys(p.places())).toList(),
                "the month running past the news had begun before it");
        List<Proposal> inItsSentence = proposals("تظاهر العشرات في بلدة ذيبان اليوم ضد قسد. وتشهد بلدات ريف دير الزور الشرقي"
                + " احتجاجات متكررة ضد قسد، إذ خرجت مظاهرات مماثلة في بلدتي الحوايج والبصيرة خلال تشرين الأول الماضي.");
        assertEquals(List.of(List.of("dhiban")), inItsSentence.stream().map(p -> keys(p.places())).toList(),
                "likened by the sentence's other event words");
        List<Proposal> days = proposals("قتل شخص بانفجار لغم في بلدة ذيبان مساء أمس."
                + " ويأتي ذلك بعد أيام من مقتل طفل في انفجار مماثل في بلدة خشام يوم الاثنين الماضي.");
        assertEquals(2, days.size(), "a like event of the days before is news: " + days);
        List<Proposal> sameDay = proposals("تتواصل الاشتباكات بين قسد ومسلحين محليين في بلدة ذيبان منذ 31 تشرين الأول."
                + " وكانت المواجهات قد اندلعت أواخر الشهر الماضي في ريف دير الزور الشرقي.");
        assertEquals(List.of(List.of("dhiban")), sameDay.stream().map(p -> keys(p.places())).toList(),
                "ending the day the news begins is before it");
        List<Proposal> lastWeek = proposals("فككت قوى الأمن الداخلي عبوة ناسفة في بلدة ذيبان صباح اليوم."
                + " وكانت قوى الأمن الداخلي قد فككت الأسبوع الماضي عبوتين ناسفتين في بلدة الشحيل.");
        assertEquals(List.of(List.of("dhiban")), lastWeek.stream().map(p -> keys(p.places())).toList(), "last week, told as before");
        List<Proposal> longSubject = proposals("اعتقلت قوى الأمن الداخلي ثلاثة شبان في بلدة ذيبان صباح اليوم."
                + " وكانت قوات الحكومة السورية المؤقتة في دير الزور قد دخلت بلدة الشحيل مطلع الشهر الماضي، عقب انسحاب قسد منها.");
        assertEquals(List.of(List.of("dhiban")), longSubject.stream().map(p -> keys(p.places())).toList(),
                "«كان» a long subject before «قد», which stands far before the event words");
        assertEquals(2, proposals("قتل عنصر من قسد بانفجار عبوة في بلدة ذيبان اليوم. وقتل عنصران آخران في انفجار مماثل ببلدة"
                + " الشحيل الأسبوع الماضي.").size(), "a like event of last week, not told as before, is news");
        assertEquals(2, proposals("اعتقلت قسد خمسة شبان في بلدة ذيبان أمس. وكان الأهالي قد طالبوا مراراً بإخراج قسد من بلدة الشحيل"
                + " التي شهدت الأسبوع الماضي اشتباكات عنيفة.").size(), "a relative clause has a tense of its own");
        List<Proposal> monthsBefore = proposals("اعتقلت قسد خمسة شبان في بلدة ذيبان أمس. وكانت قوات النظام قد سيطرت في الخامس من"
                + " أيلول الماضي على بلدة خشام.");
        assertEquals(List.of(SubEventType.ARRESTS), monthsBefore.stream().map(Proposal::type).toList(),
                "told as before, and over a month before, however exactly dated");
        List<Proposal> reported = proposals("Syrian troops captured the town of Mayadin on Thursday. Russian warplanes carried out"
                + " dozens of airstrikes on the town in recent days. The SDF announced that they had captured the al-Omar oil field"
                + " without a fight.");
        assertEquals(3, reported.size(), "\"announced that they had captured\" reports the news in the past, as English does: " + reported);
    }

    @Test
    void aTallyOfTheYearInAreasIsNoEvent() {
        List<Proposal> found = proposals("اعتقلت قسد ثلاثة من عناصر داعش في بلدة ذيبان فجر اليوم، بينهم قيادي مسؤول عن تنفيذ عمليات"
                + " اغتيال في المنطقة. وتأتي العملية ضمن حملة أسفرت خلال العام الجاري عن اعتقال العشرات في ريف دير الزور.");
        assertEquals(List.of(SubEventType.ARRESTS), found.stream().map(Proposal::type).toList(),
                "what a leader is responsible for is who he is; a year's arrests in the countryside a tally: " + found);
        assertEquals(1, proposals("The SDF said ISIS was responsible for the bombing that killed three civilians in Hajin on"
                + " Sunday.").size(), "a side blamed is no role");
        assertEquals(List.of(SubEventType.ARRESTS), proposals("Kurdish-led forces arrested an Islamic State cell leader in Dhiban"
                + " on Thursday. The detained man was in charge of assassinations in the area.").stream().map(Proposal::type).toList());
    }

    @Test
    void aRelatedStorysTollCountsNothing() {
        List<Proposal> found = proposals("An Asayish unit defused an improvised explosive device near the town of Khasham on Monday."
                + "\n\nRelated stories\nSDF: coalition-backed raid kills ISIS emir in Hasakah");
        assertEquals(1, found.size(), found::toString);
        assertEquals(Casualties.UNKNOWN, found.get(0).killed());
    }

    @Test
    void aRoundUpOfTheMonthJustPastIsTheReportsNews() {
        // Published on 14 November: October's attacks are what the report sums up, not what it recalls.
        List<Proposal> found = proposals("قصفت قوات النظام بلدة خشام صباح اليوم."
                + " وشهد شهر تشرين الأول سلسلة من الهجمات الصاروخية على بلدة ذيبان أسفرت عن مقتل شخصين.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(Casualties.exactly(2), found.get(1).killed());
    }

    @Test
    void anEventDatedOnlyToAMonthIsKeptWhereItIsPlaced() {
        List<Proposal> found = proposals("In March 2019, US forces shelled Khasham.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("khasham"), keys(found.get(0).places()));
        assertEquals(1, proposals("Clashes killed ten in the countryside of Deir ez-Zor in March 2019.").size(), "a region is a place too");
    }

    @Test
    void aLaterPlacelessSentenceOfTheSameTypeAndDayTellsTheEarlierEvent() {
        List<Proposal> found = proposals("US forces shelled Khasham on Tuesday. A drone struck a car in Mayadin. The shelling killed two.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, found.get(0).type());
        assertEquals(Casualties.exactly(2), found.get(0).killed());
    }

    @Test
    void anAnnouncementNamingNoPlaceIsTheEventALaterSentencePlaces() {
        List<Proposal> found = proposals("A drone strike killed two men on Tuesday. Separately, gunmen shot a teacher in Mayadin."
                + " The drone struck their car in Khasham.");
        assertEquals(2, found.size(), found::toString);
        Proposal strike = found.stream().filter(p -> p.type() == SubEventType.AIR_DRONE_STRIKE).findFirst().orElseThrow();
        assertEquals(List.of("khasham"), keys(strike.places()));
        assertEquals(Casualties.exactly(2), strike.killed(), "the announcement's toll, which the placing sentence lacked");
        assertTrue(strike.evidence().text().startsWith("The drone struck"), "the placing sentence is the evidence");
    }

    @Test
    void aLeadPlacedOnlyInACountrysideIsTheEventTheBodyPlacesInIt() {
        String lead = "اشتباكات عنيفة في ريف دير الزور الشرقي اليوم. قصفت طائرة مسيرة سيارة في مدينة الميادين.";
        List<Proposal> found = proposals(lead + " واندلعت الاشتباكات في بلدة خشام بين مسلحين وقوات النظام.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, found.get(0).type());
        assertEquals(SubEventType.ARMED_CLASH, found.get(1).type());
        assertEquals(List.of("khasham"), keys(found.get(1).places()));

        String west = "اشتباكات عنيفة في ريف دير الزور الغربي اليوم. قصفت طائرة مسيرة سيارة في مدينة الميادين.";
        assertEquals(3, proposals(west + " واندلعت الاشتباكات في بلدة خشام بين مسلحين وقوات النظام.").size(),
                "Khasham lies in the eastern countryside, not the western one");
        String body = "قصفت طائرة مسيرة سيارة في مدينة الميادين اليوم. قصفت قوات النظام بلدة حطلة."
                + " واندلعت اشتباكات عنيفة في ريف دير الزور الشرقي. قصفت طائرة مسيرة سيارة في قرية مراط.";
        assertEquals(5, proposals(body + " واندلعت الاشتباكات في بلدة خشام بين مسلحين وقوات النظام.").size(),
                "an area in the body is an event's place of its own");
    }

    @Test
    void anUndatedHeadlineIsTheLaterSentenceThatDatesItsEventToADay() {
        List<Proposal> found = proposals("قصف مدفعي على بلدة خشام\n"
                + "استهدفت طائرة مسيرة سيارة في مدينة الميادين أمس. وكانت قوات النظام قد قصفت أمس بلدة خشام وقرية مراط.");
        assertEquals(2, found.size(), found::toString);
        Proposal shelling = found.stream().filter(p -> p.type() == SubEventType.SHELLING_ARTILLERY_MISSILE).findFirst().orElseThrow();
        assertEquals(List.of("khasham", "marrat"), keys(shelling.places()));
        assertEquals(LocalDate.of(2024, 11, 13), shelling.dates().start(), "the day the later sentence gives");
        assertEquals(LocalDate.of(2024, 11, 13), shelling.dates().end());

        assertEquals(3, proposals("قصفت قوات النظام بلدة خشام أمس.\n"
                + "استهدفت طائرة مسيرة سيارة في مدينة الميادين أمس. وكانت قوات النظام قد قصفت أمس بلدة خشام وقرية مراط.").size(),
                "dated alike, the later shelling names another village: a second event");
    }

    @Test
    void aLaterSentenceWithANewPlaceAnotherTollOrOnlyARegionIsAnEventOfItsOwn() {
        String first = "قصفت قوات النظام بلدة خشام صباح اليوم. استهدفت طائرة مسيرة سيارة في مدينة الميادين.";
        assertEquals(3, proposals(first + " وقصفت قوات النظام بلدتي خشام ومراط.").size(), "a place the first telling did not name");
        assertEquals(3, proposals("US forces shelled Khasham on Tuesday, killing two fighters. A drone struck a car in Mayadin."
                + " The shelling of Khasham killed five civilians.").size(), "a toll that differs");
        assertEquals(3, proposals("قصفت قوات النظام ريف دير الزور الشرقي صباح اليوم. استهدفت طائرة مسيرة سيارة في مدينة الميادين."
                + " وقصفت قوات النظام ريف دير الزور الشرقي مجدداً.").size(), "a countryside holds many events");
    }

    @Test
    void aSentenceWithoutEventWordsLeavesTheEventBeforeItOpen() {
        String text = "US forces shelled Khasham on Tuesday. \"It was a terrible night,\" a resident said. The shelling killed three civilians.";
        List<Proposal> found = proposals(text);
        assertEquals(1, found.size(), found::toString);
        assertEquals(text, found.get(0).evidence().text(), "the evidence runs from the event to its toll");
        assertEquals(Casualties.exactly(3), found.get(0).killed());
    }

    @Test
    void aPlaceThatSaysWhereAnotherLiesIsNoEventPlace() {
        assertEquals(List.of("khasham"), keys(proposals("قصفت قوات النظام بلدة خشام بريف دير الزور الشرقي.").get(0).places()));
        assertEquals(List.of("khasham"), keys(proposals("قصفت قوات النظام بلدة خشام قرب مدينة الميادين شرق مدينة دير الزور.").get(0).places()),
                "a landmark and the city it lies east of");
        assertEquals(List.of("khasham"), keys(proposals("US forces shelled Khasham, east of Deir ez-Zor, on Tuesday.").get(0).places()));
        assertEquals(List.of("hamidiyah"), keys(proposals("قتل شاب برصاص مجهولين في حي الحميدية وسط مدينة دير الزور.").get(0).places()),
                "a quarter in the middle of its city");
        assertEquals(List.of("khasham", "mayadin"), keys(proposals("قصفت قوات النظام خشام والميادين.").get(0).places()),
                "a list names two targets");
        assertEquals(List.of("khasham", "mayadin"), keys(proposals("US forces shelled Khasham, Mayadin on Tuesday.").get(0).places()),
                "a comma alone lists");
        assertEquals(List.of("khasham"), keys(proposals("قصفت قوات النظام ريف دير الزور الشرقي، واستهدفت بلدة خشام.").get(0).places()),
                "the countryside that holds a village the sentence names, wherever it stands");
        List<PlaceMention> unknownVillage = proposals("قصفت قوات النظام قرية الزرزور بريف دير الزور الشرقي.").get(0).places();
        assertEquals(2, unknownVillage.size(), "a village the gazetteer lacks keeps the area that locates it: " + unknownVillage);
    }

    @Test
    void aSentenceSpeakingOfTheTownJustNamedIsPlacedThere() {
        List<Proposal> found = proposals("اشتباكات عنيفة في بلدة خشام أمس. وقصفت الطائرات منازل المدنيين في البلدة.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(List.of("khasham"), keys(found.get(1).places()));
    }

    @Test
    void theLeadRepeatingTheHeadlineIsOneProposal() {
        String text = "US shelling hits Khasham\nUS forces shelled the village of Khasham on Tuesday, killing three civilians.";
        List<Proposal> found = proposals(text);
        assertEquals(1, found.size(), found::toString);
        assertEquals(text, found.get(0).evidence().text(), "the evidence covers headline and lead");
        assertEquals(List.of("khasham"), keys(found.get(0).places()));
        assertEquals(Casualties.exactly(3), found.get(0).killed());

        Proposal placedByHeadline = proposals("Drone strike kills two in Mayadin\nA drone struck a car on Tuesday near the market.").get(0);
        assertEquals(List.of("mayadin"), keys(placedByHeadline.places()), "the lead names no place; the headline does");
        List<Proposal> province = proposals("غارات أميركية على مواقع الميليشيات الإيرانية في دير الزور.. واعتقالات في الشحيل\n"
                + "شنت طائرات حربية أميركية، ليل الجمعة، غارات على مواقع للميليشيات الإيرانية في مدينة الميادين.\n"
                + "واعتقلت قسد أمس ثلاثة شبان في بلدة الشحيل.");
        assertEquals(2, province.size(), "a headline's capital names the province the body's town lies in: " + province);
        assertEquals(List.of("mayadin"), keys(province.get(0).places()));
        String twoClauses = "قصف صاروخي يستهدف قاعدة التحالف في حقل العمر.. ومروحيات أمريكية ترد\nدير الزور 24\n"
                + "استهدفت الميليشيات الإيرانية، مساء أمس الأربعاء، القاعدة الأمريكية في حقل العمر النفطي بعدة صواريخ أطلقت من محيط"
                + " مدينة الميادين، ما أدى إلى إصابة ثلاثة جنود أمريكيين بجروح طفيفة.";
        List<Proposal> parted = proposals(twoClauses);
        assertEquals(1, parted.size(), parted::toString);
        assertEquals(twoClauses, parted.get(0).evidence().text(), "a headline's clause parted by two dots, then the lead");
        assertEquals(1, proposals(twoClauses.replace("..", "…")).size(), "or by an ellipsis");
        assertEquals(List.of("mayadin"), keys(parted.get(0).origins()));
        Proposal villageOfTheCountryside = proposals("Gunmen kill council official in Khasham\n"
                + "Unknown gunmen shot dead a council member in the eastern countryside of Deir ez-Zor on Tuesday.").get(0);
        assertEquals(List.of("khasham"), keys(villageOfTheCountryside.places()),
                "the lead names only the countryside the headline's village lies in");
        Proposal provinceNamed = proposals("Violence in Deir ez-Zor\n"
                + "Unknown gunmen shot dead a council member in the eastern countryside of Deir ez-Zor on Tuesday.").get(0);
        assertFalse(keys(provinceNamed.places()).contains("deir_ez_zor"), "a headline's city names its province: " + provinceNamed);

        assertEquals(2, proposals("Drone strike in Mayadin\nUS forces shelled Khasham on Tuesday.").size(),
                "a lead telling another kind of event");
        assertEquals(2, proposals("US forces shelled Mayadin. US forces shelled Khasham on Tuesday.").size(),
                "a first sentence ended by a full stop is no headline");
        assertEquals(1, proposals("Live coverage\nUS shelling hits Khasham\nNov 12, 2024 | 13:17\nUS forces shelled Khasham on Tuesday.").size(),
                "the first event sentence is the headline, after a page's menu and before its date line");
        assertEquals(2, proposals("US shelling hits Khasham\nUS forces shelled Khasham on Tuesday.\nUS forces shelled Khasham again on Wednesday.").size(),
                "only the lead joins the headline");
        assertEquals(2, proposals("US forces shelled Khasham on Tuesday.\nUS forces shelled Mayadin on Tuesday.").size(),
                "a sentence ended by a full stop, then a line break, is no headline");
        String headline = "Drone strike kills two in Mayadin\n";
        List<Proposal> twice = proposals(headline + "\n" + headline + "\nA drone struck a car near the market of Hajin on Tuesday.");
        assertEquals(1, twice.size(), "a page that prints its title twice has one headline: " + twice);
    }

    @Test
    void eachEventOfATwoPartHeadlineIsItsTellingInTheBody() {
        String body = "\n\nقتل شابان مساء أمس حين فتح مسلحون النار على متظاهرين في بلدة ذيبان."
                + "\n\nوفي سياق منفصل، قصفت قوات النظام بلدة خشام صباح اليوم بقذائف الهاون.";
        List<Proposal> found = proposals("قتيلان برصاص مسلحين في ذيبان.. وقصف على خشام" + body);
        assertEquals(2, found.size(), "each half of the headline is an event the body tells: " + found);
        assertEquals(List.of("dhiban"), keys(found.get(0).places()));
        assertEquals(List.of("khasham"), keys(found.get(1).places()));
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, found.get(1).type());
        assertEquals(1, found.get(1).dates().days(), "the body's date, not the headline's week");

        List<Proposal> airRaid = proposals("قتلى بقصف على خشام\n\nقتل ثلاثة مدنيين صباح اليوم بغارة جوية على بلدة خشام.");
        assertEquals(1, airRaid.size(), "a headline's shelling is the body's air raid at its place: " + airRaid);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, airRaid.get(0).type(), "the body tells its kind more exactly");

        List<Proposal> untold = proposals("غارة بطائرة مسيرة على الميادين.. وقصف على خشام\n\nاستهدفت طائرة مسيرة سيارة في مدينة"
                + " الميادين صباح اليوم.");
        assertEquals(2, untold.size(), "a headline's event the body does not tell again stays: " + untold);
        assertEquals(2, proposals("Protesters block road in Khasham\n\nUS forces shelled Khasham on Tuesday.").size(),
                "an event of another kind at the headline's place is another event");
        assertEquals(2, proposals("قصفت قوات النظام بلدة خشام صباح اليوم\n\nقتل مدني صباح اليوم بغارة جوية على بلدة خشام.").size(),
                "a first line dated to a day is a lead with no full stop, not a headline");
        List<Proposal> nearby = proposals("قتيلان بهجوم لداعش قرب خشام.. وقصف على هجين\n\nقتل عنصران من قسد ليل أمس بهجوم على"
                + " حاجز عند مدخل قرية مظلوم قرب بلدة خشام.\n\nوقصفت قوات النظام بلدة هجين صباح اليوم.");
        assertEquals(2, nearby.size(), "a headline names the town the body's village lies by: " + nearby);
        assertEquals(List.of("mazloum"), keys(nearby.get(0).places()));
        List<Proposal> shot = proposals("مقتل عنصر من قسد برصاص مجهولين في خشام.. وقصف على هجين\n\nقتل عنصر من قسد مساء أمس إثر"
                + " استهدافه بالرصاص من قبل مجهولين في قرية خشام شرقي دير الزور.\n\nوقصفت قوات النظام بلدة هجين صباح اليوم.");
        assertEquals(2, shot.size(), "a fighter shot in the headline is the body's clash: " + shot);
    }

    @Test
    void groundTakenProtestsBrokenUpAndEventsAfterACause() {
        Proposal taken = proposals("Syrian government troops and allied militias took full control of the city of al-Mayadin on"
                + " Saturday, dislodging the Islamic State from one of its most important remaining strongholds.").get(0);
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, taken.type());
        assertEquals("syrian_government", taken.actor1().actorKey());
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, proposals("U.S.-backed Syrian fighters seized the town of"
                + " Hajin on Friday, after weeks of heavy fighting and air strikes.").get(0).type(),
                "fighting and strikes after \"after\" are what came before the event told");
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, proposals("فرّقت قسد ظهر اليوم مظاهرة خرجت في بلدة ذيبان، وذلك بإطلاق"
                + " الرصاص الحي في الهواء.").get(0).type());
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, proposals("تجمع عشرات الشبان مساء أمس في بلدة ذيبان وهتفوا ضد قسد،"
                + " فأطلق عناصر الحاجز الرصاص في الهواء لتفريقهم.").get(0).type(), "a gathering its sentence says was broken up");
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, proposals("خرج العشرات أمس في مظاهرة في بلدة ذيبان، قبل أن تفرّقها"
                + " دورية لقسد بإطلاق الرصاص في الهواء.").get(0).type(), "«تفرّقها»: dispersed it");
        assertEquals(List.of(), proposals("نقلت قوات النظام فرقتين عسكريتين إلى مدينة الميادين أمس.").stream()
                .filter(p -> p.type() == SubEventType.PROTEST_WITH_INTERVENTION).toList(), "two divisions are no protest dispersed");
        assertNotEquals(SubEventType.PROTEST_WITH_INTERVENTION, proposals("ISIS militants dispersed into the desert after clashes"
                + " with the SDF near Hajin on Monday.").get(0).type());
        assertNotEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, proposals("شنت قوات النظام هجوماً على مدينة الميادين أمس بهدف"
                + " السيطرة الكاملة على المدينة.").get(0).type(), "ground sought is not taken");
        Proposal siege = proposals("Syrian government forces broke through Islamic State lines on Tuesday to reach the Brigade 137"
                + " garrison, ending a siege of nearly three years.").get(0);
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, siege.type());
        assertEquals(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, proposals("A man was wounded on Tuesday when an explosive remnant"
                + " of war went off near his home in the village of Khasham.").get(0).type());
        Proposal force = proposals("On Tuesday, two young men were killed when SDF members opened fire on a demonstration in"
                + " al-Huwayqa.").get(0);
        assertEquals(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, force.type());
        assertEquals("sdf", force.actor1().actorKey(), "who fired, not those killed");
    }

    @Test
    void whatPeopleAreChargedWithIsNoEventAndProtestsAsEnglishTellsThem() {
        assertEquals(SubEventType.ARRESTS, proposals("أعلنت إدارة الأمن العام اليوم اعتقال ثلاثة أشخاص في بلدة خشام، قالت إنهم متورطون"
                + " في خطف مدنيين.").get(0).type());
        assertEquals(SubEventType.ARRESTS, proposals("On Saturday, SDF members detained 12 people in Khasham, accusing them of"
                + " organizing the protests.").get(0).type());
        assertEquals(SubEventType.ARRESTS, proposals("US forces and their SDF partners seized a senior ISIS attack cell leader"
                + " during a raid in Khasham on Sunday.").get(0).type(), "a person seized is arrested");
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, proposals("The headquarters of the SDF in Khasham was"
                + " captured by tribal fighters on Sunday.").get(0).type(), "taken by fighters");
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, proposals("The SDF seized Hajin from ISIS militants on"
                + " Friday.").get(0).type(), "taken from fighters");
        assertEquals(SubEventType.ATTACK, proposals("Suspected ISIS gunmen assassinated a council member in Khasham on Monday,"
                + " sparking protests.").get(0).type(), "a suspicion of who did it is no charge");
        assertEquals(SubEventType.PEACEFUL_PROTEST, proposals("Thousands of residents of Hajin took to the streets on Sunday to"
                + " denounce the attacks.").get(0).type());
        assertEquals(SubEventType.PEACEFUL_PROTEST, proposals("On Monday, hundreds of men gathered peacefully in the center of"
                + " Dhiban, chanting against the assassins and demanding that the SDF hand over security.").get(0).type());
        assertEquals(SubEventType.PEACEFUL_PROTEST, proposals("تجمع العشرات أمام مبنى المجلس المحلي في بلدة ذيبان يوم الاثنين،"
                + " ورددوا هتافات تطالب بالكشف عن القتلة.").get(0).type());
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, proposals("The next day, SDF personnel shot into the air to break up"
                + " a crowd of protesters in Khasham.").get(0).type());
    }

    @Test
    void aPersonSeizedByGunmenIsAbductedAndAWithdrawalSeizesNobody() {
        assertEquals(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, proposals("Last Tuesday, masked gunmen seized 15-year-old Ahmad"
                + " outside his home in Khasham.").get(0).type());
        assertEquals(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, proposals("ISIS militants captured two shepherds near Khasham"
                + " on Sunday.").get(0).type());
        assertEquals(SubEventType.ARRESTS, proposals("SDF fighters seized two men in Khasham on Sunday.").get(0).type(),
                "an authority arrests");
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY, proposals("Opposition fighters entered Khasham on Wednesday"
                + " after SDF forces withdrew, a war monitor and a commander said.").get(0).type(), "the commander who said it was not seized");
    }

    @Test
    void aProtestBrokenUpInTheNextSentenceIsOneProtestWithIntervention() {
        List<Proposal> met = proposals("Dozens of residents protested in Khasham on Monday over bread shortages. Security forces"
                + " dispersed them with batons.");
        assertEquals(1, met.size());
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, met.get(0).type());
        List<Proposal> claimed = proposals("Dozens of residents protested in Khasham on Monday over bread shortages. Some outlets"
                + " reported that security forces dispersed them with batons.");
        assertEquals(SubEventType.PEACEFUL_PROTEST, claimed.get(0).type(), "what some reported is not told as fact");
        List<Proposal> total = proposals("Dozens of residents protested in Khasham on Monday over bread shortages. Since January,"
                + " security forces have opened fire on protesters 12 times.");
        assertEquals(SubEventType.PEACEFUL_PROTEST, total.get(0).type(), "a total since January is no intervention in this protest");
    }

    @Test
    void theSupportASideHadIsNotTheEventItDid() {
        Proposal taken = proposals("Syrian government troops backed by Russian warplanes on Saturday took full control of Hajin.").get(0);
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, taken.type());
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
                proposals("سيطرت قوات النظام على مدينة هجين اليوم بدعم من الطيران الروسي.").get(0).type());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, proposals("Russian warplanes struck Hajin on Saturday.").get(0).type());
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, proposals("Government troops backed by Russian warplanes took"
                + " control of Hajin.").get(0).type(), "what the supported side did is never the support");
        assertEquals(SubEventType.ARMED_CLASH, proposals("هاجمت قوات النظام بدعم من الطيران الروسي بلدة هجين اليوم.").get(0).type(),
                "aircraft that supported the side did not strike");
    }

    @Test
    void aSiegeBrokenStonesPeltedAndADroneShotDown() {
        Proposal siege = proposals("Syrian troops reached a government-held base in Hajin on Tuesday, breaking a nearly three-year"
                + " siege imposed by the Islamic State group.").get(0);
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, siege.type());
        assertEquals("syrian_government", siege.actor1().actorKey());
        assertEquals("isis", siege.actor2().actorKey(), "who imposed the siege was broken through, not the breaker");
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION, proposals("Angry young men in Hajin pelted an SDF checkpoint with stones"
                + " on Monday.").get(0).type());
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, proposals("A drone aimed at the Conoco base on Wednesday was shot down"
                + " before it reached the base.").get(0).type(), "not 'was shot', which a person is");
    }

    @Test
    void aircraftThatTargetOrAttackStrikeFromTheAir() {
        assertEquals(SubEventType.AIR_DRONE_STRIKE, proposals("استهدفت الطائرات الروسية رتلاً عسكرياً في بلدة هجين اليوم.").get(0).type());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, proposals("هاجمت طائرات مسيرة مواقع في بلدة هجين اليوم.").get(0).type());
        assertEquals(SubEventType.ARMED_CLASH, proposals("هاجمت قسد مواقع في بلدة هجين اليوم.").get(0).type());
        assertEquals(SubEventType.AIR_DRONE_STRIKE, proposals("استهدف طيران التحالف منازل المدنيين في بلدة هجين اليوم.").get(0).type(),
                "on civilians too");
        assertEquals(SubEventType.ATTACK, proposals("استهدف مسلحون منازل المدنيين في بلدة هجين اليوم.").get(0).type());
        assertEquals(SubEventType.ATTACK, proposals("بعد ساعات من تحليق طائرات مسيرة فوق البلدة، استهدف مسلحون مجهولون منازل"
                + " المدنيين في بلدة هجين اليوم.").get(0).type(), "gunmen after the aircraft did it");
        assertEquals(SubEventType.AIR_DRONE_STRIKE, proposals("نفذت طائرات التحالف الدولي ضربات مكثفة على مواقع في بلدة هجين،"
                + " ووثق المرصد مقتل 7 مدنيين من عائلة واحدة جراء استهداف منزلهم في البلدة صباح اليوم.").get(0).type(),
                "aircraft named long before the weak word");
    }

    @Test
    void anAnswerThatNamesNoSideIsByTheSideStruckBefore() {
        List<Proposal> found = proposals("ISIS militants fired rockets at US forces at the Conoco base on Monday evening."
                + " Units responded by shelling the sources of fire near Hajin.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("us_forces", found.get(1).actor1().actorKey());
        assertEquals("isis", found.get(1).actor2().actorKey());
    }

    @Test
    void anAnswerStrikesWhoeverActedInTheEventBefore() {
        List<Proposal> found = proposals("ISIS militants fired rockets at the Conoco base on Monday evening."
                + " US forces responded with artillery fire on positions near Hajin.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("isis", found.get(1).actor2().actorKey());
        List<Proposal> notAnAnswer = proposals("ISIS militants fired rockets at the Conoco base on Monday evening."
                + " Russian warplanes struck Hajin on Tuesday.");
        assertNull(notAnAnswer.get(1).actor2(), "told as no answer, it struck nobody named");
        List<Proposal> rescue = proposals("ISIS militants fired rockets at the Conoco base on Monday evening."
                + " Russian warplanes struck Hajin on Tuesday, as rescue teams responded to the scene.");
        assertNull(rescue.get(1).actor2(), "rescuers who responded answered nobody");
    }

    @Test
    void dronesAndTheirInterceptionAsUsForcesTellThem() {
        assertEquals(SubEventType.AIR_DRONE_STRIKE, proposals("A one-way attack unmanned aerial vehicle hit a building at the"
                + " Conoco base on Monday.").get(0).type());
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, proposals("Coalition air defenses engaged and destroyed a one-way attack"
                + " UAV approaching the Conoco base on Monday.").get(0).type());
    }

    @Test
    void oneOfASidesMembersToldBeforeTheVerb() {
        assertEquals(Casualties.exactly(1), proposals("وقال البيان إن أحد عناصر قسد استشهد خلال اشتباك في بلدة خشام أمس.").get(0).killed(),
                "«أحد» and the side's members, then the verb");
        assertEquals(Casualties.exactly(1), proposals("وقال البيان إن أحد مقاتلي قسد استشهد خلال اشتباك في بلدة خشام أمس.").get(0).killed());
    }

    @Test
    void aRunningTotalCountsNoEvent() {
        Proposal bomb = proposals("فجر التنظيم عربة مفخخة مساء أمس عند أطراف بلدة خشام، ما أدى إلى مقتل 6 عناصر. وكان المرصد قد نشر أن"
                + " عدد عناصر قسد الذين قضوا منذ انطلاق العملية العسكرية ارتفع إلى 340، بينما قُتل أكثر من 700 عنصر من التنظيم.").get(0);
        assertEquals(Casualties.exactly(6), bomb.killed(), "the total since the operation began is no toll of the bombing");
        Proposal english = proposals("A roadside bomb killed three SDF fighters in Dhiban on Monday, bringing to 45 the number of"
                + " SDF members killed in the area since January.").get(0);
        assertEquals(Casualties.exactly(3), english.killed());
        assertEquals(Casualties.exactly(15), proposals("وأفادت مصادر المرصد أن الاشتباكات المتواصلة منذ مساء أمس في بلدة خشام أسفرت"
                + " عن مقتل 11 عنصراً من التنظيم و4 من قسد.").get(0).killed(), "fighting since yesterday: the toll of the fighting told");
        assertEquals(SubEventType.SUICIDE_BOMB, proposals("فجر التنظيم عربة مفخخة يقودها أحد عناصره عند أطراف بلدة خشام.").get(0).type(),
                "a car bomb one of its members drove");
        List<Proposal> total = proposals("قتل مسلحون مجهولون شاباً في بلدة خشام أمس. وبذلك، يرتفع إلى 41 عدد الذين وثّق المرصد"
                + " مقتلهم في عمليات اغتيال وتفجيرات في بلدات ريف دير الزور منذ مطلع شهر أيلول الفائت.");
        assertEquals(1, total.size(), "a total tells no event of its own: " + total);
        assertEquals(Casualties.exactly(1), total.get(0).killed());
        assertEquals(List.of(), proposals("SOHR has documented the death of 183 people in Deir Ezzor since January in attacks"
                + " and explosions."), "counted since months before");
        assertEquals(Casualties.exactly(2), proposals("Two SDF fighters were killed in an ISIS attack in Dhiban on Monday, the"
                + " deadliest since January.").get(0).killed(), "the deadliest since: a most, no count");
        assertEquals(List.of(), proposals("So far this year, 38 SDF members have been killed in ISIS attacks in Deir ez-Zor,"
                + " according to an SDF tally."), "a total of the year");
        assertEquals(List.of(), proposals("وبحسب إحصاءات جمعتها شبكات محلية، قُتل منذ مطلع العام الجاري 38 شخصاً على الأقل في"
                + " ريف دير الزور الشرقي بعمليات اغتيال."), "counted since the year began");
        assertEquals(List.of("Gunmen killed a tribal elder in al-Shuhail on Monday."), proposals("Gunmen killed a tribal elder in"
                + " al-Shuhail on Monday. North Press documented 17 attacks attributed to the group in the province in March alone,"
                + " which killed 11 people.").stream().map(p -> p.evidence().text()).toList(), "a tally of attacks");
        assertEquals(1, proposals("شنت خلايا داعش ثلاث هجمات على نقاط لقسد في بلدة ذيبان، أسفرت عن مقتل عنصرين.").size(),
                "three attacks told, no tally");
        assertEquals(1, proposals("ISIS cells carried out three attacks on SDF positions in Dhiban, killing two fighters.").size(),
                "three attacks told, no tally");
        assertEquals(Casualties.exactly(4), proposals("مقتل 4 بهجوم لخلايا داعش على حاجز لقسد في بلدة ذيبان").get(0).killed(),
                "four dead in one attack, no count of attacks");
        assertEquals(1, proposals("هاجمت خلية لداعش حاجزاً لقسد في بلدة ذيبان أمس. ووثق المرصد السوري خلال الشهر ذاته 21 هجوماً لخلايا"
                + " التنظيم، و13 عملية استهداف بالقذائف على قواعد التحالف في حقل العمر.").size(), "a tally of the month");
        assertEquals(1, proposals("هاجمت خلية لداعش حاجزاً لقسد في بلدة ذيبان أمس. وبذلك، يرتفع إلى 41 عدد الهجمات التي استهدفت"
                + " القواعد الأمريكية منذ 19 تشرين الأول الماضي، بينها 29 هجوماً على قواعد في حقل العمر.").size(), "the number of attacks");
        assertEquals(2, proposals("Gunmen killed a tribal elder in al-Shuhail on Monday. Near Hajin, 52 strikes engaged 19 ISIS"
                + " units and destroyed 31 fighting positions.").size(), "strikes counted: one event's parts");
        assertEquals(2, proposals("Gunmen killed a tribal elder in al-Shuhail on Monday. Two attacks hit SDF posts in Dhiban"
                + " later.").size(), "two attacks");
        assertEquals(Casualties.exactly(0), proposals("قصفت طائرات حربية بلدة خشام أمس. ويعد هذا الهجوم الثالث على قاعدة كونيكو منذ"
                + " بداية الشهر الجاري، فيما استهدفت الميليشيات في الرابع من الشهر نفسه قاعدة حقل العمر بعدة صواريخ دون أن تسفر"
                + " عن إصابات.").get(1).killed(), "the third since: which one, no count");
        assertEquals(List.of(), proposals("ارتفعت حصيلة قتلى الهجوم على بلدة خشام إلى 30 في اليوم الثالث منذ بدء الهجوم."),
                "the third day since: a running total");
        assertEquals(1, proposals("قصفت قوات النظام بلدة خشام أمس. ووثق المرصد منذ مطلع العام الجاري سقوط جرحى وقتلى").size(),
                "a total whose last toll is read from inside the text's last word («وقتلى»)");
        assertEquals(List.of(), proposals("ومنذ مطلع العام الجاري، وثق المرصد السوري مقتل 31 شخصاً بينهم 17 طفلاً بانفجار ألغام"
                + " وقذائف من مخلفات الحرب في دير الزور."), "«ومنذ»: since, «و» written on");
        assertEquals(List.of(), proposals("SOHR has documented the death of more than 40 civilians by landmines in Deir Ezzor"
                + " since early this year."), "since early this year");
        assertEquals(Casualties.exactly(20), proposals("The death toll since the start of the attack on Dhiban on Wednesday has"
                + " risen to 20.").get(0).killed(), "counted since a start of the news");
        assertEquals(1, proposals("قتل وجرح عدد من أفراد عائلة واحدة أمس بانفجار جسم من مخلفات الحرب داخل منزلهم في بلدة خشام،"
                + " بعد أيام من عودتهم إليه للمرة الأولى منذ عام 2017.").size(), "a number of people, home for the first time since");
        assertEquals(Casualties.UNKNOWN, proposals("Airstrikes hit militia depots in Albu Kamal on Friday in retaliation"
                + " for a drone attack that killed three soldiers.").get(0).killed(), "the toll of what the strikes answered");
        assertEquals(Casualties.exactly(1), proposals("قُتل عنصر من قسد مساء الثلاثاء برصاص مسلحين مجهولين في بلدة خشام، ليرتفع"
                + " عدد عناصر قسد الذين قتلوا بعمليات مماثلة منذ بداية الشهر الجاري إلى تسعة.").get(0).killed(),
                "counted over similar attacks since this month began");
        List<Proposal> samePeriod = proposals("قُتل عنصران من قوات النظام أمس بهجوم للتنظيم قرب بلدة خشام. وبذلك، يرتفع إلى 387 عدد"
                + " عناصر قوات النظام الذين قتلوا منذ 24 آذار 2019 في البادية. كما يرتفع إلى 142 عدد المدنيين الذين قتلوا خلال الفترة ذاتها.");
        assertEquals(1, samePeriod.size(), samePeriod::toString);
        assertEquals(Casualties.exactly(2), samePeriod.get(0).killed(), "a second total, over the same period");
    }

    @Test
    void aTollSaidOnAnotherDayCountsTheEventJustTold() {
        List<Proposal> found = proposals("An explosion tore through a building in the town of al-Mayadin on Sunday, killing several"
                + " people, local officials said. The Civil Defence said on Monday that seven people had been killed and 15 wounded.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(Casualties.exactly(7), found.get(0).killed());
        assertEquals(Casualties.exactly(15), found.get(0).injured());
        assertNotEquals(Casualties.exactly(7), proposals("An explosion tore through a building in the town of al-Mayadin on"
                + " Sunday, killing several people. Seven people were killed on Monday.").get(0).killed(),
                "a toll of another day, not the day it was said on");
    }

    @Test
    void aDayAndTheNightAroundItTellOneEvent() {
        // 14 November 2024, the publication day, is a Thursday: Wednesday is the day before.
        List<Proposal> found = proposals("US aircraft carried out strikes in Syria on Wednesday, officials said.\n"
                + "State media said the overnight strikes hit tribal fighters in Khasham.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("khasham"), keys(found.get(0).places()));
        assertEquals(new DateSpan(LocalDate.of(2024, 11, 13), LocalDate.of(2024, 11, 14)), found.get(0).dates(),
                "overnight: the day before publication and the publication day");
        assertEquals(2, proposals("A drone strike killed two people in Shuhayl on Wednesday.\nA drone strike hit a car in Hajin"
                + " this month.").size(), "a day and a month that holds it are two tellings apart");
    }

    @Test
    void anEnglishBareDeirEzZorIsTheProvinceAndArabicsIsTheCity() {
        assertEquals(List.of("deir_ez_zor_governorate"), keys(proposals("Clashes erupted in Deir ez-Zor on Tuesday.").get(0).places()));
        assertEquals(List.of("deir_ez_zor"), keys(proposals("Clashes erupted in the city of Deir ez-Zor on Tuesday.").get(0).places()));
        assertEquals(List.of("deir_ez_zor"), keys(proposals("Clashes erupted in Deir ez-Zor city on Tuesday.").get(0).places()));
        assertEquals(List.of("eastern_countryside"), keys(proposals("Clashes erupted in eastern Deir ez-Zor on Tuesday.").get(0).places()));
        assertEquals(List.of("deir_ez_zor"), keys(proposals("اندلعت اشتباكات في دير الزور أمس.").get(0).places()));
    }

    @Test
    void oneEventToldWithWordsOfAnotherSubEventOfItsKindIsOneProposal() {
        List<Proposal> taken = proposals("قوات سوريا الديمقراطية سيطرت على بلدة هجين اليوم.\nوقال المتحدث إن المعارك مستمرة في بلدة هجين اليوم.");
        assertEquals(1, taken.size(), taken::toString);
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, taken.get(0).type(), "the first telling's type");
        List<Proposal> kidnapped = proposals("The SDF arrested nine civilians in Shuhayl on Saturday.\nThe SDF kidnapped the nine civilians in Shuhayl on Saturday.");
        assertEquals(1, kidnapped.size(), kidnapped::toString);
        assertEquals(2, proposals("Heavy clashes erupted in Dhiban on Monday.\nTribal fighters seized Dhiban on Monday.").size(),
                "ground taken after the fighting is what it came to");
        assertEquals(2, proposals("قصفت قوات النظام بلدة خشام اليوم.\nواعتقلت قوات النظام عشرة أشخاص في بلدة خشام اليوم.").size(),
                "another kind of event at the same place");
    }

    @Test
    void groundEnteredOrTakenAsTheOtherSideWithdrewChangedHandsWithoutFighting() {
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY,
                proposals("دخلت قوات سوريا الديمقراطية مدينة الميادين اليوم بعد انسحاب الجيش السوري منها.").get(0).type());
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY,
                proposals("The SDF took control of Mayadin on Friday after the withdrawal of government forces.").get(0).type());
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY,
                proposals("The SDF entered Mayadin on Friday after government forces withdrew.").get(0).type());
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                proposals("The SDF took control of Mayadin on Friday after heavy clashes.").get(0).type(), "no withdrawal");
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY,
                proposals("The SDF captured the al-Omar oil field on Friday without a fight.").get(0).type(), "without a fight");
        assertNotEquals(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY, proposals("Tribal fighters captured Dhiban on Friday,"
                + " killing three SDF members, and vowed not to give it up without a fight.").get(0).type(), "with a toll");
        assertNotEquals(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY,
                proposals("The SDF took control of Mayadin on Friday after clashes and the withdrawal of government forces.").get(0).type(),
                "fighting told with it");
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                proposals("هاجم مسلحون من العشائر نقطة عسكرية لقسد في بلدة خشام وسيطروا عليها بعد انسحاب عناصرها.").get(0).type(),
                "an attack told with it");
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                proposals("وفي البصيرة، تمكن مقاتلو العشائر من السيطرة على ثلاث نقاط عسكرية لقسد أمس، بعد انسحاب عناصرها منها.").get(0)
                        .type(), "ground they managed to take");
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, proposals("Tribal fighters seized several SDF checkpoints in"
                + " Dhiban late Wednesday, and the SDF later withdrew from the town's centre.").get(0).type(), "ground seized");
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY, proposals("The SDF captured the town of Hajin on Monday after"
                + " ISIS withdrew from it under a deal.").get(0).type(), "taken under a deal");
    }

    @Test
    void aLeadPlacedAtACityWhoseQuartersTheReportThenNamesIsOneOfTheirEvents() {
        List<Proposal> found = proposals("استهدف التنظيم بقذائف الهاون أحياء مدينة دير الزور أمس.\n"
                + "وتركز القصف على حي الجورة أمس.\nكما طالت القذائف حي العمال أمس.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(List.of("joura"), keys(found.get(0).places()), "the lead told again at the quarter");
        assertEquals(2, proposals("استهدف التنظيم بقذائف الهاون مدينة دير الزور أمس.\nوقصفت قوات النظام بلدة خشام أمس.").size(),
                "a town is no quarter of the city");
    }

    @Test
    void aQuestionTellsNoEvent() {
        List<Proposal> found = proposals("خرجت مظاهرة في بلدة الشحيل أمس.\nما أسباب التظاهر؟\nطالب المتظاهرون بخروج القوات.");
        assertEquals(1, found.size(), found::toString);
    }

    @Test
    void aFollowUpWhoseTollAgreesIsTheSameEvent() {
        List<Proposal> found = proposals("An airstrike on Shuhayl on Wednesday evening killed at least five people."
                + " According to the Observatory, the attack killed five fighters.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(org.furat.model.Casualties.exactly(5), found.get(0).killed(), "the sharper of the two");
        assertEquals(2, proposals("An airstrike on Shuhayl killed two people on Wednesday evening."
                + " Seven fighters were killed in another attack in Hajin.").size(), "a toll that disagrees is another event");
    }

    @Test
    void aSentenceOpenedAsASeparateIncidentTellsANewEvent() {
        String arabic = "قتل مسلحون مجهولون مدنياً في بلدة ذيبان مساء الخميس. %sأصيب مدني بجروح إثر استهدافه بالرصاص من قبل"
                + " مجهولين في بلدة ذيبان.";
        assertEquals(1, proposals(arabic.formatted("و")).size(), "told at the same place, on the same day: the same attack");
        List<Proposal> apart = proposals(arabic.formatted("وفي سياق منفصل، "));
        assertEquals(2, apart.size(), apart::toString);
        assertEquals(org.furat.model.Casualties.exactly(1), apart.get(1).injured());
        String english = "Gunmen shot dead a shepherd in Dhiban on Thursday evening. %s truck driver was wounded when gunmen opened"
                + " fire on his vehicle in Dhiban.";
        assertEquals(1, proposals(english.formatted("A")).size());
        assertEquals(2, proposals(english.formatted("In a separate incident, a")).size());
        List<Proposal> midSentence = proposals("قتل 3 عناصر من قسد في هجوم على حاجز في بلدة الشحيل، وفي سياق منفصل أصيب طفل"
                + " بانفجار لغم في بلدة ذيبان.");
        assertEquals(2, midSentence.size(), "opened after a comma: " + midSentence);
        assertEquals(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, midSentence.get(1).type());
        List<Proposal> source = proposals("An explosion hit an SDF vehicle in Dhiban on Monday, killing three. Separately, the Syrian"
                + " Observatory said the explosion in Dhiban also wounded two civilians.");
        assertEquals(1, source.size(), "\"Separately\" opens another item of news, often another source on the same event: " + source);
    }

    @Test
    void somePeopleAmongTheDeadLeaveTheLeadsTollStanding() {
        List<Proposal> found = proposals("Clashes between Kurdish-led forces and Arab tribes kill at least 40\n\n"
                + "Fighting between Kurdish-led forces and Arab tribal gunmen has killed at least 40 people since Sunday, a"
                + " monitor said. Tribal fighters attacked SDF positions in Dhiban and Shuhayl. The monitor said nine"
                + " civilians were among the dead.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("dhiban", "shuhayl"), keys(found.get(0).places()));
        assertEquals(40, found.get(0).killed().low(), "the lead's toll, not the nine civilians among it");
    }

    @Test
    void aLaterFigureThatAgreesMakesASentencesTollExact() {
        Proposal bodies = proposals("هاجم مسلحون حاجزاً في بلدة الشحيل أمس ما أسفر عن مقتل عدد من العناصر عُثر على 10 جثث منهم.").get(0);
        assertEquals(org.furat.model.Casualties.exactly(10), bodies.killed(), "«عدد من» (some), then ten bodies");
    }

    @Test
    void whatTheMilitantsOwnedIsWhatWasCaptured() {
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, proposals("The SDF declared victory on Saturday after"
                + " capturing the militants' final encampment in Baghuz.").get(0).type());
        assertEquals(SubEventType.ARRESTS, proposals("SDF fighters captured two ISIS militants in Baghuz on Saturday.").get(0).type());
        assertEquals(SubEventType.ARRESTS, proposals("SDF fighters captured an ISIS 'emir' in Baghuz on Saturday.").get(0).type(),
                "a closing quote owns nothing");
    }

    @Test
    void theAreasASideHoldsInTheCapitalsNameAreInTheProvince() {
        assertEquals(List.of("deir_ez_zor_governorate"), keys(proposals("اعتقلت قسد خمسة شبان في مناطق سيطرتها بدير الزور أمس.")
                .get(0).places()));
        assertEquals(List.of("deir_ez_zor"), keys(proposals("قصفت قوات النظام مناطق في مدينة دير الزور أمس.").get(0).places()),
                "«مدينة» says the city");
    }

    @Test
    void aBearingBeforeTheCapitalsNameIsTheCountrysideThatWay() {
        assertEquals(List.of("eastern_countryside"), keys(proposals("اندلعت اشتباكات شرقي دير الزور أمس.").get(0).places()));
        assertEquals(List.of("western_countryside"), keys(proposals("انفجر لغم أرضي غرب دير الزور أمس.").get(0).places()));
        assertEquals(List.of("deir_ez_zor_governorate"), keys(proposals("انفجر لغم أرضي جنوب دير الزور أمس.").get(0).places()),
                "no southern countryside in the gazetteer: the province");
        assertEquals(List.of("deir_ez_zor"), keys(proposals("اندلعت اشتباكات شرق مدينة دير الزور أمس.").get(0).places()),
                "«مدينة» says the city");
        assertEquals(List.of("eastern_countryside"), keys(proposals("Clashes erupted east of Deir ez-Zor on Tuesday.").get(0).places()));
        assertEquals(List.of("khasham"), keys(proposals("قصفت قوات النظام بلدة خشام شرقي دير الزور أمس.").get(0).places()),
                "a countryside after a place of it only locates it");
    }

    @Test
    void otherEnglishSpellingsOfDeirEzZorAreRead() {
        assertEquals(List.of("deir_ez_zor_governorate"), keys(proposals("Clashes erupted in Deir el-Zour on Tuesday.").get(0).places()));
        assertEquals(List.of("deir_ez_zor"), keys(proposals("Clashes erupted in the city of Deir Az Zor on Tuesday.").get(0).places()));
        assertEquals(List.of("deir_ez_zor_governorate"), keys(proposals("Clashes erupted in the province of Deir Az Zor on Tuesday.").get(0).places()),
                "a spelling read by its letters is the province as the listed ones are");
        assertEquals(List.of("deir_ez_zor_governorate"), keys(proposals("Deir Ezzor saw clashes between the SDF and ISIS on Tuesday.")
                .get(0).places()), "a sentence that starts with the name speaks of the province");
        assertEquals(List.of("khasham"), keys(proposals("Deir Ezzor, Nov 12 (Test Wire) - Clashes erupted in Khasham on Tuesday.")
                .get(0).places()), "a dateline names the city the report was filed in");
    }

    @Test
    void eventWordsWithNoPlaceTollOrDateAfterTheReportsEventsMakeNoProposal() {
        assertEquals(1, proposals("US forces shelled Khasham on Tuesday. Clashes go on in the region.").size(), "fighting in general");
        assertEquals(2, proposals("US forces shelled Khasham on Tuesday. Clashes killed two fighters in Hajin.").size(),
                "a toll of its own");
        assertEquals(1, proposals("Clashes go on in the region.").size(), "a report's only event is proposed, placed or not");
    }

    @Test
    void aSentenceThatPlacesTheEventBeforeItMoreExactlyIsThatEvent() {
        String text = "قتل عنصران من قسد بانفجار عبوة ناسفة بريف دير الزور الشرقي أمس. وانفجرت العبوة الناسفة بسيارتهم في بلدة الشحيل.";
        List<Proposal> found = proposals(text);
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("shuhayl"), keys(found.get(0).places()), "the village, not the countryside");
        assertEquals(Casualties.exactly(2), found.get(0).killed(), "the toll the first telling gave");
        assertEquals(text, found.get(0).evidence().text());
        assertEquals("sdf", found.get(0).actor2().actorKey(), "the side struck the first telling named");
        assertEquals(2, proposals("قتل عنصران من قسد بانفجار عبوة ناسفة بريف دير الزور الشرقي أمس. وانفجرت عبوة في بلدة الشحيل اليوم.").size(),
                "another day, another event");
    }

    @Test
    void theLandAroundAPlaceLiesWhereThePlaceDoes() {
        List<Proposal> found = proposals("مقتل عنصرين من قوات الحكومة بانفجار بريف دير الزور الشرقي. وذكر المرصد أن سيارة عسكرية"
                + " استهدفت بعبوة ناسفة ببادية العشارة بريف دير الزور الشرقي، ما أدى لمقتل عنصرين.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("asharah"), keys(found.get(0).places()), "the desert of Asharah, in the eastern countryside");
        assertEquals("syrian_government", found.get(0).actor2().actorKey());
    }

    @Test
    void whatAnAreaGoesThroughIsNoEvent() {
        assertEquals(1, proposals("قصفت القوات الأمريكية قرية خشام أمس. ويشهد الريف الشرقي حوادث اغتيال متكررة.").size());
        assertEquals(2, proposals("قصفت القوات الأمريكية قرية خشام أمس. ويشهد الريف الشرقي اشتباكات في بلدة الشحيل.").size(),
                "a town named: an event there");
        assertEquals(1, proposals("Rockets struck the Conoco base on Monday. Since then US bases have faced an uptick in attacks.").size(),
                "a trend told with no place");
        assertEquals(1, proposals("اعتقلت قسد خمسة شبان في بلدة الشحيل أمس. وضاعفت قسد عمليات المداهمة في ريف دير الزور.").size());
        assertEquals(1, proposals("A mine killed a shepherd in Shuhayl on Monday. ISIS remnants have been laying mines across various"
                + " parts of the Deir Ezzor countryside.").size(), "mines laid all over the countryside");
        assertEquals(2, proposals("قتل عنصران من قسد برصاص مجهولين في بلدة الشحيل أمس. وقتل عنصر آخر برصاص مجهولين في بلدة ذيبان أمس. "
                + "وفقد ثلاثة عناصر من قسد حياتهم أمس برصاص مجهولين في عمليتين منفصلتين في ريف دير الزور.").size(),
                "events counted together in the countryside, told one by one before");
    }

    @Test
    void groundASideSetOutToTakeIsNoGroundTaken() {
        List<Proposal> aim = proposals("استقدمت قسد تعزيزات عسكرية كبيرة إلى بلدة ذيبان أمس، تمهيداً لعملية عسكرية لاستعادة السيطرة"
                + " على البلدات.");
        assertEquals(List.of(SubEventType.CHANGE_TO_GROUP_ACTIVITY), aim.stream().map(Proposal::type).toList(), "the aim, not the deed");
        assertEquals(List.of(SubEventType.CHANGE_TO_GROUP_ACTIVITY), proposals("The SDF sent reinforcements to Dhiban on Monday to"
                + " regain control of the villages.").stream().map(Proposal::type).toList());
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, proposals("The SDF managed to regain control of Dhiban on Monday.")
                .get(0).type(), "managed to: done");
    }

    @Test
    void weaponsNamedAsWhatACacheHeldOrAVehicleIsAreNoEvent() {
        assertEquals(List.of(SubEventType.DISRUPTED_WEAPONS_USE), proposals("وفي بلدة الباغوز، عثرت قسد أمس على مستودع أسلحة"
                + " يحوي قذائف هاون وعبوات ناسفة معدّة للتفجير، وقامت بمصادرتها.").stream().map(Proposal::type).toList());
        assertEquals(List.of(SubEventType.CHANGE_TO_GROUP_ACTIVITY), proposals("US forces sent a convoy of Bradley fighting"
                + " vehicles to the Al-Omar oil field on Tuesday.").stream().map(Proposal::type).toList());
        assertEquals(List.of(SubEventType.DISRUPTED_WEAPONS_USE), proposals("SDF fighters destroyed a car bomb with a guided"
                + " missile near Hajin on Tuesday.").stream().map(Proposal::type).toList());
    }

    @Test
    void wordsOfOtherThingsOrOfPeopleTakeNoEventsType() {
        Map<String, SubEventType> told = new java.util.LinkedHashMap<>();
        told.put("Families fled as jets bombed Khasham on Monday, killing two children.", SubEventType.AIR_DRONE_STRIKE);
        told.put("The pro-government al-Watan daily reported that SDF forces raided Khasham and arrested dozens of young men.",
                SubEventType.ARRESTS);
        told.put("هاجم مسلحون مجهولون حاجزاً لقسد في بلدة خشام، ولم يذكر المصدر تفاصيل إضافية.", SubEventType.ARMED_CLASH);
        told.put("داهمت قسد بلدة خشام واعتقلت خمسة شبان، وسبق أن نفذت حملة مماثلة الشهر الماضي.", SubEventType.ARRESTS);
        told.put("SDF guards exchanged fire with rioting prisoners at a prison in Khasham on Monday.", SubEventType.ARMED_CLASH);
        told.put("استولى التنظيم على بلدة خشام أمس بعد معارك قرب منزل المختار.", SubEventType.ARMED_CLASH);
        told.put("Gunmen broke into a headquarters of the Kurdish National Council in Khasham on Monday and beat a guard.",
                SubEventType.ATTACK);
        assertFirstTypes(told);
        for (String text : List.of("The SDF announced the capture of an ISIS leader in Khasham on Monday.",
                "حررت قوات الأمن الداخلي طفلاً مخطوفاً في قرية خشام أمس.",
                "أنشأت الإدارة الذاتية لجنة تضم عدداً من المقربين منها في بلدة خشام.",
                "Shops closed in a general strike reported across Khasham.")) {
            List<SubEventType> types = proposals(text).stream().map(Proposal::type).toList();
            assertTrue(types.stream().noneMatch(t -> t == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY
                    || t == SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED || t == SubEventType.AIR_DRONE_STRIKE), text + " → " + types);
        }
    }

    @Test
    void backgroundFearsCallsAnyEventAndConvictionsTellNoEvent() {
        for (String text : List.of("وسبق أن تعرضت بلدة خشام لهجمات مشابهة.",
                "يذكر أن بلدة خشام شهدت في أواخر آب الماضي مواجهات بين مسلحين عشائريين وقسد امتدت لأسابيع.",
                "وما زال الأهالي يخشون تجدد الاشتباكات في بلدة خشام.",
                "وانتشرت دعوات لتوسيع الاحتجاجات لتشمل بلدة خشام يوم الجمعة القادم.",
                "There were no reports of any clashes in Khasham on Monday.",
                "The victims were members of two families who had fled fighting in Khasham weeks earlier.",
                "وأصدرت المحكمة حكماً بالإعدام بحق متهم أدين بقتل شقيقين في بلدة خشام العام الماضي.")) {
            List<Proposal> found = proposals(text);
            assertTrue(found.stream().noneMatch(p -> p.type().type() == org.furat.model.EventType.VIOLENCE_AGAINST_CIVILIANS
                    || p.type().type() == org.furat.model.EventType.BATTLES || p.type().type() == org.furat.model.EventType.PROTESTS),
                    text + " → " + found);
        }
    }

    @Test
    void weaponsSeizedOrDefusedHousesTakenPostsSetUpConvoysAndDetaineesExchanged() {
        Map<String, SubEventType> told = new java.util.LinkedHashMap<>();
        told.put("وفككت فرق الهندسة التابعة لـ \"قسد\"، صباح اليوم الخميس، عبوة ناسفة في بلدة خشام.", SubEventType.DISRUPTED_WEAPONS_USE);
        told.put("كما فككت الفرق الهندسية التابعة لـ\"قسد\" عبوتين ناسفتين زرعهما التنظيم قرب بلدة خشام.", SubEventType.DISRUPTED_WEAPONS_USE);
        told.put("The forces also seized a cache of weapons, including hand grenades, in Khasham on Monday.",
                SubEventType.DISRUPTED_WEAPONS_USE);
        told.put("Security forces seized a truck loaded with rocket-propelled grenades in Khasham on Monday.",
                SubEventType.DISRUPTED_WEAPONS_USE);
        told.put("فككت وحدات الهندسة التابعة لقوى الأمن الداخلي (الأسايش) صباح اليوم عبوة ناسفة على طريق خشام.",
                SubEventType.DISRUPTED_WEAPONS_USE);
        told.put("وأفاد مراسلنا أن مجهولين أحرقوا ليلة الخميس محصولاً من القمح قرب بلدة خشام.", SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        told.put("قتل عنصران من الأسايش سبق أن فككوا عشرات الألغام بانفجار عبوة ناسفة في بلدة خشام أمس.",
                SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
        told.put("وفي بلدة خشام، افتتح جهاز الأمن العام أمس مقراً رئيسياً له في مبنى الأمن العسكري السابق.",
                SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
        told.put("وفي بلدة خشام، سطا مسلحون ملثمون فجر اليوم على محل للصرافة، وسرقوا مبلغاً كبيراً.", SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        told.put("Gunmen robbed a currency exchange shop in Khasham on Monday and shot its owner dead.", SubEventType.ATTACK);
        told.put("A teacher was stopped at a checkpoint in Khasham on Monday and taken to an unknown location.",
                SubEventType.ABDUCTION_FORCED_DISAPPEARANCE);
        told.put("كما أنشأ الحرس الثوري نقطة عسكرية جديدة قرب بلدة خشام أمس.", SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
        told.put("Liwa Fatemiyoun established a new headquarters in a school in Khasham on Monday.",
                SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
        told.put("استولت ميليشيا الحرس الثوري أمس على منازل تعود لمهجرين في بلدة خشام.", SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        told.put("The SDF and the General Security carried out an exchange of detainees in Khasham on Monday.", SubEventType.AGREEMENT);
        told.put("رصد المرصد وصول رتل عسكري للميليشيات إلى بلدة خشام أمس.", SubEventType.CHANGE_TO_GROUP_ACTIVITY);
        told.put("أدخلت القوات الأمريكية أمس رتلاً من ٣٠ شاحنة إلى بلدة خشام.", SubEventType.CHANGE_TO_GROUP_ACTIVITY);
        told.put("كما أحرق مجهولون اليوم مقراً سابقاً لحزب البعث في بلدة خشام.", SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        told.put("استشهد طفل جراء عدوان جوي أمريكي استهدف فجر اليوم منازل المواطنين في بلدة خشام.", SubEventType.AIR_DRONE_STRIKE);
        told.put("استشهد مدنيان جراء اعتداء طيران ما يسمى التحالف الدولي على بلدة خشام أمس.", SubEventType.AIR_DRONE_STRIKE);
        told.put("SDF fighters backed by coalition warplanes fought the last ISIS holdouts in Khasham on Friday.", SubEventType.ARMED_CLASH);
        told.put("اندلع نزاع مسلح مساء أمس بين عائلتين من عشيرة واحدة في بلدة خشام.", SubEventType.ARMED_CLASH);
        told.put("حوّلت ميليشيا حزب الله مدرسة بلدة خشام إلى مقر عسكري لعناصرها.", SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
        told.put("حوّلت ميليشيا حزب الله خلال الأسبوع الماضي مبنى مدرسة في حي الشبلي ببلدة خشام إلى مقر عسكري لعناصرها.",
                SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
        told.put("قُتل رجل برصاص مسلحين مجهولين في بلدة خشام مساء أمس في ظروف لا تزال غامضة.", SubEventType.ATTACK);
        told.put("One smuggler was killed in an exchange of fire in Khasham on Sunday, when a security patrol intercepted a convoy.",
                SubEventType.ARMED_CLASH);
        told.put("أنشأت ميليشيا «كتائب حزب الله» العراقية نقطة عسكرية جديدة في محيط بلدة خشام.",
                SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
        told.put("سيطرت قوات النظام والميليشيات المساندة لها أمس على بلدة خشام بعد معارك عنيفة.",
                SubEventType.GOVERNMENT_REGAINS_TERRITORY);
        told.put("قُتل شاب اليوم بعدما أطلقت عناصر قسد الرصاص الحي على متظاهرين في بلدة خشام.",
                SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS);
        told.put("A second strike reported the same morning hit a tent settlement near Khasham, killing a woman and her son.",
                SubEventType.AIR_DRONE_STRIKE);
        told.put("Dozens of women staged a sit-in in Khasham on Friday, demanding the release of relatives detained by the SDF"
                + " since the start of the clashes.", SubEventType.PEACEFUL_PROTEST);
        assertFirstTypes(told);
        assertEquals(List.of(), proposals("ودعا إلى مزيد من الإجراءات لضبط الأمن بعد انتشار الأسلحة في بلدة خشام."),
                "«ضبط» of order, not of weapons seized");
    }

    @Test
    void whatAManWasAccusedOfIsNoEventOfTheSentence() {
        assertEquals(SubEventType.MOB_VIOLENCE, proposals("أقدم عشرات من الأهالي على ضرب رجل حتى الموت في بلدة الجردي مساء أمس،"
                + " بعد اتهامه بمحاولة خطف طفلة.").get(0).type());
        assertEquals(List.of(SubEventType.SHELLING_ARTILLERY_MISSILE), proposals("وجددت قسد اتهامها لقوات النظام بقصف بلدة هجين أمس،"
                + " ما أدى إلى مقتل مدنيين اثنين.").stream().map(Proposal::type).toList(), "a side accusing another tells the event");
    }

    @Test
    void whereRocketsAndShellsWereFiredFromIsTheOrigin() {
        Proposal rockets = proposals("أطلقت الميليشيات أمس قذائف صاروخية من محيط مدينة الميادين باتجاه قاعدة التحالف في حقل العمر"
                + " النفطي.").get(0);
        assertEquals(List.of("mayadin"), keys(rockets.origins()), "rocket shells from the vicinity of Mayadin");
        Proposal by = proposals("استهدف قصف مدفعي من قبل قوات الأسد أمس بلدتي خشام ومراط.").get(0);
        assertEquals(List.of(), keys(by.origins()), "«من قبل» names who fired, not where from");
        assertTrue(keys(by.places()).contains("khasham"));
    }

    @Test
    void aRoadNamedForACityIsNoEventPlaceWhereTheDesertItCrossesIsNamed() {
        Proposal bus = proposals("استهدف مسلحون أمس حافلة على طريق دير الزور – تدمر في بادية الشحيل.").get(0);
        assertFalse(keys(bus.places()).contains("deir_ez_zor"), "the city the road is named for: " + keys(bus.places()));
        Proposal opposite = proposals("Clashes broke out on Monday between the SDF and government forces in the villages of Marrat"
                + " and Mazloum opposite Deir ez-Zor city.").get(0);
        assertFalse(keys(opposite.places()).contains("deir_ez_zor"), "the city across the river: " + keys(opposite.places()));
        Proposal ends = proposals("انفجرت عبوة ناسفة أمس بحافلة على طريق الميادين – البوكمال قرب بلدة هجين.").get(0);
        assertEquals(List.of("hajin"), keys(ends.places()), "both ends of the road, the town near it the place");
    }

    @Test
    void theTimeToldBetweenAVerbAndItsObjectDoesNotPartThem() {
        Proposal taken = proposals("سيطرت قوات سوريا الديمقراطية، صباح اليوم الثلاثاء، على بلدة هجين.").get(0);
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, taken.type());
        assertEquals(List.of("hajin"), keys(taken.places()));
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, proposals("سيطرت قوات سوريا الديمقراطية \"قسد\"، صباح"
                + " اليوم الثلاثاء، على بلدة هجين.").get(0).type(), "four words of the subject and the time");
    }

    @Test
    void theEventJustToldCountedAmongOthersOfItsKindIsNoNewEvent() {
        assertEquals(1, proposals("استهدفت صواريخ قاعدة كونيكو فجر اليوم. ويعد هذا الهجوم الثالث على قاعدة كونيكو منذ بداية الشهر"
                + " الجاري.").size());
        assertEquals(1, proposals("Rockets struck the Conoco base on Monday, the third such attack on the base this month.").size());
        assertEquals(2, proposals("اغتال مسلحون مجهولون قيادياً في بلدة الشحيل أمس. ويعد هذا الهجوم الثالث من نوعه خلال الشهر، إذ قتل عنصران"
                + " من قسد برصاص مجهولين في بلدة ذيبان في الثاني عشر من الشهر.").size(), "an earlier event told with its place and day");
        assertEquals(2, proposals("Rockets struck the Conoco base on Monday. A second attack hit the base on Tuesday.").size(),
                "a second attack told as such is an event");
        assertEquals(2, proposals("Rockets struck the Conoco base on Monday. The second such attack hit the Omar oil field on"
                + " Tuesday, killing two soldiers.").size(), "counted, but with a day and a toll of its own");
        assertEquals(1, proposals("اعتقلت قسد خمسة شبان في بلدة الشحيل أمس. وتكررت حوادث الخطف في بلدة الشحيل خلال الأشهر الماضية.")
                .size(), "what recurred");
        assertEquals(1, proposals("اعتقلت قسد خمسة شبان في بلدة الشحيل أمس. وشهدت بلدة ذيبان خلال الأسابيع الماضية عمليات خطف"
                + " طالت تجاراً.").size(), "what went on over weeks");
        assertEquals(List.of(SubEventType.ATTACK), proposals("Gunmen killed a tribal elder in al-Shuhail on Monday. Militias have"
                + " redeployed in recent weeks, evacuating headquarters in al-Mayadin.").stream().map(Proposal::type).toList(),
                "what was done in recent weeks");
        assertEquals(1, proposals("Tribal fighters attacked an SDF checkpoint in Dhiban, the latest in a series of attacks in"
                + " recent weeks.").size(), "the event told first, what recurred after a comma");
        assertEquals(1, proposals("A roadside bomb struck an SDF vehicle in Hajin on Monday. Merchants in Dhiban fear they will be"
                + " next after the latest in a string of kidnappings in the town.").size(), "the latest of many");
        assertEquals(2, proposals("Gunmen killed a tribal elder in al-Shuhail on Monday. In recent weeks, militias attacked SDF posts"
                + " in Dhiban, killing three fighters.").size(), "a toll of its own");
        assertEquals(1, proposals("اعتقلت قسد خمسة شبان في بلدة الشحيل أمس. وكانت قسد قد صعدت من حملات الاعتقال في بلدة ذيبان.")
                .size(), "a campaign escalated");
        assertEquals(1, proposals("تظاهر العشرات في بلدة الشحيل أمس. وقال مسؤول إنه لن يُسمح بالاعتداء على المؤسسات العامة في"
                + " الشحيل.").size(), "what will not be allowed");
        assertEquals(1, proposals("تظاهر العشرات في بلدة الشحيل أمس. وجاء ذلك بعد أسابيع من استعادة النظام مدينة الميادين.").size(),
                "what came weeks before");
        assertEquals(SubEventType.ARMED_CLASH, proposals("وبعد أشهر من الهدوء، هاجمت خلايا تنظيم داعش حاجزاً لقسد في بلدة ذيبان"
                + " أمس.").get(0).type(), "months of calm, closed by a comma before the attack");
        assertEquals(1, proposals("تظاهر العشرات في بلدة الشحيل أمس. واعترف الموقوفان بالمشاركة في هجمات على قسد في بلدة ذيبان.")
                .size(), "what the arrested confessed to");
        assertEquals(1, proposals("تظاهر العشرات في بلدة الشحيل أمس. وقال قيادي: «لن نسمح بتحويل ذيبان إلى ساحة لتصفية الحسابات».")
                .size(), "settling scores, said of what will not be allowed");
    }

    @Test
    void groundASideTriesToRetakeIsNoGroundTaken() {
        assertEquals(List.of(SubEventType.ARMED_CLASH), proposals("هاجم تنظيم داعش مواقع قسد في بلدة هجين أمس، إذ يحاول التنظيم"
                + " استعادة مواقع خسرها في المنطقة.").stream().map(Proposal::type).toList());
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, proposals("After two failed attempts, the SDF regained control"
                + " of Hajin on Monday.").get(0).type(), "a comma ends the attempt");
    }

    @Test
    void exchangesOfPrisonersPostsSetUpAndWordsThatOnlyLookLikeEvents() {
        assertEquals(SubEventType.AGREEMENT, proposals("جرت يوم الثلاثاء عملية تبادل للموقوفين بين الجيش السوري وقسد عند"
                + " بلدة خشام.").get(0).type());
        assertEquals(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED, proposals("أنشأت القوات الأمريكية يوم الثلاثاء نقطة عسكرية"
                + " جديدة قرب بلدة خشام.").get(0).type());
        assertTrue(proposals("أنشأت منظمة الهلال الأحمر نقطة طبية في بلدة هجين أمس.").stream()
                .noneMatch(p -> p.type() == SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED), "a medical post");
        assertTrue(proposals("The United Nations sent a convoy of aid trucks to Hajin on Monday.").stream()
                .noneMatch(p -> p.type() == SubEventType.CHANGE_TO_GROUP_ACTIVITY), "an aid convoy");
        assertEquals(List.of(SubEventType.ARRESTS), proposals("An Asayish unit raided a house in Dhiban on Monday evening and"
                + " arrested the three kidnappers.").stream().map(Proposal::type).toList(), "the kidnappers are people, not a kidnapping");
        assertEquals("sdf", proposals("An Asayish unit raided a house in Dhiban on Monday evening and arrested three men.")
                .get(0).actor1().actorKey());
        assertEquals(List.of(SubEventType.ATTACK), proposals("Unidentified gunmen shot dead a former fighter in Dhiban on Monday,"
                + " who had handed over his weapon under a settlement deal.").stream().map(Proposal::type).toList());
    }

    @Test
    void whereTheCorrespondentIsIsNoEventPlace() {
        List<Proposal> found = proposals("أصيب شابان بجروح أمس إثر إطلاق عناصر من قسد الرصاص الحي لتفريق مظاهرة خرجت في بلدة الشحيل."
                + " وقال مراسلنا في دير الزور إن نحو 200 شخص تجمعوا أمام مبنى المجلس المحلي في البلدة.");
        assertTrue(found.stream().noneMatch(p -> keys(p.places()).contains("deir_ez_zor")), found::toString);
        List<Proposal> outlet = proposals("أصيب شابان بجروح أمس إثر إطلاق عناصر من قسد الرصاص الحي لتفريق مظاهرة خرجت في بلدة"
                + " الشحيل. وقال مراسل عنب بلدي في دير الزور إن نحو 200 شخص تجمعوا أمام مبنى المجلس المحلي في البلدة.");
        assertTrue(outlet.stream().noneMatch(p -> keys(p.places()).contains("deir_ez_zor")), "«عنب بلدي», an outlet: " + outlet);
        List<Proposal> chanted = proposals("أصيب شابان بجروح أمس إثر إطلاق عناصر من قسد الرصاص الحي لتفريق مظاهرة خرجت في بلدة"
                + " الشحيل. وقال مراسلنا إن نحو 200 شخص تجمعوا أمام مبنى المجلس المحلي في البلدة ورددوا هتافات ضد القرار.");
        assertEquals(List.of(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS), chanted.stream().map(Proposal::type).toList(),
                "the protest fired on, told again by its chants");
        assertEquals(List.of("hajin"), keys(proposals("قال مراسلنا إن عبوة ناسفة انفجرت في بلدة هجين أمس.").get(0).places()),
                "what the correspondent said happened there");
    }

    @Test
    void whatRecursOrGrowsIsNoEventWhereverItIsPlaced() {
        assertEquals(1, proposals("Gunmen killed a trader in Hajin on Monday. Residents of Hajin have repeatedly complained of"
                + " kidnappings for ransom.").size(), "complaints of what recurs, at a town");
        assertEquals(1, proposals("اعتقلت قسد خمسة شبان في بلدة الشحيل أمس. ويشكو سكان الشحيل من المداهمات المتكررة منذ أشهر.")
                .size());
        assertEquals(1, proposals("Gunmen killed a trader in Hajin on Monday. Protests over oil have recurred in Al-Shuhayl since"
                + " the beginning of the month.").size(), "what recurred, dated to a month");
        assertEquals(2, proposals("Gunmen killed a trader in Hajin on Monday. Clashes recurred in Al-Shuhayl on Tuesday.").size(),
                "what recurred on a day is an event of that day");
        assertEquals(2, proposals("Gunmen killed a trader in Hajin on Monday. Clashes recurred in Al-Shuhayl, killing two"
                + " fighters.").size(), "with its toll");
        assertEquals(1, proposals("Regime forces shelled Hajin with a series of rockets.").size(), "a series of rockets is one event");
        assertEquals(1, proposals("شنت قوات النظام غارات متكررة على بلدة هجين.").size(), "repeated strikes at a town are an event");
    }

    @Test
    void ofSeveralDatesTheOneNearestTheEventWordsDatesIt() {
        Proposal p = proposals("هاجم مسلحون اليوم حاجزاً لقسد في بلدة الشحيل، وقالوا إن هجوماً مثله وقع أمس.").get(0);
        assertEquals(LocalDate.of(2024, 11, 14), p.dates().start(), "today, not yesterday: " + p.dates());
    }

    @Test
    void aReportsExercisesAreOneEventAtEveryBaseTheyWereHeldAt() {
        List<Proposal> found = proposals("أجرت قوات التحالف الدولي اليوم تدريبات بالذخيرة الحية في حقل كونيكو. "
                + "وشملت التمارين قصفاً بالمدفعية الثقيلة للأهداف في محيط حقل العمر النفطي. "
                + "وقصفت قوات النظام بلدة خشام اليوم.");
        assertEquals(2, found.size(), "the exercise, told twice, and the shelling: " + found);
        Proposal exercise = found.get(0);
        assertEquals(SubEventType.OTHER, exercise.type(), "the artillery fired in a drill is the drill");
        assertEquals(List.of("conoco_base", "omar_oil_field"), keys(exercise.places()));
        assertNull(exercise.actor2(), "an exercise acts on nobody");
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, found.get(1).type());
    }

    @Test
    void aLeadPlacedInAnAreaIsTheEventTheBodyPlacesInThatArea() {
        List<Proposal> found = proposals("نفذ تنظيم الدولة أمس كميناً ضد قوات النظام في بادية البوكمال. "
                + "وقال مراسلنا إن ثلاثة باصات تحمل عناصر من قوات النظام وقعت أمس في كمين في بادية البوكمال.");
        assertEquals(1, found.size(), "the ambush told twice: " + found);
    }

    @Test
    void gunmenSayWhoActedNotWhatTheyDid() {
        assertEquals(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE,
                proposals("Unidentified gunmen on Sunday abducted an SDF fighter in Hajin.").get(0).type());
        assertEquals(SubEventType.ATTACK, proposals("Unidentified gunmen shot a shepherd in Hajin on Sunday.").get(0).type(),
                "with no other event word, gunmen still tell an attack");
    }

    @Test
    void shellingByUnknownAircraftIsAnAirStrike() {
        assertEquals(SubEventType.AIR_DRONE_STRIKE,
                proposals("قتل 18 عنصراً من الميليشيات الإيرانية جراء قصف نفذته طائرات مجهولة في مدينة البوكمال.").get(0).type());
    }

    @Test
    void aPlaceNamedInsideASidesNameIsNoPlaceOfTheEvent() {
        Proposal p = proposals("اندلعت اشتباكات بين قوات مجلس دير الزور العسكري ومسلحين في بلدة ذيبان.").get(0);
        assertEquals(List.of("dhiban"), keys(p.places()));
        assertEquals("sdf", p.actor1().actorKey());
    }

    @Test
    void englishWordsForBlastsExecutionsAndGroundGivenUp() {
        assertEquals(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
                proposals("A pickup loaded with bombs exploded near the hospital in Hajin on Monday.").get(0).type());
        assertEquals(SubEventType.ATTACK, proposals("ISIS executed a shepherd in Hajin on Monday.").get(0).type());
        assertEquals(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY,
                proposals("The SDF abandoned their positions in Hajin on Monday.").get(0).type());
    }

    @Test
    void arabicWordsForExecutionsSnipersAndStorming() {
        assertEquals(SubEventType.ATTACK, proposals("نفذ عناصر من تنظيم الدولة عملية إعدام بحق شاب في بلدة هجين.").get(0).type());
        assertEquals(SubEventType.ATTACK, proposals("أصيب شاب بنيران قناص في بلدة هجين.").get(0).type());
        assertEquals(SubEventType.ARMED_CLASH, proposals("قتل عنصر من قسد خلال اقتحام حاجز في بلدة هجين.").get(0).type());
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY,
                proposals("أمنت قوات الجيش السوري مدينة البوكمال بالكامل عقب مواجهات عنيفة مع داعش.").get(0).type());
    }

    @Test
    void arabicWordsForDronesDownedAndForcesMoved() {
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, proposals("أسقطوا طائرة مسيرة فوق بلدة هجين اليوم.").get(0).type());
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE,
                proposals("أسقطت قوات التحالف الدولي اليوم طائرة مسيرة إيرانية فوق بلدة هجين.").get(0).type(), "who between the verb and the drone");
        assertEquals(SubEventType.CHANGE_TO_GROUP_ACTIVITY, proposals("سحبت قسد اليوم حواجز عسكرية من بلدة ذيبان.").get(0).type());
        assertEquals(SubEventType.CHANGE_TO_GROUP_ACTIVITY, proposals("عززت قوات التحالف قاعدتها في حقل العمر اليوم.").get(0).type());
    }

    @Test
    void aProtestBrokenUpIsAnInterventionAndOneMetWithDeathsOrWoundsExcessiveForce() {
        Proposal dispersed = proposals("فرقت قسد المتظاهرين ومنعت المتظاهرين من الوصول إلى بلدة ذيبان اليوم.").get(0);
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, dispersed.type());
        assertNull(dispersed.actor1(), "protesters are no side of the list");
        assertEquals("sdf", dispersed.actor2().actorKey(), "the side that broke it up");
        Proposal shot = proposals("فتح عناصر من قسد النار على مظاهرة في بلدة ذيبان ما أدى إلى مقتل 3 متظاهرين.").get(0);
        assertEquals(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, shot.type());
        assertEquals("sdf", shot.actor1().actorKey(), "the side that used the force");
        assertNull(shot.actor2());
        assertEquals(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
                proposals("قتل ثلاثة مدنيين برصاص قسد خلال قمع مظاهرة في بلدة ذيبان.").get(0).type(), "broken up, with deaths");
        assertEquals(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
                proposals("أطلقت قسد الرصاص الحي لتفريق المتظاهرين في بلدة ذيبان ما أدى لإصابة ثلاثة.").get(0).type(), "with wounds");
    }

    @Test
    void aSubjectBetweenTheVerbAndTheRestOfItsPhraseKeepsTheEventItsPhraseNames() {
        Proposal taken = proposals("سيطرت قوات العشائر على بلدة ذيبان اليوم بعد معارك عنيفة.").get(0);
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, taken.type());
        assertEquals("tribal_forces", taken.actor1().actorKey());
        assertEquals(SubEventType.PROTEST_WITH_INTERVENTION, proposals("فرقت قسد مظاهرة في بلدة ذيبان اليوم.").get(0).type());
        assertEquals(SubEventType.ATTACK, proposals("أطلق مسلحون النار على سيارة مدنية في بلدة ذيبان اليوم.").get(0).type());
        assertEquals(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS,
                proposals("SDF guards opened fire on the protesters in Dhiban on Monday, wounding three.").get(0).type(),
                "the longer phrase, not \"opened fire\" alone");
    }

    @Test
    void englishWordsForSnipersPeopleCapturedHousesBurnedAndBodiesFound() {
        assertEquals(SubEventType.ATTACK, proposals("A sniper killed a civilian in Dhiban on Monday.").get(0).type());
        assertEquals(SubEventType.ARRESTS, proposals("US forces raided a house in Dhiban and captured an ISIS leader on Monday.").get(0).type());
        assertEquals(SubEventType.LOOTING_PROPERTY_DESTRUCTION, proposals("SDF forces burned houses in Dhiban on Monday.").get(0).type());
        assertEquals(SubEventType.ATTACK, proposals("The body of a young man was found in Dhiban on Monday.").get(0).type());
        assertEquals(SubEventType.LOOTING_PROPERTY_DESTRUCTION, proposals("Militiamen ransacked shops in Dhiban on Monday.").get(0).type());
        assertEquals(SubEventType.LOOTING_PROPERTY_DESTRUCTION, proposals("أحرق مجهولون منزل مسؤول في بلدة الشحيل أمس.").get(0).type(),
                "a house set on fire");
        assertEquals(SubEventType.LOOTING_PROPERTY_DESTRUCTION,
                proposals("Unknown people set fire to an official's house in Shuhayl on Monday.").get(0).type());
        assertEquals(SubEventType.VIOLENT_DEMONSTRATION,
                proposals("Protesters burned tires and blocked roads in Dhiban on Monday.").get(0).type(), "tyres burned: a riot");
    }

    @Test
    void homesSackedOrWreckedAreLootingButSabotageInGeneralIsNoEvent() {
        assertEquals(SubEventType.LOOTING_PROPERTY_DESTRUCTION,
                proposals("داهمت قسد قرية في بلدة ذيبان اليوم وتكسرت أثاث المنازل أثناء التفتيش.").get(0).type());
        assertEquals(SubEventType.LOOTING_PROPERTY_DESTRUCTION, proposals("واصلت قوات النظام تعفيش القرى في بلدة ذيبان اليوم.").get(0).type());
        assertEquals(List.of(), proposals("أشاد بجهود الأمن العام في ظل تزايد الحوادث التخريبية في بلدة ذيبان."));
    }

    @Test
    void fightingFearedOrSaidToHaveStoppedIsNoEvent() {
        assertEquals(List.of(), proposals("نزح الأهالي من بلدة ذيبان خوفاً من القصف."));
        assertEquals(List.of(), proposals("وشهدت بلدة ذيبان استنفاراً رغم توقف القصف المتبادل اليوم."));
        assertEquals(List.of(), proposals("The two sides agreed on a halt to attacks in Dhiban on Monday."));
        assertEquals(1, proposals("وتجدد القصف على بلدة ذيبان اليوم.").size(), "shelling that starts again is an event");
    }

    @Test
    void anAttackFoiledOrRepelledIsAClashNotADefusedBomb() {
        assertEquals(SubEventType.ARMED_CLASH, proposals("تمكن مقاتلو قسد من إحباط الهجمات على بلدة هجين اليوم.").get(0).type());
        assertEquals(SubEventType.ARMED_CLASH, proposals("The SDF repelled an ISIS assault on Hajin on Monday.").get(0).type());
        assertEquals(SubEventType.DISRUPTED_WEAPONS_USE, proposals("تمكنت قسد من إحباط تفجير عبوة ناسفة في بلدة هجين اليوم.").get(0).type());
    }

    @Test
    void aReportedSentenceWithNoEventWordsPlacesTheEventToldWithNone() {
        List<Proposal> found = proposals("A drone strike killed at least five fighters on Sunday, reports said. "
                + "The Observatory said the vehicle carrying them was struck as it drove from Hajin to Susah.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("hajin", "susah"), keys(found.get(0).places()));
        assertTrue(found.get(0).evidence().text().endsWith("to Susah."));
        assertTrue(keys(proposals("A drone strike killed five fighters on Sunday. Hajin is a town near the border.").get(0).places())
                .isEmpty(), "not reported: background, not the event's place");
    }

    @Test
    void aGovernmentsForcesAreTheTransitionalGovernmentsInEventsFromItsFirstDay() {
        String shelling = "قصفت قوات الجيش السوري مواقع لقسد في بلدة ذيبان اليوم.";
        LocalDate after = LocalDate.of(2025, 3, 10), before = LocalDate.of(2024, 12, 7);
        assertEquals("syrian_transitional_government", actor1(shelling, after, true));
        assertEquals("syrian_government", actor1(shelling, before, true));
        assertEquals("syrian_transitional_government", actor1(shelling, LocalDate.of(2024, 12, 8), true), "from the day itself");
        assertEquals("syrian_government", actor1(shelling, after, false), "an undated page may be older than the change");
        assertEquals("syrian_transitional_government",
                actor1("Syrian army units shelled SDF positions in Dhiban on Monday.", after, true));
        assertEquals("syrian_government", actor1("قصفت قوات النظام مواقع لقسد في بلدة ذيبان اليوم.", after, true),
                "a name of the former government alone stays its");
        Proposal arrest = extractor.extract("اعتقل عناصر الأمن العام ثلاثة شبان في بلدة ذيبان اليوم.", after, TimePrecision.DAY)
                .proposals().get(0);
        assertEquals("syrian_transitional_government", arrest.actor1().actorKey(), "a name of its own, on any day");
        assertEquals(SubEventType.ARRESTS, arrest.type());
        assertEquals(SubEventType.GOVERNMENT_REGAINS_TERRITORY, extractor.extract(
                "Military Operations Command forces took full control of Dhiban on Monday.", after, TimePrecision.DAY)
                .proposals().get(0).type());
    }

    @Test
    void aGovernmentsForcesAreNamedAsOnTheDayOfTheEventNotOfTheReport() {
        LocalDate published = LocalDate.of(2024, 12, 10);
        assertEquals("syrian_government", actor1("قصفت قوات الجيش السوري مواقع لقسد في بلدة ذيبان يوم 3 كانون الأول.", published, true),
                "fighting of 3 December, told on the 10th, was the Assad government's");
        assertEquals("syrian_transitional_government", actor1("قصفت قوات الجيش السوري مواقع لقسد في بلدة ذيبان اليوم.", published, true));
    }

    private static String actor1(String text, LocalDate published, boolean publicationKnown) {
        Proposal p = extractor.extract(text, published, TimePrecision.DAY, publicationKnown).proposals().get(0);
        return p.actor1() == null ? null : p.actor1().actorKey();
    }

    @Test
    void aSentenceAsWrittenIsTheSameHoweverSpaced() {
        assertEquals("US forces shelled Khasham.", Extractor.asWritten("  US  forces\tshelled \n Khasham. "));
        assertEquals(Extractor.asWritten("قصفت القوات خشام"), Extractor.asWritten("قصفت  القوات\r\nخشام"));
        assertEquals("a\u00a0b", Extractor.asWritten("a\u00a0b"), "a no-break space is no blank of a pattern's \\s");
    }

    @Test
    void aUnitRightAfterAVerbOfTakingPeopleTookThem() {
        Proposal patrol = proposals("اعتقلت دورية لقسد شاباً من بلدة خشام أمس.").get(0);
        assertEquals(SubEventType.ARRESTS, patrol.type());
        assertEquals("sdf", patrol.actor1().actorKey(), "no patrol is arrested");
        assertEquals("civilians", patrol.actor2().actorKey());
        Proposal members = proposals("خلايا التنظيم تختطف عنصرين من قسد في بلدة خشام أمس.").get(0);
        assertEquals("isis", members.actor1().actorKey(), "members after the verb are taken as often as they take");
        assertEquals("sdf", members.actor2().actorKey());
        Proposal targeted = proposals("استهدفت دورية لقسد بعبوة ناسفة في بلدة خشام أمس.").get(0);
        assertNull(targeted.actor1(), "a patrol may be targeted");
        assertEquals("sdf", targeted.actor2().actorKey());
    }

    @Test
    void aClashToldWithNoSideGoesOnBetweenTheSidesOfTheClashBefore() {
        List<Proposal> found = proposals("وتستمر الاشتباكات بين قوات النظام وتنظيم داعش في بلدة خشام أمس. "
                + "كما دارت اشتباكات في محيط بلدة مراط، حسب ناشطين.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(SubEventType.ARMED_CLASH, found.get(1).type());
        assertEquals("syrian_government", found.get(1).actor1().actorKey());
        assertEquals("isis", found.get(1).actor2().actorKey());
        List<Proposal> afterAStrike = proposals("قصفت قوات النظام بلدة خشام أمس. كما دارت اشتباكات في محيط بلدة مراط.");
        assertNull(afterAStrike.get(1).actor1(), "only a clash's sides go on: " + afterAStrike);
    }

    @Test
    void thePeopleAClashsTollCountsAreNoSideOfIt() {
        Proposal clash = proposals("The SDF clashed with fighters loyal to the Syrian regime in Khasham on Monday, leaving 25 people dead.").get(0);
        assertEquals(SubEventType.ARMED_CLASH, clash.type());
        assertEquals("sdf", clash.actor1().actorKey());
        assertEquals("syrian_government", clash.actor2().actorKey());
        assertEquals(25, clash.killed().low());
        assertEquals("civilians", proposals("ISIS shelled Khasham on Monday, killing five people.").get(0).actor2().actorKey(),
                "a strike's people are its victims");
    }

    @Test
    void aTollThatRoseIsThatOfTheLastEventToldWithAToll() {
        List<Proposal> found = proposals("ISIS attacked SDF positions in Khasham on Monday, killing dozens of fighters. "
                + "The SDF later recaptured the village of Marrat on Monday. "
                + "The death toll had risen to 41 by Tuesday.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(41, found.get(0).killed().low(), "the attack's toll rose: " + found);
        assertFalse(found.get(1).killed().known(), "the capture had no toll");
    }

    @Test
    void moreWordsOfTakingHandingOverAndRallying() {
        Proposal suspect = proposals("Security forces apprehended an ISIS suspect in Khasham on Monday.").get(0);
        assertEquals(SubEventType.ARRESTS, suspect.type());
        assertNull(suspect.actor1(), "the suspect's side did not arrest him");
        assertEquals("isis", suspect.actor2().actorKey());
        Proposal arabicSuspect = proposals("ألقت قوات الأمن القبض على مشتبه بانتمائه لداعش في بلدة خشام أمس.").get(0);
        assertEquals("isis", arabicSuspect.actor2().actorKey());
        assertNotEquals(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY,
                proposals("The SDF began handing over 50 ISIS detainees in Khasham to Iraq on Monday.").get(0).type(),
                "people handed over are no ground");
        assertEquals(SubEventType.PEACEFUL_PROTEST, proposals("Residents held a rally in Khasham on Monday against conscription.").get(0).type());
        Proposal ledAway = proposals("اقتادت قسد عشرين شاباً إلى جهة مجهولة من بلدة خشام أمس.").get(0);
        assertEquals(SubEventType.ARRESTS, ledAway.type(), "led away by an authority: arrested");
        assertEquals("civilians", proposals("اغتال مسلحون شيخ عشيرة في بلدة خشام أمس.").get(0).actor2().actorKey());
    }

    @Test
    void anAttackOnAUnitOfArmedMenIsFoughtOneOnAMemberIsAnAttack() {
        assertEquals(SubEventType.ARMED_CLASH,
                proposals("Gunmen opened fire on an SDF patrol near Khasham on Monday, wounding two fighters.").get(0).type());
        assertEquals(SubEventType.ARMED_CLASH, proposals("هاجم مسلحون مجهولون حاجزاً لقسد في بلدة خشام أمس.").get(0).type());
        assertEquals(SubEventType.ATTACK,
                proposals("Unknown gunmen shot dead an SDF member near his home in Khasham on Monday.").get(0).type());
        assertEquals(SubEventType.ATTACK, proposals("Gunmen opened fire on a civilian car near Khasham on Monday.").get(0).type(),
                "civilians do not fire back");
    }

    @Test
    void propertySeizedIsLootedAndISISArrestsNoOne() {
        assertEquals(SubEventType.LOOTING_PROPERTY_DESTRUCTION,
                proposals("Iran-backed militias seized six houses belonging to displaced families in Khasham on Sunday.").get(0).type());
        Proposal cell = proposals("أعلنت إدارة الأمن العام تفكيك خلية تابعة لتنظيم داعش في بلدة خشام وإلقاء القبض على أفرادها أمس.").get(0);
        assertEquals(SubEventType.ARRESTS, cell.type());
        assertEquals("isis", cell.actor2().actorKey(), "whose men were taken: " + cell);
        assertNotEquals("isis", cell.actor1() == null ? null : cell.actor1().actorKey());
    }

    @Test
    void whoSupportedWhatASideOwnsAndTheArmy() {
        Proposal supported = proposals("The SDF, with the support of the International Coalition, arrested two ISIS members in Khasham on Tuesday.").get(0);
        assertEquals("sdf", supported.actor1().actorKey(), "who supported did not arrest");
        Proposal base = proposals("Eight rockets were fired at the international coalition's base in Khasham on Wednesday.").get(0);
        assertNull(base.actor1(), "whose base was struck did not fire");
        assertEquals("coalition", base.actor2().actorKey());
        Proposal army = extractor.extract("Twenty-five Syrian soldiers were killed in an ambush in Khasham on Wednesday.",
                LocalDate.of(2025, 3, 1), TimePrecision.DAY).proposals().get(0);
        assertEquals("syrian_transitional_government", army.actor2().actorKey(), "the soldiers of whoever governs");
        Proposal turkish = proposals("The Turkish Defence Ministry said its drones struck a car in Khasham on Monday.").get(0);
        assertNotEquals("syrian_government", turkish.actor1() == null ? null : turkish.actor1().actorKey(), "another country's ministry");
        Proposal driver = proposals("A fuel truck driver was shot dead at a Fourth Division checkpoint in Khasham on Thursday.").get(0);
        assertEquals(SubEventType.ATTACK, driver.type(), "shot at a checkpoint, not an attack on it");
    }

    @Test
    void aSideGuessedForGunmenIsNoSideOfTheEvent() {
        Proposal guessed = proposals("Gunmen thought to belong to ISIS cells shot dead an SDF member in Khasham on Monday.").get(0);
        assertNull(guessed.actor1(), "the gunmen are not known: " + guessed);
        assertEquals("sdf", guessed.actor2().actorKey());
        Proposal arabic = proposals("قتل عنصران من قسد أمس بهجوم نفذه مسلحون يرجح انتماؤهم إلى خلايا تنظيم داعش في بلدة خشام.").get(0);
        assertNull(arabic.actor1(), arabic::toString);
        assertEquals("isis", proposals("ISIS cells shot dead an SDF member in Khasham on Monday.").get(0).actor1().actorKey());
    }

    @Test
    void whatPeopleTookPartInIsNotTheEventTold() {
        Proposal arrests = proposals("واعتقلت قسد سبعة شبان من بلدة خشام أمس على خلفية مشاركتهم في احتجاجات شهدتها البلدة.").get(0);
        assertEquals(SubEventType.ARRESTS, arrests.type());
        assertEquals("sdf", arrests.actor1().actorKey());
        assertEquals(SubEventType.ARRESTS,
                proposals("SDF patrols detained 11 young men in Khasham on Monday for taking part in the protests.").get(0).type());
    }

    @Test
    void sidesJoinedByAndFoughtAClashInTheOrderNamed() {
        Proposal clash = extractor.extract("The SDF and Syrian Defense Ministry forces exchanged fire across the river near Khasham on March 17.",
                LocalDate.of(2025, 3, 20), TimePrecision.DAY).proposals().get(0);
        assertEquals(SubEventType.ARMED_CLASH, clash.type());
        assertEquals("sdf", clash.actor1().actorKey());
        assertEquals("syrian_transitional_government", clash.actor2().actorKey(), "the Defence Ministry of 2025");
        Proposal russian = proposals("Russia's Defence Ministry said its aircraft struck ISIS positions around Khasham on Monday.").get(0);
        assertEquals("russia", russian.actor1().actorKey());
    }

    @Test
    void whatProtestersDemandAndWhatDidNotHappenAreNotTheEvent() {
        Proposal sitIn = proposals("Residents staged a sit-in in Khasham on Monday to demand the release of relatives detained during SDF sweeps.").get(0);
        assertEquals(SubEventType.PEACEFUL_PROTEST, sitIn.type(), "the detentions are what they demand about");
        Proposal gathering = proposals("تجمع العشرات من أبناء بلدة خشام أمس أمام نقطة لقسد مطالبين بالإفراج عن المعتقلين، قبل أن ينفض التجمع دون مواجهات.").get(0);
        assertEquals(SubEventType.PEACEFUL_PROTEST, gathering.type(), "no clashes happened: " + gathering);
        assertEquals(SubEventType.CHANGE_TO_GROUP_ACTIVITY,
                proposals("The Ministry of Defense deployed additional units of the army to Khasham on September 28.").get(0).type());
        assertEquals(List.of(), proposals("Pro-Iran groups are heavily deployed south of the Euphrates near Khasham."),
                "where forces are is no event");
    }

    @Test
    void weaponsSeizedInARaidAreNoStrikeNorBombing() {
        assertEquals(SubEventType.ARRESTS, proposals("General Security detained three people in Khasham on Tuesday and confiscated a mortar launcher.")
                .get(0).type());
        assertEquals(SubEventType.ARRESTS, proposals("اعتقلت قسد ثلاثة أشخاص في بلدة خشام أمس وضبطت بحوزتهم أسلحة وعبوات ناسفة.").get(0).type());
        assertEquals(SubEventType.ARRESTS,
                proposals("Security forces arrested an ISIS cell in Khasham on Monday and seized explosive belts and rockets.").get(0).type());
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
                proposals("Tribal fighters seized the town of Khasham on Monday.").get(0).type(), "ground seized is still taken");
    }

    @Test
    void whatAnEventToldBeforeCameAfterIsNews() {
        List<Proposal> found = proposals("Dozens of residents protested in Khasham on Monday. "
                + "The protest came a day after SDF patrols detained 11 young men at checkpoints in Marrat.");
        assertEquals(SubEventType.ARRESTS, found.get(found.size() - 1).type(), found::toString);
        assertEquals(List.of("marrat"), keys(found.get(found.size() - 1).places()));
    }

    @Test
    void whoArrestsAndWhoIsSuspectedAreToldApart() {
        Proposal byIsis = proposals("ISIS militants arrested five civilians in Khasham on Monday.").get(0);
        assertEquals(SubEventType.ABDUCTION_FORCED_DISAPPEARANCE, byIsis.type(), "ISIS named before the words of arrest took them");
        assertEquals(SubEventType.ARRESTS, proposals("اعتقلت ميليشيا «فاطميون» ثلاثة شبان في بلدة خشام أمس واقتادتهم إلى جهة مجهولة.")
                .get(0).type(), "the militias that held the towns for the government arrest");
        assertEquals(SubEventType.SUICIDE_BOMB, proposals("فجّر عنصر من التنظيم نفسه بعربة مفخخة عند نقطة لقسد في بلدة خشام أمس.")
                .get(0).type());
        assertEquals(SubEventType.ARMED_CLASH, proposals("On Monday, US forces conducted a raid in"
                + " Khasham, killing a senior ISIS official and capturing one of his associates.").get(0).type(),
                "people captured are no ground taken: the raid that killed tells the type");
        assertEquals(SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY, proposals("The SDF declared the end of the caliphate on"
                + " Saturday after capturing the group's last pocket in the village of Khasham.").get(0).type());
        assertEquals("isis", byIsis.actor1().actorKey());
        Proposal suspects = proposals("SDF forces arrested two men suspected of belonging to ISIS in Khasham on Monday.").get(0);
        assertEquals("sdf", suspects.actor1().actorKey());
        assertEquals("isis", suspects.actor2().actorKey(), "suspects are no guess at attackers");
    }

    @Test
    void aFollowUpAfterARisenTollLosesNoEvent() {
        List<Proposal> found = proposals("ISIS attacked SDF positions in Khasham on Monday, killing dozens of fighters. "
                + "The SDF later recaptured the village of Marrat on Monday. "
                + "The death toll had risen to 41 by Tuesday. The clashes lasted for hours.");
        assertTrue(found.stream().anyMatch(p -> p.type() == SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY), found::toString);
    }

    @Test
    void whatFollowedAnEventToldOrWasDoneAtItsSiteIsNoEventOfItsOwn() {
        List<Proposal> cordon = proposals("Gunmen shot dead a driver near Khasham on Tuesday. SDF forces imposed a security cordon"
                + " around the village after the attack and put up checkpoints on its roads.");
        assertEquals(1, cordon.size(), cordon::toString);
        assertEquals(List.of("khasham"), keys(cordon.get(0).places()));
        List<Proposal> site = proposals("استهدفت طائرة مسيرة سيارة في بلدة خشام يوم الثلاثاء. وأضافت المصادر أن الميليشيات"
                + " ضربت طوقاً حول مكان الاستهداف، وأغلقت الطرق المؤدية إليه.");
        assertEquals(1, site.size(), site::toString);
        List<Proposal> elsewhere = proposals("انفجرت سيارة مفخخة في بلدة خشام أمس. وفرضت قسد إجراءات أمنية مشددة على الحواجز"
                + " في بلدة مراط عقب التفجير.");
        assertEquals(1, elsewhere.size(), "what followed, done at a place of its own: " + elsewhere);
        assertEquals(2, proposals("Gunmen shot dead a driver near Khasham on Tuesday. After the attack, SDF forces arrested"
                + " four men in Marrat.").size(), "an event of its own told after it is news");
        assertEquals(2, proposals("A drone struck a car in Khasham on Tuesday, killing two people. Three civilians were killed"
                + " in Marrat after the attack.").size(), "a toll and a place of its own after it are news");
    }

    @Test
    void celebrationsOfAnEventTellNone() {
        assertTrue(proposals("وعمت الاحتفالات شوارع بلدة خشام يوم الثلاثاء ابتهاجاً بكسر الحصار.").isEmpty());
        assertFalse(proposals("وعمت الاحتفالات شوارع بلدة خشام يوم الثلاثاء بعد كسر الحصار عن بلدة مراط.").isEmpty(),
                "the siege broken at a place of its own is news");
    }

    @Test
    void clearingWhatASideLeftBehindIsNoIncident() {
        assertTrue(proposals("وتواصل فرق الهندسة في بلدة خشام تفكيك عشرات الألغام والعبوات التي زرعها التنظيم في شوارعها.").isEmpty());
        assertTrue(proposals("Engineers in Khasham are dismantling the mines left behind by ISIS.").isEmpty());
        assertFalse(proposals("انفجر لغم من الألغام التي خلفها التنظيم بسيارة مدنية في بلدة خشام أمس.").isEmpty(),
                "a mine left behind that went off");
        assertFalse(proposals("فككت قسد عبوة ناسفة مزروعة على طريق بلدة خشام أمس.").isEmpty(), "a device found and defused");
        assertFalse(proposals("The SDF said on Thursday it had defused an IED left behind by ISIS on the road to Khasham.").isEmpty(),
                "one device left behind, defused");
        assertFalse(proposals("قتل عنصر من فرق الهندسة أثناء تفكيك الألغام التي خلفها التنظيم في بلدة خشام يوم أمس.").isEmpty(),
                "someone killed while clearing");
    }

    @Test
    void theShellOfABuildingIsNoShelling() {
        assertTrue(proposals("In Khasham, a father walks through broken concrete to the shell of his family's house.").isEmpty());
        assertFalse(proposals("A shell hit a house in Khasham on Monday.").isEmpty());
    }

    @Test
    void whatRecursOrLiesAboutAnAreaIsNoEvent() {
        for (String text : List.of(
                "وتتكرر حوادث الخطف في المنطقة، إذ خطف عدد من العاملين في بلدتي خشام ومراط خلال الأشهر الماضية.",
                "وتنتشر الألغام بكثافة في ريف دير الزور الشرقي، وتتسبب بسقوط ضحايا بشكل شبه أسبوعي.",
                "The eastern countryside has seen a rise in security incidents, with at least 11 people killed since October.",
                "Khasham has been repeatedly targeted by unidentified aircraft since 2018.",
                "وتعمل الفرق على مسح المناطق الملوثة في ريف دير الزور الشرقي، حيث أزالت الأسبوع الماضي أكثر من 300 ذخيرة غير منفجرة.",
                "وتعرضت بلدة خشام خلال الأشهر الماضية لعدة تفجيرات بعبوات ناسفة، أدت إلى سقوط قتلى وجرحى بين المدنيين.",
                "This strike is part of a wider series of alleged Russian strikes on river crossings near Khasham in late September.",
                "Meanwhile, warplanes were seen hovering over Khasham and Marrat.",
                "وتشهد القواعد الأمريكية في كونيكو تصعيداً في الهجمات منذ بدء الحرب على غزة، حيث تعرضت لعدة هجمات بالصواريخ.")) {
            assertTrue(proposals(text).isEmpty(), text);
        }
        assertFalse(proposals("اشتبك مسلحون مع عناصر قسد في بلدة خشام أمس، بعد أن تكررت الهجمات على الحاجز.").isEmpty(),
                "recurring told after the event of its clause");
    }

    @Test
    void whatWasToldAsHavingHappenedBeforeIsBackground() {
        List<Proposal> before = proposals("انفجرت عبوة ناسفة بسيارة عسكرية في بلدة خشام أمس. وسبق أن قتل عنصران بانفجار لغم"
                + " في بلدة مراط الشهر الماضي.");
        assertEquals(1, before.size(), before::toString);
        List<Proposal> reported = proposals("انفجرت عبوة ناسفة بسيارة عسكرية في بلدة خشام أمس. وكان المرصد السوري نشر في الثالث"
                + " والعشرين من تشرين الأول الفائت، أن غارات استهدفت مسجداً في بلدة مراط.");
        assertEquals(1, reported.size(), reported::toString);
        List<Proposal> toItsEnd = proposals("انفجرت عبوة ناسفة بسيارة عسكرية في بلدة خشام أمس. وكان المرصد السوري ذكر في الثالث"
                + " من الشهر الجاري أن قوات النظام سيطرت على قرية مراط، قبل أن يشن مسلحو التنظيم هجوماً معاكساً على القرية.");
        assertEquals(1, toItsEnd.size(), "the earlier report told all its sentence tells: " + toItsEnd);
        List<Proposal> firstReport = proposals("ارتفع إلى 9 عدد المدنيين الذين قضوا جراء الغارات على بلدة خشام يوم أمس. وكان المرصد"
                + " السوري نشر يوم أمس أن 5 مدنيين قضوا في الغارات، التي استهدفت سوق البلدة.");
        assertEquals(1, firstReport.size(), "a source's first report of the event told, by its definite name: " + firstReport);
        List<Proposal> elsewhere = proposals("قتل 5 مدنيين جراء غارات روسية على بلدة خشام صباح اليوم. وكان المرصد السوري أشار"
                + " إلى مقتل 3 مدنيين في الغارات على بلدة مراط.");
        assertEquals(2, elsewhere.size(), "the strikes at a place of their own: " + elsewhere);
        List<Proposal> announced = proposals("انفجرت عبوة ناسفة بسيارة عسكرية في بلدة خشام أمس. وكانت قسد أعلنت في 3 من الشهر"
                + " الجاري انتهاء حملتها الأمنية بعد سيطرتها على قرية مراط.");
        assertEquals(1, announced.size(), "a side's announcement told in the pluperfect: " + announced);
        List<Proposal> documented = proposals("A roadside bomb hit an SDF vehicle in Khasham on Wednesday. SOHR documented on"
                + " October 2 the death of four fighters in a drone strike on Marrat.");
        assertEquals(1, documented.size(), documented::toString);
        assertEquals(2, proposals("اشتبك مسلحون مع قسد في بلدة خشام أمس. وقال مصدر إن المسلحين الذين سبق أن هددوا الشاب،"
                + " هاجموا منزل شقيقه في مراط الأسبوع الماضي.").size(), "«سبق» of a relative clause");
        assertEquals(2, proposals("اشتبك مسلحون مع قسد في بلدة خشام أمس. وفي الشهر الماضي سبقت الاشتباكات في بلدة مراط"
                + " حملة اعتقالات واسعة.").size(), "«سبق» as preceded");
        assertEquals(2, proposals("اشتبك مسلحون مع قسد في بلدة خشام أمس. وكانت البلدة هادئة، وذكر المرصد أن مسلحين اغتالوا"
                + " شاباً في قرية مراط أول أمس.").size(), "«كان» of another clause");
        assertEquals(2, proposals("A roadside bomb hit an SDF vehicle in Khasham on Wednesday. SOHR reported on November 12"
                + " that a drone struck a car in Marrat, killing two.").size(), "English tells yesterday's news so");
        List<Proposal> opening = proposals("انفجرت عبوة ناسفة بسيارة عسكرية في بلدة خشام أمس. وكانت وحدات الجيش تمكنت الشهر"
                + " الماضي من السيطرة على قرية مراط بعد معارك مع التنظيم.");
        assertEquals(1, opening.size(), "«كان» opening the sentence, «قد» left out: " + opening);
        List<Proposal> lastFriday = proposals("انفجرت عبوة ناسفة بسيارة عسكرية في بلدة خشام أمس. وسبق أن قال ناشطون، يوم الجمعة"
                + " الماضي، إن مدنيين قتلوا بقصف جوي على قرية مراط.");
        assertEquals(2, lastFriday.size(), "a day of the week just past is news the coders code: " + lastFriday);
    }

    @Test
    void anOpeningEventLongPastIsNotTheNewsItsReportRecalls() {
        List<Proposal> found = proposals("In February 2018, US strikes near Khasham killed scores of pro-government fighters."
                + " On Tuesday, a drone struck a car in Marrat, killing two.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("marrat"), keys(found.get(0).places()));
        List<Proposal> spring = proposals("Protesters rallied in Marrat on Tuesday. In the spring of 2019, protests spread across"
                + " Khasham and Mazloum and were met with arrests.");
        assertEquals(1, spring.size(), spring::toString);
        List<Proposal> today = proposals("A mine left over from the fighting of summer 2017 exploded in Khasham on Tuesday.");
        assertEquals(LocalDate.of(2024, 11, 12), today.get(0).dates().start(), "a day outranks a season");
    }

    @Test
    void aDroneAttackRepelledHousesSeizedAndACrowdDispersed() {
        assertFirstTypes(Map.of(
                "On Tuesday, US forces at the Conoco base repelled an attempted drone attack; the drone was shot down.",
                SubEventType.DISRUPTED_WEAPONS_USE,
                "استولت ميليشيا الحرس الثوري على ستة منازل تعود لمهجرين في بلدة خشام الأسبوع الماضي.",
                SubEventType.LOOTING_PROPERTY_DESTRUCTION,
                "Dozens gathered in Khasham on Tuesday; Asayish members fired into the air to disperse the protesters.",
                SubEventType.PROTEST_WITH_INTERVENTION));
        assertTrue(proposals("Police dispersed the crowd after the football match in Khasham ended on Tuesday.").isEmpty());
    }

    @Test
    void theCoalitionAgainstIsisIsTheCoalitionAndAChargeIsNoEvent() {
        Proposal arrest = proposals("The SDF, backed by the US-led Global Coalition against ISIS, arrested an ISIS cell leader"
                + " in Khasham on Tuesday.").get(0);
        assertEquals(SubEventType.ARRESTS, arrest.type());
        assertEquals("sdf", sideThatActed(arrest));
        assertTrue(proposals("وصادرت قسد أمس أسلحة ومواد تستخدم في صناعة العبوات الناسفة.").stream()
                .noneMatch(p -> keys(p.places()).contains("sinaa_dez")), "«صناعة» is the making of bombs, no quarter of Deir ez-Zor");
        assertEquals(SubEventType.ARRESTS, proposals("نفذت قسد فجر اليوم عملية أمنية في بلدة خشام، أسفرت عن القبض على شخصين،"
                + " أحدهما مسؤول عن زرع العبوات الناسفة في المنطقة.").get(0).type());
    }

    @Test
    void whereAnOfficialWhoSpeaksHoldsOfficeAndWherePeopleWereTakenAreNoEventPlaces() {
        List<Proposal> official = proposals("انفجر جسم غريب بأطفال في بلدة خشام مساء أمس. وأوضح مدير مديرية الدفاع المدني في مراط أن"
                + " الأطفال عثروا على جسم غريب وانفجر بهم أثناء العبث به.");
        assertEquals(1, official.size(), official::toString);
        assertEquals(List.of("khasham"), keys(official.get(0).places()));
        List<Proposal> taken = proposals("شنت قسد حملة دهم في بلدة خشام صباح اليوم. وقال مراسلنا إن الدوريات اعتقلت 15 شاباً،"
                + " نُقلوا إلى معسكر في بلدة مراط.");
        assertEquals(1, taken.size(), taken::toString);
        assertEquals(List.of("khasham"), keys(taken.get(0).places()));
        assertEquals(List.of("khasham"), keys(proposals("وقال مدير المشفى في خشام إن قذيفة سقطت على المشفى اليوم ما أدى"
                + " لإصابة ممرضين.").get(0).places()), "the hospital's own village");
        assertEquals(List.of("marrat"), keys(proposals("اعتقلت قسد ثلاثة شبان ونقلتهم إلى قرية مراط حيث أعدمتهم اليوم.")
                .get(0).places()), "what was done where they were taken");
    }

    @Test
    void whatTheNewsCameDaysAfterIsItsBackground() {
        assertEquals(1, proposals("اغتال مسلحون مجهولون مساء أمس الاثنين وجيهاً من العشيرة في بلدة ذيبان. وتأتي عملية الاغتيال بعد"
                + " أيام من اغتيال عضو في مجلس دير الزور المدني بطريقة مشابهة في بلدة الشحيل.").size());
        assertEquals(1, proposals("SDF forces arrested two ISIS suspects in Hajin on Tuesday. The raid came weeks after a similar"
                + " operation in Shuhayl.").size());
        assertEquals(2, proposals("اغتال مسلحون مجهولون مساء أمس الاثنين وجيهاً من العشيرة في بلدة ذيبان. وتأتي عملية الاغتيال بعد"
                + " يومين من اغتيال عضو في مجلس دير الزور المدني في بلدة الشحيل.").size(), "two days after may be news");
        assertEquals(2, proposals("Militias brought reinforcements into Albu Kamal on Wednesday. The move came days after aircraft"
                + " struck a militia convoy near Mayadin last Thursday.").size(), "dated apart, it may be news");
    }

    @Test
    void aSentenceOpenedInThePluperfectIsBackgroundToItsEnd() {
        List<Proposal> found = proposals("أحبطت وحدات الجيش هجوماً لتنظيم داعش على نقاط عسكرية في بادية البوكمال فجر اليوم. وكانت وحدات"
                + " الجيش قد أنهت في تشرين الأول الماضي عمليات تمشيط واسعة في البادية الممتدة بين الميادين والبوكمال، عثرت خلالها"
                + " على مستودعات أسلحة وأنفاق لإرهابيي داعش.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(2, proposals("أحبطت وحدات الجيش هجوماً لتنظيم داعش على نقاط عسكرية في بادية البوكمال فجر اليوم. وكانت وحدات"
                + " الجيش قد أنهت في أيلول الماضي عمليات تمشيط في البادية، كما قتل عنصر من الجيش بانفجار لغم في الميادين اليوم.")
                .size(), "a clause of its own is news");
    }

    @Test
    void whatASourceToldHoursLaterIsASecondEvent() {
        List<Proposal> found = proposals("تعرضت القاعدة الأمريكية في حقل كونيكو لهجوم بطائرتين مسيرتين مساء أمس. وبعد ساعات، استهدفت"
                + " القوات الأمريكية بالمدفعية مواقع للميليشيات في مدينة الميادين، وقال مراسلنا إن القصف أدى إلى مقتل عنصرين.");
        assertEquals(2, found.size(), found::toString);
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, found.get(1).type());
        assertEquals(List.of("mayadin"), keys(found.get(1).places()));
    }

    @Test
    void indirectFireIsShellingAndAGrenadeLeftFromTheWarIsAnExplosiveRemnant() {
        assertFirstTypes(Map.of(
                "US forces responded to an indirect fire attack near the Conoco base on Sunday.", SubEventType.SHELLING_ARTILLERY_MISSILE,
                "أصيب شاب بجروح الاثنين جراء انفجار قنبلة يدوية من مخلفات الحرب داخل منزل في بلدة خشام.",
                SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED,
                "A child was wounded when a cluster bomb, a remnant of the war, exploded near his home in Hatla on Sunday.",
                SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED));
    }

    @Test
    void aHeadlinesItemsAfterTwoDotsAreEventsApart() {
        List<Proposal> found = proposals("الأمن العام يعتقل 14 شخصاً بحملة دهم في الميادين.. ومقتل عنصر باشتباك\n"
                + "شنت قوات الأمن العام فجر اليوم حملة دهم في مدينة الميادين، أسفرت عن اعتقال 14 شخصاً.");
        assertEquals(SubEventType.ARRESTS, found.get(0).type(), found::toString);
        assertFalse(found.get(0).killed().known(), found::toString);
    }

    @Test
    void moreDeadToldAfterBeforeAreAddedAndARisenFigureDoesNotReplaceTheFirst() {
        assertEquals(2, proposals("أطلق أحد المطلوبين النار على الدورية في بلدة خشام اليوم، ما أدى إلى مقتل عنصر من الأمن العام، قبل أن"
                + " يُقتل المسلح خلال تبادل إطلاق النار.").get(0).killed().best());
        assertEquals(3, proposals("A gunman opened fire on an SDF patrol in Hajin on Monday, killing two fighters before he was"
                + " killed by return fire.").get(0).killed().best());
        List<Proposal> risen = proposals("استهدفت طائرات مجهولة مواقع للميليشيات في مدينة البوكمال فجر اليوم. وقال مراسلنا إن الغارات"
                + " أدت إلى مقتل ستة عناصر على الأقل. وفي وقت لاحق، أفاد المرصد بارتفاع حصيلة قتلى الغارات إلى تسعة عناصر.");
        assertEquals(1, risen.size(), risen::toString);
        assertEquals(6, risen.get(0).killed().best());
    }

    @Test
    void aTargetListedInAdditionKeepsTheTollAfterIt() {
        Proposal p = proposals("وقال مراسلنا إن الغارات طالت مقراً في مدينة البوكمال ومستودعاً للذخيرة، إضافة إلى نقطة عسكرية في"
                + " بلدة هجين، ما أدى إلى مقتل ستة عناصر.").get(0);
        assertEquals(6, p.killed().best());
        assertEquals(List.of("albu_kamal", "hajin"), keys(p.places()));
    }

    @Test
    void whatASideStrivesForIsNoEvent() {
        assertTrue(proposals("وتسعى الحكومة السورية الانتقالية إلى بسط سيطرتها على بلدة خشام.").isEmpty());
        assertTrue(proposals("The SDF seeks to capture Hajin from ISIS.").isEmpty());
    }

    @Test
    void peopleWhoProtestedAreAProtest() {
        assertFirstTypes(Map.of(
                "احتج العشرات من أهالي بلدة خشام اليوم أمام مبنى البلدية، مطالبين بضبط السلاح.", SubEventType.PEACEFUL_PROTEST,
                "وفي بلدة ذيبان، احتجوا أمام مقر المجلس المحلي صباح اليوم.", SubEventType.PEACEFUL_PROTEST));
    }

    @Test
    void peopleKilledWhereOthersWereTakenWereAttacked() {
        assertFirstTypes(Map.of("قتل ستة مدنيين من جامعي الكمأة، وخُطف ثمانية آخرون، في هجوم شنه عناصر من تنظيم داعش على تجمع لهم قرب"
                + " بلدة خشام أمس.", SubEventType.ATTACK));
    }

    @Test
    void theCoalitionsStrikesAreAirStrikes() {
        List<Proposal> found = proposals("التنظيم يختطف مدنيين حاولوا الفرار من بلدة هجين.. وضربات للتحالف تقتل 6 مدنيين في بلدة خشام");
        assertEquals(2, found.size(), found::toString);
        assertFalse(found.get(0).killed().known(), found::toString);
        assertEquals(SubEventType.AIR_DRONE_STRIKE, found.get(1).type());
    }

    @Test
    void aBrawlWithGunsIsAClash() {
        assertFirstTypes(Map.of("قُتل شخصان وأصيب ستة آخرون مساء أمس إثر شجار بالأسلحة النارية بين عائلتين في بلدة خشام.",
                SubEventType.ARMED_CLASH));
    }

    @Test
    void aHeadlinesPresentOfGroundRegainedIsGroundTaken() {
        assertFirstTypes(Map.of("قسد تستعيد السيطرة على ذيبان بعد أسبوع من المواجهات مع مسلحي العشائر",
                SubEventType.NON_STATE_ACTOR_OVERTAKES_TERRITORY));
    }

    @Test
    void aSideThatOnlyToldOfABombingDidNotDoIt() {
        Proposal told = proposals("The SDF said a suicide bomber blew himself up at a checkpoint near the town of Hajin late Friday,"
                + " killing one fighter.").get(0);
        assertNotEquals("sdf", sideThatActed(told), told::toString);
        assertEquals("sdf", told.actor2() == null ? null : told.actor2().actorKey(), told::toString);
        assertNotEquals("sdf", sideThatActed(proposals("وقالت قسد إن انتحارياً فجر نفسه على حاجز قرب بلدة هجين مساء الجمعة ما أدى"
                + " لمقتل مقاتل.").get(0)));
        assertEquals("sdf", sideThatActed(proposals("The SDF said its fighters arrested two ISIS members in Hajin on Friday.").get(0)),
                "what it said of itself");
        assertNull(sideThatActed(proposals("Gunmen killed a civilian in Hajin on Wednesday, the SDF said.").get(0)), "told after");
        assertNull(sideThatActed(proposals("A roadside bomb wounded a driver in Hajin on Wednesday, said the SDF.").get(0)));
        assertNull(sideThatActed(proposals("انفجرت عبوة ناسفة بصهريج نفط في بلدة هجين يوم الأربعاء، وفق ما أفادت قسد.").get(0)));
        assertEquals("sdf", sideThatActed(proposals("SDF fighters arrested two ISIS members in Hajin on Wednesday, the SDF said.")
                .get(0)));
    }

    @Test
    void whatARuleOfBackgroundOrOfOneEventLeavesAlone() {
        assertEquals(2, proposals("اعتقلت قسد اليوم خمسة شبان في بلدة البصيرة. وتأتي حملة الاعتقالات بعد أيام من هجوم على حاجز لقسد،"
                + " فيما قتل مدني اليوم برصاص مجهولين في بلدة هجين.").size(), "a clause of its own after what it came after");
        assertEquals(2, proposals("قتل مدني برصاص مسلحين مجهولين في بلدة الشحيل اليوم. اشتباكات في ذيبان. وجاءت بعد أيام من التوتر"
                + " في المنطقة.").size(), "the next sentence's «وجاءت» is not this one's");
        assertEquals(2, proposals("قتل مدني برصاص مسلحين مجهولين في بلدة الشحيل اليوم. وكان مسلحون مجهولون قد اغتالوا الشهر الماضي"
                + " عنصراً في قسد بالبلدة، في حين قتل عنصر آخر الأسبوع الماضي بانفجار لغم في بلدة هجين.").size(), "«في حين»");
        List<Proposal> retold = proposals("انفجار عبوة ناسفة بسيارة لقسد في هجين.. ومقتل عنصرين جراء الانفجار");
        assertEquals(1, retold.size(), retold::toString);
        assertEquals(2, retold.get(0).killed().best());
        assertEquals(2, proposals("اعتقلت قسد خمسة شبان في بلدة البصيرة اليوم، إضافة إلى بلدة هجين، حيث انفجرت عبوة ناسفة بسيارة"
                + " عسكرية.").size(), "an event of its own after the place listed");
        assertEquals(2, proposals("Gunmen killed two civilians in Hajin on Monday, a day before two SDF fighters were killed in"
                + " Hajin.").get(0).killed().best(), "people killed a day after");
        assertEquals("sdf", sideThatActed(proposals("The SDF said a patrol shot dead a man who tried to flee a checkpoint near"
                + " Hajin on Wednesday.").get(0)), "its patrol, told by itself");
        Proposal protested = proposals("احتج العشرات من أهالي بلدة ذيبان اليوم على مقتل شاب برصاص دورية لقسد مساء أمس.").get(0);
        assertEquals(SubEventType.PEACEFUL_PROTEST, protested.type(), protested::toString);
        assertTrue(proposals("وتحاول قسد أن تستعيد السيطرة على بلدة ذيبان التي خرجت عن سيطرتها الأسبوع الماضي.").isEmpty());
        assertFirstTypes(Map.of(
                "ألقى مسلحون قنبلة يدوية من مخلفات قديمة على منزل في بلدة خشام اليوم، ما أدى لإصابة امرأة.", SubEventType.GRENADE,
                "اختطف مسلحون من تنظيم داعش عنصرين من قسد قرب بلدة هجين اليوم، بعد اشتباك أسفر عن مقتل عنصر ثالث.",
                SubEventType.ARMED_CLASH));
    }

    @Test
    void shellsFiredWithSmallArmsAreFighting() {
        assertFirstTypes(Map.of(
                "هاجم مسلحون نقطة عسكرية لقسد في بلدة هجين اليوم بالأسلحة الخفيفة والقذائف الصاروخية.", SubEventType.ARMED_CLASH,
                "Gunmen attacked an SDF checkpoint in Hajin on Wednesday with machine guns and rocket-propelled grenades.",
                SubEventType.ARMED_CLASH,
                "استهدفت قوات النظام مواقع قسد في بلدة خشام اليوم بالرشاشات الثقيلة والقذائف.",
                SubEventType.SHELLING_ARTILLERY_MISSILE,
                "Government forces shelled Khasham on Wednesday with heavy machine guns and mortars.",
                SubEventType.SHELLING_ARTILLERY_MISSILE));
    }

    @Test
    void fightingDuringAnEventIsAnEventOfItsOwnWhereThatOneWas() {
        List<Proposal> found = proposals("Dozens of residents protested in Hajin on Wednesday against the arrests. During the"
                + " demonstration, clashes broke out between security forces and armed men in the crowd.");
        assertEquals(List.of(SubEventType.PEACEFUL_PROTEST, SubEventType.ARMED_CLASH), found.stream().map(Proposal::type).toList(),
                found::toString);
        assertEquals(List.of("hajin"), keys(found.get(1).places()));
        List<Proposal> campaign = proposals("أطلقت قسد اليوم حملة أمنية واسعة في بلدة هجين بحثاً عن خلايا التنظيم. وخلال الحملة، اندلع"
                + " اشتباك قصير مع مسلحين تحصنوا في منزل، ما أسفر عن مقتل أحد المسلحين.");
        assertEquals(2, campaign.size(), campaign::toString);
        assertEquals(List.of("hajin"), keys(campaign.get(1).places()));
        assertEquals(1, campaign.get(1).killed().best());
        assertEquals(1, proposals("أطلقت قسد اليوم حملة أمنية واسعة في بلدة هجين. وخلال الحملة، ضبطت القوات أسلحة خفيفة وعبوات ناسفة"
                + " معدة للتفجير.").size(), "what was seized during a raid is the raid's");
    }

    @Test
    void aQuarterTheGazetteerLacksLiesInTheTownToldBefore() {
        List<Proposal> found = proposals("اعتقلت قسد اليوم خمسة شبان في بلدة هجين. واندلع اشتباك بعد الظهر عند أطراف حي البلعوم أسفر عن"
                + " مقتل أحد المسلحين.");
        assertEquals(2, found.size(), found::toString);
        assertTrue(keys(found.get(1).places()).contains("hajin"), found::toString);
    }

    @Test
    void whatWasStruckNamedAgainNamesItsEventAgain() {
        List<Proposal> found = proposals("استشهد عسكريان اثنان وأصيب أربعة آخرون بجروح جراء اعتداء إرهابي نفذته مجموعة من فلول تنظيم"
                + " داعش على حافلة مبيت تقل عسكريين في بادية الميادين. وذكر مراسل سانا أن مجموعة إرهابية استهدفت الحافلة بالأسلحة"
                + " الرشاشة والقذائف الصاروخية أثناء مرورها على الطريق الواصل بين مدينتي الميادين وتدمر، ما أدى إلى استشهاد عسكريين"
                + " اثنين وإصابة أربعة بجروح.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(2, found.get(0).killed().best());
        assertEquals(2, proposals("استشهد عسكريان اثنان جراء اعتداء إرهابي على حافلة مبيت تقل عسكريين في بادية الميادين. وذكر مراسل"
                + " سانا أن مجموعة إرهابية استهدفت سيارة بالأسلحة الرشاشة في بلدة هجين، ما أدى إلى مقتل مدني.").size(),
                "another thing struck, somewhere else");
    }

    @Test
    void aNounASideIsToldByIsNoSideOfItsOwn() {
        Proposal struck = proposals("استشهد جندي وأصيب اثنان آخران إثر استهداف تنظيم \"قسد\" بطائرة مسيّرة انتحارية نقطة للجيش في بلدة"
                + " هجين مساء أمس.").get(0);
        assertEquals("sdf", sideThatActed(struck), struck::toString);
        assertEquals("isis", sideThatActed(proposals("استهدف التنظيم بطائرة مسيّرة نقطة لقسد في بلدة هجين مساء أمس.").get(0)));
    }

    @Test
    void anAirLandingIsARaidAndWhoJoinedItNoSide() {
        Proposal killed = proposals("قتل قيادي في داعش فجر اليوم خلال عملية إنزال جوي نفذتها قوات التحالف الدولي في بلدة هجين.").get(0);
        assertEquals(SubEventType.ARMED_CLASH, killed.type(), killed::toString);
        assertEquals("coalition", sideThatActed(killed));
        Proposal joint = proposals("قصفت قوات النظام بالتعاون مع الميليشيات الإيرانية بلدة هجين اليوم.").get(0);
        assertEquals("syrian_government", sideThatActed(joint));
        assertNull(joint.actor2(), "a partner is no side struck");
    }

    @Test
    void theMilitiasAloneAreTheMilitiasNamedBefore() {
        List<Proposal> found = proposals("استهدفت غارات إسرائيلية مواقع لميليشيات \"الحرس الثوري الإيراني\" في بلدة خشام فجر اليوم. وفي"
                + " الأثناء، استقدمت الميليشيات تعزيزات عسكرية إلى بلدة هجين.");
        assertEquals(2, found.size(), found::toString);
        assertEquals("iran_militias", sideThatActed(found.get(1)), found::toString);
    }

    @Test
    void peopleTakenSaidToBeLinkedToASideAreTakenAsItsOwn() {
        Proposal held = proposals("اعتقلت قسد أربعة أشخاص في بلدة هجين، قالت إنهم \"مرتبطون بخلايا التنظيم\".").get(0);
        assertEquals("isis", held.actor2() == null ? null : held.actor2().actorKey(), held::toString);
        assertEquals("sdf", sideThatActed(proposals("قتل مدني برصاص مسلحين مرتبطين بقسد في بلدة هجين.").get(0)),
                "gunmen linked to a side, who killed");
    }

    @Test
    void theDayOfWhatAStrikeAnsweredDatesNothingAfterIt() {
        List<Proposal> found = proposals("استهدفت طائرات حربية أمريكية مساء أمس مواقع للميليشيات في بلدة خشام، ردًا على هجوم بطائرات"
                + " مسيّرة طال قاعدة التنف قبل أسبوع. وذكر المرصد أن الغارات استهدفت مستودعات في قرية مراط، وأسفرت عن مقتل ستة"
                + " عناصر من الميليشيات.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(LocalDate.of(2024, 11, 13), found.get(0).dates().start());
        assertEquals(6, found.get(0).killed().best());
    }

    @Test
    void whatTheNewRulesOfSidesAndWeaponsLeaveAlone() {
        assertFirstTypes(Map.of(
                "استهدفت قوات النظام بالأسلحة الرشاشة والقذائف المدفعية بلدة هجين.", SubEventType.SHELLING_ARTILLERY_MISSILE,
                "استهدفت قوات النظام بالرشاشات الثقيلة والمتوسطة وقذائف الصاروخية بلدة هجين.", SubEventType.SHELLING_ARTILLERY_MISSILE));
        List<Proposal> militias = proposals("قصفت ميليشيات \"الحرس الثوري الإيراني\" بلدة هجين. وهاجم مسلحون مواقع ميليشيا الدفاع الوطني في"
                + " خشام. واستقدمت الميليشيا تعزيزات إلى خشام.");
        assertEquals("syrian_government", sideThatActed(militias.get(militias.size() - 1)), "the militia named last");
        List<Proposal> two = proposals("قتل شاب برصاص مجهولين في بلدتي هجين وخشام. وأصيب طفل بانفجار لغم في حي البلعوم.");
        assertTrue(keys(two.get(two.size() - 1).places()).stream().allMatch(java.util.Objects::isNull), "a quarter of which town?");
        List<Proposal> apart = proposals("قصفت قوات النظام بلدة هجين اليوم. وفي سياق منفصل، اعتقلت قسد ثلاثة شبان في حي البلعوم.");
        assertFalse(keys(apart.get(apart.size() - 1).places()).contains("hajin"), apart::toString);
        assertEquals(1, proposals("SDF forces raided a house in Hajin on Wednesday. During the raid, clashes broke out with the"
                + " suspect, who was killed.").size(), "a raid's firefight is the raid");
    }

    @Test
    void whatAPeriodUpToTheNewsHeldIsNoEvent() {
        List<Proposal> found = proposals("قتل شاب برصاص مجهولين في بلدة ذيبان أمس. وكانت المدينة قد تعرضت لغارات جوية متكررة خلال"
                + " الأعوام الماضية، أبرزها غارات استهدفت مواقع للميليشيات في البوكمال.");
        assertEquals(1, found.size(), found::toString);
        assertEquals("dhiban", keys(found.get(0).places()).get(0));
    }

    @Test
    void aQuestionOnAPlacardIsNoQuestionAsked() {
        List<Proposal> found = proposals("وفي مدينة البوكمال، خرج العشرات السبت في وقفة احتجاجية أمام مبنى البلدية، ورفعوا لافتات كتب"
                + " عليها: \"أين أبناؤنا؟\".");
        assertEquals(1, found.size(), found::toString);
        assertEquals(SubEventType.PEACEFUL_PROTEST, found.get(0).type());
        assertTrue(proposals("ما أسباب خروج العشرات في وقفة احتجاجية في البوكمال؟").isEmpty(), "a subheading that asks");
    }

    @Test
    void aLeadsAttackOnArmedMenToldAgainWithItsPlaceIsOneClash() {
        List<Proposal> found = proposals("ISIS militants attacked a checkpoint in the eastern countryside of Deir ez-Zor late Saturday,"
                + " killing four SDF fighters. \"The attackers came on motorcycles and opened fire at the checkpoint at the entrance of"
                + " Khasham, then fled,\" a source said.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(SubEventType.ARMED_CLASH, found.get(0).type(), "the lead's type, told with its sides");
        assertEquals(List.of("khasham"), keys(found.get(0).places()));
        assertEquals("isis", sideThatActed(found.get(0)));
        assertEquals(2, proposals("اندلعت اشتباكات يوم الإثنين بين قسد ومسلحين من العشائر في ريف دير الزور الشرقي. وفي هجين، أطلق مجهولون"
                + " النار على محل تجاري.").size(), "a clash with no toll, and an attack on a shop elsewhere");
    }

    @Test
    void aMonthByItsNameBeforeTheDayOfTheNewsIsBackground() {
        LocalDate published = LocalDate.of(2025, 1, 15);
        List<Proposal> found = extractor.extract("Gunmen shot dead an SDF member in Hajin on Monday. In December, an IED killed an"
                + " SDF officer near Busayrah.", published, TimePrecision.DAY).proposals();
        assertEquals(1, found.size(), found::toString);
        assertEquals(List.of("hajin"), keys(found.get(0).places()));
        List<Proposal> lastMonth = extractor.extract("Gunmen shot dead an SDF member in Hajin on Monday. Last month, an IED killed an"
                + " SDF officer near Busayrah.", published, TimePrecision.DAY).proposals();
        assertEquals(2, lastMonth.size(), "«last month» may be news the coders code: " + lastMonth);
    }

    @Test
    void aProtestToldFirstAndThenAsMetByForceIsOneEvent() {
        List<Proposal> found = proposals("Protesters demanding the return of state institutions rallied in Busayrah this week. On Monday, SDF"
                + " security forces opened fire on the demonstrators in Busayrah, killing one and wounding four.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(SubEventType.EXCESSIVE_FORCE_AGAINST_PROTESTERS, found.get(0).type());
    }

    @Test
    void clearingATownOfMinesIsNoIncident() {
        assertTrue(proposals("Government forces had secured Mayadin on Monday and were clearing its neighborhoods of mines and booby"
                + " traps.").isEmpty());
        assertEquals(1, proposals("A landmine exploded in Mayadin on Monday, killing a child.").size());
    }

    @Test
    void aMemberKilledToldAgainWithNoSidesIsTheClashToldFirst() {
        List<Proposal> found = proposals("مقتل عنصر من \"قسد\" برصاص مجهولين في الشحيل وانفجار عبوة ناسفة في ذيبان\n\nقُتل عنصر من ميليشيا"
                + " \"قوات سوريا الديمقراطية\" (قسد) مساء أمس الاثنين، إثر استهدافه بالرصاص من قبل مسلحين مجهولين يستقلون دراجة نارية في"
                + " بلدة الشحيل بريف دير الزور الشرقي.\n\nوقال مراسل محلي إن المسلحين أطلقوا النار على العنصر، وهو من أبناء بلدة الشحيل،"
                + " أثناء عودته إلى منزله في الحي الشمالي من البلدة، ما أدى إلى مقتله على الفور");
        assertEquals(1, found.size(), found::toString);
        assertEquals(SubEventType.ARMED_CLASH, found.get(0).type());
    }

    @Test
    void whatAPlaceWitnessedAndTheOfficeThatToldOfItPlaceNothing() {
        LocalDate published = LocalDate.of(2025, 5, 20);
        List<Proposal> found = extractor.extract("اندلع شجار مسلح في بلدة الشحيل أمس. وانتشرت قوات الأمن العام في بلدة الشحيل صباح اليوم،"
                + " واعتقلت عدداً من المتورطين في الشجار، وفرضت حظراً للتجوال في الحي الذي شهد الاشتباك، بحسب ما أعلنته مديرية أمن دير"
                + " الزور.", published, TimePrecision.DAY).proposals();
        assertEquals(2, found.size(), found::toString);
        assertEquals(SubEventType.ARRESTS, found.get(1).type(), "the clash the quarter witnessed is the fight told before");
        assertEquals(List.of("shuhayl"), keys(found.get(1).places()), "the directorate is the province's");
        List<Proposal> alone = extractor.extract("قتل شاب يوم الإثنين برصاص مجهولين، بحسب قيادة شرطة الميادين.", published, TimePrecision.DAY)
                .proposals();
        assertEquals(List.of("mayadin"), keys(alone.get(0).places()), "alone, the office's town is the best there is");
        assertEquals(SubEventType.SHELLING_ARTILLERY_MISSILE, proposals("قتل مدني يوم الإثنين في الحي الذي شهد قصفاً مدفعياً من قوات"
                + " النظام على بلدة الشحيل.").get(0).type(), "a shelling told for the first time");
    }

    @Test
    void whatAManTakenWasInvolvedInIsNoEvent() {
        List<Proposal> found = proposals("ألقت قسد القبض على قيادي في خلايا داعش في بلدة الحوايج فجر اليوم. وبحسب المعلومات المتوفرة، فإن"
                + " القيادي المقبوض عليه كان ضالعاً في عدد من عمليات الاغتيال التي استهدفت مقاتلينا وأعضاء المجالس المدنية في ريف دير الزور.");
        assertEquals(1, found.size(), found::toString);
        assertEquals(SubEventType.ARRESTS, found.get(0).type());
    }
}
