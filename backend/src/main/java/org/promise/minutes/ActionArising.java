package org.promise.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.promise.common.persistence.Stamped;

/** An action a resolution created, tracked until it is done or dropped. */
@Entity
@Table(name = "action_arising")
public class ActionArising extends Stamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_code")
    public String authority;

    @Column(name = "resolution_id")
    public long resolutionId;

    public String description;

    public String owner;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Convert(converter = ActionArisingStatus.Converter.class)
    public ActionArisingStatus status;

    public String evidence;

    @Column(name = "closed_on")
    public LocalDate closedOn;
}
