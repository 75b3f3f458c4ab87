package org.promise.me;

import java.util.List;

public record MeView(String subject, String name, List<String> roles, List<AuthoritySummary> authorities) {

    public record AuthoritySummary(String code, String name) {
    }
}
