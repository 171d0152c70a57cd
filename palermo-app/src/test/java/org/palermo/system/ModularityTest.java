package org.palermo.system;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.palermo.PalermoApplication;
import org.springframework.modulith.core.ApplicationModules;

/** Packages are modules: no cycles, no reach into another module's insides; pure cores stay pure. */
class ModularityTest {

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
        ApplicationModules.of(PalermoApplication.class).verify();
    }

    @Test
    void theApplicationAddsNoClassToCorePackages() {
        // text, extraction and coding live in palermo-core (plain Java, checked by its own structure test);
        // a class of the application in one of them would escape that check and the Spark job.
        JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.isJar() && !location.contains("palermo-core"))
                .importPackages("org.palermo");
        noClasses().should().resideInAnyPackage("org.palermo.text..", "org.palermo.extraction..", "org.palermo.coding..")
                .check(app);
    }
}
