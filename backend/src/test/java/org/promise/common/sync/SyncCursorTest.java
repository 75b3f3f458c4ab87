package org.promise.common.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;

class SyncCursorTest {

    @Test
    void shouldReadBackTheCursorItWrote() {
        OffsetDateTime changed = OffsetDateTime.parse("2023-11-03T10:15:00.123456Z");
        SyncCursor cursor = SyncCursor.decode(SyncCursor.after(changed, 42).encode());
        assertThat(cursor.changedAt()).isEqualTo(changed);
        assertThat(cursor.id()).isEqualTo(42);
        assertThat(SyncCursor.decode(SyncCursor.after(LocalDate.of(2023, 11, 13), 7).encode()).date())
                .isEqualTo(LocalDate.of(2023, 11, 13));
    }

    @Test
    void shouldBeOpaqueAndSafeInAnAddress() {
        assertThat(SyncCursor.after(OffsetDateTime.parse("2023-11-03T10:15:00Z"), 42).encode())
                .matches("[A-Za-z0-9_-]+").doesNotContain("2023");
    }

    @Test
    void shouldReadNoCursorAsTheFirstPage() {
        assertThat(SyncCursor.decode(null)).isNull();
    }

    @Test
    void shouldRefuseACursorItDidNotWriteNamingAfterAndTheRule() {
        for (String bad : List.of("not a cursor!", "bm90aGluZw", "MjAyMy0xMS0wM3xub3RhbmlkCg")) {
            assertThatThrownBy(() -> SyncCursor.decode(bad)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::rule)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("after", "cursor")));
        }
    }

    @Test
    void shouldRefuseACursorOfTheOtherOrdering() {
        SyncCursor byDate = SyncCursor.decode(SyncCursor.after(LocalDate.of(2023, 11, 13), 7).encode());
        assertThatThrownBy(byDate::changedAt).isInstanceOf(ApiException.class);
        SyncCursor byChange = SyncCursor.decode(SyncCursor.after(OffsetDateTime.parse("2023-11-03T10:15:00Z"), 7)
                .encode());
        assertThatThrownBy(byChange::date).isInstanceOf(ApiException.class);
    }

    @Test
    void shouldReadModifiedSinceAndTheDefaultLimit() {
        SyncQuery query = SyncQuery.of("2023-11-01T00:00:00Z", null, null);
        assertThat(query.modifiedSince()).isEqualTo(OffsetDateTime.parse("2023-11-01T00:00:00Z"));
        assertThat(query.limit()).isEqualTo(SyncQuery.DEFAULT_LIMIT);
        assertThat(query.changes()).isTrue();
        assertThat(query.reportsDeletions()).isTrue();
        assertThat(SyncQuery.of(null, 5, null).changes()).isFalse();
        assertThat(SyncQuery.of(null, 5, null).reportsDeletions()).isFalse();
        String next = SyncCursor.after(OffsetDateTime.parse("2023-11-02T00:00:00Z"), 1).encode();
        assertThat(SyncQuery.of("2023-11-01T00:00:00Z", 5, next).reportsDeletions()).isFalse();
    }

    @Test
    void shouldNameModifiedSinceWhenItIsNotAnInstant() {
        for (String bad : List.of("2023-11-01", "yesterday", "2023-11-01T00:00:00")) {
            assertThatThrownBy(() -> SyncQuery.of(bad, null, null)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("modifiedSince"));
        }
    }

    @Test
    void shouldCutAPageAtTheLimitAndPointAtTheLastItemKept() {
        List<Integer> rows = List.of(1, 2, 3, 4);
        SyncPage<Integer> page = SyncPage.of(rows, 3, n -> SyncCursor.after(LocalDate.of(2023, 1, n), n));
        assertThat(page.items()).containsExactly(1, 2, 3);
        assertThat(SyncCursor.decode(page.next()).id()).isEqualTo(3);
        assertThat(SyncPage.of(List.of(1, 2, 3), 3, n -> SyncCursor.after(LocalDate.of(2023, 1, n), n)).next())
                .isNull();
    }
}
