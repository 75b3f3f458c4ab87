package org.promise.common.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.promise.actionplan.ItemStatus;
import org.promise.area.AreaKind;
import org.promise.common.audit.AuditAction;
import org.promise.figure.ValueStatus;
import org.promise.datacheck.DataCheckService;
import org.promise.datacheck.DataCheckView;
import org.promise.datacheck.DataRule;
import org.promise.indicator.Polarity;
import org.promise.indicator.Priority;
import org.promise.indicator.StatisticalSymbol;
import org.promise.indicator.Unit;
import org.promise.minutes.ActionArisingStatus;
import org.promise.minutes.MeetingCheckRule;
import org.promise.minutes.ResolutionKind;
import org.promise.minutes.Vote;
import org.promise.minutes.WorkProgrammeStatus;
import org.promise.period.PeriodKind;
import org.promise.report.ReportType;
import org.promise.report.Visibility;
import org.promise.scorecard.Comparison;
import org.promise.scorecard.Direction;
import org.promise.scorecard.Rag;
import org.promise.support.Contract;
import org.promise.yousaid.EntryKind;

/**
 * The wire spellings come from the constants' names, so renaming a constant would change the contract: each enum is
 * held to the contract's list of its values, and the JSON and stored spellings are the same one.
 */
class WireValueTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> enumsOfTheContract() {
        return Stream.of(Arguments.of(ValueStatus.class, "ValueStatus"), Arguments.of(AreaKind.class, "AreaKind"),
                Arguments.of(ReportType.class, "ReportType"), Arguments.of(Visibility.class, "Visibility"),
                Arguments.of(Rag.class, "Rag"), Arguments.of(Direction.class, "Direction"),
                Arguments.of(ItemStatus.class, "ItemStatus"), Arguments.of(Priority.class, "Priority"),
                Arguments.of(Polarity.class, "Polarity"), Arguments.of(Unit.class, "Unit"),
                Arguments.of(PeriodKind.class, "PeriodKind"), Arguments.of(StatisticalSymbol.class, "Symbol"),
                Arguments.of(DataRule.class, "DataRule"), Arguments.of(ResolutionKind.class, "ResolutionKind"),
                Arguments.of(Vote.class, "Vote"), Arguments.of(ActionArisingStatus.class, "ActionArisingStatus"),
                Arguments.of(WorkProgrammeStatus.class, "WorkProgrammeStatus"),
                Arguments.of(MeetingCheckRule.class, "MeetingCheckRule"));
    }

    @ParameterizedTest
    @MethodSource("enumsOfTheContract")
    <E extends Enum<E> & WireValue> void shouldSpellAnEnumAsTheContractDoes(Class<E> type, String schema)
            throws IOException {
        JsonNode values = new ObjectMapper(new YAMLFactory()).readTree(Contract.FILE.toFile())
                .path("components").path("schemas").path(schema).path("enum");
        List<String> contract = new ArrayList<>();
        values.forEach(value -> contract.add(value.asText()));
        assertThat(spellings(type)).containsExactlyInAnyOrderElementsOf(contract);
    }

    @Test
    void shouldSpellTheInlineEnumsAsTheContractDoes() {
        assertThat(spellings(Comparison.class)).containsExactly("better", "worse", "similar", "none");
        assertThat(spellings(EntryKind.class)).containsExactly("done", "next");
        assertThat(spellings(AuditAction.class)).containsExactly("create", "update", "delete");
        assertThat(spellings(DataCheckView.Status.class)).containsExactly("open", "explained");
        assertThat(spellings(DataCheckService.StatusFilter.class)).containsExactly("open", "explained", "all");
    }

    @ParameterizedTest
    @MethodSource("enumsOfTheContract")
    <E extends Enum<E> & WireValue> void shouldReadAndWriteOneSpellingEverywhere(Class<E> type, String schema)
            throws IOException {
        var stored = new WireValueConverter<E>(type) {
        };
        for (E constant : type.getEnumConstants()) {
            String json = JSON.writeValueAsString(constant);
            assertThat(json).isEqualTo("\"" + constant.wire() + "\"");
            assertThat(JSON.readValue(json, type)).isEqualTo(constant);
            assertThat(stored.convertToDatabaseColumn(constant)).isEqualTo(constant.wire());
            assertThat(stored.convertToEntityAttribute(constant.wire())).isEqualTo(constant);
            assertThat(WireValue.parse(type, constant.wire())).contains(constant);
        }
        assertThat(WireValue.allowed(type)).isEqualTo(String.join(", ", spellings(type)));
    }

    private static <E extends Enum<E> & WireValue> List<String> spellings(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(WireValue::wire).toList();
    }
}
