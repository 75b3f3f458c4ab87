package org.promise.common.wire;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.promise.support.Contract;
import org.promise.support.Tokens;

/** Every body that names an authority refuses a code that is not an English GSS code in the same words. */
@QuarkusTest
class AuthorityCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/action-plans", "/api/v1/reports", "/api/v1/you-said-we-did"})
    void shouldRefuseAnAuthorityThatIsNotAGssCodeAlike(String path) {
        for (String code : new String[] {"W06000001", "E0800003", "E080000300", "e08000030", "SN-E08000030"}) {
            Contract.badRequestAs(Tokens.admin()).contentType("application/json").body(Map.of("authority", code))
                    .post(path).then().statusCode(400)
                    .body("errors.find { it.field == 'authority' }.rule", equalTo("pattern"))
                    .body("errors.find { it.field == 'authority' }.message",
                            equalTo("Authority must be an ONS GSS code such as E08000030"));
        }
    }
}
