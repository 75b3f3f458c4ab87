package org.promise.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.promise.common.error.FieldError;

class ReportRulesTest {

    private static final List<ReportBlock.Column> THREE = List.of(new ReportBlock.Column("Year", false),
            new ReportBlock.Column("Carers", true), new ReportBlock.Column("Children", true));

    private static List<ReportSection> table(ReportBlock.Row... rows) {
        return List.of(new ReportSection("1", "Tables", List.of(new ReportBlock.Paragraph("Before"),
                new ReportBlock.Table("Table 1", THREE, List.of(rows), null))));
    }

    @Test
    void aRowWithItsOwnHeaderHasACellUnderEveryOtherColumn() {
        assertThat(ReportRules.tableShapes(table(new ReportBlock.Row("2022-23", List.of("120", "140"))))).isEmpty();
        assertThat(ReportRules.tableShapes(table(new ReportBlock.Row("2022-23", List.of("120", "140", "9")))))
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sections[0].blocks[1].rows[0].cells", "columns"));
    }

    @Test
    void aRowWithoutAHeaderHasACellUnderEveryColumn() {
        assertThat(ReportRules.tableShapes(table(new ReportBlock.Row(null, List.of("Total", "251", "280")))))
                .isEmpty();
        assertThat(ReportRules.tableShapes(table(new ReportBlock.Row(null, List.of("251", "280")),
                new ReportBlock.Row("2021-22", List.of("1", "2")), new ReportBlock.Row(null, List.of()))))
                .extracting(FieldError::field).containsExactly("sections[0].blocks[1].rows[0].cells",
                        "sections[0].blocks[1].rows[2].cells");
    }

    @Test
    void aTableWithNoRowsIsWellShaped() {
        assertThat(ReportRules.tableShapes(table())).isEmpty();
    }

    @Test
    void aFigureNamesAKnownIndicatorAndAPeriod() {
        List<ReportSection> sections = List.of(new ReportSection(null, "Figures", List.of(
                new ReportBlock.Figure("HLTH_ASSESS", "2022-23", null, null, null),
                new ReportBlock.Figure("NO_SUCH", "2022-23", null, null, null),
                new ReportBlock.Figure("HLTH_ASSESS", "2022-24", null, null, null))));
        assertThat(ReportRules.unknownIndicators(sections, Set.of("HLTH_ASSESS")))
                .extracting(FieldError::field, FieldError::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sections[0].blocks[1].indicator", "unknown"));
        assertThat(ReportRules.periods(sections)).extracting(FieldError::field, FieldError::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sections[0].blocks[2].period", "period"));
    }

    @Test
    void aDecisionIsTakenAtOrAfterTheFirstPresentationAndNotInTheFuture() {
        LocalDate presented = LocalDate.of(2023, 11, 13);
        LocalDate today = LocalDate.of(2024, 1, 9);
        assertThat(ReportRules.decisionDate(presented, presented, today)).isEmpty();
        assertThat(ReportRules.decisionDate(today, presented, today)).isEmpty();
        assertThat(ReportRules.decisionDate(presented.minusDays(1), presented, today)).get()
                .extracting(FieldError::field, FieldError::rule).containsExactly("decidedOn", "range");
        assertThat(ReportRules.decisionDate(today.plusDays(1), presented, today)).get()
                .extracting(FieldError::rule).isEqualTo("range");
    }
}
