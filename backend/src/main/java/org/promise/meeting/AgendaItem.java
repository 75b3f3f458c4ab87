package org.promise.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.promise.common.persistence.Versioned;

@Entity
@Table(name = "agenda_item")
public class AgendaItem extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    public Meeting meeting;

    public int number;

    public String title;

    public String description;

    public boolean exempt;

    /** Schedule 12A Part 1 paragraph; an exempt item without one is kept, and flagged by the checks. */
    @Column(name = "exempt_paragraph")
    public Integer exemptParagraph;

    /** What the public reads instead of the item. */
    @Column(name = "exempt_reason")
    public String exemptReason;

    public int position;

    @OneToMany(mappedBy = "agendaItem", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AgendaPaper> papers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agenda_item_indicator", joinColumns = @JoinColumn(name = "agenda_item_id"))
    @Column(name = "indicator_code")
    public Set<String> indicators = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "agenda_item_action_item", joinColumns = @JoinColumn(name = "agenda_item_id"))
    @Column(name = "action_item_id")
    public Set<Long> actionItems = new TreeSet<>();
}
