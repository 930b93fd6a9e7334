package diplograph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs an embedded Neo4j 5.26 Community server with Bolt on 127.0.0.1, for tests and local development.
 *
 * <p>Usage: {@code Launcher HOME PORT [PASSWORD]}. HOME should be a fresh directory (a stale one may hold a
 * store lock). With a PASSWORD, authentication is enabled and user neo4j gets that password; without one,
 * authentication is disabled. Prints one {@code READY bolt://127.0.0.1:PORT} line when the default database
 * accepts queries, and shuts down cleanly on SIGTERM or SIGINT.
 */
public final class Launcher {
    private Launcher() {}

    private static long pageCacheMb() {
        String value = System.getenv("DIPLOGRAPH_NEO4J_PAGECACHE_MB");
        return value == null || value.isBlank() ? 128 : Long.parseLong(value.trim());
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: Launcher HOME PORT [PASSWORD]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = args.length == 3 ? args[2] : null;

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                // Test data is small: a small page cache keeps the resident size low on shared machines.
                // Benchmarks of big stores set DIPLOGRAPH_NEO4J_PAGECACHE_MB, as a deployment sizes it.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb()))
                // Bolt otherwise waits ~10 s in quiet periods on shutdown; a test server has nothing to drain.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            System.out.println("STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
            System.err.println("the default database did not become available");
            System.exit(1);
        }
        if (password != null) {
            // The built-in user starts with a password that must be changed; set ours, already changed.
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        }
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        stopped.await();
    }
}
