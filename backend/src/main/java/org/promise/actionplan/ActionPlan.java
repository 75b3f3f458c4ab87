package org.promise.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.promise.common.persistence.Stamped;

@Entity
@Table(name = "action_plan")
public class ActionPlan extends Stamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_code")
    public String authority;

    @Column(name = "start_year")
    public int startYear;

    public String title;
}
