package org.promise.support;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand, for what REST Assured will not send: a forged Host, an address or headers over the
 * limits, a body in chunks. Each request asks to close the connection, so the answer ends where the stream does.
 */
public final class RawHttp {

    /** An answer: its status, headers (names in lower case) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /** Sends the request line and headers (each "Name: value"), and no body. */
    public static Answer send(String requestLine, String... headers) throws IOException {
        return exchange(requestLine, headers, null, null, 0);
    }

    /** Sends the request line, headers and a body with its Content-Length. */
    public static Answer sendBody(String requestLine, String body, String... headers) throws IOException {
        return exchange(requestLine, headers, body.getBytes(StandardCharsets.UTF_8), null, 0);
    }

    /** Sends a body of {@code bytes} bytes of {@code filler} in chunks of 64 KB, with no Content-Length. */
    public static Answer sendChunked(String requestLine, long bytes, byte filler, String... headers)
            throws IOException {
        return exchange(requestLine, headers, null, filler, bytes);
    }

    private static Answer exchange(String requestLine, String[] headers, byte[] body, Byte filler, long bytes)
            throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(60_000);
            StringBuilder head = new StringBuilder(requestLine).append("\r\n");
            boolean hasHost = false;
            for (String header : headers) {
                head.append(header).append("\r\n");
                hasHost |= header.regionMatches(true, 0, "Host:", 0, 5);
            }
            if (!hasHost) {
                head.append("Host: localhost:").append(RestAssured.port).append("\r\n");
            }
            if (filler != null) {
                head.append("Transfer-Encoding: chunked\r\n");
            }
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (filler != null) {
                writeChunks(out, bytes, filler);
            }
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** Writes the chunks; the server may answer and stop reading before the last, which is what some tests want. */
    private static void writeChunks(OutputStream out, long bytes, byte filler) {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, filler);
        try {
            for (long left = bytes; left > 0; left -= chunk.length) {
                int size = (int) Math.min(left, chunk.length);
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(chunk, 0, size);
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException stoppedReading) {
            // The answer is already on its way: read it.
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(body);
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
