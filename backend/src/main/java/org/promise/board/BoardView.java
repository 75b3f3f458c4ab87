package org.promise.board;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A board as the contract's Board shows it, its nulls written out (the contract requires every field). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record BoardView(long id, String authority, String authorityName, String name, Integer quorum,
        boolean quorumStated, int vacancies, List<Member> members, List<String> advisors, int votingMembers,
        long version, OffsetDateTime updatedAt) {

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Member(long id, String name, BoardMemberRole role, boolean voting, String description,
            LocalDate termFrom, LocalDate termTo) {
    }

    public record Page(List<BoardView> items) {
    }

    static BoardView of(Board board, String authorityName) {
        List<Member> members = board.members.stream().map(member -> new Member(member.id, member.name, member.role,
                member.voting, member.description, member.termFrom, member.termTo)).toList();
        return new BoardView(board.id, board.authority, authorityName, board.name, board.quorum,
                board.quorum != null, board.vacancies, members,
                board.advisors.stream().map(advisor -> advisor.name).toList(),
                (int) members.stream().filter(Member::voting).count(), board.version, board.updatedAt);
    }

    /** Whether this board has a member of this id. */
    public boolean hasMember(long memberId) {
        return members.stream().anyMatch(member -> member.id() == memberId);
    }
}
