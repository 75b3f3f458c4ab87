package org.promise.pack;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/** An officer's commentary on one indicator of a draft pack; it goes into the content when the pack is frozen. */
@Embeddable
public class PackCommentary {

    public String text;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;
}
