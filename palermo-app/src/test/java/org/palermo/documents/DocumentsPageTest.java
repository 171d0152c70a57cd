package org.palermo.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The documents page with thousands of documents (the news corpus alone is 2,700): a reader pages through them,
 * newest first, a hundred at a time, and narrows them by words and source type.
 */
@PalermoIntegrationTest
class DocumentsPageTest {

    private static final Pattern ROW_LINK = Pattern.compile("<td><a href=\"/documents/(\\d+)\">");

    @LocalServerPort
    int port;
    @Autowired
    Documents documents;

    @Test
    void aReaderPagesThroughTheMatchingDocumentsNewestFirstAndNarrowsThemBySourceType() throws Exception {
        String tag = "pager" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 105; i++) {
            String text = "Shelter report " + i + " of the " + tag + " series\n\nThe shelter hosted " + (i + 3) + " people.\n";
            ids.add(documents.ingest(new Upload(tag + "-" + i + ".txt", text.getBytes(StandardCharsets.UTF_8),
                    SourceType.NGO, "Shelter network " + tag, null)).documentId());
        }
        Http http = new Http(port);

        Http.Response first = http.get("/documents?q=" + tag.toUpperCase());
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains("1–100 of 105 documents, newest first");
        List<Long> firstRows = rowIds(first.body());
        assertThat(firstRows).hasSize(100);
        assertThat(firstRows.get(0)).isEqualTo(ids.get(104));
        assertThat(first.body()).contains("page 1 of 2").contains("id=\"next-page\"").doesNotContain("id=\"previous-page\"");

        Http.Response second = http.get(nextPage(first.body()));
        assertThat(second.body()).contains("101–105 of 105 documents");
        assertThat(rowIds(second.body())).containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
        assertThat(second.body()).contains("id=\"previous-page\"").doesNotContain("id=\"next-page\"");

        assertThat(rowIds(http.get("/documents?q=" + tag + "&type=NGO").body())).hasSize(100);
        assertThat(http.get("/documents?q=" + tag + "&type=MEDIA").body()).contains("No documents match.");
        // a search by the source's name finds them too; a % in the words is a character, not a wildcard
        assertThat(http.get("/documents?q=" + Http.q("network " + tag)).body()).contains("of 105 documents");
        assertThat(http.get("/documents?q=" + Http.q("%" + tag)).body()).contains("No documents match.");
    }

    @Test
    void aPageBeforeTheFirstOrAnUnknownSourceTypeIsA400NamingTheParameter() {
        Http http = new Http(port);
        Http.Response zero = http.get("/documents?page=0");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.body()).contains("page must be 1 or more");
        Http.Response type = http.get("/documents?type=PAMPHLET");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.body()).contains("Parameter &#39;type&#39; has an invalid value");
    }

    private static List<Long> rowIds(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = ROW_LINK.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    private static String nextPage(String html) {
        Matcher m = Pattern.compile("id=\"next-page\" rel=\"next\"\\s+href=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a link to the next page").isTrue();
        return m.group(1).replace("&amp;", "&");
    }
}
