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
import java.time.OffsetDateTime;

/** A member's declaration of interest, at the meeting or on one of its items. */
@Entity
@Table(name = "declaration")
public class Declaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    /** Null for an interest in the meeting's business as a whole. */
    @ManyToOne
    @JoinColumn(name = "agenda_item_id")
    public AgendaItem agendaItem;

    @Column(name = "member_name")
    public String memberName;

    @Convert(converter = DeclarationKind.Converter.class)
    public DeclarationKind kind;

    public String interest;

    public String dispensation;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
