package eu.ecmr.accesspoint.signature;

import java.io.IOException;
import java.net.URI;
import java.security.cert.X509CRL;

/** Fetches the CRL published at a URL; only ever asked for URLs whose host is on the allow-list. */
interface CrlDownloader {

    /** @throws IOException with a message fit for an inspector when the CRL could not be fetched or read */
    X509CRL download(URI uri) throws IOException;
}
