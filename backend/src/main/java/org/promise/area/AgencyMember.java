package org.promise.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** An authority's membership of a regional adoption agency (reference data, written by migrations only). */
@Entity
@Table(name = "agency_member")
@IdClass(AgencyMember.Key.class)
public class AgencyMember extends PanacheEntityBase {

    @Id
    @Column(name = "agency_code")
    public String agencyCode;

    @Id
    @Column(name = "member_code")
    public String memberCode;

    public static class Key implements Serializable {
        public String agencyCode;
        public String memberCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(agencyCode, key.agencyCode)
                    && Objects.equals(memberCode, key.memberCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(agencyCode, memberCode);
        }
    }
}
