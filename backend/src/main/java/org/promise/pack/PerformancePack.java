package org.promise.pack;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import org.promise.common.persistence.Stamped;

@Entity
@Table(name = "performance_pack")
public class PerformancePack extends Stamped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "authority_code")
    public String authority;

    public String period;

    public String title;

    @Convert(converter = PackStatus.Converter.class)
    public PackStatus status;

    @Column(name = "meeting_id")
    public Long meetingId;

    @Column(name = "agenda_item_id")
    public Long agendaItemId;

    /** The frozen bytes, as served; null while a draft. */
    public String content;

    @Column(name = "content_sha256")
    public String contentSha256;

    @Column(name = "frozen_at")
    public OffsetDateTime frozenAt;

    @Column(name = "frozen_by")
    public String frozenBy;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_by")
    public String updatedBy;

    /** The officers' commentary by indicator code; a change to it moves the pack's version. */
    @ElementCollection
    @CollectionTable(name = "performance_pack_commentary", joinColumns = @JoinColumn(name = "pack_id"))
    @MapKeyColumn(name = "indicator_code")
    public Map<String, PackCommentary> commentary = new TreeMap<>();
}
