package org.promise.board;

import org.promise.common.wire.WireValue;

/** A co-opted member (a young person, for example) sits without a vote. */
public enum BoardMemberRole implements WireValue {
    CHAIR, VICE_CHAIR, MEMBER, CO_OPTED;

    @jakarta.persistence.Converter
    public static class Converter extends org.promise.common.wire.WireValueConverter<BoardMemberRole> {
        public Converter() {
            super(BoardMemberRole.class);
        }
    }
}
