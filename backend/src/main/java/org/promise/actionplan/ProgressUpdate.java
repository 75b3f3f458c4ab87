package org.promise.actionplan;

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

/** A dated entry in an item's history; written once, never changed. */
@Entity
@Immutable
@Table(name = "progress_update")
public class ProgressUpdate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "item_id")
    public long itemId;

    @Column(name = "update_date")
    public LocalDate date;

    public String author;

    public String text;

    @Convert(converter = ItemStatus.Converter.class)
    public ItemStatus status;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
