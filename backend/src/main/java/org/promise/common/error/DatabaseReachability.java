package org.promise.common.error;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Whether PostgreSQL can be reached. Once a connection could not be opened, requests are answered 503 at once
 * ({@link UnreachableDatabaseFilter}) instead of each waiting for the pool to fail again: Agroal waits up to a second
 * and tries once more for every request, and a request that finds another waiting waits its turn first. A probe of
 * its own, outside the pool, tries to connect every quarter of a second and lets requests through again as soon as
 * PostgreSQL answers. An open connection that broke (PostgreSQL restarted) fails at once, so it closes nothing.
 */
@ApplicationScoped
public class DatabaseReachability {

    static final Duration PROBE_EVERY = Duration.ofMillis(250);
    private static final Logger LOG = Logger.getLogger(DatabaseReachability.class);

    private final AtomicBoolean unreachable = new AtomicBoolean();
    private final String url;
    private final Properties probeProperties = new Properties();
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(probe -> {
        Thread thread = new Thread(probe, "promise-database-probe");
        thread.setDaemon(true);
        return thread;
    });

    public DatabaseReachability(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.url = url;
        probeProperties.setProperty("user", user);
        probeProperties.setProperty("password", password);
        probeProperties.setProperty("ApplicationName", "promise-database-probe");
        probeProperties.setProperty("connectTimeout", "1");
        probeProperties.setProperty("socketTimeout", "2");
    }

    public boolean isUnreachable() {
        return unreachable.get();
    }

    /** A request failed: if no connection could be opened, the next requests are answered at once until one can. */
    void noteFailure(Throwable failure) {
        if (DatabaseFailures.couldNotConnect(failure) && unreachable.compareAndSet(false, true)) {
            LOG.warnf("PostgreSQL cannot be reached (%s): requests are answered 503 until it can", failure.getMessage());
            scheduleProbe();
        }
    }

    private void scheduleProbe() {
        prober.schedule(this::probe, PROBE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void probe() {
        try (Connection probe = DriverManager.getConnection(url, probeProperties)) {
            if (probe.isValid(1)) {
                unreachable.set(false);
                LOG.info("PostgreSQL can be reached again");
                return;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("PostgreSQL still cannot be reached: %s", e.getMessage());
        }
        scheduleProbe();
    }

    @PreDestroy
    void stop() {
        prober.shutdownNow();
    }
}
