package org.promise.common.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE;

    public String wire() {
        return name().toLowerCase();
    }
}
