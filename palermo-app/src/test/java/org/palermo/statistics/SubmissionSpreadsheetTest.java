package org.palermo.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.Accounts;
import org.palermo.support.Http;
import org.palermo.support.PalermoIntegrationTest;
import org.palermo.support.TestAccounts;
import org.palermo.support.TestFiles;
import org.palermo.system.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The generated template filled in and uploaded; bad spreadsheets get a message naming the cell and change nothing. */
@PalermoIntegrationTest
class SubmissionSpreadsheetTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;

    Http focal;
    String token;
    long id;
    byte[] template;

    @BeforeEach
    void submission() {
        token = TestAccounts.token(accounts, Role.FOCAL_POINT, "KEN");
        focal = new Http(port).as(token);
        id = focal.postJson("/api/v1/statistics/submissions", "{\"country\": \"KEN\", \"year\": 2022}").json().get("id").asLong();
        template = focalBytes("/api/v1/statistics/template?country=KEN&year=2022");
    }

    @Test
    void theFilledInTemplateIsRead() throws IOException {
        byte[] filled = edit(template, sheet -> {
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Detected trafficking victims");
            sheet.getRow(1).createCell(7).setCellValue(250);
            sheet.getRow(2).createCell(7).setCellValue("1,200");
        });
        Http.Response r = upload(filled);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("values").size()).isEqualTo(2);
        assertThat(r.json().get("values").get(0).get("cell").asString()).isEqualTo("Data!H2");
        byte[] again = focalBytes("/api/v1/statistics/submissions/" + id + "/spreadsheet");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(again))) {
            assertThat(book.getSheet("Data").getRow(1).getCell(7).getNumericCellValue()).isEqualTo(250.0);
        }
    }

    @Test
    void badSpreadsheetsAreRefusedWithClearMessagesAndChangeNothing() throws IOException {
        int before = focal.get("/api/v1/statistics/submissions/" + id).json().get("values").size();

        Http.Response columns = upload(edit(template, s -> s.getRow(0).getCell(3).setCellValue("Breakdown")));
        assertThat(columns.status()).isEqualTo(400);
        assertThat(columns.json().get("detail").asString()).contains("columns", "Breakdown", "Dimension");

        Http.Response text = upload(edit(template, s -> s.getRow(4).createCell(7).setCellValue("about forty")));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().get("detail").asString()).contains("Data!H5", "'about forty' is not a whole number");

        Http.Response country = upload(edit(template, s -> {
            s.getRow(3).getCell(0).setCellValue("XYZ");
            s.getRow(3).createCell(7).setCellValue(3);
        }));
        assertThat(country.status()).isEqualTo(400);
        assertThat(country.json().get("detail").asString()).contains("Data!A4", "unknown country 'XYZ'");

        Http.Response future = upload(edit(template, s -> s.getRow(6).getCell(1).setCellValue(2999)));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("detail").asString()).contains("Data!B7", "year 2999 is in the future");

        Http.Response pdf = focal.postFile("/api/v1/statistics/submissions/" + id + "/spreadsheet", "file", "figures.pdf",
                TestFiles.pdf("not a spreadsheet"));
        assertThat(pdf.status()).isEqualTo(400);
        assertThat(pdf.json().get("detail").asString()).contains("figures.pdf is not a spreadsheet");

        Http.Response docx = focal.postFile("/api/v1/statistics/submissions/" + id + "/spreadsheet", "file", "figures.xlsx",
                TestFiles.docx("a Word file renamed"));
        assertThat(docx.status()).isEqualTo(400);
        assertThat(docx.json().get("detail").asString()).contains("figures.xlsx");

        assertThat(focal.get("/api/v1/statistics/submissions/" + id).json().get("values").size()).isEqualTo(before);
    }

    private Http.Response upload(byte[] xlsx) {
        return focal.postFile("/api/v1/statistics/submissions/" + id + "/spreadsheet", "file", "kenya-2022.xlsx", xlsx);
    }

    /** A binary download with the focal point's token (Http reads bodies as text). */
    private byte[] focalBytes(String path) {
        try {
            var client = java.net.http.HttpClient.newHttpClient();
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(focal.base() + path))
                    .header("Authorization", "Bearer " + token).GET().build();
            var response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] edit(byte[] xlsx, Consumer<Sheet> change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheet("Data");
            change.accept(sheet);
            book.write(out);
            return out.toByteArray();
        }
    }
}
