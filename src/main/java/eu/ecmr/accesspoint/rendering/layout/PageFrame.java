package eu.ecmr.accesspoint.rendering.layout;

/** What every page repeats: the copy marking, the e-CMR number, the note id and the page number. */
record PageFrame(String marking, String ecmrNumber, String footer, String verificationUrl, int page, int pages) {
}
