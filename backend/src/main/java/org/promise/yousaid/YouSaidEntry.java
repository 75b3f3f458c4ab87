package org.promise.yousaid;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity
@Table(name = "you_said_entry")
public class YouSaidEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "you_said_id")
    public long youSaidId;

    @Convert(converter = EntryKind.Converter.class)
    public EntryKind kind;

    @Column(name = "entry_date")
    public LocalDate date;

    public String text;

    public int position;
}
