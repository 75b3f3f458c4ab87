package org.promise.contract;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.promise.support.BoardBusiness;
import org.promise.support.Contract;
import org.promise.support.ContractOperations;
import org.promise.support.ContractOperations.Operation;
import org.promise.support.ContractOperations.Parameter;
import org.promise.support.Figures;
import org.promise.support.ScratchAuthority;
import org.promise.support.Tokens;

/**
 * What the access matrix runs against, in authorities of its own. For reads, each of two authorities (both
 * publishing their scorecards, as Walsall and Dudley do) holds one of each sensitive kind in {@link #YEAR}: a public
 * and an exempt report, a provisional value, an internal-only indicator's value and target, counts of 1 to 5, and a
 * total with its parts. Each figure is a number found nowhere else, so that a body can be searched for it. Writes go
 * to a third authority's data (figures in 2005-06, a year that has ended; plans in 2085), and the "other" callers of
 * writes belong to a fourth. Items the contract's examples name (Walsall's strategy and plans) are read where they
 * are. The authority is a member of a regional adoption agency of the fixture's own, which holds a provisional value
 * (rows whose data is "agency" name it), and the write authority of another, whose figures the "agency" write rows
 * change. Each authority has a board with two meetings in {@link #YEAR}: one with a public and an exempt agenda item
 * (the exempt one's description and paper, and the declaration on it, name the exempt report; the public one's paper
 * links to the exempt report, whose title only insiders may read there), and one with a public item only. Each also has
 * the board's record: a meeting whose minutes are approved, with a public and an exempt agenda item each carrying a
 * minute, a resolution and an action, and a later meeting, not yet approved, whose draft resolution approved them;
 * the write authority has a meeting to record minutes and resolutions at. The authority has a draft and a frozen
 * performance pack of {@link #YEAR}, the write authority a draft of 2005-06 to comment on and freeze.
 */
final class MatrixFixture {

    static final String YEAR = "1996-97";
    static final String TIDY_YEAR = "199697";
    static final String WRITE_YEAR = "2005-06";
    static final String INTERNAL = "FOST_WITHDRAWN";
    static final String INTERNAL_NAME = "Fostering assessments withdrawn";
    static final String PROVISIONAL = "HLTH_ASSESS";
    static final String SMALL = "LEAVE_SGO";
    static final String PUBLISHED = "LEAVE_REUNIF";
    static final String WRITE_INDICATOR = "MATRIX_WRITE";
    static final String AGENCY_INDICATOR = "ADOPT_PLACED";
    /** What each authority holds in {@link #YEAR}, as the scorecard's period list counts it. */
    static final int PUBLISHED_VALUES = 6;
    static final int PUBLISHED_TARGETS = 1;
    private static final String ADMIN = Tokens.admin();

    /** Bodies the contract gives no example of, where one built from the schema would not be valid. */
    private static final Map<String, String> BODIES = Map.of(
            "putIndicatorValue", "{\"value\":50,\"status\":\"final\"}",
            "putTarget", "{\"value\":60}");

    /** One authority's sensitive items and the text by which each would show. */
    record Authority(String code, String name, long publicReport, long exemptReport, String exemptTitle,
            long draftReport, String draftTitle, String provisional, List<String> internal, Set<String> withheld, String explainedCheck, long board,
            long exemptMeeting, long publicMeeting, String exemptItemTitle, BoardRecord record, long actionItem) {
    }

    /**
     * One authority's board record, and the text of it only its insiders may read: the minute, resolution and action
     * of the exempt item, and everything of the meeting whose minutes are not approved yet.
     */
    record BoardRecord(long approvedMeeting, long draftMeeting, long publicItem, long exemptItem, long publicAction,
            long exemptAction, long draftAction, long programmeItem, List<String> insiderOnly) {
    }

    final Authority authority;
    final Authority other;
    /** The authority's adoption agency, seen as its members are: its code and the provisional value it holds. */
    final String agency;
    final String agencyProvisional = "87651";
    final String writeAuthority;
    /** The authority's performance packs in {@link #YEAR}: a draft, and one frozen. */
    private final long draftPack;
    private final long frozenPack;
    final String writeAgency;
    final String writeOther;
    private final String writeAuthorityName;
    /** Each indicator's unit, by code: a count from 1 to 5 is small wherever it shows. */
    final Map<String, String> units;
    private final long writeReport;
    private final long writePack;
    private final long writePublishedReport;
    private final long writePresentedReport;
    private final long writePlan;
    private final long writeItem;
    private final long writeQuestion;
    private final long writeYouSaid;
    private final String writeCheck;
    private final long writeBoard;
    private final long writeMeeting;
    private final long writeAgendaItem;
    private final long writeMinutesItem;
    private final long writeAction;
    private final long writeProgrammeItem;
    private final List<Long> writeRecordMeetings;

    MatrixFixture() {
        units = Contract.as(ADMIN).get("/api/v1/indicators").jsonPath()
                .getMap("items.collectEntries { [it.code, it.unit] }");
        // Each agency is made before its member's first request, which learns (and keeps) the agencies it is in.
        ScratchAuthority member = ScratchAuthority.create(AccessMatrixTest.class).publishingItsScorecard();
        ScratchAuthority memberAgency = ScratchAuthority.agency(AccessMatrixTest.class, member);
        agency = memberAgency.code();
        Figures.put(memberAgency.officer(), AGENCY_INDICATOR, agency, YEAR, Integer.parseInt(agencyProvisional), null,
                null, "provisional");
        authority = authority(member, 1);
        draftPack = create("/api/v1/performance-packs", pack(authority.code(), YEAR));
        frozenPack = create("/api/v1/performance-packs", pack(authority.code(), YEAR));
        String frozenUrl = "/api/v1/performance-packs/" + frozenPack;
        Contract.as(ADMIN).header("If-Match", Contract.as(ADMIN).get(frozenUrl).header("ETag"))
                .contentType("application/json").body(Map.of()).post(frozenUrl + "/freeze").then().statusCode(200);
        other = authority(ScratchAuthority.create(AccessMatrixTest.class).publishingItsScorecard(), 2);
        ScratchAuthority writes = ScratchAuthority.create(AccessMatrixTest.class);
        writeAgency = ScratchAuthority.agency(AccessMatrixTest.class, writes).code();
        writeAuthority = writes.code();
        writeAuthorityName = writes.name();
        writeOther = ScratchAuthority.create(AccessMatrixTest.class).code();
        writeReport = create("/api/v1/reports", report(writeAuthority, "Matrix report to write", false));
        writePack = create("/api/v1/performance-packs", pack(writeAuthority, WRITE_YEAR));
        writePlan = planOf(writeAuthority, 2085);
        writeItem = create("/api/v1/action-plans/" + writePlan + "/items", Map.of("priority",
                "education-and-employment", "what", "Matrix item to write", "how", List.of("By hand"),
                "measures", List.of("Done"), "owner", "Head of Service", "dueDate", "2085-12-31"));
        writeQuestion = create("/api/v1/action-items/" + writeItem + "/questions", Map.of("text", "Matrix?"));
        writeYouSaid = create("/api/v1/you-said-we-did", Map.of("authority", writeAuthority,
                "ask", "Matrix ask", "forum", "Children in Care Council", "askedIn", "2085-05"));
        Figures.put(ADMIN, "LEAVE_TOTAL", writeAuthority, WRITE_YEAR, 9066, null, null, "final");
        writeCheck = otherReportOfTheTotal(writeAuthority, WRITE_YEAR);
        String indicator = ContractOperations.all().stream()
                .filter(operation -> operation.id().equals("createIndicator")).findFirst().orElseThrow()
                .bodies().get(0).example().replace("CL_EET_1921", WRITE_INDICATOR);
        Contract.as(ADMIN).contentType("application/json").body(indicator).post("/api/v1/indicators")
                .then().statusCode(201);
        writeBoard = writes.board();
        writeMeeting = meeting(writeBoard, "2085-06-01");
        writeAgendaItem = agendaItem(writeMeeting, "Matrix item to write", false, null, null);
        String writeOfficer = Tokens.officer(writeAuthority);
        long recordBoard = BoardBusiness.board(writeAuthority);
        long approved = BoardBusiness.meeting(writeAuthority, recordBoard, LocalDate.of(2005, 1, 10), "held");
        writeAction = resolution(writeOfficer, BoardBusiness.item(approved, 1, "Matrix item with an action"),
                "Matrix resolution to write", "Matrix action to write", null);
        long recordMeeting = BoardBusiness.meeting(writeAuthority, recordBoard, LocalDate.of(2005, 2, 7), "held");
        resolution(writeOfficer, BoardBusiness.item(recordMeeting, 1, "Minutes"), "Approved", null, approved);
        writeMinutesItem = BoardBusiness.item(recordMeeting, 2, "Matrix item to minute");
        writeRecordMeetings = List.of(approved, recordMeeting);
        writeProgrammeItem = create("/api/v1/work-programme/items", Map.of("authority", writeAuthority,
                "startYear", 2004, "title", "Matrix programme item to write", "status", "planned"));
        writePublishedReport = published(report(writeAuthority, "Matrix report to version", false));
        Map<String, Object> presented = report(writeAuthority, "Matrix report to decide on", false);
        presented.put("recommendations", List.of("That the report be noted"));
        writePresentedReport = published(presented);
        BoardBusiness.paper(BoardBusiness.item(BoardBusiness.meeting(writeAuthority, recordBoard,
                LocalDate.of(2005, 3, 7), "held"), 1, "Matrix item presenting a report"), writePresentedReport,
                "Matrix report to decide on");
    }

    private static Authority authority(ScratchAuthority area, int n) {
        String code = area.code();
        String name = area.name();
        String officer = Tokens.officer(code);
        long publicReport = published(report(code, "Matrix public report of " + name, false));
        String exemptTitle = "Matrix exempt report of " + name;
        long exemptReport = published(report(code, exemptTitle, true));
        String draftTitle = "Matrix draft report of " + name;
        long draftReport = create("/api/v1/reports", report(code, draftTitle, false));
        BigDecimal provisional = new BigDecimal("87.654" + n);
        Figures.put(officer, PROVISIONAL, code, YEAR, provisional, null, null, "provisional");
        int internalValue = 43200 + n;
        int internalTarget = 44400 + n;
        String internalBasis = "Matrix internal basis of " + name;
        Figures.put(officer, INTERNAL, code, YEAR, internalValue, null, null, "final");
        target(officer, INTERNAL, code, Map.of("value", internalTarget, "basis", internalBasis));
        target(officer, PUBLISHED, code, Map.of("value", 9000 + n, "basis", "Matrix published target"));
        // 9066 left care: 9036 went home, 3 (or 4) by special guardianship, 15 adopted, the rest otherwise. The small
        // count is withheld, and so the smallest other part (the rest) and the small count's rate.
        int small = 2 + n;
        int total = 9066;
        Figures.put(officer, "LEAVE_TOTAL", code, YEAR, total, null, null, "final");
        Figures.put(officer, PUBLISHED, code, YEAR, 9036, null, null, "final");
        Figures.put(officer, SMALL, code, YEAR, small, null, null, "final");
        Figures.put(officer, "LEAVE_ADOPT", code, YEAR, 15, null, null, "final");
        Figures.put(officer, "LEAVE_OTHER", code, YEAR, total - 9036 - small - 15, null, null, "final");
        Figures.put(officer, "LEAVE_SGO_PCT", code, YEAR, new BigDecimal("0.0" + (330 + 11 * n)), small, total,
                "final");
        String check = otherReportOfTheTotal(code, YEAR);
        Contract.as(ADMIN).contentType("application/json").body(Map.of("reason", "Matrix explanation of " + name))
                .put("/api/v1/data-checks/" + code + "/" + check + "/explanation").then().statusCode(201);
        long board = area.board();
        long exemptMeeting = meeting(board, "1996-06-03");
        agendaItem(exemptMeeting, "Matrix public item of " + name, false, null, exemptReport);
        String exemptItemTitle = "Matrix exempt item of " + name;
        long exemptItem = agendaItem(exemptMeeting, exemptItemTitle, true, exemptTitle, exemptReport);
        create("/api/v1/meetings/" + exemptMeeting + "/declarations", Map.of("agendaItem", exemptItem,
                "memberName", "Councillor Chair", "kind", "non-registerable", "interest", "Wrote " + exemptTitle));
        long publicMeeting = meeting(board, "1996-09-02");
        agendaItem(publicMeeting, "Matrix public item of " + name, false, null, publicReport);
        return new Authority(code, name, publicReport, exemptReport, exemptTitle, draftReport, draftTitle,
                provisional.toPlainString(),
                List.of(String.valueOf(internalValue), String.valueOf(internalTarget), internalBasis),
                Set.of(SMALL, "LEAVE_OTHER", "LEAVE_SGO_PCT"), check, board, exemptMeeting, publicMeeting,
                exemptItemTitle, boardRecord(code, name), create("/api/v1/action-plans/" + planOf(code, 2001)
                        + "/items", Map.of("priority", "education-and-employment", "what", "Matrix item of " + name,
                        "how", List.of("By hand"), "measures", List.of("Done"), "owner", "Head of Service",
                        "dueDate", "2002-03-31")));
    }

    private static BoardRecord boardRecord(String code, String name) {
        String officer = Tokens.officer(code);
        long board = BoardBusiness.board(code);
        long approved = BoardBusiness.meeting(code, board, LocalDate.of(2001, 1, 15), "held");
        long publicItem = BoardBusiness.item(approved, 1, "Matrix record public item of " + name);
        long exemptItem = BoardBusiness.item(approved, 2, "Matrix record exempt item of " + name, true, 1);
        minute(officer, publicItem, "Matrix public minute of " + name);
        minute(officer, exemptItem, "Matrix exempt minute of " + name);
        long publicAction = resolution(officer, publicItem, "Matrix public resolution of " + name,
                "Matrix public action of " + name, null);
        long exemptAction = resolution(officer, exemptItem, "Matrix exempt resolution of " + name,
                "Matrix exempt action of " + name, null);
        long draft = BoardBusiness.meeting(code, board, LocalDate.of(2001, 2, 12), "held");
        long draftItem = BoardBusiness.item(draft, 1, "Matrix minutes item of " + name);
        minute(officer, draftItem, "Matrix draft minute of " + name);
        long draftAction = resolution(officer, draftItem, "Matrix draft resolution of " + name,
                "Matrix draft action of " + name, approved);
        long programmeItem = create("/api/v1/work-programme/items", Map.of("authority", code, "startYear", 2000,
                "title", "Matrix programme item of " + name, "status", "planned", "meeting", approved));
        return new BoardRecord(approved, draft, publicItem, exemptItem, publicAction, exemptAction, draftAction,
                programmeItem, List.of("Matrix exempt minute of " + name, "Matrix exempt resolution of " + name,
                        "Matrix exempt action of " + name, "Matrix draft minute of " + name,
                        "Matrix draft resolution of " + name, "Matrix draft action of " + name));
    }

    private static void minute(String officer, long agendaItem, String text) {
        Contract.as(officer).contentType("application/json").body(Map.of("text", text))
                .put("/api/v1/agenda-items/" + agendaItem + "/minutes").then().statusCode(200);
    }

    /** A resolution with the action, if any (its id, or 0), approving the meeting's minutes if one is given. */
    private static long resolution(String officer, long agendaItem, String text, String action, Long approves) {
        Map<String, Object> body = new HashMap<>(Map.of("text", text, "vote", "unanimous",
                "kind", approves == null ? "decision" : "approve-minutes",
                "actions", action == null ? List.of() : List.of(Map.of("description", action))));
        if (approves != null) {
            body.put("approvesMeeting", approves);
        }
        List<Long> actions = Contract.as(officer).contentType("application/json").body(body)
                .post("/api/v1/agenda-items/" + agendaItem + "/resolutions").then().statusCode(201)
                .extract().jsonPath().getList("actions.id", Long.class);
        return actions.isEmpty() ? 0 : actions.get(0);
    }

    private static long meeting(long board, String date) {
        return create("/api/v1/meetings", Map.of("board", board, "kind", "committee", "title", "Matrix meeting",
                "date", date, "startTime", "18:00", "status", "held"));
    }

    /** An agenda item; an exempt one says {@code secret} in its description and paper, and links to {@code report}. */
    private static long agendaItem(long meeting, String title, boolean exempt, String secret, Long report) {
        Map<String, Object> body = new HashMap<>(Map.of("title", title, "exempt", exempt));
        Map<String, Object> paper = new HashMap<>(Map.of("title", exempt ? secret : "Matrix paper"));
        paper.put("report", report);
        body.put("papers", List.of(paper));
        if (exempt) {
            body.put("description", "About " + secret);
            body.put("exemptParagraph", 1);
            body.put("exemptReason", "Information relating to an individual");
        }
        return create("/api/v1/meetings/" + meeting + "/agenda-items", body);
    }

    /** A warning to explain: the papers give another number of children who left care than the stored 9066. */
    private static String otherReportOfTheTotal(String authority, String year) {
        long report = create("/api/v1/value-reports", Map.of("authority", authority, "indicator", "LEAVE_TOTAL",
                "area", authority, "period", year, "value", 9067, "source", "Matrix report",
                "quote", "9067 left care"));
        return "reported-twice:LEAVE_TOTAL:" + authority + ":" + year + ":" + report;
    }

    private static void target(String officer, String indicator, String area, Map<String, Object> body) {
        Contract.as(officer).contentType("application/json").body(body)
                .put("/api/v1/indicators/" + indicator + "/targets/" + area + "/" + YEAR).then().statusCode(201);
    }

    private static Map<String, Object> report(String authority, String title, boolean exempt) {
        Map<String, Object> body = new HashMap<>(Map.of("authority", authority, "type", "other", "title", title,
                "author", "Head of Service", "visibility", exempt ? "exempt" : "public"));
        if (exempt) {
            body.put("exemptParagraph", 3);
        }
        return body;
    }

    private static Map<String, Object> pack(String authority, String period) {
        return Map.of("authority", authority, "period", period);
    }

    /** A report made and published (version 1), as an administrator would. */
    private static long published(Map<String, Object> body) {
        long id = create("/api/v1/reports", body);
        Contract.as(ADMIN).header("If-Match", "\"0\"").contentType("application/json").body("{}")
                .post("/api/v1/reports/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private static long planOf(String authority, int year) {
        Response created = Contract.as(ADMIN).contentType("application/json")
                .body(Map.of("authority", authority, "startYear", year)).post("/api/v1/action-plans");
        if (created.statusCode() == 201) {
            return created.jsonPath().getLong("id");
        }
        return Contract.as(ADMIN).queryParam("authority", authority).get("/api/v1/action-plans").jsonPath()
                .getLong("items.find { it.startYear == " + year + " }.id");
    }

    static long create(String url, Object body) {
        return Contract.as(ADMIN).contentType("application/json").body(body).post(url)
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The value a read's parameter takes: the fixture's authority, year and item of the row's kind. */
    String readValue(Operation operation, Parameter parameter, String data) {
        return switch (parameter.name()) {
            case "area", "authority" -> data.equals("agency") ? agency : authority.code();
            case "key" -> authority.explainedCheck();
            case "from" -> isDate(parameter) ? "1996-04-01" : YEAR;
            case "to" -> isDate(parameter) ? "1997-03-31" : YEAR;
            case "period" -> YEAR;
            case "code" -> operation.path().startsWith("/api/v1/areas") ? authority.code() : switch (data) {
                case "internal" -> INTERNAL;
                case "provisional" -> PROVISIONAL;
                case "small" -> SMALL;
                case "agency" -> AGENCY_INDICATOR;
                default -> PUBLISHED;
            };
            case "id" -> operation.path().startsWith("/api/v1/reports/") ? String.valueOf(switch (data) {
                case "exempt" -> authority.exemptReport;
                case "draft" -> authority.draftReport;
                default -> authority.publicReport;
            })
                    : operation.path().startsWith("/api/v1/performance-packs/")
                    ? String.valueOf(data.equals("frozen") ? frozenPack : draftPack)
                    : operation.path().matches("/api/v1/meetings/\\{id}/(minutes|checks)")
                            || operation.path().startsWith("/api/v1/agenda-items/")
                            || operation.path().startsWith("/api/v1/actions-arising/")
                            || operation.path().startsWith("/api/v1/work-programme/")
                    ? boardRecordId(operation, data)
                    : operation.path().startsWith("/api/v1/meetings/")
                    ? String.valueOf(data.equals("public") ? authority.publicMeeting : authority.exemptMeeting)
                    : operation.path().startsWith("/api/v1/boards/") ? String.valueOf(authority.board)
                    : operation.path().equals("/api/v1/action-items/{id}/history") ? String.valueOf(authority.actionItem)
                    : parameter.example();
            default -> parameter.example();
        };
    }

    /** The id a read of the board's record names: the item of the row's kind, of the authority's record. */
    private String boardRecordId(Operation operation, String data) {
        BoardRecord record = authority.record();
        String path = operation.path();
        if (path.startsWith("/api/v1/meetings/")) {
            return String.valueOf(data.equals("draft") ? record.draftMeeting() : record.approvedMeeting());
        }
        if (path.startsWith("/api/v1/agenda-items/")) {
            return String.valueOf(data.equals("exempt") ? record.exemptItem() : record.publicItem());
        }
        if (path.startsWith("/api/v1/actions-arising/")) {
            return String.valueOf(switch (data) {
                case "exempt" -> record.exemptAction();
                case "draft" -> record.draftAction();
                default -> record.publicAction();
            });
        }
        return String.valueOf(record.programmeItem());
    }

    /**
     * The value a write's parameter takes: the write authority's items (its agency's, for a row whose data is
     * "agency"), and 2005-06 (a value's year has ended).
     */
    String writeValue(Operation operation, Parameter parameter, String data) {
        return switch (parameter.name()) {
            case "area", "authority" -> data.equals("agency") ? writeAgency : writeAuthority;
            case "key" -> writeCheck;
            case "period" -> WRITE_YEAR;
            case "code" -> operation.path().equals("/api/v1/indicators/{code}") ? WRITE_INDICATOR
                    : parameter.example();
            case "questionId" -> String.valueOf(writeQuestion);
            case "id" -> String.valueOf(operation.path().startsWith("/api/v1/reports/") ? writeReportId(operation)
                    : operation.path().startsWith("/api/v1/performance-packs/") ? writePack
                    : operation.path().startsWith("/api/v1/action-plans/") ? writePlan
                    : operation.path().startsWith("/api/v1/action-items/") ? writeItem
                    : operation.path().startsWith("/api/v1/you-said-we-did/") ? writeYouSaid
                    : operation.path().startsWith("/api/v1/boards/") ? writeBoard
                    : operation.path().startsWith("/api/v1/meetings/") ? writeMeeting
                    : operation.path().matches("/api/v1/agenda-items/\\{id}/(minutes|resolutions)") ? writeMinutesItem
                    : operation.path().startsWith("/api/v1/agenda-items/") ? writeAgendaItem
                    : operation.path().startsWith("/api/v1/actions-arising/") ? writeAction
                    : operation.path().startsWith("/api/v1/work-programme/items/") ? writeProgrammeItem
                    : Long.parseLong(parameter.example()));
            default -> parameter.example();
        };
    }

    /** The write authority's report a report write names: a draft, a published one, or a presented one. */
    private long writeReportId(Operation operation) {
        return switch (operation.id()) {
            case "publishReportVersion" -> writePublishedReport;
            case "recordReportDecision", "withdrawReportDecision" -> writePresentedReport;
            default -> writeReport;
        };
    }

    /** The example of a write, or of the create that a replace mirrors, or one of {@link #BODIES}. */
    static String writeExample(Operation operation, ContractOperations.Body body) {
        if (operation.id().startsWith("replace")) {
            String create = "create" + operation.id().substring("replace".length());
            return ContractOperations.all().stream().filter(other -> other.id().equals(create)).findFirst()
                    .map(other -> other.bodies().get(0).example()).orElse(body.example());
        }
        return BODIES.getOrDefault(operation.id(), body.example());
    }

    /** A write's body: the contract's example, moved to the write authority, 2005-06 (plans to 2085). */
    String writeBody(Operation operation, String example) {
        String body = example.replace(Tokens.WALSALL, writeAuthority).replace("Walsall", writeAuthorityName)
                .replace("202223", "200506").replace("202324", "200506")
                .replace("\"startYear\":2024", "\"startYear\":2085")
                .replaceAll("\"board\":[0-9]+", "\"board\":" + writeBoard);
        return switch (operation.id()) {
            case "replaceIndicator" -> body.replace("CL_EET_1921", WRITE_INDICATOR);
            case "moveWorkProgrammeItem" -> "{\"toMeeting\":" + meetingToMoveTo() + ",\"reason\":\"Matrix move\"}";
            case "freezePerformancePack" -> "{\"meetingId\":" + writeMeeting + "}";
            default -> body;
        };
    }

    /** Of the write authority's two record meetings, the one its programme item is not at now: every move moves. */
    private long meetingToMoveTo() {
        Integer now = Contract.as(ADMIN).get("/api/v1/work-programme/items/" + writeProgrammeItem).jsonPath()
                .get("meeting.id");
        return now != null && now == writeRecordMeetings.get(0).intValue() ? writeRecordMeetings.get(1)
                : writeRecordMeetings.get(0);
    }

    /**
     * For a delete, or a publish, a fresh item of the write authority's, so that each caller is answered about one
     * that exists (and, for a publish, is a draft still); its URL.
     */
    String fresh(Operation operation, String url) {
        return switch (operation.id()) {
            case "publishReport" -> "/api/v1/reports/" + create("/api/v1/reports",
                    report(writeAuthority, "Matrix report to publish", false)) + "/publish";
            case "deleteReport" -> "/api/v1/reports/" + create("/api/v1/reports",
                    report(writeAuthority, "Matrix report to delete", false));
            case "deletePerformancePack" -> "/api/v1/performance-packs/" + create("/api/v1/performance-packs",
                    pack(writeAuthority, WRITE_YEAR));
            case "deleteIndicatorValue" -> putAsAdmin(url, BODIES.get("putIndicatorValue"));
            case "deleteTarget" -> putAsAdmin(url, BODIES.get("putTarget"));
            case "withdrawReportDecision" -> decided(url);
            case "deleteMeeting" -> "/api/v1/meetings/" + meeting(writeBoard, "2085-07-01");
            case "deleteAgendaItem" -> "/api/v1/agenda-items/"
                    + agendaItem(writeMeeting, "Matrix item to delete", false, null, null);
            case "deleteDeclaration" -> "/api/v1/declarations/" + create("/api/v1/meetings/" + writeMeeting
                    + "/declarations", Map.of("memberName", "Councillor Chair", "kind", "non-registerable",
                    "interest", "Matrix interest to delete"));
            default -> url;
        };
    }

    /**
     * The ETag a write quotes: the resource's own (a meeting's for its attendance, an item's for its updates and
     * moves, the latest version's for a minute), or, for an agenda item, which has no address of its own to read, its
     * version within its meeting.
     */
    String currentETag(String url) {
        if (url.endsWith("/minutes")) {
            return Contract.as(ADMIN).get(url + "/versions").header("ETag");
        }
        if (url.startsWith("/api/v1/agenda-items/")) {
            long id = Long.parseLong(url.substring("/api/v1/agenda-items/".length()));
            return "\"" + Contract.as(ADMIN).get("/api/v1/meetings/" + writeMeeting).jsonPath()
                    .getLong("agendaItems.find { it.id == " + id + " }.version") + "\"";
        }
        // Commentary and freezing quote the pack's version; publishing and decisions, the report's.
        String resource = url.replaceFirst(
                "/(updates|attendance|moves|publish|versions|freeze|commentary/[A-Z0-9_]+)$|/decisions/[0-9]+$", "");
        return Contract.as(ADMIN).get(resource).header("ETag");
    }

    /** Makes sure the board's decision at the URL is recorded, as an administrator would record it; its URL. */
    private String decided(String url) {
        String report = url.replaceFirst("/decisions/[0-9]+$", "");
        Contract.as(ADMIN).header("If-Match", Contract.as(ADMIN).get(report).header("ETag"))
                .contentType("application/json").body(Map.of("outcome", "noted", "decidedOn", "2005-03-07"))
                .put(url).then().statusCode(200);
        return url;
    }

    private static boolean isDate(Parameter parameter) {
        return "date".equals(ContractOperations.resolve(parameter.schema()).path("format").asText());
    }

    /** Makes sure the figure at the URL exists, as an administrator would write it; its URL. */
    private static String putAsAdmin(String url, String body) {
        String etag = Contract.as(ADMIN).get(url).header("ETag");
        var request = Contract.as(ADMIN).contentType("application/json").body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        request.put(url).then().statusCode(anyOf(is(200), is(201)));
        return url;
    }
}
