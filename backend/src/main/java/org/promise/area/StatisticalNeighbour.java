package org.promise.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One member authority of a statistical-neighbour group, in DfE's order of closeness (reference data, written by
 * migrations only). Members need not be areas Promise serves, so the row names its member.
 */
@Entity
@Table(name = "statistical_neighbour")
@IdClass(StatisticalNeighbour.Key.class)
public class StatisticalNeighbour extends PanacheEntityBase {

    @Id
    @Column(name = "group_code")
    public String groupCode;

    @Id
    @Column(name = "member_code")
    public String memberCode;

    @Column(name = "member_name")
    public String memberName;

    public int rank;

    public static class Key implements Serializable {
        public String groupCode;
        public String memberCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(groupCode, key.groupCode)
                    && Objects.equals(memberCode, key.memberCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(groupCode, memberCode);
        }
    }
}
