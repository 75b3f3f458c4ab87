package org.promise;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.promise.common.sql.PlainSql;
import org.promise.support.Contract;
import org.promise.support.DemoScripts;
import org.promise.support.FirstColumn;

/**
 * The packs' reports as the demo data loads them (db/demo/R__demo_data_reports.sql, docs/reports-seed.md), checked
 * against the packs' words: Walsall's papers for 13 November 2023 (W) and Dudley's municipal year report 2023/24 (D).
 * Read with plain SQL, so that it holds whatever the API makes of the rows.
 */
@QuarkusTest
class DemoReportsTest {

    private static final String SCRIPT = "R__demo_data_reports.sql";
    private static final String FOSTERING = "Fostering Service Annual Report 2022-2023";
    private static final String ADOPTION = "Adoption Service Report 2022-2023";
    private static final String STRATEGY = "Corporate Parenting Strategy 2022-2025";
    private static final String YOUNG_PEOPLE = "Update on action plan created by Young People";
    private static final String DUDLEY_YEAR = "Corporate Parenting Board Municipal Year Report 2023/2024";

    @Inject
    PlainSql sql;

    @Inject
    DataSource dataSource;

    private List<String> rows(String query) {
        return FirstColumn.rows(sql, query);
    }

    private String one(String query) {
        return FirstColumn.one(sql, query);
    }

    private static String report(String title) {
        return "(select id from report where title = '" + title + "' and created_by = 'demo data')";
    }

    /** Each block of the report's sections, as JSON text, with its section's number or heading before it. */
    private List<String> blocks(String title, String kind) {
        return rows("select coalesce(s->>'number', s->>'heading') || ' ' || b::text from report r,"
                + " jsonb_array_elements(r.sections) s, jsonb_array_elements(s->'blocks') b"
                + " where r.id = " + report(title) + " and b->>'kind' = '" + kind + "'");
    }

    @Test
    void shouldPublishTheFiveReportsAtVersionOneAsPublicPapers() {
        assertThat(rows("select authority_code || ' | ' || type || ' | ' || title || ' | ' || coalesce(period_covered,"
                + " '-') || ' | ' || status || ' v' || document_version || ' | ' || visibility || ' | '"
                + " || to_char(published_at at time zone 'Europe/London', 'YYYY-MM-DD') || ' | '"
                + " || coalesce(author, '-') || ' | ' || coalesce(contact_officer, '-') from report"
                + " where created_by = 'demo data' order by authority_code desc, published_at, title")).containsExactly(
                // W 1185: "Date of report 8 June 2023"; W 1187-1190: "Produced by Lisa Preston Head of Service".
                "E08000030 | annual-adoption | " + ADOPTION + " | 2022-23 | published v1 | public | 2023-06-08"
                        + " | Lisa Preston, Head of Service, Adoption@Heart | -",
                // W 381-382: the cover report is headed with the meeting's date; W 447-449 its contact officer.
                "E08000030 | strategy | " + STRATEGY + " | 2022-23 | published v1 | public | 2023-11-13 | -"
                        + " | Jivan Sembi",
                // W 1169-1173: "Author Mark Burrows Group Manager"; no date printed: the meeting's.
                "E08000030 | annual-fostering | " + FOSTERING + " | 2022-23 | published v1 | public | 2023-11-13"
                        + " | Mark Burrows, Group Manager | -",
                "E08000030 | other | " + YOUNG_PEOPLE + " | - | published v1 | public | 2023-11-13 | - | -",
                // D 198-201; no date printed: the board of 18 April 2024 it looks ahead to (D 62).
                "E08000027 | municipal-year | " + DUDLEY_YEAR + " | 2023-24 | published v1 | public | 2024-04-18"
                        + " | Catherine Driscoll, Director of Childrens Services | Jesca Mupombi, Head of Through Care");
    }

    @Test
    void shouldKeepVersionOneAsTheReportsContent() {
        assertThat(rows("select r.title || ' | ' || v.published_by || ' | ' || (v.published_at = r.published_at)"
                + " || ' | ' || (v.content = jsonb_build_object('number', 1, 'authority', r.authority_code, 'type',"
                + " r.type, 'title', r.title, 'periodCovered', r.period_covered, 'author', r.author, 'contactOfficer',"
                + " r.contact_officer, 'executiveSummary', r.executive_summary, 'recommendations', r.recommendations,"
                + " 'body', r.body, 'sections', r.sections, 'childFriendlySummary', r.child_friendly_summary,"
                + " 'visibility', r.visibility, 'exemptParagraph', r.exempt_paragraph)) from report r"
                + " join report_version v on v.report_id = r.id where r.created_by = 'demo data' order by r.id"))
                .hasSize(5).allSatisfy(row -> assertThat(row).endsWith(" | demo data | true | true"));
    }

    /** A figure block cites a value the scorecard holds; the number the pack prints is that value. */
    @Test
    void shouldCiteOnlyFiguresTheScorecardHoldsForThePeriodTheReportGives() {
        List<String> cited = rows("select r.title || ' | ' || (b->>'indicator') || ' ' || (b->>'period') || ' '"
                + " || coalesce(b->>'area', r.authority_code) || ' = ' || coalesce(trim_scale(v.value)::text, 'MISSING')"
                + " from report r cross join jsonb_array_elements(r.sections) s"
                + " cross join jsonb_array_elements(s->'blocks') b left join indicator_value v on v.indicator_code = b->>'indicator' and v.period_code = b->>'period'"
                + " and v.area_code = coalesce(b->>'area', r.authority_code)"
                + " where r.created_by = 'demo data' and b->>'kind' = 'figure'");
        assertThat(cited).hasSize(42).noneMatch(row -> row.endsWith("MISSING"));
        assertThat(cited).contains(
                // W 1037: "of the 650 Children in Care, ... 244 (37%) were living with Walsall Foster Carers"
                FOSTERING + " | CLA_COUNT 2023-03-31 E08000030 = 650",
                FOSTERING + " | PLC_OWN_FOSTER 2023-03-31 E08000030 = 37",
                // W 1115: "346 children supported by their Special Guardians ... (358 as at 01/10/23)"
                FOSTERING + " | SGO_SUPPORTED 2023-10-01 E08000030 = 358",
                // W 1604: the table of children placed in previous years, "20/22" read as 2021-22.
                ADOPTION + " | ADOPT_PLACED 2021-22 E08000030 = 19",
                // W 1619-1622: England's A2 for the end of 2021-22; W 1631: Walsall's 2022-23.
                ADOPTION + " | ADOPT_A2 2021-22 E92000001 = 199",
                ADOPTION + " | ADOPT_A2 2022-23 E08000030 = 124",
                ADOPTION + " | ADOPT_INTERAGENCY 2022-23 E90000001 = 34",
                // D 64: "(April 2021 – March 2024), 82 children"; D 74: "February 2024, 93%".
                DUDLEY_YEAR + " | PERMANENCE_SGO_ADOPT_3Y 2021-24 E08000027 = 82",
                DUDLEY_YEAR + " | HLTH_ASSESS_UP_TO_DATE 2024-02-29 E08000027 = 93");
    }

    /**
     * A public report cites no internal-only indicator: its public reader would read the figure as withheld, where
     * the pack printed it for them (the fostering pipeline, W 1073-1077, stays in the report's own sentences).
     */
    @Test
    void shouldCiteNoInternalOnlyIndicatorInAPublicReport() {
        assertThat(rows("select r.title || ' | ' || (b->>'indicator') from report r"
                + " cross join jsonb_array_elements(r.sections) s cross join jsonb_array_elements(s->'blocks') b"
                + " join indicator i on i.code = b->>'indicator'"
                + " where r.created_by = 'demo data' and r.visibility = 'public' and i.internal_only")).isEmpty();
    }

    @Test
    void shouldNumberTheFosteringReportsSectionsAsPrintedWithoutTheTablesThePackDoesNotPrint() {
        assertThat(rows("select (s->>'number') || ' ' || (s->>'heading') from report r,"
                + " jsonb_array_elements(r.sections) s where r.id = " + report(FOSTERING))).containsExactly(
                "1 Context (or background)", "2 Overview of Achievements in 2022/23",
                "3 Children Living with Foster Carers",
                "4 Foster Carer Recruitment & Retention – National & Local Picture",
                "5 Occupancy in Fostering Homes", "6 End of Foster Carer Approval",
                "7 Connected Foster Care and Special Guardianship",
                "8 Supervision, Support, Training & Development", "9 Marketing & Promotional Activity",
                "10 Fostering Panel", "11 Service Priorities and Improvements – 2023/24 (Update)");
        // W 1073, 1106, 1139 announce "the table below"; the pack's text has none of them (blank lines).
        assertThat(blocks(FOSTERING, "table")).isEmpty();
        assertThat(blocks(FOSTERING, "paragraph")).anyMatch(block -> block.startsWith("4 ")
                && block.contains("4.7 However, whilst enquiries in 2022/23 were lower than in previous years, the"
                        + " conversion rate to approval was close to 11%."));
    }

    @Test
    void shouldKeepTheAdoptionReportsTablesWithCaptionsHeadingsAndCellsAsPrinted() {
        // W 1650-1657.
        assertThat(one("select b::text from report r, jsonb_array_elements(r.sections) s,"
                + " jsonb_array_elements(s->'blocks') b where r.id = " + report(ADOPTION)
                + " and b->>'caption' = 'Children placed 1 April 2022 to 31 March 2023'"))
                .contains("{\"heading\": \"LA/Trust\", \"numeric\": false}",
                        "{\"heading\": \"Total Placed\", \"numeric\": true}",
                        "{\"cells\": [\"20\", \"21\", \"41\"], \"header\": \"Walsall\"}",
                        "{\"cells\": [\"60\", \"31\", \"91\"], \"header\": \"Total\"}");
        // W 1404-1420: twelve months and the total, six columns of figures.
        assertThat(one("select jsonb_array_length(b->'rows') || ' rows, ' || jsonb_array_length(b->'columns')"
                + " || ' columns, total ' || (b->'rows'->12->'cells')::text from report r,"
                + " jsonb_array_elements(r.sections) s, jsonb_array_elements(s->'blocks') b where r.id = "
                + report(ADOPTION) + " and b->>'caption' = 'Panel activity approvals and matches per month 2020/21,"
                + " 2021/22 and 2022/23'"))
                .isEqualTo("13 rows, 7 columns, total [\"67\", \"65\", \"38\", \"131\", \"103\", \"95\"]");
        // Every table has a caption and as many cells in a row as it has columns for them.
        assertThat(rows("select (b->>'caption') || ' ' || bool_and(jsonb_array_length(row->'cells')"
                + " = jsonb_array_length(b->'columns') - case when exists (select 1 from"
                + " jsonb_array_elements(b->'rows') x where x->>'header' is not null) then 1 else 0 end)"
                + " from report r, jsonb_array_elements(r.sections) s, jsonb_array_elements(s->'blocks') b,"
                + " jsonb_array_elements(b->'rows') row where r.created_by = 'demo data' and b->>'kind' = 'table'"
                + " group by r.id, s, b")).hasSize(12).allSatisfy(row -> assertThat(row).endsWith(" true"));
    }

    @Test
    void shouldGiveTheStrategyCoverReportItsTwoRecommendationsAndSummaryAsPrinted() {
        // W 404-407.
        assertThat(one("select recommendations::text from report where id = " + report(STRATEGY))).isEqualTo(
                "[\"The Board committee note the progress against the action plan for 2022/23\", \"Agree the"
                        + " priority areas and action plan for the delivery of the strategy.\"]");
        assertThat(one("select executive_summary from report where id = " + report(STRATEGY)))
                .startsWith("Walsall Council has a duty to seek out every opportunity to support children and young"
                        + " people in our care.")
                .endsWith("The Corporate Parenting Action Plan will make the ambition in the strategy a reality.");
        // W 472: the five priorities, numbered as printed.
        assertThat(blocks(STRATEGY, "list")).anyMatch(block -> block.startsWith("2.0 ")
                && block.contains("\"ordered\": true") && block.contains("Influence and Involvement: Children and"
                        + " young people are at the heart of service design, delivery and evaluation"));
    }

    @Test
    void shouldSummariseTheYoungPeoplesUpdateInTheirOwnAsksAndCiteThemLive() {
        assertThat(blocks(YOUNG_PEOPLE, "you-said-we-did")).hasSize(1);
        // The summary's headings are the asks as the "You said, we did" data holds them, in their order.
        assertThat(rows("select e->>'heading' from report r, jsonb_array_elements(r.child_friendly_summary) e"
                + " where r.id = " + report(YOUNG_PEOPLE)))
                .containsExactlyElementsOf(rows("select ask from you_said where authority_code = 'E08000030'"
                        + " order by position"));
        assertThat(one("select r.child_friendly_summary->0->>'text' from report r where r.id = "
                + report(YOUNG_PEOPLE))).isEqualTo("What we have done:\nThe children in care council have met with"
                + " fostering managers to develop guidance for foster carers and children and young people about"
                + " sleepovers and about having pets.\n\nWhat's next?\nDevelop child friendly version of the"
                + " delegated authority form.");
    }

    @Test
    void shouldGiveDudleysReportItsRecommendationAndLeaveItUnlinked() {
        // D 18-20.
        assertThat(one("select recommendations::text from report where id = " + report(DUDLEY_YEAR))).isEqualTo(
                "[\"Utilise this report to consider the impact of the Board in this reporting year, and to support"
                        + " the planning for the forthcoming year.\"]");
        assertThat(one("select count(*) from agenda_paper where report_id = " + report(DUDLEY_YEAR))).isEqualTo("0");
        assertThat(one("select count(*) from report_decision where report_id in (select id from report"
                + " where created_by = 'demo data')")).isEqualTo("0");
    }

    @Test
    void shouldLinkThePapersOfItems6To9Of13November() {
        assertThat(rows("select i.number || ' ' || r.title from agenda_paper p join agenda_item i on i.id ="
                + " p.agenda_item_id join meeting m on m.id = i.meeting_id join report r on r.id = p.report_id"
                + " where m.authority_code = 'E08000030' order by i.number")).containsExactly(
                "6 " + YOUNG_PEOPLE, "7 " + STRATEGY, "8 " + FOSTERING, "9 " + ADOPTION);
    }

    /** What anyone reads without signing in: the API's view of the rows, as the contract describes it. */
    @Test
    void shouldServeThePublishedReportsToAnyoneWithTheirFiguresReadLive() {
        JsonPath fostering = Contract.anonymous().get("/api/v1/reports/" + one("select " + report(FOSTERING)))
                .then().statusCode(200).extract().jsonPath();
        assertThat(fostering.getString("status")).isEqualTo("presented");
        assertThat(fostering.getInt("documentVersion")).isEqualTo(1);
        assertThat(fostering.getString("presentedAt[0].meetingDate") + " item "
                + fostering.getInt("presentedAt[0].agendaItemNumber")).isEqualTo("2023-11-13 item 8");
        // W 1037: "of the 650 Children in Care".
        Map<String, Object> children = fostering.getMap("sections[2].blocks.find { it.indicator == 'CLA_COUNT' }");
        assertThat(children).containsEntry("period", "2023-03-31");
        assertThat(fostering.getString("sections[2].blocks.find { it.indicator == 'CLA_COUNT' }.cited.display"))
                .isEqualTo("650");
        assertThat(fostering.getBoolean("sections[2].blocks.find { it.indicator == 'CLA_COUNT' }.cited.withheld"))
                .isFalse();

        JsonPath youngPeople = Contract.anonymous().get("/api/v1/reports/" + one("select " + report(YOUNG_PEOPLE)))
                .then().statusCode(200).extract().jsonPath();
        assertThat(youngPeople.getList("sections[0].blocks[0].asks.ask")).containsExactlyElementsOf(
                rows("select ask from you_said where authority_code = 'E08000030' order by position"));

        JsonPath dudley = Contract.anonymous().get("/api/v1/reports/" + one("select " + report(DUDLEY_YEAR)))
                .then().statusCode(200).extract().jsonPath();
        assertThat(dudley.getString("status")).isEqualTo("published");
        assertThat(dudley.getList("presentedAt")).isEmpty();

        // W 1125: the Mockingbird constellations are in the fostering report's words only.
        assertThat(Contract.anonymous().queryParam("q", "Mockingbird constellations").get("/api/v1/reports")
                .then().statusCode(200).extract().jsonPath().getList("items.title", String.class)).contains(FOSTERING);
    }

    /**
     * Flyway runs the script again whenever it changes: a second run changes nothing; a report an officer changed is
     * kept; one still as the script loaded it takes the script's content again, with its version 1. In a transaction
     * rolled back, so the shared demo rows stay as they are.
     */
    @Test
    void shouldChangeNothingWhenRunAgainAndKeepWhatAnOfficerChanged() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                String fingerprint = "select md5(string_agg(t::text, '|' order by t.id)) from (select r.*,"
                        + " (select string_agg(v::text, '|') from report_version v where v.report_id = r.id) versions,"
                        + " (select string_agg(p::text, '|') from agenda_paper p where p.report_id = r.id) papers"
                        + " from report r where r.created_by = 'demo data') t";
                String before = first(statement, fingerprint);
                statement.execute(DemoScripts.withDemoOn(SCRIPT));
                assertThat(first(statement, fingerprint)).isEqualTo(before);

                statement.execute("update report set sections = '[]', updated_by = 'officer' where id = "
                        + report(FOSTERING));
                statement.execute("update report set sections = '[]' where id = " + report(ADOPTION));
                statement.execute("update report_version set content = '{}' where report_id = " + report(ADOPTION));
                statement.execute(DemoScripts.withDemoOn(SCRIPT));
                assertThat(first(statement, "select jsonb_array_length(sections) || ' ' || updated_by from report"
                        + " where id = " + report(FOSTERING))).isEqualTo("0 officer");
                assertThat(first(statement, "select jsonb_array_length(r.sections) || ' ' || (v.content->'sections'"
                        + " = r.sections) from report r join report_version v on v.report_id = r.id where r.id = "
                        + report(ADOPTION))).isEqualTo("42 true");
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static String first(Statement statement, String query) throws SQLException {
        List<String> found = new ArrayList<>();
        try (ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                found.add(result.getString(1));
            }
        }
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
