package org.promise.common.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.promise.common.error.ApiException;

/**
 * A text body (a CSV file) read as UTF-8, refusing bytes that are not: a lenient reader would turn them into
 * replacement characters and store text nobody sent.
 */
public final class Utf8Body {

    private Utf8Body() {
    }

    public static String decode(byte[] body) {
        if (body == null) {
            return "";
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.invalid("body", "encoding", "The body is not valid UTF-8: save the file as "
                    + "\"CSV UTF-8\" and send it again");
        }
    }
}
