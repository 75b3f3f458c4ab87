package org.promise.common.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.promise.support.Contract;
import org.promise.support.Tokens;

/** Imports write to Wolverhampton, which the seed packs leave empty, in years no other test uses. */
@QuarkusTest
class FiguresChangedTest {

    private static final String WOLVERHAMPTON = "E08000031";
    private static final String OFFICER = Tokens.officer(WOLVERHAMPTON);
    private static final String PLACE = ",Financial year,Local authority," + WOLVERHAMPTON + ",Wolverhampton,";
    private static final String KEYS = "time_period,time_identifier,geographic_level,new_la_code,la_name,indicator,";

    @Inject
    AnnouncedChanges announced;

    static Stream<Arguments> imports() {
        return Stream.of(
                Arguments.of("values", FiguresChanged.What.VALUES, KEYS + "value,numerator,denominator,status\n",
                        "202728" + PLACE + "HLTH_ASSESS,81,,,final\n" + "202728" + PLACE + "HLTH_DENTAL,72,,,final\n"
                                + "202728" + PLACE + "SDQ_COMPLETE,64,,,final\n",
                        "202728" + PLACE + "NO_SUCH_INDICATOR,1,,,final\n"),
                Arguments.of("targets", FiguresChanged.What.TARGETS, KEYS + "target,tolerance,basis,pending_reason\n",
                        "202829" + PLACE + "HLTH_ASSESS,85,,Agreed,\n" + "202829" + PLACE + "HLTH_DENTAL,90,3,Agreed,\n"
                                + "202829" + PLACE + "SDQ_COMPLETE,95,,Agreed,\n",
                        "202829" + PLACE + "NO_SUCH_INDICATOR,1,,Agreed,\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("imports")
    void shouldAnnounceAnImportOnceWhateverItsRowsAndAPreviewOrARefusalNotAtAll(String figures,
            FiguresChanged.What what, String header, String threeRows, String unknownIndicator) {
        String path = "/api/v1/imports/" + figures;
        int mark = announced.count();
        Contract.as(OFFICER).contentType("text/csv").queryParam("dryRun", true).body(header + threeRows).post(path)
                .then().statusCode(200).body("created", equalTo(3));
        Contract.badRequestAs(OFFICER).contentType("text/csv").body(header + threeRows + unknownIndicator).post(path)
                .then().statusCode(400);
        assertThat(announced.since(mark)).isEmpty();
        Contract.as(OFFICER).contentType("text/csv").body(header + threeRows).post(path)
                .then().statusCode(200).body("created", equalTo(3));
        assertThat(announced.since(mark)).containsExactly(new FiguresChanged(what));
    }
}
