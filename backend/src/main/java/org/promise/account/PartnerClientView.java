package org.promise.account;

import java.util.List;

/** A partner system's client as Promise shows it: never its secret. */
public record PartnerClientView(String clientId, String name, String authority) {

    public record Page(List<PartnerClientView> items) {
    }
}
