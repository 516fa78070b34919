package eu.ecmr.accesspoint.rendering.layout;

/** What the form is made of, top to bottom: rows of boxes and the goods table. */
sealed interface Block permits Row, Table {
}
