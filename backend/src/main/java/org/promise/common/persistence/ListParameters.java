package org.promise.common.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * Queries whose parameters may be collections ({@code code in :codes}), with each collection bound as a list. Handed a
 * collection as one value, as Panache's {@code list("code in ?1", codes)} and JPA's {@code setParameter} hand it,
 * Hibernate first tries to coerce the whole collection to the attribute's type, and builds and catches an exception
 * with its stack trace to learn that it cannot, on every call (docs/performance.md, decision 53).
 */
public final class ListParameters {

    private ListParameters() {
    }

    /** The results of an HQL selection, its named parameters bound from the map (collections as lists). */
    public static <T> List<T> list(Session session, Class<T> type, String hql, Map<String, ?> parameters) {
        SelectionQuery<T> query = session.createSelectionQuery(hql, type);
        parameters.forEach((name, value) -> {
            if (value instanceof Collection<?> values) {
                query.setParameterList(name, values);
            } else {
                query.setParameter(name, value);
            }
        });
        return query.getResultList();
    }

    /** The entities of a type with these ids (those that exist, in no particular order); none for no ids. */
    public static <T> List<T> byIds(Session session, Class<T> type, Collection<?> ids) {
        return ids.isEmpty() ? List.of()
                : list(session, type, "from " + type.getSimpleName() + " where id in :ids", Map.of("ids", ids));
    }
}
