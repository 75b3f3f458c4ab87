package org.promise.strategy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.promise.common.error.ApiException;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StrategyService {

    private final StrategyRepository repository;

    public StrategyService(StrategyRepository repository) {
        this.repository = repository;
    }

    public List<StrategyView.Summary> list(String authority) {
        return repository.of(authority).stream().map(StrategyView.Summary::of).toList();
    }

    public StrategyView get(long id) {
        return repository.findByIdOptional(id).map(StrategyView::of)
                .orElseThrow(() -> ApiException.notFound("There is no strategy " + id));
    }
}
