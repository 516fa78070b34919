package eu.ecmr.accesspoint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain (what a consignment note is, what makes a signature or timestamp acceptable, how a
 * note is submitted and read) knows nothing of HTTP, Quarkus or Hibernate; adapters live in the
 * features' {@code rest} and {@code persistence} packages, and in {@code security} and {@code common.rest}.
 */
@AnalyzeClasses(packages = "eu.ecmr.accesspoint", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIndependenceTest {

    private static final String[] DOMAIN = {
            "eu.ecmr.accesspoint.common",
            "eu.ecmr.accesspoint.document..",
            "eu.ecmr.accesspoint.signature..",
            "eu.ecmr.accesspoint.timestamp..",
            "eu.ecmr.accesspoint.submission",
            "eu.ecmr.accesspoint.inspection",
            "eu.ecmr.accesspoint.efti",
            "eu.ecmr.accesspoint.efti.mapping" };

    @ArchTest
    static final ArchRule domainImportsNoFramework = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .and().resideOutsideOfPackages("..rest..", "..persistence..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ws.rs..", "io.quarkus..", "org.hibernate..", "jakarta.persistence..",
                    "io.vertx..", "org.jboss.resteasy..");

    @ArchTest
    static final ArchRule domainDoesNotReachIntoAdapters = noClasses()
            .that().resideInAnyPackage(DOMAIN)
            .and().resideOutsideOfPackages("..rest..", "..persistence..")
            .should().dependOnClassesThat().resideInAnyPackage("..rest..", "..persistence..");
}
