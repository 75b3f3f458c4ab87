package org.promise.datacheck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.promise.common.persistence.Versioned;

/** An officer's reason for a warning, which holds while the figures keep the fingerprint it was given for. */
@Entity
@Table(name = "data_check_explanation")
public class CheckExplanation extends Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_code")
    public String authorityCode;

    @Column(name = "check_key")
    public String checkKey;

    public String fingerprint;

    public String reason;

    @Column(name = "explained_by")
    public String explainedBy;
}
