package org.promise.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;

/**
 * Every API test goes through the contract: requests and responses are validated against openapi.yaml at the
 * repository root, so a response the contract does not describe fails the test that provoked it.
 */
public final class Contract {

    public static final Path FILE = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static final OpenApiInteractionValidator VALIDATOR =
            OpenApiInteractionValidator.createForSpecificationUrl(FILE.toUri().toString()).build();

    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(VALIDATOR);

    /** For tests that send a request the contract forbids on purpose: only the answer is checked. */
    private static final OpenApiValidationFilter ANSWER_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(FILE.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Contract() {
    }

    public static RequestSpecification anonymous() {
        return RestAssured.given().filter(STRICT);
    }

    public static RequestSpecification as(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    /** Fails unless the contract describes this answer, sent and read by hand ({@link RawHttp}), of this operation. */
    public static RawHttp.Answer check(Request.Method method, String path, RawHttp.Answer answer) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status()).withBody(answer.body());
        answer.headers().forEach(response::withHeader);
        ValidationReport report = VALIDATOR.validateResponse(path, method, response.build());
        if (report.hasErrors()) {
            throw new AssertionError("The contract does not describe the answer: " + report.getMessages());
        }
        return answer;
    }

    /** A request that breaks the contract on purpose, from a caller with this token (or none). */
    public static RequestSpecification badRequestAs(String token) {
        RequestSpecification spec = RestAssured.given().filter(ANSWER_ONLY);
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }
}
