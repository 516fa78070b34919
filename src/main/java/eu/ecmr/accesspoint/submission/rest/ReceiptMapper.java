package eu.ecmr.accesspoint.submission.rest;

import java.net.URI;

import jakarta.enterprise.context.ApplicationScoped;

import eu.ecmr.accesspoint.common.PlatformConfig;
import eu.ecmr.accesspoint.submission.Receipt;

/** From the domain's receipt to the contract's, with the UIL and links on the public base URL. */
@ApplicationScoped
public class ReceiptMapper {

    private final PlatformConfig platform;

    ReceiptMapper(PlatformConfig platform) {
        this.platform = platform;
    }

    public ReceiptView toView(Receipt r) {
        String self = location(r).toString();
        return new ReceiptView(r.id(),
                new ReceiptView.Uil(platform.gateId(), platform.platformId(), r.id().toString()),
                r.ecmrNumber(), r.carrierId(), r.receivedAt(),
                new ReceiptView.Digest("SHA-256", r.payloadDigest()),
                new ReceiptView.Signer(r.signer().subject(), r.signer().issuer(), r.signer().serialNumber(),
                        r.signer().organizationIdentifier()),
                new ReceiptView.Timestamp(r.timestamp().genTime(), r.timestamp().serialNumber(), r.timestamp().tsa()),
                new ReceiptView.Links(self, self + "/original", self + "/pdf", self + "/timestamp",
                        self + "/verification"));
    }

    public URI location(Receipt r) {
        String base = platform.publicBaseUrl().toString().replaceAll("/+$", "");
        return URI.create(base + ConsignmentNoteResource.PATH + "/" + r.id());
    }
}
