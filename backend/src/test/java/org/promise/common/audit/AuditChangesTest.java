package org.promise.common.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.promise.common.audit.ChangeHistory.FieldChange;

class AuditChangesTest {

    private static Map<String, Object> view(Object... pairs) {
        Map<String, Object> view = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            view.put((String) pairs[i], pairs[i + 1]);
        }
        return view;
    }

    @Test
    void shouldListOnlyTheFieldsThatChangedWithoutBookkeepingOrWhatIsWorkedOut() {
        var before = view("indicator", "CLA_RATE", "value", 61, "status", "provisional", "version", 0,
                "updatedBy", "A", "flags", List.of(), "note", null);
        var after = view("indicator", "CLA_RATE", "value", 65.0, "status", "final", "version", 1,
                "updatedBy", "B", "flags", List.of("fraction"), "note", "Checked");
        assertThat(AuditChanges.between(before, after)).containsExactlyInAnyOrder(
                new FieldChange("value", "61", "65"), new FieldChange("status", "provisional", "final"),
                new FieldChange("note", null, "Checked"));
    }

    @Test
    void shouldTreatOneNumberWrittenTwoWaysAsNoChange() {
        assertThat(AuditChanges.between(view("value", new BigDecimal("61.50")), view("value", 61.5))).isEmpty();
    }

    @Test
    void shouldListEveryNonEmptyFieldOfACreationAndOfARemoval() {
        var item = view("id", 7, "what", "Visit", "how", List.of("By hand", "By phone"), "owner", "", "dueDate",
                "2024-03-31");
        assertThat(AuditChanges.between(null, item)).containsExactlyInAnyOrder(
                new FieldChange("what", null, "Visit"), new FieldChange("how", null, "By hand; By phone"),
                new FieldChange("dueDate", null, "2024-03-31"));
        assertThat(AuditChanges.between(item, null)).hasSize(3)
                .allSatisfy(change -> assertThat(change.after()).isNull());
    }

    @Test
    void shouldWriteARelatedRecordByItsFields() {
        assertThat(AuditChanges.text(Map.of("year", "2022-23"))).isEqualTo("year 2022-23");
        assertThat(AuditChanges.text(List.of())).isNull();
        assertThat(AuditChanges.text(true)).isEqualTo("true");
    }
}
