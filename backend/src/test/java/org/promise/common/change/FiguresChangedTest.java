package org.promise.common.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.promise.support.Contract;
import org.promise.support.ScratchAuthority;

/** Imports write to an authority of the class's own. */
@QuarkusTest
class FiguresChangedTest {

    private static String officer;
    private static String place;
    private static final String KEYS = "time_period,time_identifier,geographic_level,new_la_code,la_name,indicator,";

    @Inject
    AnnouncedChanges announced;

    @BeforeAll
    static void createAuthority() {
        ScratchAuthority authority = ScratchAuthority.create(FiguresChangedTest.class);
        officer = authority.officer();
        place = ",Financial year,Local authority," + authority.code() + "," + authority.name() + ",";
    }

    static Stream<Arguments> imports() {
        return Stream.of(
                Arguments.of("values", FiguresChanged.What.VALUES, KEYS + "value,numerator,denominator,status\n",
                        "201718" + place + "HLTH_ASSESS,81,,,final\n" + "201718" + place + "HLTH_DENTAL,72,,,final\n"
                                + "201718" + place + "SDQ_COMPLETE,64,,,final\n",
                        "201718" + place + "NO_SUCH_INDICATOR,1,,,final\n"),
                Arguments.of("targets", FiguresChanged.What.TARGETS, KEYS + "target,tolerance,basis,pending_reason\n",
                        "202829" + place + "HLTH_ASSESS,85,,Agreed,\n" + "202829" + place + "HLTH_DENTAL,90,3,Agreed,\n"
                                + "202829" + place + "SDQ_COMPLETE,95,,Agreed,\n",
                        "202829" + place + "NO_SUCH_INDICATOR,1,,Agreed,\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("imports")
    void shouldAnnounceAnImportOnceWhateverItsRowsAndAPreviewOrARefusalNotAtAll(String figures,
            FiguresChanged.What what, String header, String threeRows, String unknownIndicator) {
        String path = "/api/v1/imports/" + figures;
        int mark = announced.count();
        Contract.as(officer).contentType("text/csv").queryParam("dryRun", true).body(header + threeRows).post(path)
                .then().statusCode(200).body("created", equalTo(3));
        Contract.badRequestAs(officer).contentType("text/csv").body(header + threeRows + unknownIndicator).post(path)
                .then().statusCode(400);
        assertThat(announced.since(mark)).isEmpty();
        Contract.as(officer).contentType("text/csv").body(header + threeRows).post(path)
                .then().statusCode(200).body("created", equalTo(3));
        assertThat(announced.since(mark)).containsExactly(new FiguresChanged(what));
    }
}
