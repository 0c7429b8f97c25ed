package org.saferboard.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.saferboard.api.InvalidFieldException;
import org.saferboard.infrastructure.eventstore.EventChain.ChainHead;
import org.saferboard.infrastructure.eventstore.EventChain.ChainVerification;
import org.saferboard.infrastructure.eventstore.EventChain.RecordedHead;
import org.saferboard.infrastructure.eventstore.EventChain;
import org.saferboard.infrastructure.eventstore.EventLogBackup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The event log itself: its hash chain's head, the chain's verification, and a backup of the whole log. */
@RestController
@RequestMapping(path = "/api/event-log", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Event log")
class EventLogController {

    private static final Logger log = LoggerFactory.getLogger(EventLogController.class);
    /** How many recorded heads one verification checks; minutes record one per meeting. */
    private static final int MOST_HEADS = 1_000;

    private final EventChain chain;
    private final EventLogBackup backup;

    EventLogController(EventChain chain, EventLogBackup backup) {
        this.chain = chain;
        this.backup = backup;
    }

    /** The chain's newest link, as printed in the footer of the board's papers. */
    public record HeadView(long index, String hash, String anchor, boolean keyed, String printed) {

        static HeadView of(ChainHead head) {
            return new HeadView(head.index(), head.hash(), head.anchor(), head.keyed(), head.printed());
        }
    }

    @GetMapping("/head")
    @Operation(summary = "The hash chain's head", description = "The index and hash of the newest chained event, and the anchor"
            + " printed in the footer of every Action Log and meeting record (an HMAC when SAFERBOARD_CHAIN_KEY is set).")
    HeadView head() {
        chain.extend();
        return chain.head().map(HeadView::of).orElse(new HeadView(0, null, null, false, "The event log is empty"));
    }

    @GetMapping("/verification")
    @Operation(summary = "Verify the hash chain over the whole event log",
            description = "Recomputes every link in global order and answers either how many events were verified and the"
                    + " head, or the first broken link: its index, event, case and whether an event was edited, removed,"
                    + " reordered or inserted. Each head given (index:hash, as printed in minutes) is confirmed on the chain or not.")
    ChainVerification verify(
            @Parameter(description = "a head recorded earlier, as printed: index:hash", example = "1234:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            @RequestParam(name = "head", required = false) List<String> heads) {
        List<RecordedHead> recorded = recordedHeads(heads);
        chain.extend();
        long started = System.nanoTime();
        ChainVerification verification = chain.verify(recorded, verified -> { });
        log.info("Chain verification over the API: {} ({} ms)", verification.summary(), (System.nanoTime() - started) / 1_000_000);
        return verification;
    }

    static List<RecordedHead> recordedHeads(List<String> heads) {
        List<RecordedHead> recorded = new ArrayList<>();
        if (heads == null) {
            return recorded;
        }
        if (heads.size() > MOST_HEADS) {
            throw new InvalidFieldException("head", "at most " + MOST_HEADS + " heads at once");
        }
        for (String head : heads) {
            try {
                recorded.add(RecordedHead.parse(head));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("head", e.getMessage());
            }
        }
        return recorded;
    }

    @GetMapping(value = "/backup", produces = "application/gzip")
    @Operation(summary = "Back up the whole event log",
            description = "The event log up to the chain's head when the request came, as gzip-compressed NDJSON: a line that"
                    + " names the backup, one line per event with its link of the chain, and a last line that counts them."
                    + " X-Event-Log-Up-To names the global index it covers. Restore it with the standalone jar's --restore.")
    void backup(HttpServletResponse response) throws IOException {
        ChainHead upTo = backup.headToBackUp();
        response.setContentType("application/gzip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("saferboard-event-log-" + upTo.index() + ".ndjson.gz").build().toString());
        response.setHeader("X-Event-Log-Up-To", Long.toString(upTo.index()));
        // written straight to the answer a batch at a time: the log may be larger than memory
        EventLogBackup.BackupSummary written = backup.write(upTo, response.getOutputStream(), count -> { });
        log.info("Backed up {} events up to index {} over the API", written.events(), written.upToIndex());
    }
}
