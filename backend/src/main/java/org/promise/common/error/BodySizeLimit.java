package org.promise.common.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body over the limit with a problem: before reading it when it says its length, and as soon as the limit
 * is passed when it is sent in chunks without one. The HTTP layer's own, higher limit
 * (quarkus.http.limits.max-body-size) stays only as a backstop, and answers bare.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    private final long maxBytes;

    public BodySizeLimit(@ConfigProperty(name = "promise.max-body-bytes") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw tooLarge("The body is " + request.getLength() + " bytes");
        }
        if (request.getLength() < 0 && request.getHeaderString("Transfer-Encoding") != null) {
            request.setEntityStream(new Capped(request.getEntityStream()));
        }
    }

    private ApiException tooLarge(String what) {
        return ApiException.of(ApiException.Kind.PAYLOAD_TOO_LARGE, what + "; this service accepts at most "
                + maxBytes + " bytes (" + maxBytes / (1024 * 1024) + " MB) in one request");
    }

    /** A chunked body, refused once it passes the limit: its length is known only as it is read. */
    private final class Capped extends FilterInputStream {

        private long read;

        Capped(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > maxBytes) {
                throw tooLarge("The body, sent in chunks, had passed " + read + " bytes when it was refused");
            }
        }
    }
}
