package eu.ecmr.accesspoint.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The one adapter for fetching CRLs over HTTP(S) (RFC 5280 s.4.2.1.13): one time limit for the
 * whole exchange, body included; a size cap; 200 only; and no redirects at all, since a redirect
 * could lead to a host nobody allowed. No retries: the caller remembers a failure for a while,
 * and a status nobody could fetch is "unknown", which never refuses a note on its own.
 */
final class CrlHttpClient implements CrlDownloader {

    /** A CRL of 100,000 entries is about 4 MB; the demo CA's is half a kilobyte. */
    static final int MAX_CRL_BYTES = 10 * 1024 * 1024;

    private final Duration timeout;
    private final HttpClient client;

    CrlHttpClient(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    @Override
    public X509CRL download(URI uri) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Accept", "application/pkix-crl").GET().build();
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, BoundedBody.handler(MAX_CRL_BYTES));
        HttpResponse<byte[]> response;
        try {
            response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new IOException("no complete answer from " + uri + " within " + timeout, e);
        } catch (ExecutionException e) {
            throw new IOException("fetching " + uri + " failed: " + rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        }
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered HTTP " + response.statusCode()
                    + (response.statusCode() / 100 == 3 ? " (redirects are not followed)" : ""));
        }
        return parse(uri, response.body());
    }

    private static X509CRL parse(URI uri, byte[] body) throws IOException {
        try {
            List<X509CRL> crls = X509Certificates.crlsFrom(new ByteArrayInputStream(body));
            if (crls.size() == 1) {
                return crls.get(0);
            }
        } catch (CRLException | RuntimeException e) {
            throw new IOException(uri + " did not answer with a CRL", e);
        }
        throw new IOException(uri + " did not answer with exactly one CRL");
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
