package org.palermo.spark;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The Spark job is a thin shell around core: it reaches only core's small public API for extraction (the same
 * classes ./palermo extract uses to read a line and write a fact), never core's rules or the application, and it
 * adds nothing to core's packages.
 */
class SparkStructureTest {

    /** Every class this module compiles (its classes folder), whatever package it claims. */
    private static final JavaClasses JOB = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(classesOf(BulkExtract.class));

    /** Core's API for extraction, as the job may use it. */
    private static final Set<String> CORE_API = Set.of(
            "org.palermo.extraction.Extractor",
            "org.palermo.extraction.FactLines",
            "org.palermo.extraction.InputDocument",
            "org.palermo.extraction.InputDocument$BadLineException",
            "org.palermo.extraction.Hints",
            "org.palermo.text.TextBytes");

    private static Path classesOf(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theJobReachesOnlyCoresExtractionApi() {
        classes().that().resideInAPackage("org.palermo.spark..")
                .should().onlyDependOnClassesThat(describe("in org.palermo.spark, outside Palermo, or core's extraction API",
                        (JavaClass c) -> !c.getPackageName().startsWith("org.palermo")
                                || c.getPackageName().startsWith("org.palermo.spark")
                                || CORE_API.contains(c.getName())))
                .check(JOB);
    }

    @Test
    void theJobAddsNothingToCore() {
        classes().should().resideInAPackage("org.palermo.spark..").check(JOB);
    }

    @Test
    void theJobUsesNoFrameworkNoDatabaseAndNoDocumentParser() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                "javax.sql..", "org.postgresql..", "org.apache.tika..", "org.apache.lucene..")
                .check(JOB);
    }
}
