package org.promise.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    /** As the application's mapper is set up: ISO dates, absent values left out. */
    private final CanonicalJson canonical = new CanonicalJson(new ObjectMapper().findAndRegisterModules()
            .setSerializationInclusion(JsonInclude.Include.NON_ABSENT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    private static PackContent content() {
        return new PackContent(OffsetDateTime.of(2023, 11, 13, 18, 30, 0, 0, ZoneOffset.UTC),
                new PackContent.AuthorityRef("E08000030", "Walsall"), "2023-24", "2023-24", List.of(),
                new PackContent.Exceptions(List.of(), List.of(), List.of(new PackContent.OverdueAction(7, "2023-24",
                        "b", "Recruit foster carers", null, LocalDate.of(2024, 3, 31), "off-track")), List.of()),
                List.of(new PackContent.Ask("More say in reviews", "2023-05", "Children in Care Council",
                        List.of(new PackContent.AskEntry(LocalDate.of(2023, 9, 1), "Reviews led by young people")),
                        List.of())));
    }

    @Test
    void theBytesHaveSortedKeysNoSpacesAndNoAbsentValues() {
        String text = canonical.write(content());
        assertThat(text).startsWith("{\"authority\":{\"code\":\"E08000030\",\"name\":\"Walsall\"},\"exceptions\":")
                .contains("{\"due\":\"2024-03-31\",\"itemId\":7,\"letter\":\"b\",\"plan\":\"2023-24\","
                        + "\"status\":\"off-track\",\"title\":\"Recruit foster carers\"}")
                .contains("\"generatedAt\":\"2023-11-13T18:30:00Z\"")
                .doesNotContain(" \"").doesNotContain("null").doesNotContain("\n");
    }

    @Test
    void readingTheBytesBackGivesTheSameContentAndTheSameBytes() {
        String text = canonical.write(content());
        assertThat(canonical.read(text)).isEqualTo(content());
        assertThat(canonical.write(canonical.read(text))).isEqualTo(text);
    }

    @Test
    void theDigestsAreOfTheUtf8Bytes() {
        assertThat(CanonicalJson.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(CanonicalJson.reprDigest("abc")).isEqualTo("sha-256=:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=:");
        assertThat(CanonicalJson.sha256Hex("\u00e9")).as("of the UTF-8 bytes C3 A9")
                .isEqualTo("4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c");
    }
}
