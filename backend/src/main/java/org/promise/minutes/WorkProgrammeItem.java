package org.promise.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.promise.common.persistence.Stamped;
import org.promise.report.ReportType;

/** A paper the work programme plans for a municipal year, at one of the authority's meetings or not yet placed. */
@Entity
@Table(name = "work_programme_item")
public class WorkProgrammeItem extends Stamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_code")
    public String authority;

    @Column(name = "start_year")
    public int startYear;

    public String title;

    @Column(name = "report_type")
    @Convert(converter = ReportType.Converter.class)
    public ReportType reportType;

    @Column(name = "meeting_id")
    public Long meetingId;

    @Convert(converter = WorkProgrammeStatus.Converter.class)
    public WorkProgrammeStatus status;

    public int position;

    @Column(name = "added_by_resolution_id")
    public Long addedByResolutionId;
}
