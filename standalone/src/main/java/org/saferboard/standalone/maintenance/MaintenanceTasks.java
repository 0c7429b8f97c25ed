package org.saferboard.standalone.maintenance;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.saferboard.infrastructure.ProgressLog;
import org.saferboard.infrastructure.eventstore.EventChain.ChainVerification;
import org.saferboard.infrastructure.eventstore.EventChain.RecordedHead;
import org.saferboard.infrastructure.eventstore.EventChain;
import org.saferboard.infrastructure.eventstore.EventLogBackup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What the standalone jar does instead of serving, and then exits: {@code --verify-chain} (with
 * {@code --head=index:hash} for each head recorded in minutes) verifies the event log's hash chain,
 * exiting 0 when it holds and every head is on it, 1 otherwise; {@code --backup=FILE} writes a backup
 * of the whole event log. Both open the store as the app does (SaferBoard must be stopped first when
 * its data is in the embedded default's directory, which one process holds at a time) and start no
 * projection and no web server.
 */
public final class MaintenanceTasks {

    public static final String VERIFY_CHAIN = "verify-chain";
    public static final String HEAD = "head";
    public static final String BACKUP = "backup";
    /** Exit status of a task asked for wrongly (a head that is not index:hash, a backup file that exists). */
    public static final int USAGE = 2;

    private static final Logger log = LoggerFactory.getLogger(MaintenanceTasks.class);

    private MaintenanceTasks() {
    }

    /** The exit status of the maintenance task the arguments ask for; empty when they ask for none. */
    public static Optional<Integer> runIfAsked(Class<?> application, String[] args, PrintStream out) {
        DefaultApplicationArguments arguments = new DefaultApplicationArguments(args);
        boolean verify = arguments.containsOption(VERIFY_CHAIN);
        boolean backup = arguments.containsOption(BACKUP);
        if (!verify && !backup) {
            return Optional.empty();
        }
        if (verify && backup) {
            out.println("Ask for one task at a time: --verify-chain or --backup=FILE");
            return Optional.of(USAGE);
        }
        List<RecordedHead> heads;
        try {
            heads = Optional.ofNullable(arguments.getOptionValues(HEAD)).orElse(List.of()).stream().map(RecordedHead::parse).toList();
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            return Optional.of(USAGE);
        }
        Path target = null;
        if (backup) {
            List<String> files = arguments.getOptionValues(BACKUP);
            if (files.size() != 1 || files.get(0).isBlank()) {
                out.println("Name the file to back up to: --backup=saferboard-backup.ndjson.gz");
                return Optional.of(USAGE);
            }
            target = Path.of(files.get(0)).toAbsolutePath();
            if (Files.exists(target)) {
                out.println("Not backing up to " + target + ": the file exists, and a backup never overwrites one");
                return Optional.of(USAGE);
            }
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("saferboard.projections.auto-start=false")
                .run(args)) {
            return Optional.of(verify ? verify(context.getBean(EventChain.class), heads, out)
                    : backUp(context.getBean(EventLogBackup.class), target, out));
        }
    }

    private static int verify(EventChain chain, List<RecordedHead> heads, PrintStream out) {
        chain.extend();
        long total = chain.head().map(EventChain.ChainHead::index).orElse(0L);
        ChainVerification verification = chain.verify(heads, new ProgressLog(log, "Verifying the event log's chain", total)::accept);
        out.println(verification.summary());
        verification.recordedHeads().forEach(check -> out.println("head " + check.index() + ":" + check.recorded() + ": " + check.finding()));
        if (verification.brokenLink() != null) {
            out.println(verification.brokenLink().finding());
        }
        return verification.intact() ? 0 : 1;
    }

    private static int backUp(EventLogBackup backup, Path target, PrintStream out) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        EventChain.ChainHead upTo = backup.headToBackUp();
        try (OutputStream file = Files.newOutputStream(partial)) {
            EventLogBackup.BackupSummary written = backup.write(upTo, file,
                    new ProgressLog(log, "Backing up the event log", upTo.index())::accept);
            file.close();
            // a backup file that exists is whole: a run cut short leaves only the .partial file
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            out.println("Backed up " + written.events() + " events up to index " + written.upToIndex() + " (head " + written.head()
                    + ") to " + target);
            return 0;
        } catch (IOException e) {
            out.println("The backup to " + target + " failed: " + e.getMessage());
            return 1;
        }
    }
}
