package org.promise.actionplan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.promise.common.persistence.Stamped;
import org.promise.indicator.Priority;

@Entity
@Table(name = "action_item")
public class ActionItem extends Stamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id")
    public long planId;

    public String letter;

    public int position;

    @Convert(converter = Priority.Converter.class)
    public Priority priority;

    public String what;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> how = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> measures = new ArrayList<>();

    /** The indicators whose figures and targets measure this item; one query loads them for a whole plan. */
    @ElementCollection
    @CollectionTable(name = "action_item_indicator", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "indicator_code")
    @Fetch(FetchMode.SUBSELECT)
    public Set<String> indicators = new TreeSet<>();

    public String owner;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Convert(converter = ItemStatus.Converter.class)
    public ItemStatus status = ItemStatus.NOT_STARTED;

    @Column(name = "carried_from_id")
    public Long carriedFromId;
}
