package org.promise.board;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class BoardRepository implements PanacheRepositoryBase<Board, Long> {

    /** The boards of one authority, or (null) of all, by authority and name. */
    public List<Board> of(String authority) {
        Sort order = Sort.by("authority").and("name").and("id");
        return authority == null ? listAll(order) : list("authority", order, authority);
    }
}
