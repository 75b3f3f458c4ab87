package org.promise.yousaid;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.promise.common.persistence.Stamped;

/** Something young people asked the board for. */
@Entity
@Table(name = "you_said")
public class YouSaid extends Stamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_code")
    public String authority;

    public String ask;

    public String forum;

    @Column(name = "asked_in")
    public String askedIn;

    public int position;

    @ElementCollection
    @CollectionTable(name = "you_said_action_item", joinColumns = @JoinColumn(name = "you_said_id"))
    @Column(name = "item_id")
    @Fetch(FetchMode.SUBSELECT)
    public Set<Long> actionItems = new TreeSet<>();
}
