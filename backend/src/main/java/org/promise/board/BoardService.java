package org.promise.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.concurrency.EntityTags;
import org.promise.common.error.ApiException;
import org.promise.common.error.FieldError;
import org.promise.common.security.Caller;
import org.promise.common.sql.PlainSql;
import org.promise.common.time.Clocks;

/** Boards are public; only administrators change them (who sits on a board is the council's record, not a form). */
@ApplicationScoped
public class BoardService {

    static final String AUDIT_TYPE = "board";

    private final BoardRepository repository;
    private final AreaService areas;
    private final AuditService audit;
    private final Caller caller;
    private final PlainSql sql;
    private final Clock clock;

    public BoardService(BoardRepository repository, AreaService areas, AuditService audit, Caller caller,
            PlainSql sql, Clock clock) {
        this.repository = repository;
        this.sql = sql;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BoardView> list(String authority) {
        List<Board> boards = repository.of(authority);
        Map<String, String> names = authorityNames(boards);
        return boards.stream().map(board -> BoardView.of(board, names.get(board.authority))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BoardView get(long id) {
        return find(id).orElseThrow(() -> ApiException.notFound("There is no board " + id));
    }

    /** The board, for features that name one (a meeting's board). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BoardView> find(long id) {
        return repository.findByIdOptional(id).map(this::view);
    }

    @Transactional
    public BoardView replace(long id, String ifMatch, BoardInput input) {
        caller.requireAdmin("boards");
        Board board = repository.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("There is no board " + id));
        EntityTags.requireCurrent(ifMatch, board.version);
        checkRules(input);
        requireKeptMembersOfRecord(board, input);
        BoardView before = view(board);
        board.name = input.name().strip();
        board.quorum = input.quorum();
        board.vacancies = input.vacancies();
        replaceMembers(board, input.members());
        board.advisors.clear();
        for (String name : input.advisors()) {
            BoardAdvisor advisor = new BoardAdvisor();
            advisor.board = board;
            advisor.name = name.strip();
            advisor.position = board.advisors.size();
            board.advisors.add(advisor);
        }
        board.updatedAt = Clocks.timestamp(clock);
        repository.flush();
        BoardView after = view(board);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, before, after);
        return after;
    }

    /**
     * A member who stays (by name) keeps their id, so that the attendance records that name them still do; the others
     * are removed and the new ones added, in the order given.
     */
    private static void replaceMembers(Board board, List<BoardInput.Member> inputs) {
        Map<String, BoardMember> existing = new HashMap<>();
        board.members.forEach(member -> existing.putIfAbsent(member.name, member));
        List<BoardMember> members = new ArrayList<>();
        for (BoardInput.Member input : inputs) {
            BoardMember member = existing.remove(input.name().strip());
            if (member == null) {
                member = new BoardMember();
                member.board = board;
                member.name = input.name().strip();
            }
            member.role = input.role();
            member.voting = input.voting();
            member.description = input.description();
            member.termFrom = input.termFrom();
            member.termTo = input.termTo();
            member.position = members.size();
            members.add(member);
        }
        board.members.clear();
        board.members.addAll(members);
    }

    /**
     * A member whom a meeting's attendance names stays on the board's list, so that the record keeps naming them; a
     * member who left has their term ended instead (409).
     */
    private void requireKeptMembersOfRecord(Board board, BoardInput input) {
        Set<String> kept = input.members().stream().map(member -> member.name().strip()).collect(Collectors.toSet());
        List<BoardMember> dropped = board.members.stream().filter(member -> !kept.contains(member.name)).toList();
        if (dropped.isEmpty()) {
            return;
        }
        List<Long> named = sql.list("select distinct board_member_id from attendance where board_member_id = any (?)",
                parameters -> parameters.ids(dropped.stream().map(member -> member.id).toList()),
                row -> row.getLong(1));
        dropped.stream().filter(member -> named.contains(member.id)).findFirst().ifPresent(member -> {
            throw ApiException.of(ApiException.Kind.NOT_NOW, member.name + " is named in the attendance of a"
                    + " meeting: they stay on the board's list; end their term (termTo) instead");
        });
    }

    private static void checkRules(BoardInput input) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.members().size(); i++) {
            BoardInput.Member member = input.members().get(i);
            if (member.role() == BoardMemberRole.CO_OPTED && member.voting()) {
                errors.add(new FieldError("members[" + i + "].voting", "co-opted-votes",
                        "A co-opted member sits without a vote: make voting false, or give another role"));
            }
            if (member.termFrom() != null && member.termTo() != null && member.termTo().isBefore(member.termFrom())) {
                errors.add(new FieldError("members[" + i + "].termTo", "range",
                        "A term ends on or after the day it starts"));
            }
        }
        for (BoardMemberRole role : List.of(BoardMemberRole.CHAIR, BoardMemberRole.VICE_CHAIR)) {
            boolean seen = false;
            for (int i = 0; i < input.members().size(); i++) {
                if (input.members().get(i).role() != role) {
                    continue;
                }
                if (seen) {
                    errors.add(new FieldError("members[" + i + "].role", "unique",
                            "A board has one " + role.wire().replace('-', ' ') + "; another member is listed as it"));
                }
                seen = true;
            }
        }
        Map<String, Long> names = input.members().stream()
                .collect(Collectors.groupingBy(member -> member.name().strip(), Collectors.counting()));
        for (int i = 0; i < input.members().size(); i++) {
            if (names.get(input.members().get(i).name().strip()) > 1) {
                errors.add(new FieldError("members[" + i + "].name", "unique",
                        "Each member is listed once; " + input.members().get(i).name().strip() + " is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private BoardView view(Board board) {
        return BoardView.of(board, authorityNames(List.of(board)).get(board.authority));
    }

    private Map<String, String> authorityNames(List<Board> boards) {
        return areas.byCodes(boards.stream().map(board -> board.authority).distinct().toList()).stream()
                .collect(Collectors.toMap(AreaView::code, AreaView::name));
    }
}
