package org.promise.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.promise.common.wire.AuthorityCode;
import org.promise.common.wire.StorableText;

/** An officer or board member to give an account; the rules mirror the contract's PersonInput. */
public record PersonInput(
        @NotBlank @Size(max = 100) @Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE)
        String firstName,
        @NotBlank @Size(max = 100) @Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE)
        String lastName,
        @NotBlank @Size(max = 254) @Email(regexp = PersonInput.EMAIL, message = PersonInput.EMAIL_MESSAGE) String email,
        @NotNull PersonRole role,
        @NotNull @AuthorityCode String authority) {

    /** An address with a domain that has a dot: "name@council" alone reaches nobody. */
    static final String EMAIL = "^[^@\\s\\x00-\\x1F]+@[^@\\s\\x00-\\x1F]+\\.[^@\\s\\x00-\\x1F]+$";
    static final String EMAIL_MESSAGE = "must be an e-mail address such as name@council.gov.uk";
}
