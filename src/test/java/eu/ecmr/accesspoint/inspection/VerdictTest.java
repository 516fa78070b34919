package eu.ecmr.accesspoint.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** ETSI EN 319 102-1 s.5.1.3 order: any FAILED fails, else any INDETERMINATE, else PASSED; over counted checks. */
class VerdictTest {

    private static final Check PASSED = Check.passed("a", "fine");
    private static final Check FAILED = Check.failed("b", SubIndication.HASH_FAILURE, "broken");
    private static final Check UNDECIDED = Check.indeterminate("c", SubIndication.TRY_LATER, "no CRL");
    private static final Check NOT_YET = Check.notYetAvailable("d", "later");

    @Test
    void failsOnAnyFailure() {
        assertThat(VerificationReport.verdictOf(List.of(PASSED, UNDECIDED, FAILED, NOT_YET))).isEqualTo(Indication.FAILED);
    }

    @Test
    void isIndeterminateWithoutFailureWhenACountedCheckIs() {
        assertThat(VerificationReport.verdictOf(List.of(PASSED, UNDECIDED, NOT_YET))).isEqualTo(Indication.INDETERMINATE);
    }

    @Test
    void passesWhenEveryCountedCheckPasses() {
        assertThat(VerificationReport.verdictOf(List.of(PASSED, NOT_YET))).isEqualTo(Indication.PASSED);
    }
}
