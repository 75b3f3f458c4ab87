package org.promise.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One line of who was there; a substitute names the member they stood in for, as the minutes do. */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    public String name;

    @Convert(converter = AttendanceCapacity.Converter.class)
    public AttendanceCapacity capacity;

    @Convert(converter = Presence.Converter.class)
    public Presence presence;

    @Column(name = "substitute_for")
    public String substituteFor;

    @Column(name = "role_title")
    public String roleTitle;

    public boolean voting;

    @Column(name = "board_member_id")
    public Long boardMember;

    public int position;
}
