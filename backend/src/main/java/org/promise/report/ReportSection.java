package org.promise.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.function.UnaryOperator;
import org.promise.common.wire.StorableText;

/** A numbered section of a report ("4.6"), its heading and its blocks. */
public record ReportSection(
        @Size(max = 20) @Pattern(regexp = StorableText.ONE_LINE, message = StorableText.ONE_LINE_MESSAGE) String number,
        @NotBlank @Size(max = 500) @Pattern(regexp = StorableText.ONE_LINE,
                message = StorableText.ONE_LINE_MESSAGE) String heading,
        @NotNull @Size(max = 400) List<@NotNull @Valid ReportBlock> blocks) {

    /** The section with each block replaced as {@code change} says (a citation resolved, or left out to store). */
    ReportSection withBlocks(UnaryOperator<ReportBlock> change) {
        return new ReportSection(number, heading, blocks.stream().map(change).toList());
    }
}
