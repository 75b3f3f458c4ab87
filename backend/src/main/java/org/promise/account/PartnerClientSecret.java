package org.promise.account;

/** A partner system's client with the secret just issued: shown once, in this answer only, and kept nowhere. */
public record PartnerClientSecret(String clientId, String name, String authority, String secret) {

    static PartnerClientSecret of(PartnerClientView client, String secret) {
        return new PartnerClientSecret(client.clientId(), client.name(), client.authority(), secret);
    }
}
