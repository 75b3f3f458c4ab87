package org.promise.kpi;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.promise.figure.TidyPeriods;
import org.promise.period.Period;
import org.promise.support.Contract;
import org.promise.support.Figures;
import org.promise.support.ScratchAuthority;

/**
 * The CSVs' {@code timeIdentifier} filter (decision 47): EES takes a data file only when its time identifiers are of
 * one kind, so a file to publish there keeps one kind. An authority of the class's own has a figure of each kind:
 * a financial year, a snapshot on 31 March (a reporting year), one on a month's first day and one on another day.
 */
@QuarkusTest
class KpiTimeIdentifierTest {

    private static ScratchAuthority authority;
    private static boolean written;

    @BeforeAll
    static void createAuthority() {
        authority = ScratchAuthority.create(KpiTimeIdentifierTest.class);
    }

    /** Once, but in a test's own setup: REST Assured knows the application's port only there. */
    @BeforeEach
    void writeOnce() {
        if (written) {
            return;
        }
        String officer = authority.officer();
        Figures.put(officer, "LEAVE_REUNIF", authority.code(), "2011-12", 12, null, null, "final");
        Figures.put(officer, "CLA_RATE", authority.code(), "2012-03-31", 80, null, null, "final");
        Figures.put(officer, "SGO_SUPPORTED", authority.code(), "2011-10-01", 30, null, null, "final");
        Figures.put(officer, "HLTH_ASSESS_UP_TO_DATE", authority.code(), "2012-02-29", 90, null, null, "final");
        written = true;
    }

    private static List<CSVRecord> csv(String path, String... identifiers) throws IOException {
        var request = Contract.as(authority.officer()).accept("text/csv").queryParam("area", authority.code());
        if (identifiers.length > 0) {
            request.queryParam("timeIdentifier", (Object[]) identifiers);
        }
        String body = request.get(path).then().statusCode(200).extract().asString();
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body))
                .getRecords();
    }

    private static List<String> indicators(List<CSVRecord> records) {
        return records.stream().map(record -> record.get("indicator")).toList();
    }

    @Test
    void shouldKeepTheFiguresOfTheTimeIdentifiersAskedFor() throws IOException {
        assertThat(indicators(csv("/api/v1/kpis")), containsInAnyOrder("LEAVE_REUNIF", "CLA_RATE", "SGO_SUPPORTED",
                "HLTH_ASSESS_UP_TO_DATE"));
        List<CSVRecord> reportingYear = csv("/api/v1/kpis", "Reporting year");
        assertThat(indicators(reportingYear), containsInAnyOrder("CLA_RATE"));
        assertThat(reportingYear.get(0).get("time_period"), equalTo("2012"));
        assertThat(indicators(csv("/api/v1/kpis", "October", "Snapshot")),
                containsInAnyOrder("SGO_SUPPORTED", "HLTH_ASSESS_UP_TO_DATE"));
        List<CSVRecord> values = csv("/api/v1/values", "Financial year");
        assertThat(indicators(values), containsInAnyOrder("LEAVE_REUNIF"));
        assertThat(values.stream().map(record -> record.get("time_identifier")).toList(),
                everyItem(equalTo("Financial year")));
        Contract.as(authority.officer()).queryParam("area", authority.code()).queryParam("timeIdentifier", "October")
                .get("/api/v1/kpis").then().statusCode(200).body("items.indicator", containsInAnyOrder(
                        "SGO_SUPPORTED"));
    }

    @Test
    void shouldDescribeOnlyTheRowsKeptInTheMetaFile() {
        // Two indicators of two kinds: the indicator filter has two values only until one kind is kept.
        String both = Contract.as(authority.officer()).accept("text/csv").queryParam("area", authority.code())
                .queryParam("timeIdentifier", "October", "Snapshot").get("/api/v1/kpis/meta").then().statusCode(200)
                .extract().asString();
        assertThat(both.contains("\nindicator,Filter,"), equalTo(true));
        String one = Contract.as(authority.officer()).accept("text/csv").queryParam("area", authority.code())
                .queryParam("timeIdentifier", "October").get("/api/v1/kpis/meta").then().statusCode(200).extract()
                .asString();
        assertThat(one.contains("\nindicator,"), equalTo(false));
    }

    @Test
    void shouldRefuseATimeIdentifierPromiseNeverWrites() {
        for (String path : List.of("/api/v1/kpis", "/api/v1/kpis/meta", "/api/v1/values")) {
            Contract.badRequestAs(authority.officer()).accept("text/csv").queryParam("timeIdentifier", "Calendar year")
                    .get(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("timeIdentifier"))
                    .body("errors[0].rule", equalTo("allowed-values"));
        }
    }

    /** The database's ees_time_identifier, which the feed filters by, and the CSVs' TidyPeriods.write agree. */
    @Test
    void shouldNameEveryKindOfPeriodAsTheCsvsDo() throws SQLException {
        List<String> periods = List.of("2022-23", "2023-24-Q1", "2023-24-Q2", "2023-24-Q3", "2023-24-Q4",
                "AY2022-23", "2019-22", "2023-03-31", "2023-10-01", "2024-01-01", "2024-02-29", "2023-12-31");
        try (Connection connection = Arc.container().instance(DataSource.class).get().getConnection();
                PreparedStatement statement = connection.prepareStatement("select ees_time_identifier(?, ?, ?)")) {
            for (String code : periods) {
                Period period = Period.parse(code);
                statement.setString(1, period.kind().wire());
                statement.setString(2, period.code());
                statement.setObject(3, period.end());
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    assertThat(code, result.getString(1), equalTo(TidyPeriods.write(period)[1]));
                }
            }
        }
    }
}
