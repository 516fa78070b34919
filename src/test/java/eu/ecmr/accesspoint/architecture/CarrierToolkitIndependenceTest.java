package eu.ecmr.accesspoint.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The carrier toolkit runs from target/ecmr-carrier.jar, which holds none of the server's
 * libraries: it may use the framework-free domain packages (kept so by {@link DomainIndependenceTest}),
 * picocli, Jackson and Bouncy Castle, and nothing else.
 */
@AnalyzeClasses(packages = "eu.ecmr.accesspoint", importOptions = ImportOption.DoNotIncludeTests.class)
class CarrierToolkitIndependenceTest {

    @ArchTest
    static final ArchRule toolkitNeedsOnlyWhatItsJarHolds = classes()
            .that().resideInAPackage("eu.ecmr.accesspoint.cli..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "eu.ecmr.accesspoint.cli..", "eu.ecmr.accesspoint.signature", "eu.ecmr.accesspoint.timestamp",
                    "eu.ecmr.accesspoint.common", "java..", "javax.security..", "picocli..",
                    "com.fasterxml.jackson..", "org.bouncycastle..");
}
