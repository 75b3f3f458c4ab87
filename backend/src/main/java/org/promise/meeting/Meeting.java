package org.promise.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.promise.common.persistence.Stamped;

@Entity
@Table(name = "meeting")
public class Meeting extends Stamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "board_id")
    public long boardId;

    /** The board's authority, kept here because every read filters and authorises by it. */
    @Column(name = "authority_code")
    public String authority;

    @Convert(converter = MeetingKind.Converter.class)
    public MeetingKind kind;

    public String title;

    @Column(name = "meeting_date")
    public LocalDate date;

    @Column(name = "start_time")
    public LocalTime startTime;

    @Column(name = "close_time")
    public LocalTime closeTime;

    public String venue;

    @Column(name = "livestream_url")
    public String livestreamUrl;

    @Convert(converter = MeetingStatus.Converter.class)
    public MeetingStatus status;

    @Column(name = "cancelled_reason")
    public String cancelledReason;

    @Column(name = "agenda_published_on")
    public LocalDate agendaPublishedOn;

    @Column(name = "next_meeting_date")
    public LocalDate nextMeetingDate;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position, number")
    public List<AgendaItem> agendaItems = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Attendance> attendance = new ArrayList<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<Declaration> declarations = new ArrayList<>();
}
