package org.promise.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.promise.common.wire.StorableText;

/**
 * One block of a report's section, told apart by {@code kind} as the contract's ReportBlock is. The same records
 * are stored (in report.sections and report_version.content) and answered; a figure's {@code cited} and the asks of
 * a "You said, we did" block are filled in when read, never stored.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ReportBlock.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = ReportBlock.BulletList.class, name = "list"),
        @JsonSubTypes.Type(value = ReportBlock.Table.class, name = "table"),
        @JsonSubTypes.Type(value = ReportBlock.Figure.class, name = "figure"),
        @JsonSubTypes.Type(value = ReportBlock.YouSaidWeDid.class, name = "you-said-we-did")})
public sealed interface ReportBlock {

    int TEXT = 20_000;
    int CELL = 2_000;

    /** The block's kind, as the contract spells it. */
    String kind();

    record Paragraph(
            @NotBlank @Size(max = TEXT) @Pattern(regexp = StorableText.PARAGRAPHS,
                    message = StorableText.PARAGRAPHS_MESSAGE) String text) implements ReportBlock {
        @Override
        public String kind() {
            return "paragraph";
        }
    }

    record BulletList(
            boolean ordered,
            @NotEmpty @Size(max = 400) List<@NotBlank @Size(max = TEXT) @Pattern(regexp = StorableText.PARAGRAPHS,
                    message = StorableText.PARAGRAPHS_MESSAGE) String> items) implements ReportBlock {
        @Override
        public String kind() {
            return "list";
        }
    }

    /** A table as printed: a row's header is its header cell, and its cells the rest, as text ("11%", "-"). */
    record Table(
            @NotBlank @Size(max = CELL) @Pattern(regexp = StorableText.PARAGRAPHS,
                    message = StorableText.PARAGRAPHS_MESSAGE) String caption,
            @NotEmpty @Size(max = 30) List<@NotNull @Valid Column> columns,
            @NotNull @Size(max = 500) List<@NotNull @Valid Row> rows,
            @Size(max = TEXT) @Pattern(regexp = StorableText.PARAGRAPHS,
                    message = StorableText.PARAGRAPHS_MESSAGE) String notes) implements ReportBlock {
        @Override
        public String kind() {
            return "table";
        }
    }

    record Column(
            @NotNull @Size(max = CELL) @Pattern(regexp = StorableText.PARAGRAPHS,
                    message = StorableText.PARAGRAPHS_MESSAGE) String heading,
            boolean numeric) {
    }

    record Row(
            @Size(max = CELL) @Pattern(regexp = StorableText.PARAGRAPHS,
                    message = StorableText.PARAGRAPHS_MESSAGE) String header,
            @NotNull @Size(max = 30) List<@NotNull @Size(max = CELL) @Pattern(regexp = StorableText.PARAGRAPHS,
                    message = StorableText.PARAGRAPHS_MESSAGE) String> cells) {
    }

    /** Cites an indicator's value for a period (of the report's authority unless {@code area} says). */
    record Figure(
            @NotBlank @Size(max = 40) String indicator,
            @NotBlank @Size(max = 20) String period,
            @Size(max = 20) @Pattern(regexp = "^(SN-)?E[0-9]{8}$") String area,
            @Size(max = CELL) @Pattern(regexp = StorableText.PARAGRAPHS,
                    message = StorableText.PARAGRAPHS_MESSAGE) String caption,
            @JsonInclude(JsonInclude.Include.NON_NULL) CitedFigure cited) implements ReportBlock {
        @Override
        public String kind() {
            return "figure";
        }

        Figure citing(CitedFigure resolved) {
            return new Figure(indicator, period, area, caption, resolved);
        }
    }

    /** Cites the authority's "You said, we did" asks, read when the report is. */
    record YouSaidWeDid(
            @Size(max = 500) @Pattern(regexp = StorableText.ONE_LINE,
                    message = StorableText.ONE_LINE_MESSAGE) String heading,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<CitedAsk> asks) implements ReportBlock {
        @Override
        public String kind() {
            return "you-said-we-did";
        }

        YouSaidWeDid citing(List<CitedAsk> resolved) {
            return new YouSaidWeDid(heading, resolved);
        }
    }

    /** A figure as this reader may read it; {@code withheld} with the reason where they may not. */
    record CitedFigure(String indicatorName, String unit, String display, boolean withheld, String reason,
            String link) {
    }

    record CitedAsk(String ask, String askedIn, String forum, List<AskEntry> done, List<AskEntry> next) {
    }

    record AskEntry(LocalDate date, String text) {
    }
}
