package org.palermo.documents;

import java.io.IOException;
import java.util.List;

import org.palermo.system.AccessRule;
import org.palermo.system.AccessRules;
import org.palermo.system.Role;
import org.palermo.system.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Documents over HTTP: the list, one document with its paragraphs, the upload; and their pages. */
@Configuration(proxyBeanMethods = false)
class DocumentsWeb {

    @Bean
    AccessRules documentsAccess() {
        return () -> List.of(
                AccessRule.publicRead("/api/v1/documents"),
                AccessRule.publicRead("/api/v1/documents/{id}"),
                AccessRule.of("POST", "/api/v1/documents", Role.ANALYST, Role.ADMIN),
                AccessRule.publicRead("/api/v1/sources"),
                AccessRule.of("POST", "/api/v1/sources", Role.ANALYST, Role.ADMIN),
                AccessRule.publicRead("/documents"),
                AccessRule.publicRead("/documents/{id}"));
    }

    @RestController
    static class Api {
        private final Documents documents;
        private final Sources sources;

        Api(Documents documents, Sources sources) {
            this.documents = documents;
            this.sources = sources;
        }

        /** Every ingested document. */
        @GetMapping("/api/v1/documents")
        List<DocumentSummary> list() {
            return documents.list();
        }

        /** One document with its paragraphs (number, anchor, start, end, text). */
        @GetMapping("/api/v1/documents/{id}")
        DocumentDetail get(@PathVariable long id) {
            return documents.get(id);
        }

        /** Upload one file (.txt, .html, .pdf, .docx); 201 with the document, 200 if the same content was already there. */
        @PostMapping(path = "/api/v1/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
        ResponseEntity<DocumentDetail> upload(@RequestParam("file") MultipartFile file,
                                              @RequestParam(name = "source_type", required = false) String sourceType,
                                              @RequestParam(name = "source", required = false) String source,
                                              @RequestParam(name = "country", required = false) String country) throws IOException {
            Upload upload = new Upload(file.getOriginalFilename() == null ? file.getName() : file.getOriginalFilename(),
                    file.getBytes(), SourceType.parse(sourceType, "source_type"), blank(source), blank(country));
            try {
                IngestResult result = documents.ingest(upload);
                return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(documents.get(result.documentId()));
            } catch (UnreadableDocumentException e) {
                throw new InvalidInputException("file", e.getMessage());
            }
        }

        @GetMapping("/api/v1/sources")
        List<Source> sources() {
            return sources.all();
        }

        @org.springframework.web.bind.annotation.PostMapping(path = "/api/v1/sources", consumes = MediaType.APPLICATION_JSON_VALUE)
        ResponseEntity<Source> register(@org.springframework.web.bind.annotation.RequestBody Sources.NewSource source) {
            return ResponseEntity.status(HttpStatus.CREATED).body(sources.register(source));
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }

    @Controller
    static class Pages {
        private final Documents documents;

        Pages(Documents documents) {
            this.documents = documents;
        }

        /** Newest first, {@value #PAGE_SIZE} to a page, with a filter by words and by source type. */
        @GetMapping("/documents")
        String list(@RequestParam(name = "q", required = false) String words,
                    @RequestParam(name = "type", required = false) SourceType type,
                    @RequestParam(name = "page", defaultValue = "1") int page, Model model) {
            model.addAttribute("documents", documents.page(words, type, page, PAGE_SIZE));
            model.addAttribute("words", words == null ? "" : words);
            model.addAttribute("type", type);
            model.addAttribute("sourceTypes", SourceType.values());
            return "documents/list";
        }

        static final int PAGE_SIZE = 100;

        @GetMapping("/documents/{id}")
        String read(@PathVariable long id, Model model) {
            model.addAttribute("document", documents.get(id));
            return "documents/reader";
        }
    }
}
