package org.promise.common.audit;

import org.promise.common.wire.WireValue;

public enum AuditAction implements WireValue {
    CREATE, UPDATE, DELETE
}
