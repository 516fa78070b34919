package eu.ecmr.accesspoint.submission.rest;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;

/** A note as read back: the receipt's fields and the e-CMR document exactly as signed. */
public record NoteView(@JsonUnwrapped ReceiptView receipt, JsonNode document) {
}
