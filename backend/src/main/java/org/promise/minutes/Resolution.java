package org.promise.minutes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/** A resolution of the board, recorded once and never changed (a correction of the minutes is a minute version). */
@Entity
@Immutable
@Table(name = "resolution")
public class Resolution extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agenda_item_id")
    public long agendaItemId;

    public Integer number;

    public String text;

    @Convert(converter = ResolutionKind.Converter.class)
    public ResolutionKind kind;

    @Convert(converter = Vote.Converter.class)
    public Vote vote;

    @Column(name = "votes_for")
    public Integer votesFor;

    @Column(name = "votes_against")
    public Integer votesAgainst;

    public Integer abstentions;

    @Column(name = "approves_minutes_of")
    public LocalDate approvesMinutesOf;

    @Column(name = "approves_meeting_id")
    public Long approvesMeetingId;

    @Column(name = "notes_report_id")
    public Long notesReportId;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
