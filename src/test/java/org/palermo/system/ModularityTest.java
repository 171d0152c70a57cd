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
    void pureCoresUseNeitherSpringNorTheDatabase() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.palermo");
        noClasses().that().resideInAnyPackage("org.palermo.text..", "org.palermo.extraction..", "org.palermo.coding..")
                .or().haveFullyQualifiedName("org.palermo.reference.Countries")
                .or().haveFullyQualifiedName("org.palermo.reference.Gazetteer")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .allowEmptyShould(true)
                .check(classes);
    }
}
