package org.promise.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.promise.pack.PackContent;
import org.promise.pack.PackStatus;
import org.promise.pack.PerformancePackView;

/** The pack's page as the template receives it: every figure and rating in words, nothing recomputed. */
class PackDocumentTest {

    private static final OffsetDateTime GENERATED = OffsetDateTime.of(2023, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static PackContent.PackIndicator indicator(String rag, String ragReason) {
        return new PackContent.PackIndicator("HLTH_ASSESS", "Health assessments on time", "Children looked after...",
                "percent", "higher-is-better", "2022-23", "61", null, "61%", "final", "90%", rag, ragReason,
                "improving", "Up from 58% to 61%",
                List.of(new PackContent.TrendPoint("2021-22", "58", "58%"),
                        new PackContent.TrendPoint("2022-23", "61", "61%")),
                new PackContent.Comparators("89%", null, "86%"),
                List.of(new PackContent.Warning("big-change", "The figure moved by more than three times the usual")),
                null);
    }

    private static PerformancePackView pack(PackStatus status, PackContent.PackIndicator indicator,
            PackContent.Exceptions exceptions) {
        PackContent content = new PackContent(GENERATED, new PackContent.AuthorityRef("E08000030", "Walsall"),
                "2022-23", "2022-23", List.of(new PackContent.PriorityGroup("health", "Health and wellbeing",
                        List.of(indicator))), exceptions, List.of(new PackContent.Ask("More say in reviews",
                                "2023", "Children in Care Council",
                                List.of(new PackContent.AskEntry(LocalDate.of(2023, 9, 1), "Reviews held at school")),
                                List.of())));
        boolean frozen = status == PackStatus.FROZEN;
        return new PerformancePackView(3, "E08000030", "2022-23", "2022-23", "Performance pack, 2022-23 (Walsall)",
                status, frozen ? new PerformancePackView.Presentation(9, LocalDate.of(2023, 11, 13), 70L, "7")
                        : null, GENERATED, frozen ? GENERATED.plusDays(12) : null, frozen ? "officer" : null,
                frozen ? "ab".repeat(32) : null, 1, content);
    }

    private static final PackContent.Exceptions NONE = new PackContent.Exceptions(List.of(), List.of(), List.of(),
            List.of());

    @Test
    void aRatingIsWrittenInWordsWithItsReasonAndMissingFiguresReadAsADash() {
        PackDocument.Page page = PackDocument.page(pack(PackStatus.DRAFT, indicator("red", "61% is below 90%"), NONE));

        PageTable scorecard = page.priorities().get(0).table();
        assertThat(scorecard.caption()).isEqualTo("Scorecard: Health and wellbeing, 2022-23");
        assertThat(scorecard.rows().get(0).header()).isEqualTo("Health assessments on time");
        assertThat(scorecard.rows().get(0).cells()).extracting(PageTable.Cell::text).containsExactly("61%", "Final",
                "90%", "Red: 61% is below 90%", "Improving: Up from 58% to 61%", "89%", "-", "86%");
        assertThat(scorecard.rows().get(0).cells()).extracting(PageTable.Cell::numeric).containsExactly(true, false,
                true, false, false, true, true, true);
    }

    @Test
    void eachIndicatorHasItsTrendAsATableItsWarningsAndItsCommentaryOrNone() {
        PackDocument.Indicator detail = PackDocument.page(pack(PackStatus.DRAFT, indicator(null, null), NONE))
                .indicators().get(0);

        assertThat(detail.heading()).isEqualTo("Health assessments on time (HLTH_ASSESS)");
        assertThat(detail.trend().rows()).extracting(PageTable.Row::header).containsExactly("2021-22", "2022-23");
        assertThat(detail.warnings()).containsExactly("The figure moved by more than three times the usual");
        assertThat(detail.commentary()).isNull();
    }

    @Test
    void aDraftSaysItChangesAndAFrozenPackWhenWhereAndItsSha256() {
        PackDocument.Page draft = PackDocument.page(pack(PackStatus.DRAFT, indicator("green", null), NONE));
        PackDocument.Page frozen = PackDocument.page(pack(PackStatus.FROZEN, indicator("green", null), NONE));

        assertThat(draft.notice()).startsWith("Draft: generated on 1 November 2023");
        assertThat(frozen.notice()).isEqualTo("Frozen on 13 November 2023 as presented to the meeting of"
                + " 13 November 2023, item 7: this is the pack as the board saw it, and it never changes");
        assertThat(frozen.versionNote()).endsWith("SHA-256 of its frozen content: " + "ab".repeat(32) + ".");
        assertThat(frozen.facts()).extracting(DocumentPage.Fact::label).contains("Frozen", "Presented at");
        assertThat(draft.facts()).extracting(DocumentPage.Fact::label).doesNotContain("Frozen", "Presented at");
    }

    @Test
    void theExceptionsAreTablesEvenWhenEmptyAndTheAsksKeepTheirDates() {
        PackContent.Exceptions exceptions = new PackContent.Exceptions(
                List.of(new PackContent.Flagged("HLTH_ASSESS", "Health assessments on time", "61% is below 90%")),
                List.of(), List.of(new PackContent.OverdueAction(5, "2023-24", "c", "Train every member",
                        null, LocalDate.of(2023, 3, 31), "in-progress")), List.of());
        PackDocument.Page page = PackDocument.page(pack(PackStatus.DRAFT, indicator("red", null), exceptions));

        assertThat(page.exceptions()).extracting(PackDocument.ExceptionPart::heading)
                .containsExactly("Rated red", "Declining", "Overdue actions", "Data warnings");
        assertThat(page.exceptions().get(1).table().rows()).isEmpty();
        assertThat(page.exceptions().get(2).table().rows().get(0).cells()).extracting(PageTable.Cell::text)
                .containsExactly("2023-24", "-", "31 March 2023", "In progress");
        Block.Ask ask = page.youngPeople().get(0).asks().get(0);
        assertThat(ask.askedIn()).isEqualTo("2023, Children in Care Council");
        assertThat(ask.done()).containsExactly(new Block.Dated("1 September 2023", "Reviews held at school"));
    }
}
