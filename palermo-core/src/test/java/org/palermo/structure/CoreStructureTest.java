package org.palermo.structure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * palermo-core is the code a Spark executor, the command line and the application all run: it stays plain
 * Java. Its packages are the pure capabilities and nothing else; none of them reaches for a framework, the
 * database or the application's modules, and they depend on each other without cycles.
 */
class CoreStructureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.isJar())
            .importPackages("org.palermo");

    @Test
    void coreHoldsOnlyThePureCapabilities() {
        classes().should().resideInAnyPackage("org.palermo.text..", "org.palermo.reference..",
                "org.palermo.extraction..", "org.palermo.coding..")
                .check(CORE);
    }

    @Test
    void coreUsesNoFrameworkNoDatabaseAndNoDocumentParser() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                "javax.sql..", "org.postgresql..", "org.apache.tika..", "org.apache.lucene..", "jakarta..")
                .check(CORE);
    }

    @Test
    void coreNeverReachesIntoTheApplication() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.palermo.system..",
                "org.palermo.accounts..", "org.palermo.documents..", "org.palermo.facts..", "org.palermo.statistics..",
                "org.palermo.caselaw..", "org.palermo.casedata..", "org.palermo.patterns..", "org.palermo.profiles..",
                "org.palermo.reports..", "org.palermo.answers..", "org.palermo.cli..")
                .check(CORE);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("org.palermo.(*)..").should().beFreeOfCycles().check(CORE);
    }
}
