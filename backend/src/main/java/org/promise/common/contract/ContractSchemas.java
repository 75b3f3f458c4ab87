package org.promise.common.contract;

import com.fasterxml.jackson.databind.JsonNode;

/** Follows local references ("#/components/...") inside the contract. */
public record ContractSchemas(JsonNode document) {

    public JsonNode resolve(JsonNode node) {
        JsonNode at = node;
        for (int hops = 0; at.has("$ref") && hops < 20; hops++) {
            at = document.at(at.get("$ref").asText().substring(1));
        }
        return at;
    }
}
