package chainatlas;

import java.io.IOException;
import java.io.InputStream;

import org.neo4j.server.CommunityEntryPoint;

/**
 * Runs Neo4j's own server entry point, tied to the Node process that started it.
 *
 * <p>The parent keeps our standard input open for as long as it lives. When that pipe closes
 * (the parent exited, even by SIGKILL) we exit too, which runs Neo4j's shutdown hook and
 * releases the store lock, so no Neo4j of ours outlives the app.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        Thread watchdog = new Thread(Launcher::exitWhenParentGoes, "chain-atlas-parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        CommunityEntryPoint.main(args);
    }

    private static void exitWhenParentGoes() {
        InputStream in = System.in;
        byte[] buffer = new byte[64];
        try {
            while (in.read(buffer) != -1) {
                // The parent never writes; anything it sends is ignored.
            }
        } catch (IOException ignored) {
            // A broken pipe means the same as end of input.
        }
        System.exit(0);
    }
}
