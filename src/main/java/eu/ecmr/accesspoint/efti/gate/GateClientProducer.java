package eu.ecmr.accesspoint.efti.gate;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import eu.ecmr.accesspoint.efti.EftiConfig;
import eu.ecmr.accesspoint.efti.GateClient;
import eu.ecmr.accesspoint.efti.GateException;

/** The configured gate, or, without one, a gate that refuses everything (nothing is registered then). */
@ApplicationScoped
class GateClientProducer {

    @Produces
    @ApplicationScoped
    GateClient gateClient(EftiConfig config, Clock clock) {
        if (config.gate().baseUrl().isEmpty()) {
            return (datasetId, xml) -> {
                throw GateException.message("no e-FTI gate is configured (ecmr.efti.gate.base-url)", null);
            };
        }
        return new HttpGateClient(config.gate(), clock);
    }
}
