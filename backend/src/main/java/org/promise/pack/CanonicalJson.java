package org.promise.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A frozen pack's bytes: its content as JSON with every object's keys sorted, no spaces, in UTF-8, written once, so
 * that the SHA-256 stored beside them is of exactly what {@code .../content} serves (decision 35).
 */
@ApplicationScoped
public class CanonicalJson {

    private final ObjectMapper json;

    public CanonicalJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(PackContent content) {
        try {
            return json.writeValueAsString(sorted(json.valueToTree(content)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A pack's content is plain data and always serialises", e);
        }
    }

    public PackContent read(String text) {
        try {
            return json.readValue(text, PackContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A frozen pack's content is what Promise wrote", e);
        }
    }

    /** Lower-case hex, as stored and given as {@code contentSha256}. */
    public static String sha256Hex(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    /** RFC 9530's {@code Repr-Digest} of the bytes. */
    public static String reprDigest(String text) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(sha256(text)) + ":";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.stream().sorted().forEach(name -> sorted.set(name, sorted(object.get(name))));
            return sorted;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
            array.forEach(element -> sorted.add(sorted(element)));
            return sorted;
        }
        return node;
    }
}
