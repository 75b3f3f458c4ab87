package org.promise.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.promise.common.audit.AuditAction;
import org.promise.common.audit.AuditService;
import org.promise.common.error.ApiException;
import org.promise.common.persistence.Stamps;
import org.promise.common.time.Clocks;
import org.promise.meeting.MeetingView.DeclarationView;

/**
 * Declarations of interest at a meeting. A declaration is never edited (one recorded in error is removed and
 * recorded again); each is audited and moves the meeting's version. One on an exempt item is hidden like the item.
 */
@ApplicationScoped
public class DeclarationService {

    static final String AUDIT_TYPE = "declaration";

    private final DeclarationRepository repository;
    private final MeetingService meetings;
    private final MeetingReads reads;
    private final AuditService audit;
    private final Stamps stamps;
    private final Clock clock;

    public DeclarationService(DeclarationRepository repository, MeetingService meetings, MeetingReads reads,
            AuditService audit, Stamps stamps, Clock clock) {
        this.repository = repository;
        this.meetings = meetings;
        this.reads = reads;
        this.audit = audit;
        this.stamps = stamps;
        this.clock = clock;
    }

    @Transactional
    public DeclarationView create(long meetingId, DeclarationInput input) {
        Meeting meeting = meetings.lockForWrite(meetingId);
        AgendaItem item = input.agendaItem() == null ? null : meeting.agendaItems.stream()
                .filter(candidate -> candidate.id.equals(input.agendaItem())).findFirst()
                .orElseThrow(() -> ApiException.invalid("agendaItem", "unknown",
                        "There is no agenda item " + input.agendaItem() + " of this meeting"));
        MeetingService.requireOpenRecord(meeting);
        Declaration declaration = new Declaration();
        declaration.meeting = meeting;
        declaration.agendaItem = item;
        declaration.memberName = input.memberName().strip();
        declaration.kind = input.kind();
        declaration.interest = input.interest().strip();
        declaration.dispensation = MeetingService.blankToNull(input.dispensation());
        declaration.createdAt = Clocks.timestamp(clock);
        meeting.declarations.add(declaration);
        stamps.changed(meeting);
        repository.persistAndFlush(declaration);
        DeclarationView created = MeetingReads.declaration(declaration);
        audit.record(AUDIT_TYPE, declaration.id, AuditAction.CREATE, null, created);
        return created;
    }

    @Transactional
    public void delete(long id) {
        Declaration found = repository.findByIdOptional(id)
                .filter(declaration -> declaration.agendaItem == null || reads.seesInFull(declaration.agendaItem))
                .orElseThrow(() -> ApiException.notFound("There is no declaration " + id));
        Meeting meeting = meetings.lockForWrite(found.meeting.id);
        MeetingService.requireOpenRecord(meeting);
        audit.record(AUDIT_TYPE, id, AuditAction.DELETE, MeetingReads.declaration(found), null);
        meeting.declarations.remove(found);
        stamps.changed(meeting);
        repository.flush();
    }
}
