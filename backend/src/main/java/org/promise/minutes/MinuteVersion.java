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

/** One version of an agenda item's minute: written once, never changed (a change is the next version). */
@Entity
@Immutable
@Table(name = "minute_version")
public class MinuteVersion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agenda_item_id")
    public long agendaItemId;

    @Column(name = "version_no")
    public int versionNo;

    @Column(name = "minute_number")
    public Integer minuteNumber;

    public String text;

    @Column(name = "correction_reason")
    public String correctionReason;

    @Column(name = "written_by")
    public String writtenBy;

    @Column(name = "written_at")
    public OffsetDateTime writtenAt;

    MinuteView view() {
        return new MinuteView(versionNo, minuteNumber, text, writtenBy, writtenAt, correctionReason);
    }
}
