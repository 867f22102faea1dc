// Runs one embedded Neo4j 5.26 community server with the Bolt connector on 127.0.0.1.
// Started by scripts/infra (single-file source mode): java -cp '<cache>/neo4j-lib/*' Launcher.java
//
// Arguments: <homeDir> <boltPort> <pageCacheMiB> [<tlsDir>]
//   tlsDir: a folder with private.key (PKCS#8 PEM) and public.crt: Bolt then requires TLS
//   (clients use bolt+s:// or neo4j+s://).
// Environment: CHAINLIFT_NEO4J_PASSWORD set turns authentication on, with that password for the
//   user neo4j (set on every start; not an argument, so it stays out of the process list).
//   Unset: authentication off, as `npm start` runs it.
// Prints "NEO4J_READY bolt://127.0.0.1:<port>" once a first query has answered, then blocks until
// SIGTERM, when a shutdown hook stops the database cleanly.

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.configuration.ssl.ClientAuth;
import org.neo4j.configuration.ssl.SslPolicyConfig;
import org.neo4j.configuration.ssl.SslPolicyScope;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

public class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: Launcher <homeDir> <boltPort> <pageCacheMiB> [<tlsDir>]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long pageCacheMiB = Long.parseLong(args[2]);
    Path tlsDir = args.length > 3 ? Path.of(args[3]).toAbsolutePath() : null;
    String password = System.getenv("CHAINLIFT_NEO4J_PASSWORD");
    boolean auth = password != null && !password.isEmpty();

    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, auth)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false);
    if (tlsDir != null) {
      SslPolicyConfig bolt = SslPolicyConfig.forScope(SslPolicyScope.BOLT);
      builder
          .setConfig(bolt.enabled, true)
          .setConfig(bolt.base_directory, tlsDir)
          .setConfig(bolt.client_auth, ClientAuth.NONE)
          .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.REQUIRED);
    }
    DatabaseManagementService dbms = builder.build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stopped.countDown();
    }, "neo4j-shutdown"));

    if (auth) {
      try {
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
            Map.of("password", password));
      } catch (RuntimeException e) {
        // Starting again with the same password: Neo4j refuses to "change" it to itself.
        if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
          System.err.println("NEO4J_FAILED could not set the password: " + e.getMessage());
          System.exit(1); // the shutdown hook stops the database
        }
      }
    }
    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    try (var tx = db.beginTx()) {
      tx.execute("RETURN 1").close();
      tx.commit();
    }
    System.out.println("NEO4J_READY bolt://127.0.0.1:" + port);
    System.out.flush();
    stopped.await();
  }
}
