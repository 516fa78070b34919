package eu.ecmr.accesspoint.efti;

import java.util.UUID;

/** The e-FTI gate, as a platform calls it ({@code gate-api-for-platform.yaml}). */
public interface GateClient {

    /**
     * {@code PUT /v0/consignments/{datasetId}} with the identifiers ({@code consignment-identifier.xsd}).
     *
     * @throws GateException when the gate did not confirm them
     */
    void putIdentifiers(UUID datasetId, byte[] identifiersXml);
}
