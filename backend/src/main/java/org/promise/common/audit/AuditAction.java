package org.promise.common.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE;

    String wire() {
        return name().toLowerCase();
    }
}
