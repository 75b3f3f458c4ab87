package org.promise.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.ApiException;

class EntityTagsTest {

    @Test
    void shouldQuoteTheVersion() {
        assertThat(EntityTags.of(7)).isEqualTo("\"7\"");
    }

    @Test
    void shouldTagContentByItsBytes() {
        byte[] page = "indicator,value\nCL_EET_1921,54\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // Weak: a gzipped answer carries the same tag as the plain one.
        assertThat(EntityTags.ofContent(page)).isEqualTo(EntityTags.ofContent(page.clone())).startsWith("W/\"")
                .endsWith("\"").hasSize(36);
        assertThat(EntityTags.ofContent("other".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isNotEqualTo(EntityTags.ofContent(page));
    }

    @Test
    void shouldMatchAHeaderNamingTheTag() {
        assertThat(EntityTags.matches("W/\"ab\", \"cd\"", "\"cd\"")).isTrue();
        assertThat(EntityTags.matches("\"cd\"", "W/\"cd\"")).isTrue();
        assertThat(EntityTags.matches("W/\"ab\"", "W/\"cd\"")).isFalse();
        assertThat(EntityTags.matches("*", "\"cd\"")).isTrue();
        assertThat(EntityTags.matches("\"ab\"", "\"cd\"")).isFalse();
        assertThat(EntityTags.matches(null, "\"cd\"")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3\"", " \"3\" ", "\"1\", \"3\""})
    void shouldAcceptATagThatNamesTheCurrentVersion(String ifMatch) {
        assertThatCode(() -> EntityTags.requireCurrent(ifMatch, 3)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "*", " * "})
    void shouldRequireATag(String ifMatch) {
        assertThatThrownBy(() -> EntityTags.requireCurrent(ifMatch, 3))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.PRECONDITION_REQUIRED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2\"", "3", "\"03\"", "\"2\", \"4\"", "W/\"3\"", "\"1\", W/\"3\"", "\"2\", *"})
    void shouldRefuseAStaleOrMalformedTag(String ifMatch) {
        assertThatThrownBy(() -> EntityTags.requireCurrent(ifMatch, 3))
                .isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.kind()).isEqualTo(ApiException.Kind.PRECONDITION_FAILED));
    }

    @Test
    void shouldRefuseATagForSomethingThatDoesNotExistYet() {
        assertThatCode(() -> EntityTags.requireNoneForNew(null, "value")).doesNotThrowAnyException();
        assertThatCode(() -> EntityTags.requireNoneForNew(" ", "value")).doesNotThrowAnyException();
        assertThatThrownBy(() -> EntityTags.requireNoneForNew("\"0\"", "value for 2024-25"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind())
                        .isEqualTo(ApiException.Kind.PRECONDITION_FAILED))
                .hasMessage("There is no value for 2024-25 to match; leave out If-Match to add one");
    }
}
