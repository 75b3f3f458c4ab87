package org.promise.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "area")
public class Area extends PanacheEntityBase {

    /** England, the comparator every authority has. */
    public static final String ENGLAND = "E92000001";

    @Id
    public String code;

    public String name;

    @Convert(converter = AreaKind.Converter.class)
    public AreaKind kind;

    @Column(name = "dfe_code")
    public String dfeCode;

    @Column(name = "parent_code")
    public String parentCode;

    public String note;

    /** Whether the authority publishes its scorecard to the public. */
    @Column(name = "publishes_scorecard")
    public boolean publishesScorecard;
}
