package eu.ecmr.accesspoint.rendering;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Rendering is domain: CDI and typed configuration, but nothing of HTTP, Quarkus or Hibernate, which
 * stay in its {@code rest} and {@code persistence} adapters.
 */
@AnalyzeClasses(packages = "eu.ecmr.accesspoint.rendering", importOptions = ImportOption.DoNotIncludeTests.class)
class RenderingImportsNoFrameworkTest {

    @ArchTest
    static final ArchRule renderingImportsNoFramework = noClasses()
            .that().resideInAPackage("eu.ecmr.accesspoint.rendering..")
            .and().resideOutsideOfPackages("..rest..", "..persistence..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ws.rs..", "io.quarkus..", "org.hibernate..", "jakarta.persistence..", "io.vertx..");
}
