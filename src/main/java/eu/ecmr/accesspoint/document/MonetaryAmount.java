package eu.ecmr.accesspoint.document;

import java.math.BigDecimal;

/** An amount with its ISO 4217 currency. */
public record MonetaryAmount(BigDecimal amount, String currency) {
}
