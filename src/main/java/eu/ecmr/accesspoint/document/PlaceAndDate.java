package eu.ecmr.accesspoint.document;

import java.time.LocalDate;

/** Place and date of taking over the goods (CMR art. 6(1)(d)). */
public record PlaceAndDate(String place, LocalDate date) {
}
