package org.promise.actionplan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A question on an item, or the answer to one. */
public record TextInput(@NotBlank @Size(max = 5000) String text) {
}
