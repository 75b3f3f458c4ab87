package org.promise.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An enclosed paper: a report Promise holds, or only its title when the report is not (yet) in Promise. */
@Entity
@Table(name = "agenda_paper")
public class AgendaPaper {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agenda_item_id")
    public AgendaItem agendaItem;

    public String title;

    @Column(name = "report_id")
    public Long reportId;

    public int position;
}
