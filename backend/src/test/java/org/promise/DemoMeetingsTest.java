package org.promise;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.promise.common.sql.PlainSql;
import org.promise.support.DemoScripts;
import org.promise.support.FirstColumn;

/**
 * The board's business as the demo data loads it (db/demo/R__demo_data_meetings.sql, docs/board-business-seed.md),
 * row by row against the packs' words: Walsall's agenda pack of 13 November 2023 (membership, agenda, minutes of
 * 4 September 2023, work programme) and Dudley's municipal year report 2023/24. Read with plain SQL, so that it holds
 * whatever the API makes of the rows; the slips the meeting checks flag are asserted as printed.
 */
@QuarkusTest
class DemoMeetingsTest {

    private static final String WALSALL = "E08000030";
    private static final String DUDLEY = "E08000027";

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

    private static String meetingOf(String authority, String date) {
        return "(select m.id from meeting m join board b on b.id = m.board_id where b.authority_code = '" + authority
                + "' and b.name = 'Corporate Parenting Board' and m.meeting_date = date '" + date + "')";
    }

    private static String itemOf(String authority, String date, int number) {
        return "(select id from agenda_item where meeting_id = " + meetingOf(authority, date) + " and number = "
                + number + ")";
    }

    @Test
    void shouldSeatWalsallsBoardAsTheAgendaListsIt() {
        assertThat(one("select name || ' quorum ' || quorum || ', vacancies ' || vacancies from board"
                + " where authority_code = '" + WALSALL + "'"))
                .isEqualTo("Corporate Parenting Board quorum 3, vacancies 1");
        assertThat(rows("select m.name || ' / ' || m.role || ' / ' || m.voting || ' / ' || coalesce(m.description, '-')"
                + " from board_member m join board b on b.id = m.board_id where b.authority_code = '" + WALSALL
                + "' order by m.position")).containsExactly(
                "Councillor S. Elson / chair / true / -",
                "Councillor T. Jukes / vice-chair / true / -",
                "Councillor A. Hicken / member / true / -",
                "Councillor N. Latham / member / true / -",
                "Councillor V. Waters / member / true / -",
                "Councillor R. Worrall / member / true / -");
        // Printed "NHS Walsall." and so on: the full stops are the list's, not the names'.
        assertThat(rows("select a.name from board_advisor a join board b on b.id = a.board_id"
                + " where b.authority_code = '" + WALSALL + "' order by a.position"))
                .containsExactly("NHS Walsall", "Head of Virtual School", "Director, Customer Engagement");
    }

    @Test
    void shouldSeatDudleysBoardAsItsReportListsItWithNoQuorumStated() {
        assertThat(one("select name || ' quorum ' || coalesce(quorum::text, 'not stated') || ', vacancies '"
                + " || vacancies from board where authority_code = '" + DUDLEY + "'"))
                .isEqualTo("Corporate Parenting Board quorum not stated, vacancies 0");
        assertThat(rows("select m.name || ' / ' || m.role || ' / ' || m.description from board_member m"
                + " join board b on b.id = m.board_id where b.authority_code = '" + DUDLEY + "' and m.voting"
                + " order by m.position")).containsExactly(
                "Cllr Ruth Buttery / chair / Lead Member",
                "Cllr Sue Ridney / vice-chair / Coseley East",
                "Cllr Cathy Bayton / member / St James Ward",
                "Cllr Hilary Bills / member / Halesowen North",
                "Cllr Luke Johnson / member / Kingswinford South",
                "Cllr Peter Lee / member / Amblecote",
                "Cllr Kerry Lewis / member / Wordsley",
                "Cllr David Stanley / member / Lower Gornal",
                "Cllr Shaun Keasey / member / Sedgley",
                "Cllr Elaine Taylor / member / Netherton, Woodside and St Andrews",
                "Cllr Mark Westwood / member / Upper Gornal and Woodsetton");
        assertThat(rows("select a.name from board_advisor a join board b on b.id = a.board_id"
                + " where b.authority_code = '" + DUDLEY + "'")).isEmpty();
    }

    @Test
    void shouldScheduleWalsallsMeetingsAsThePackDatesThem() {
        assertThat(rows("select m.meeting_date || ' ' || m.kind || ' ' || m.status || ' | ' || m.title || ' | '"
                + " || coalesce(to_char(m.start_time, 'HH24:MI'), '-') || '-' || coalesce(to_char(m.close_time,"
                + " 'HH24:MI'), '-') || ' | ' || coalesce(m.venue, '-') || ' | ' || coalesce(m.livestream_url, '-')"
                + " || ' | next ' || coalesce(m.next_meeting_date::text, '-') || ' | published '"
                + " || coalesce(m.agenda_published_on::text, '-') from meeting m join board b on b.id = m.board_id"
                + " where b.authority_code = '" + WALSALL + "' order by m.meeting_date")).containsExactly(
                "2023-07-03 committee minutes-approved | Corporate Parenting Board | --- | - | - | next - | published -",
                "2023-09-04 committee held | Corporate Parenting Board | 18:30-19:40 | Conference room 2, Walsall"
                        + " Council House | - | next - | published -",
                // The agenda's "Date of next meeting" as printed: 9 January 2023, a slip the checks flag.
                "2023-11-13 committee agenda-published | Corporate Parenting Board | 17:30-- | TLC Hub, Brineton"
                        + " Street, Pleck, Walsall, WS2 9EP | - | next 2023-01-09 | published -",
                "2024-01-09 committee scheduled | Corporate Parenting Board | --- | - | - | next - | published -",
                "2024-02-12 engagement-session scheduled | Engagement session at TLC with Young People | --- | - | -"
                        + " | next - | published -",
                "2024-04-03 committee scheduled | Corporate Parenting Board | --- | - | - | next - | published -");
        assertThat(one("select count(*) from meeting where authority_code = '" + WALSALL + "'")).isEqualTo("6");
    }

    @Test
    void shouldPublishThe13NovemberAgendaWithAllElevenItemsAsPrinted() {
        String meeting = meetingOf(WALSALL, "2023-11-13");
        assertThat(rows("select i.number || '. ' || i.title || ' | ' || coalesce(i.description, '-') || ' | '"
                + " || coalesce((select string_agg(p.title || case when p.report_id is null then '' else ' (report)'"
                + " end, '; ' order by p.position) from agenda_paper p where p.agenda_item_id = i.id), 'no paper')"
                + " || ' | ' || i.exempt from agenda_item i where i.meeting_id = " + meeting + " order by i.position"))
                .containsExactly(
                        "1. Apologies | - | no paper | false",
                        "2. Substitutions | To receive notice of any substitutions for a Member of the Committee for"
                                + " the duration of the meeting. | no paper | false",
                        "3. Minutes | To approve and sign the minutes of the meeting held on 4th September 2023]."
                                + " | Minutes | false",
                        "4. Declarations of Interest | - | no paper | false",
                        "5. Local Government (Access to Information) Act, 1985 (as amended) | To agree that the public"
                                + " be excluded from the private session during consideration of the agenda items"
                                + " indicated for the reasons shown on the agenda. | no paper | false",
                        // Items 6 to 9 enclose the reports the reports script loads (R__demo_data_reports.sql).
                        "6. Update on action plan created by Young People | - | Update on action plan created by"
                                + " Young People (report) | false",
                        "7. Corporate Parenting Board Strategy and Action Plan | - | Corporate Parenting Board Strategy"
                                + " and Action Plan (report) | false",
                        "8. Fostering Service Annual report 2022-2023 | - | Fostering Service Annual report 2022-2023"
                                + " (report) | false",
                        "9. Adoption Service Report 2022- 2023 | - | Adoption Service Report 2022- 2023 (report)"
                                + " | false",
                        "10. Work Programme | - | Work Programme | false",
                        "11. Date of next meeting | The date of the next meeting will be 9 January 2023. | no paper"
                                + " | false");
    }

    @Test
    void shouldLinkTheItemsThatConsideredThePlanAndTheDentalChecks() {
        // Item 7 considered the 2023-24 action plan: every one of its items, and nothing else.
        assertThat(rows("select p.start_year || ' ' || a.letter from agenda_item_action_item l"
                + " join action_item a on a.id = l.action_item_id join action_plan p on p.id = a.plan_id"
                + " where l.agenda_item_id = " + itemOf(WALSALL, "2023-11-13", 7) + " order by a.position"))
                .containsExactly("2023 a", "2023 b", "2023 c", "2023 d", "2023 e", "2023 f", "2023 g", "2023 h",
                        "2023 i", "2023 j", "2023 k", "2023 l", "2023 m", "2023 n", "2023 o", "2023 p", "2023 q",
                        "2023 r");
        assertThat(one("select count(*) from agenda_item_action_item where agenda_item_id <> "
                + itemOf(WALSALL, "2023-11-13", 7) + " and agenda_item_id in (select i.id from agenda_item i"
                + " join meeting m on m.id = i.meeting_id where m.authority_code in ('" + WALSALL + "', '" + DUDLEY
                + "'))")).isEqualTo("0");
        assertThat(one("select count(*) from agenda_item_indicator where agenda_item_id = "
                + itemOf(WALSALL, "2023-11-13", 6))).isEqualTo("0");
        // The 4 September 2023 performance report's minute discusses the dental checks.
        assertThat(rows("select l.indicator_code || ' ' || i.number from agenda_item_indicator l"
                + " join agenda_item i on i.id = l.agenda_item_id join meeting m on m.id = i.meeting_id"
                + " where m.authority_code in ('" + WALSALL + "', '" + DUDLEY + "')"))
                .containsExactly("HLTH_DENTAL 11");
    }

    @Test
    void shouldRecordWhoAttendedOn4SeptemberWithTheSubstitution() {
        assertThat(rows("select a.name || ' / ' || a.capacity || ' / ' || a.presence || ' / '"
                + " || coalesce(a.substitute_for, '-') || ' / ' || coalesce(a.role_title, '-') || ' / ' || a.voting"
                + " || ' / ' || coalesce(b.name, 'not on the board') from attendance a"
                + " left join board_member b on b.id = a.board_member_id where a.meeting_id = "
                + meetingOf(WALSALL, "2023-09-04") + " order by a.position")).containsExactly(
                "Councillor S. Elson / member / present / - / - / true / Councillor S. Elson",
                "Councillor T. Jukes / member / present / - / - / true / Councillor T. Jukes",
                "Councillor A. Hicken / member / present / - / - / true / Councillor A. Hicken",
                "Councillor A. Nawaz / substitute / present / Councillor N. Latham / - / true / not on the board",
                "Councillor R. Worrall / member / present / - / - / true / Councillor R. Worrall",
                "Councillor N. Latham / member / apologies / - / - / true / Councillor N. Latham",
                "Rita Holmer / officer / present / - / Interim Director, Children's Social Work / false"
                        + " / not on the board",
                "Colleen Male / officer / present / - / Interim Executive Director, Children's Services / false"
                        + " / not on the board",
                "Zoe Morgan / officer / present / - / Head of Service / false / not on the board",
                "Catherine Masterson / officer / present / - / Designated Children in Care Nurse - Black Country ICB"
                        + " / false / not on the board",
                "Jivan Sembi / officer / present / - / Head of Service / false / not on the board",
                "Lorraine Thompson / officer / present / - / Head of Virtual School / false / not on the board");
        // Five voting members present against a quorum of 3.
        assertThat(one("select count(*) from attendance where presence = 'present' and voting and meeting_id = "
                + meetingOf(WALSALL, "2023-09-04"))).isEqualTo("5");
    }

    @Test
    void shouldKeepThe4SeptemberMinutesItemByItemAsPrinted() {
        String meeting = meetingOf(WALSALL, "2023-09-04");
        assertThat(rows("select i.number || '. ' || i.title || ' | ' || v.version_no || ' ' || left(v.text, 60)"
                + " from agenda_item i left join minute_version v on v.agenda_item_id = i.id where i.meeting_id = "
                + meeting + " order by i.position")).containsExactly(
                "6. Apologies | 1 Apologies were received on behalf of Councillor Latham.",
                "7. Substitutions | 1 Councillor A. Nawaz substituted for Councillor Latham for th",
                "8. Minutes | 1 A copy of the minutes of the meeting held on 3 July 2023, we",
                "9. Future Governance of Corporate Parenting Board | 1 The Head of Service presented the report and"
                        + " highlighted the",
                "10. Placement Sufficiency Strategy and action plan | 1 The Head of Service presented the report and"
                        + " highlighted the",
                "11. Quarterly Performance Report | 1 The Interim Executive Director presented the report (annexed",
                "12. Work Programme 2023/24 | 1 Councillor Jukes provided feedback on her visit to Hilton Ro");
        String performance = one("select text from minute_version where agenda_item_id = "
                + itemOf(WALSALL, "2023-09-04", 11));
        // "quarter 1 performance ... for 2022/23" in a September 2023 minute, as printed.
        assertThat(performance).contains("The key quarter 1 performance for Children's Services for 2022/23")
                .contains("a dental pathway had been put in place")
                .endsWith("it would be shared with the Board (via e-mail).")
                .contains("\n\nA Member questioned the percentage of children in care who had received a dental check");
        assertThat(one("select text from minute_version where agenda_item_id = " + itemOf(WALSALL, "2023-09-04", 12)))
                .endsWith("would start at the earlier time of 5.30pm to accommodate young people.");
        assertThat(one("select count(*) from minute_version v join agenda_item i on i.id = v.agenda_item_id"
                + " join meeting m on m.id = i.meeting_id where m.authority_code in ('" + WALSALL + "', '" + DUDLEY
                + "')")).isEqualTo("7");
    }

    @Test
    void shouldNumberThe4SeptemberResolutionsAsPrintedWithTheVoteOnlyWherePrinted() {
        assertThat(rows("select i.number || '.' || coalesce(r.number::text, '-') || ' ' || r.kind || ' ' || r.vote"
                + " || ' | ' || r.text from resolution r join agenda_item i on i.id = r.agenda_item_id"
                + " where i.meeting_id = " + meetingOf(WALSALL, "2023-09-04") + " order by i.number, r.number"))
                .containsExactly(
                        "8.- approve-minutes unanimous | That the minutes of the meeting held on 3 September 2023,"
                                + " copies having previously been circulated to each member of the Board, be approved"
                                + " and signed by the Chairman as a correct record.",
                        "9.1 decision not-recorded | That the Corporate Parenting Board remains a committee meeting."
                                + " Reports, minutes, and the meeting will remain in public and/or private depending on"
                                + " the sensitivities and/or participants for each meeting.",
                        "9.2 decision not-recorded | That the arrangements for engaging with young people are reviewed"
                                + " by the Corporate Parenting Board in 12 months time.",
                        "10.1 note-report not-recorded | That the Placement Sufficiency Strategy and action plan be"
                                + " noted.",
                        "10.2 decision not-recorded | That the Placement Sufficiency Strategy be reviewed in 6 months.",
                        "11.1 note-report not-recorded | The Corporate Parenting Board note the report.",
                        "11.2 decision not-recorded | The number of care leavers at university will be shared with"
                                + " Board Members once available.",
                        "12.- change-work-programme not-recorded | The following changes were made to the work"
                                + " programme:\n\n- The Virtual School Annual report would be moved to April.\n- The"
                                + " Corporate Parenting Strategy would be considered at the next meeting.");
        // The resolution names 3 September 2023 as printed and approves the meeting whose minutes were submitted.
        assertThat(one("select r.approves_minutes_of || ' approves ' || m.meeting_date || ' ' || m.status"
                + " from resolution r join meeting m on m.id = r.approves_meeting_id where r.agenda_item_id = "
                + itemOf(WALSALL, "2023-09-04", 8))).isEqualTo("2023-09-03 approves 2023-07-03 minutes-approved");
    }

    @Test
    void shouldRaiseTheActionOnCareLeaversAtUniversityFromItsResolution() {
        assertThat(rows("select a.authority_code || ' | ' || a.description || ' | ' || a.owner || ' | '"
                + " || coalesce(a.due_date::text, 'no date') || ' | ' || a.status || ' | '"
                + " || coalesce(a.evidence, '-') || ' | ' || i.number || '.' || r.number from action_arising a"
                + " join resolution r on r.id = a.resolution_id join agenda_item i on i.id = r.agenda_item_id"
                + " where a.authority_code in ('" + WALSALL + "', '" + DUDLEY + "')")).containsExactly(
                WALSALL + " | The number of care leavers at university will be shared with Board Members once"
                        + " available. | Head of Virtual School | no date | open | - | 11.2");
    }

    @Test
    void shouldPlaceWalsallsWorkProgrammeAtItsMeetingsWithTheMovesOf4September() {
        assertThat(rows("select w.position || ' ' || coalesce(m.meeting_date::text, 'unscheduled') || ' ' || w.status"
                + " || ' ' || coalesce(w.report_type, '-') || ' | ' || w.title from work_programme_item w"
                + " left join meeting m on m.id = w.meeting_id where w.authority_code = '" + WALSALL
                + "' and w.start_year = 2023 order by w.position")).containsExactly(
                "1 2023-09-04 considered sufficiency | Placement sufficiency strategy",
                "2 2023-09-04 considered quarterly-performance | Quarterly performance report",
                "3 2023-09-04 considered - | Future Governance of Corporate Parenting Board",
                "4 2023-11-13 planned annual-adoption | Annual adoption report",
                "5 2023-11-13 planned annual-fostering | Annual Fostering service report",
                "6 2023-11-13 planned - | Update on Action Plan of actions identified by Young People",
                "7 2023-11-13 planned strategy | CPB strategy and action plan",
                "8 2024-01-09 planned iro | Independent Reviewing Officer (IRO) Annual Report",
                "9 2024-01-09 planned - | CAMHs Report",
                "10 2024-01-09 planned health | Health Annual Report",
                "11 2024-01-09 planned - | Independent Visitor Annual Report",
                "12 2024-01-09 planned quarterly-performance | Quarterly performance report",
                "13 2024-02-12 planned - | Care leavers",
                "14 2024-02-12 planned - | Housing options for care leavers",
                "15 2024-02-12 planned - | Local Offer",
                "16 2024-02-12 planned - | Leisure and Housing WHG",
                "17 2024-02-12 planned - | Website and ease of access",
                "18 2024-04-03 planned - | CPB annual report",
                "19 2024-04-03 planned quarterly-performance | Quarterly Performance Report",
                "20 2024-04-03 planned virtual-school | Virtual school annual report",
                "21 2024-04-03 planned sufficiency | Placement Sufficiency Strategy");
        // Item 9's and item 10's reviews add nothing (decision 32): no item was added by a resolution.
        assertThat(one("select count(*) from work_programme_item where added_by_resolution_id is not null"
                + " and authority_code in ('" + WALSALL + "', '" + DUDLEY + "')")).isEqualTo("0");
        assertThat(rows("select w.title || ': ' || coalesce(f.meeting_date::text, 'unplaced') || ' -> '"
                + " || t.meeting_date || ' | ' || v.reason || ' | by ' || i.number || '.' || coalesce(r.number::text,"
                + " '-') || ' of ' || im.meeting_date || ' | at ' || to_char(v.moved_at at time zone 'Europe/London',"
                + " 'YYYY-MM-DD HH24:MI') from work_programme_move v join work_programme_item w on w.id = v.item_id"
                + " left join meeting f on f.id = v.from_meeting_id join meeting t on t.id = v.to_meeting_id"
                + " join resolution r on r.id = v.resolution_id join agenda_item i on i.id = r.agenda_item_id"
                + " join meeting im on im.id = i.meeting_id where w.authority_code = '" + WALSALL
                + "' order by w.position")).containsExactly(
                "CPB strategy and action plan: unplaced -> 2023-11-13 | The Corporate Parenting Strategy would be"
                        + " considered at the next meeting. | by 12.- of 2023-09-04 | at 2023-09-04 18:30",
                "Virtual school annual report: unplaced -> 2024-04-03 | The Virtual School Annual report would be moved"
                        + " to April. | by 12.- of 2023-09-04 | at 2023-09-04 18:30");
        // Read as the API reads them (by time, then id): in the order the minutes print them.
        assertThat(rows("select w.title from work_programme_move v join work_programme_item w on w.id = v.item_id"
                + " where w.authority_code = '" + WALSALL + "' order by v.moved_at, v.id"))
                .containsExactly("Virtual school annual report", "CPB strategy and action plan");
    }

    @Test
    void shouldGiveDudleyTheMeetingsItsReportNamesAndWhatTheyConsidered() {
        assertThat(rows("select m.meeting_date || ' ' || m.kind || ' ' || m.status || ' | ' || coalesce(string_agg("
                + " i.number || '. ' || i.title || coalesce(' [' || (select string_agg(p.title, '; ') from"
                + " agenda_paper p where p.agenda_item_id = i.id) || ']', ''), '; ' order by i.number), '-')"
                + " from meeting m join board b on b.id = m.board_id left join agenda_item i on i.meeting_id = m.id"
                + " where b.authority_code = '" + DUDLEY + "' group by m.id order by m.meeting_date"))
                .containsExactly(
                        "2023-10-05 committee held | 1. Children's Leisure membership",
                        "2023-12-07 committee held | 1. Proposals to increase as well as manage children's savings;"
                                + " 2. Fostering Annual Report 2023/24 [Fostering Annual Report 2023/24]",
                        "2024-04-18 committee scheduled | 1. Permanency report [Permanency report]");
        assertThat(one("select count(*) from meeting m where m.authority_code = '" + DUDLEY + "' and (m.start_time"
                + " is not null or m.venue is not null or m.next_meeting_date is not null)")).isEqualTo("0");
    }

    @Test
    void shouldGiveDudleyItsProgrammeFor2024To25UnscheduledWithTheProposedInclusions() {
        assertThat(rows("select w.position || ' ' || w.status || ' ' || coalesce(w.report_type, '-') || ' '"
                + " || coalesce(w.meeting_id::text, 'unscheduled') || ' | ' || w.title from work_programme_item w"
                + " where w.authority_code = '" + DUDLEY + "' order by w.start_year, w.position")).containsExactly(
                "1 planned virtual-school unscheduled | Dudley Virtual School Annual report",
                "2 planned annual-fostering unscheduled | Fostering and Permanency Service Annual Report",
                "3 planned annual-adoption unscheduled | Annual report from Adoption@Heart, our Regional Adoption"
                        + " Agency",
                "4 planned iro unscheduled | Annual report from Independent Reviewing Officers",
                "5 planned - unscheduled | Report on the outcomes of the Ofsted Inspections and the Regulation"
                        + " Independent Visitor inspections in respect of the Children Home (England) regulations 2015",
                "6 planned health unscheduled | Annual Health Report for children and young people in care",
                "7 planned - unscheduled | Annual update from our Children in Care service",
                "8 planned - unscheduled | Annual update from our Care Experienced service",
                "9 proposed strategy unscheduled | Review of the Corporate Parenting Strategy",
                "10 proposed - unscheduled | Delivery of Total Respect Training for the new members of Corporate"
                        + " Parenting Board",
                "11 proposed - unscheduled | Opportunity to consider next steps for inclusion of young people with the"
                        + " Corporate Parenting Board");
        assertThat(rows("select distinct start_year::text from work_programme_item where authority_code = '"
                + DUDLEY + "'")).containsExactly("2024");
    }

    /** Flyway runs the scripts again whenever they change: a second and third run must find every row in place. */
    @Test
    void shouldChangeNothingWhenTheScriptsRunAgain() throws Exception {
        String before = fingerprint();
        runDemoScript("R__demo_data_meetings.sql");
        runDemoScript("R__demo_data_strategy_and_plans.sql");
        runDemoScript("R__demo_data_meetings.sql");
        assertThat(fingerprint()).isEqualTo(before);
    }

    /** Every row of the seeded authorities' board business, ids and stamps included. */
    private String fingerprint() {
        String seeded = "('" + WALSALL + "', '" + DUDLEY + "')";
        String meetings = "(select id from meeting where authority_code in " + seeded + ")";
        String items = "(select id from agenda_item where meeting_id in " + meetings + ")";
        String boards = "(select id from board where authority_code in " + seeded + ")";
        return String.join("\n", rows("select 'board ' || md5(string_agg(t::text, '|' order by t.id)) from board t"
                + " where t.id in " + boards
                + " union all select 'member ' || md5(string_agg(t::text, '|' order by t.id)) from board_member t"
                + " where t.board_id in " + boards
                + " union all select 'advisor ' || md5(string_agg(t::text, '|' order by t.id)) from board_advisor t"
                + " where t.board_id in " + boards
                + " union all select 'meeting ' || md5(string_agg(t::text, '|' order by t.id)) from meeting t"
                + " where t.id in " + meetings
                + " union all select 'item ' || md5(string_agg(t::text, '|' order by t.id)) from agenda_item t"
                + " where t.id in " + items
                + " union all select 'paper ' || md5(string_agg(t::text, '|' order by t.id)) from agenda_paper t"
                + " where t.agenda_item_id in " + items
                + " union all select 'indicator ' || count(*) from agenda_item_indicator t"
                + " where t.agenda_item_id in " + items
                + " union all select 'action item ' || count(*) from agenda_item_action_item t"
                + " where t.agenda_item_id in " + items
                + " union all select 'attendance ' || md5(string_agg(t::text, '|' order by t.id)) from attendance t"
                + " where t.meeting_id in " + meetings
                + " union all select 'minute ' || md5(string_agg(t::text, '|' order by t.id)) from minute_version t"
                + " where t.agenda_item_id in " + items
                + " union all select 'resolution ' || md5(string_agg(t::text, '|' order by t.id)) from resolution t"
                + " where t.agenda_item_id in " + items
                + " union all select 'action ' || md5(string_agg(t::text, '|' order by t.id)) from action_arising t"
                + " where t.authority_code in " + seeded
                + " union all select 'programme ' || md5(string_agg(t::text, '|' order by t.id))"
                + " from work_programme_item t where t.authority_code in " + seeded
                + " union all select 'move ' || md5(string_agg(t::text, '|' order by t.id)) from work_programme_move t"
                + " where t.item_id in (select id from work_programme_item where authority_code in " + seeded + ")"));
    }

    private void runDemoScript(String name) throws java.sql.SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(DemoScripts.withDemoOn(name));
        }
    }
}
