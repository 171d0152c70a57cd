package org.palermo.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Country roles from the language of narratives and news, one rule at a time, in English, Spanish and French. */
class RoleRulesTest {

    private static List<CountryRole> roles(String text, String country) {
        return TestSentences.roles(text, country == null ? Hints.none() : new Hints(country));
    }

    /** (country, role, counterpart) of each fact. */
    private static List<Tuple> flows(String text, String country) {
        return roles(text, country).stream().map(r -> tuple(r.country(), r.role(), r.counterpart())).toList();
    }

    private static List<String> rules(String text, String country) {
        return roles(text, country).stream().map(r -> r.evidence().rule()).distinct().toList();
    }

    @Nested
    class Declared {

        @Test
        void sourceTransitAndDestinationCountryWithFormsAndGroups() {
            List<CountryRole> roles = roles("Mexico is a large source, transit, and destination country for "
                    + "men, women, and children subjected to sex trafficking and forced labor.", null);
            assertThat(roles).extracting(CountryRole::country, CountryRole::role).containsExactly(
                    tuple("MEX", Role.ORIGIN), tuple("MEX", Role.TRANSIT), tuple("MEX", Role.DESTINATION));
            assertThat(roles.get(0).forms()).containsExactly(Form.SEXUAL_EXPLOITATION, Form.FORCED_LABOUR);
            assertThat(roles.get(0).victimGroups()).containsExactly(VictimGroup.WOMEN, VictimGroup.MEN, VictimGroup.CHILDREN);
            assertThat(roles.get(0).evidence().rule()).isEqualTo(RoleRules.DECLARED);
        }

        @Test
        void eachCountryGetsTheRolesSaidOfIt() {
            assertThat(flows("Trafficking occurred for sexual exploitation. There was evidence that Canada was both a destination and a transit country for the "
                    + "United States, while Mexico was primarily a transit country to the United States.", null))
                    .containsExactlyInAnyOrder(tuple("CAN", Role.DESTINATION, null), tuple("CAN", Role.TRANSIT, null),
                            tuple("MEX", Role.TRANSIT, null));
            assertThat(flows("Japan had become a major destination for victims of trafficking in persons from the "
                    + "surrounding subregion.", "JPN")).containsExactly(tuple("JPN", Role.DESTINATION, null));
            assertThat(flows("Moldova is primarily a country of origin for women and children trafficked for sexual "
                    + "exploitation and, to a lesser extent, a transit country.", "MDA"))
                    .containsExactly(tuple("MDA", Role.ORIGIN, null), tuple("MDA", Role.TRANSIT, null));
            assertThat(flows("The EU and the Nigerien government signed a partnership to fight human trafficking in "
                    + "the country, regarded as a major transit point.", null)).containsExactly(tuple("NER", Role.TRANSIT, null));
        }

        @Test
        void inSpanishAndFrench() {
            assertThat(roles("Guatemala es un país de origen, tránsito y destino para hombres, mujeres y niños víctimas "
                    + "de trata con fines de explotación sexual y trabajo forzoso.", null))
                    .extracting(CountryRole::country, CountryRole::role, CountryRole::forms).containsExactly(
                            tuple("GTM", Role.ORIGIN, List.of(Form.SEXUAL_EXPLOITATION, Form.FORCED_LABOUR)),
                            tuple("GTM", Role.TRANSIT, List.of(Form.SEXUAL_EXPLOITATION, Form.FORCED_LABOUR)),
                            tuple("GTM", Role.DESTINATION, List.of(Form.SEXUAL_EXPLOITATION, Form.FORCED_LABOUR)));
            assertThat(roles("Le Mali est un pays d'origine, de transit et de destination pour les femmes et les "
                    + "enfants victimes de travail forcé et d'exploitation sexuelle.", null))
                    .extracting(CountryRole::country, CountryRole::role, CountryRole::victimGroups).containsExactly(
                            tuple("MLI", Role.ORIGIN, List.of(VictimGroup.WOMEN, VictimGroup.CHILDREN)),
                            tuple("MLI", Role.TRANSIT, List.of(VictimGroup.WOMEN, VictimGroup.CHILDREN)),
                            tuple("MLI", Role.DESTINATION, List.of(VictimGroup.WOMEN, VictimGroup.CHILDREN)));
        }

        @Test
        void countriesOfOriginInGeneralAreNoOnesRole() {
            assertThat(roles("Some countries that initially had only been countries of origin or transit, had in turn "
                    + "become countries of destination.", "BIH")).isEmpty();
            assertThat(roles("Effective action requires cooperation between countries of origin, transit and "
                    + "destination against trafficking.", "AUT")).isEmpty();
        }
    }

    @Nested
    class Flow {

        @Test
        void everyCountryOfAListIsADestination() {
            assertThat(flows("Nigerian women and girls are taken to Italy, Spain, the Netherlands, Germany and Norway "
                    + "for forced prostitution.", null)).contains(tuple("NGA", Role.ORIGIN, "ITA"), tuple("NGA", Role.ORIGIN, "ESP"),
                    tuple("NGA", Role.ORIGIN, "NLD"), tuple("NGA", Role.ORIGIN, "DEU"), tuple("NGA", Role.ORIGIN, "NOR"),
                    tuple("NOR", Role.DESTINATION, "NGA"));
        }

        @Test
        void victimsFromSeveralCountriesExploitedInOne() {
            assertThat(flows("Victims from Nigeria, Romania and Albania are exploited in Italy.", null))
                    .containsExactlyInAnyOrder(tuple("NGA", Role.ORIGIN, "ITA"), tuple("ITA", Role.DESTINATION, "NGA"),
                            tuple("ROU", Role.ORIGIN, "ITA"), tuple("ITA", Role.DESTINATION, "ROU"),
                            tuple("ALB", Role.ORIGIN, "ITA"), tuple("ITA", Role.DESTINATION, "ALB"));
            assertThat(flows("Workers from India, Pakistan and Bangladesh are subjected to forced labour in construction.",
                    "ARE")).contains(tuple("ARE", Role.DESTINATION, "IND"), tuple("ARE", Role.DESTINATION, "PAK"),
                    tuple("ARE", Role.DESTINATION, "BGD"));
            assertThat(flows("Most victims detected in Spain were from Romania, Paraguay and Nigeria.", null))
                    .contains(tuple("ESP", Role.DESTINATION, "ROU"), tuple("ESP", Role.DESTINATION, "NGA"));
        }

        @Test
        void nationalsIdentifiedAbroad() {
            assertThat(flows("Traffickers exploit Filipino workers. Filipino nationals were identified in Malaysia, "
                    + "Cambodia and Myanmar.", "PHL")).contains(tuple("PHL", Role.ORIGIN, "MYS"),
                    tuple("PHL", Role.ORIGIN, "KHM"), tuple("PHL", Role.ORIGIN, "MMR"));
            assertThat(flows("Eight Filipinos trafficked into Cambodia on fake job offers.", "KHM"))
                    .contains(tuple("KHM", Role.DESTINATION, "PHL"));
        }

        @Test
        void theDocumentsCountryCompletesAFlow() {
            assertThat(flows("Women and girls from Viet Nam and China are exploited in commercial sex.", "KHM"))
                    .contains(tuple("KHM", Role.DESTINATION, "VNM"), tuple("KHM", Role.DESTINATION, "CHN"));
            assertThat(flows("Cambodian men are subjected to forced labor on fishing vessels in Thailand and Malaysia.", "KHM"))
                    .contains(tuple("KHM", Role.ORIGIN, "THA"), tuple("KHM", Role.ORIGIN, "MYS"));
            assertThat(flows("Women and girls are taken to Italy and Spain for forced prostitution.", "NGA"))
                    .contains(tuple("NGA", Role.ORIGIN, "ITA"), tuple("NGA", Role.ORIGIN, "ESP"));
            assertThat(flows("Police Refuse To Open Docket For 3-year Old Girl Trafficked To South Africa", "ZAF"))
                    .containsExactly(tuple("ZAF", Role.DESTINATION, null));
        }

        @Test
        void theVerbDecidesWhichEndAPlaceIs() {
            assertThat(flows("The government repatriated 30 Filipino victims from Syria and Iraq.", "PHL"))
                    .contains(tuple("PHL", Role.ORIGIN, "SYR"), tuple("PHL", Role.ORIGIN, "IRQ"));
            assertThat(flows("Some 377 victims of trafficking had been identified abroad and returned to Ukraine.", "UKR"))
                    .containsExactly(tuple("UKR", Role.ORIGIN, null));
            assertThat(flows("Defendants targeted and recruited women in Korea who were interested in coming to the "
                    + "United States to work in brothels.", "KOR")).contains(tuple("KOR", Role.ORIGIN, "USA"));
            assertThat(flows("Bangsamoro authorities intercept human trafficking victims bound for Malaysia", "PHL"))
                    .contains(tuple("PHL", Role.ORIGIN, "MYS"));
            assertThat(flows("Once in Canada, many face exploitation and labour trafficking.", "CAN"))
                    .containsExactly(tuple("CAN", Role.DESTINATION, null));
            assertThat(flows("Moldovan women are sold to traffickers in Russia and Turkey.", "MDA"))
                    .contains(tuple("MDA", Role.ORIGIN, "RUS"), tuple("MDA", Role.ORIGIN, "TUR"));
            assertThat(flows("Nepali children are forced to work in Indian circuses and carpet factories.", "NPL"))
                    .contains(tuple("NPL", Role.ORIGIN, "IND"));
        }

        @Test
        void theNationalityAfterAListOfAdjectivesIsEachOnes() {
            assertThat(flows("Chinese, Indonesian, Malaysian, Thai and Taiwanese adults are lured to Cambodia with "
                    + "promises of jobs and forced to work in online scam operations.", "KHM")).contains(
                    tuple("KHM", Role.DESTINATION, "CHN"), tuple("KHM", Role.DESTINATION, "IDN"),
                    tuple("KHM", Role.DESTINATION, "MYS"), tuple("KHM", Role.DESTINATION, "THA"),
                    tuple("KHM", Role.DESTINATION, "TWN"));
        }

        @Test
        void withinTheCountryAndAbroad() {
            assertThat(flows("Los tratantes explotan a mujeres, niñas y niños mexicanos con fines de explotación "
                    + "sexual y trabajo forzoso dentro del país y en Estados Unidos.", "MEX"))
                    .contains(tuple("MEX", Role.INTERNAL, null), tuple("MEX", Role.ORIGIN, "USA"));
        }

        @Test
        void eachClauseHasItsOwnFlow() {
            assertThat(flows("Albanian victims are exploited in the United Kingdom, while women from Ukraine and "
                    + "Moldova are exploited in Albania.", "ALB")).containsExactlyInAnyOrder(
                    tuple("ALB", Role.ORIGIN, "GBR"), tuple("GBR", Role.DESTINATION, "ALB"),
                    tuple("UKR", Role.ORIGIN, "ALB"), tuple("ALB", Role.DESTINATION, "UKR"),
                    tuple("MDA", Role.ORIGIN, "ALB"), tuple("ALB", Role.DESTINATION, "MDA"));
        }

        @Test
        void victimsIdentifiedInTheCountryByNationality() {
            assertThat(flows("Germany identified 500 victims of trafficking for sexual exploitation; most were German "
                    + "nationals, followed by Romanian and Bulgarian nationals.", "DEU")).contains(
                    tuple("DEU", Role.INTERNAL, null), tuple("DEU", Role.DESTINATION, "ROU"), tuple("DEU", Role.DESTINATION, "BGR"));
        }

        @Test
        void aSentenceWithoutAWordOfTraffickingCountsOnlyInADocumentOnTrafficking() {
            String flow = "Defendant brought two Vietnamese women to the United States on fraudulent fiancé visas.";
            assertThat(flows(flow, "VNM")).isEmpty();
            assertThat(flows(flow + " They were forced to work in her nail salon.", "VNM"))
                    .contains(tuple("VNM", Role.ORIGIN, "USA"));
        }

        @Test
        void inSpanishAndFrench() {
            assertThat(flows("Mujeres y niñas guatemaltecas son explotadas en México y Estados Unidos.", null))
                    .contains(tuple("GTM", Role.ORIGIN, "MEX"), tuple("GTM", Role.ORIGIN, "USA"));
            assertThat(flows("Víctimas hondureñas fueron trasladadas a México, Guatemala y Estados Unidos.", "HND"))
                    .contains(tuple("HND", Role.ORIGIN, "MEX"), tuple("HND", Role.ORIGIN, "GTM"), tuple("HND", Role.ORIGIN, "USA"));
            assertThat(flows("Las mujeres de origen rumano y paraguayo son explotadas sexualmente en clubes de carretera.", "ESP"))
                    .contains(tuple("ESP", Role.DESTINATION, "ROU"), tuple("ESP", Role.DESTINATION, "PRY"));
            assertThat(flows("Des femmes venant du Bénin et d'Haïti sont exploitées au Niger.", null))
                    .contains(tuple("NER", Role.DESTINATION, "BEN"), tuple("NER", Role.DESTINATION, "HTI"));
            assertThat(flows("Des enfants maliens sont soumis au travail forcé dans les mines d'or en Guinée et en Côte d'Ivoire.", "MLI"))
                    .contains(tuple("MLI", Role.ORIGIN, "GIN"), tuple("MLI", Role.ORIGIN, "CIV"));
            assertThat(flows("Les victimes étrangères sont principalement originaires du Nigeria, de Roumanie et de Chine.", "FRA"))
                    .contains(tuple("FRA", Role.DESTINATION, "NGA"), tuple("FRA", Role.DESTINATION, "CHN"));
        }
    }

    @Test
    void transitThroughCountriesAndRoutes() {
        assertThat(flows("Women and girls are trafficked through Niger and Libya to Europe for forced prostitution.", "NGA"))
                .containsExactlyInAnyOrder(tuple("NGA", Role.ORIGIN, null), tuple("NER", Role.TRANSIT, null),
                        tuple("LBY", Role.TRANSIT, null));
        assertThat(flows("Women are trafficked through Niger and Libya to Europe.", "NER"))
                .containsExactlyInAnyOrder(tuple("NER", Role.TRANSIT, null), tuple("LBY", Role.TRANSIT, null));
        assertThat(flows("43 migrants, including 10 kids, rescued from packed van along human trafficking route in "
                + "Bulgaria, hoping to reach Western Europe.", "BGR")).containsExactly(tuple("BGR", Role.TRANSIT, null));
        assertThat(flows("Los migrantes que transitan por México hacia Estados Unidos son obligados a cometer "
                + "delitos por grupos del crimen organizado.", "MEX")).contains(tuple("MEX", Role.TRANSIT, null));
        assertThat(flows("Des migrants venant d'Afrique de l'Ouest transitent par le Niger vers la Libye et l'Europe, "
                + "où certains sont victimes de travail forcé.", "NER")).contains(tuple("NER", Role.TRANSIT, null));
        assertThat(rules("Four young Brazilian women were smuggled into the United States through Mexico and forced "
                + "into prostitution.", "BRA")).contains(RoleRules.FLOW, RoleRules.TRANSIT);
    }

    @Test
    void tablesOfVictimsByOriginOrDestination() {
        String report = "Italy\n\nTable 3. Victims identified in 2021 by country of origin\nCountry of origin Victims\n"
                + "Nigeria 520\nRomania 140\nItaly 60\nTotal 805\n\nTabla 2. Víctimas por país de destino\nEspaña 12\n";
        List<CountryRole> roles = roles(report, "ITA");
        assertThat(roles).extracting(CountryRole::country, CountryRole::role, CountryRole::counterpart).containsExactlyInAnyOrder(
                tuple("NGA", Role.ORIGIN, "ITA"), tuple("ITA", Role.DESTINATION, "NGA"),
                tuple("ROU", Role.ORIGIN, "ITA"), tuple("ITA", Role.DESTINATION, "ROU"), tuple("ITA", Role.INTERNAL, null),
                tuple("ITA", Role.ORIGIN, "ESP"), tuple("ESP", Role.DESTINATION, "ITA"));
        assertThat(roles).allSatisfy(r -> {
            assertThat(r.evidence().rule()).isEqualTo(RoleRules.TABLE);
            assertThat(report.substring(r.evidence().start(), r.evidence().end())).isEqualTo(r.evidence().quote());
        });
        assertThat(roles("Italy\n\nVictims by year\nNigeria 520\nRomania 140\n", "ITA")).isEmpty();
    }

    @Test
    void abroadAndForeign() {
        assertThat(flows("Latvia reported 60 criminal cases relating to a person being sent to another country for "
                + "sexual exploitation.", "LVA")).containsExactly(tuple("LVA", Role.ORIGIN, null));
        assertThat(flows("A trafficking ring forced Chinese women into sex work in Europe.", "CHN"))
                .containsExactly(tuple("CHN", Role.ORIGIN, null));
        assertThat(flows("Traffickers exploit domestic and foreign victims in Nepal, and traffickers exploit victims "
                + "from Nepal abroad.", "NPL")).containsExactlyInAnyOrder(tuple("NPL", Role.INTERNAL, null),
                tuple("NPL", Role.DESTINATION, null), tuple("NPL", Role.ORIGIN, null));
        assertThat(roles("Victims from neighboring countries are forced to work in domestic service and in the sex "
                + "industry.", "THA")).extracting(CountryRole::country, CountryRole::role, CountryRole::forms)
                .containsExactly(tuple("THA", Role.DESTINATION, List.of(Form.SEXUAL_EXPLOITATION, Form.DOMESTIC_SERVITUDE)));
        assertThat(rules("Foreign victims are exploited in domestic servitude and agriculture.", "USA"))
                .containsExactly(RoleRules.FOREIGN);
    }

    @Test
    void internalTraffickingInThreeLanguages() {
        assertThat(flows("Internal trafficking from rural to urban areas is a concern.", "NPL"))
                .contains(tuple("NPL", Role.INTERNAL, null));
        assertThat(flows("Children are trafficked within the country from rural areas to cities for forced labor.", "KHM"))
                .containsExactly(tuple("KHM", Role.INTERNAL, null));
        assertThat(flows("Nepali women and girls are subjected to sex trafficking in Nepal, India and the Middle East.", "NPL"))
                .containsExactlyInAnyOrder(tuple("NPL", Role.INTERNAL, null), tuple("NPL", Role.ORIGIN, "IND"),
                        tuple("IND", Role.DESTINATION, "NPL"), tuple("NPL", Role.ORIGIN, null));
        assertThat(roles("La trata interna de niñas con fines de explotación sexual persiste.", "GTM"))
                .extracting(CountryRole::role, CountryRole::forms).contains(tuple(Role.INTERNAL, List.of(Form.SEXUAL_EXPLOITATION)));
        assertThat(flows("Le Niger est un pays d'origine, de transit et de destination pour les enfants victimes de "
                + "mendicité forcée.", null)).contains(tuple("NER", Role.ORIGIN, null), tuple("NER", Role.TRANSIT, null),
                tuple("NER", Role.DESTINATION, null));
    }

    @Nested
    class ExploitedHere {

        @Test
        void formsInTheCountryWithNoOtherCountry() {
            assertThat(roles("Traffickers force children to sell goods and beg on the streets of Phnom Penh.", "KHM"))
                    .extracting(CountryRole::role, CountryRole::forms, r -> r.evidence().rule())
                    .containsExactly(tuple(Role.INTERNAL, List.of(Form.BEGGING), RoleRules.EXPLOITED_HERE));
            assertThat(roles("Debt bondage is widespread in brick kilns, rice mills and agriculture.", "IND"))
                    .extracting(CountryRole::forms).containsExactly(List.of(Form.FORCED_LABOUR));
            assertThat(roles("Niños indígenas son obligados a mendigar en la ciudad de Guatemala.", "GTM"))
                    .extracting(CountryRole::forms).containsExactly(List.of(Form.BEGGING));
        }

        @Test
        void notPolicyRiskOrNegation() {
            assertThat(roles("The Royal Government has set out an action plan to prevent all crimes of labor trafficking.", "KHM")).isEmpty();
            assertThat(roles("Committees identify those children potentially at risk of being trafficked for child labour.", "GHA")).isEmpty();
            assertThat(roles("Official statistics did not indicate any case involving the sale of children with the "
                    + "intention of exploiting them in prostitution.", "EGY")).isEmpty();
            assertThat(roles("Human trafficking can take the form of forced labor, sexual exploitation or debt bondage.", "USA")).isEmpty();
        }

        @Test
        void takesTheOneRoleTheDocumentGivesTheCountry() {
            List<CountryRole> roles = roles("The defendants lured young Mexican girls into the United States. "
                    + "They were forced into prostitution and domestic servitude.", "MEX");
            assertThat(roles).extracting(CountryRole::country, CountryRole::role, CountryRole::forms).contains(
                    tuple("MEX", Role.ORIGIN, List.of(Form.SEXUAL_EXPLOITATION, Form.DOMESTIC_SERVITUDE)));
            assertThat(roles).extracting(CountryRole::role).doesNotContain(Role.INTERNAL);
        }
    }

    @Test
    void formsOfExploitationFollowTheContract() {
        assertThat(Exploitation.forms("migrant workers held in debt bondage on palm oil plantations"))
                .containsExactly(Form.FORCED_LABOUR);
        assertThat(Exploitation.forms("children subjected to forced criminality, including drug trafficking"))
                .containsExactly(Form.CRIMINAL_ACTIVITY);
        assertThat(Exploitation.forms("filipinos forced to work as crypto farm scammers")).containsExactly(Form.CRIMINAL_ACTIVITY);
        assertThat(Exploitation.forms("children forced to beg")).containsExactly(Form.BEGGING);
        assertThat(Exploitation.forms("women forced to work in the brothels")).containsExactly(Form.SEXUAL_EXPLOITATION);
        assertThat(Exploitation.forms("girls forced to do the household chores")).containsExactly(Form.DOMESTIC_SERVITUDE);
        assertThat(Exploitation.forms("children were kidnapped and sold for adoption")).containsExactly(Form.ILLEGAL_ADOPTION);
        assertThat(Exploitation.forms("others have been sold into modern-day slavery")).containsExactly(Form.SLAVERY_SERVITUDE_OTHER);
        assertThat(Exploitation.forms("victims of human trafficking and modern slavery")).isEmpty();
        assertThat(Exploitation.forms("mujeres víctimas de explotación sexual y trabajo forzoso"))
                .containsExactly(Form.SEXUAL_EXPLOITATION, Form.FORCED_LABOUR);
        assertThat(Exploitation.forms("enfants soumis à la mendicité forcée et au travail forcé"))
                .containsExactly(Form.FORCED_LABOUR, Form.BEGGING);
    }

    @Test
    void offendersAreNoVictimGroup() {
        assertThat(roles("Two men have been jailed after they trafficked vulnerable teenage boys across the country "
                + "to sell drugs.", "GBR")).extracting(CountryRole::victimGroups).containsOnly(List.of(VictimGroup.BOYS));
        assertThat(flows("Italian police arrested a Nigerian woman for human trafficking, coercing young women and "
                + "girls into prostitution in Italy.", "ITA")).containsExactly(tuple("ITA", Role.DESTINATION, null));
    }

    @Test
    void noRoleWithoutTraffickingOrWithoutAFlow() {
        assertThat(roles("Italy and France signed a trade agreement.", null)).isEmpty();
        assertThat(roles("He will explain Thailand's ongoing efforts to enforce its law against human trafficking and "
                + "its protection of victims of the crime to the US.", "THA")).isEmpty();
        assertThat(roles("Despite increased efforts to combat human trafficking in Botswana, the country still "
                + "averages over three cases of human trafficking a year.", "BWA")).isEmpty();
        assertThat(roles("The United States funded programs in Ghana and Nigeria to assist trafficking victims.", "USA")).isEmpty();
        assertThat(roles("Syrian refugees in Lebanon turn to TikTok begging for money.", "LBN")).isEmpty();
    }
}
