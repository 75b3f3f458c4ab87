package org.promise.minutes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/** One move of a work programme item: history, never changed. */
@Entity
@Immutable
@Table(name = "work_programme_move")
public class WorkProgrammeMove extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "item_id")
    public long itemId;

    @Column(name = "from_meeting_id")
    public Long fromMeetingId;

    @Column(name = "to_meeting_id")
    public Long toMeetingId;

    @Column(name = "resolution_id")
    public Long resolutionId;

    public String reason;

    @Column(name = "moved_by")
    public String movedBy;

    @Column(name = "moved_at")
    public OffsetDateTime movedAt;
}
