package org.promise.common.change;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on {@link ChangeChannel#NAME} for every instance's committed changes and announces
 * {@link FiguresMayHaveChanged} for each batch of notices. LISTEN holds a session, so it uses a connection of its own
 * straight to the primary ({@code promise.db.listen-url}), not one from the pool and never one through a
 * transaction pooler, which would hand the session to others. Notices sent while nobody listens are lost, so the
 * caches are emptied whenever the connection is lost and again once listening has begun; between the two, connection
 * attempts back off from one second to half a minute. A daemon thread, so that it never holds the JVM up.
 */
@ApplicationScoped
public class ChangeListener {

    static final String APPLICATION_NAME = "promise-change-listener";
    private static final Logger LOG = Logger.getLogger(ChangeListener.class);
    /** How long to wait for notices before asking the server something, so that a dead connection shows itself. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(10);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final String url;
    private final Properties connectionProperties = new Properties();
    private final Event<FiguresMayHaveChanged> mayHaveChanged;
    private volatile boolean running;
    /** The wait before the next attempt to listen; only the listening thread uses it. */
    private Duration retry = FIRST_RETRY;
    private volatile Connection connection;
    private Thread thread;

    public ChangeListener(@ConfigProperty(name = "promise.db.listen-url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password,
            Event<FiguresMayHaveChanged> mayHaveChanged) {
        this.url = url;
        this.mayHaveChanged = mayHaveChanged;
        connectionProperties.setProperty("user", user);
        connectionProperties.setProperty("password", password);
        connectionProperties.setProperty("ApplicationName", APPLICATION_NAME);
        connectionProperties.setProperty("connectTimeout", "10");
        connectionProperties.setProperty("socketTimeout", String.valueOf(HEARTBEAT.multipliedBy(3).toSeconds()));
        connectionProperties.setProperty("tcpKeepAlive", "true");
    }

    void start(@Observes StartupEvent started) {
        running = true;
        thread = new Thread(this::listenWhileRunning, APPLICATION_NAME);
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        closeQuietly(connection);
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listenWhileRunning() {
        while (running) {
            try (Connection listening = DriverManager.getConnection(url, connectionProperties)) {
                connection = listening;
                listen(listening);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Listening for other instances' changes failed (%s); the caches are emptied and listening"
                        + " starts again in %ss", e.getMessage(), retry.toSeconds());
                mayHaveChanged.fire(new FiguresMayHaveChanged(FiguresMayHaveChanged.Why.LISTENING_LOST));
                try {
                    Thread.sleep(retry.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            }
        }
    }

    /** Returns only when stopped; throws when the connection fails. */
    private void listen(Connection listening) throws SQLException {
        try (Statement statement = listening.createStatement()) {
            statement.execute("LISTEN " + ChangeChannel.NAME);
        }
        // After LISTEN: a change committed from now on is announced, and one committed before is dropped here.
        mayHaveChanged.fire(new FiguresMayHaveChanged(FiguresMayHaveChanged.Why.LISTENING_STARTED));
        LOG.debugf("Listening for changes on %s", ChangeChannel.NAME);
        PGConnection notices = listening.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] received = notices.getNotifications((int) HEARTBEAT.toMillis());
            if (received != null && received.length > 0) {
                mayHaveChanged.fire(new FiguresMayHaveChanged(FiguresMayHaveChanged.Why.NOTICE));
            } else {
                try (Statement heartbeat = listening.createStatement()) {
                    heartbeat.execute("select 1");
                }
            }
            // The connection has carried a notice or a heartbeat, so a later loss is a new failure, retried after a
            // second. A connection lost straight after LISTEN proves nothing: a server that ends every session so
            // is still asked less and less often.
            retry = FIRST_RETRY;
        }
    }

    private static void closeQuietly(Connection listening) {
        if (listening == null) {
            return;
        }
        try {
            listening.close();
        } catch (SQLException e) {
            LOG.debugf("Closing the listening connection: %s", e.getMessage());
        }
    }
}
