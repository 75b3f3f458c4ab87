package org.promise.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.promise.common.wire.AuthorityCode;

/** What an administrator sends to register a partner system; the rules mirror the contract's PartnerClientInput. */
public record PartnerClientInput(
        @NotNull @AuthorityCode String authority,
        @NotBlank @Size(max = 80) @Pattern(regexp = PartnerClientInput.NAME, message = PartnerClientInput.NAME_MESSAGE)
        String name) {

    /**
     * One line with a letter or digit in it: the client id is made from those. Blank passes here, so that a name
     * left empty is told only that it is required (@NotBlank).
     */
    static final String NAME = "^( *|[^\\x00-\\x1F]*[A-Za-z0-9][^\\x00-\\x1F]*)$";
    static final String NAME_MESSAGE = "must have a letter or digit in it and no control characters";
}
