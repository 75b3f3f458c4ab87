package org.promise.strategy;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "strategy")
public class Strategy extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_code")
    public String authority;

    public String title;

    public String subtitle;

    @Column(name = "start_year")
    public int startYear;

    @Column(name = "end_year")
    public int endYear;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> responsibilities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> principles = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<StrategyContent.PriorityText> priorities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public StrategyContent.Promise promise;

    @JdbcTypeCode(SqlTypes.JSON)
    public StrategyContent.Evaluation evaluation;

    @Version
    public long version;
}
