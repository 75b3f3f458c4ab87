package org.promise.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.promise.client.api.KpisApi;
import org.promise.client.model.KpiPage;
import org.promise.client.model.KpiRow;
import org.promise.client.model.Symbol;

/**
 * The Java client generated from openapi.yaml, used as a partner system would use it against a running stack
 * (`make test`'s e2e stage gives its addresses): a token by the client-credentials grant of the contract's oauth2
 * scheme, then the KPI feed paged by its cursors into typed rows.
 */
class KpiFeedIT {

    private static final String AREA = "E08000030";

    @Test
    void shouldPageTheFeedIntoTypedRowsWithSmallNumbersSuppressed() throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(setting("promise.api.url"));
        String token = partnerToken(setting("promise.keycloak.url"));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        KpisApi kpis = new KpisApi(client);

        List<KpiRow> rows = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            KpiPage page = kpis.listKpis(null, List.of(AREA), null, null, null, null, null, null, after, null, 25,
                    "json", null);
            rows.addAll(page.getItems());
            after = page.getNext();
            pages++;
        } while (after != null);

        assertThat(pages).isGreaterThan(1);
        assertThat(rows).hasSizeGreaterThan(25).allSatisfy(row -> assertThat(row.getArea()).isEqualTo(AREA));
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.getSymbol()).isEqualTo(Symbol.C);
            assertThat(row.getValue()).isNull();
        });
        assertThat(rows).anySatisfy(row -> assertThat(row.getValue()).isNotNull());
    }

    private static String setting(String name) {
        String value = System.getProperty(name, "");
        assertThat(value).as("the system property " + name).isNotBlank();
        return value;
    }

    /** The demo realm's partner system, by the token URL the contract's oauth2 scheme names. */
    private static String partnerToken(String keycloak) throws IOException, InterruptedException {
        String form = "grant_type=client_credentials&client_id=partner-walsall&client_secret="
                + URLEncoder.encode("partner-walsall-demo-secret", StandardCharsets.UTF_8);
        HttpResponse<String> answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(keycloak + "/realms/promise/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return new ObjectMapper().readTree(answer.body()).path("access_token").asText();
    }
}
