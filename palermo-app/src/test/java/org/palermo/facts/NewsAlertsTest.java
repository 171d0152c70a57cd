package org.palermo.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Alerts of the bundled news file filed under their outlets: one publisher per web site, named as the titles name it. */
class NewsAlertsTest {

    @Test
    void theOutletIsTheSiteTheAlertLinksTo() {
        assertThat(NewsAlerts.articleUrl("https://www.google.com/url?rct=j&sa=t&url=https://www.dailylocal.com/2023/02/07/berks/&ct=ga"))
                .isEqualTo("https://www.dailylocal.com/2023/02/07/berks/");
        assertThat(NewsAlerts.domain("https://www.dailylocal.com/2023/02/07/berks/")).isEqualTo("dailylocal.com");
        assertThat(NewsAlerts.domain("https://news.yahoo.com/x")).isEqualTo("yahoo.com");
        assertThat(NewsAlerts.domain("https://www.iol.co.za/news/x")).isEqualTo("iol.co.za");
        assertThat(NewsAlerts.domain("https://radionigeria.gov.ng/2023/x")).isEqualTo("radionigeria.gov.ng");
    }

    @Test
    void itsNameIsTheOneTheTitlesSpellTheSiteWithNotABylineOrATagline() {
        Map<String, Integer> wdio = new LinkedHashMap<>();
        wdio.put("With you for life", 2);
        wdio.put("WDIO.com", 1);
        assertThat(NewsAlerts.name("wdio.com", wdio)).isEqualTo("WDIO.com");
        Map<String, Integer> newsbreak = new LinkedHashMap<>();
        newsbreak.put("Edy Zoo", 5);
        newsbreak.put("NewsBreak Original", 2);
        assertThat(NewsAlerts.name("newsbreak.com", newsbreak)).isEqualTo("NewsBreak Original");
        assertThat(NewsAlerts.name("example.org", Map.of("Jane Doe", 1))).as("a lone byline").isEqualTo("example.org");
    }

    @Test
    void theBundledAlertsComeFromMoreThanAThousandOutlets() {
        NewsAlerts news = NewsAlerts.of(NewsDemo.bundled());
        assertThat(news.alerts()).hasSize(3283);
        NewsAlerts.Alert first = news.alerts().get(0);
        assertThat(first.key()).isEqualTo("news-0000");
        assertThat(first.text()).startsWith("Chester County among highest in human-trafficking cases in Pa. - Daily Local\n\nHuman-trafficking");
        assertThat(news.outlet(first).sourceName()).isEqualTo("Daily Local (dailylocal.com)");
        assertThat(news.outletCount()).isGreaterThan(1000);
        List<String> yahoo = news.alerts().stream().filter(a -> a.domain().equals("yahoo.com")).map(a -> news.outlet(a).name()).distinct().toList();
        assertThat(yahoo).as("news.yahoo.com and yahoo.com are one publisher").hasSize(1);
    }
}
