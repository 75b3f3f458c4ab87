package org.promise.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.promise.area.AreaKind;
import org.promise.area.AreaService;
import org.promise.area.AreaView;
import org.promise.common.time.Clocks;
import org.promise.meeting.MeetingService;
import org.promise.period.Period;
import org.promise.scorecard.PublicScorecardService;
import org.promise.strategy.StrategyService;
import org.promise.strategy.StrategyView;
import org.promise.yousaid.YouSaidService;

/**
 * The public front door: what each authority has published, read in one go for them all (a statement per kind of
 * thing, whatever the number of authorities), so that a visitor's pages open on one with something to show.
 */
@ApplicationScoped
public class FrontDoorService {

    private final AreaService areas;
    private final PublicScorecardService scorecards;
    private final StrategyService strategies;
    private final YouSaidService youSaid;
    private final MeetingService meetings;
    private final Clock clock;

    public FrontDoorService(AreaService areas, PublicScorecardService scorecards, StrategyService strategies,
            YouSaidService youSaid, MeetingService meetings, Clock clock) {
        this.areas = areas;
        this.scorecards = scorecards;
        this.strategies = strategies;
        this.youSaid = youSaid;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PublicAuthorityList authorities() {
        List<AreaView> authorities = areas.list(Optional.of(AreaKind.LOCAL_AUTHORITY));
        Map<String, Period> newestYears = scorecards.newestYears(authorities);
        Set<String> withStrategy = strategies.list(null).stream().map(StrategyView.Summary::authority)
                .collect(Collectors.toSet());
        Map<String, Long> entries = youSaid.entryCounts();
        Map<String, Long> upcoming = meetings.upcomingCounts(Clocks.boardDate(clock));
        return PublicAuthorityList.of(authorities.stream().map(area -> new PublicAuthorityList.Item(area.code(),
                area.name(), Optional.ofNullable(newestYears.get(area.code())).map(Period::code).orElse(null),
                withStrategy.contains(area.code()), entries.getOrDefault(area.code(), 0L),
                upcoming.getOrDefault(area.code(), 0L))).toList());
    }
}
