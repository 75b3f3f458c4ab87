package org.promise.datacheck;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a warning's figures are right, or what is being done about them. */
public record ExplanationInput(@NotBlank @Size(max = 2000) String reason) {
}
