package org.saferboard.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.saferboard.infrastructure.eventstore.EventChain;
import org.saferboard.query.ReadModelRebuilder;
import org.saferboard.query.ReadModelStatus;
import org.saferboard.web.PageAccess;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The event log for auditors and administrators: the hash chain's head as the board's papers print it,
 * its verification (with heads recorded in minutes), and for administrators a backup to download and
 * the read models' progress with their rebuilds, which the page follows live (htmx polls the table
 * while a rebuild runs; without JavaScript, a link refreshes it).
 */
@Controller
class EventLogPages {

    private static final String VERIFY = "/api/event-log/verification";
    private static final String REBUILD = "/api/read-models/rebuild";

    private final EventChain chain;
    private final ReadModelStatus status;
    private final ReadModelRebuilder rebuilder;
    private final PageAccess access;

    EventLogPages(EventChain chain, ReadModelStatus status, ReadModelRebuilder rebuilder, PageAccess access) {
        this.chain = chain;
        this.status = status;
        this.rebuilder = rebuilder;
        this.access = access;
    }

    @GetMapping("/event-log")
    String eventLog(HttpServletRequest request, Model model) {
        access.require(request, "GET", VERIFY);
        chain.extend();
        model.addAttribute("head", chain.head().orElse(null));
        model.addAttribute("mayBackUp", access.may("GET", "/api/event-log/backup"));
        model.addAttribute("heads", "");
        readModels(model);
        return "audit/event-log";
    }

    @GetMapping("/event-log/verification")
    String verify(@RequestParam(defaultValue = "") String heads, HttpServletRequest request, Model model) {
        access.require(request, "GET", VERIFY);
        List<EventChain.RecordedHead> recorded = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String line : heads.lines().map(String::trim).filter(line -> !line.isEmpty()).limit(1_000).toList()) {
            try {
                recorded.add(EventChain.RecordedHead.parse(line));
            } catch (IllegalArgumentException e) {
                unreadable.add(line);
            }
        }
        chain.extend();
        model.addAttribute("head", chain.head().orElse(null));
        model.addAttribute("mayBackUp", access.may("GET", "/api/event-log/backup"));
        model.addAttribute("heads", heads);
        if (unreadable.isEmpty()) {
            model.addAttribute("verification", chain.verify(recorded, verified -> { }));
        } else {
            model.addAttribute("unreadableHeads", unreadable);
        }
        readModels(model);
        return "audit/event-log";
    }

    /** The read models' table alone, which htmx fetches every two seconds while a rebuild runs. */
    @GetMapping("/event-log/read-models")
    String readModelsTable(HttpServletRequest request, Model model) {
        access.require(request, "GET", "/api/read-models");
        readModels(model);
        return "audit/event-log :: readModels";
    }

    @PostMapping("/event-log/rebuild")
    String rebuild(@RequestParam(required = false) String readModel, HttpServletRequest request, RedirectAttributes redirect) {
        access.require(request, "POST", REBUILD);
        try {
            rebuilder.start(readModel == null || readModel.isBlank() ? List.of() : List.of(readModel));
            redirect.addFlashAttribute("changed", readModel == null || readModel.isBlank() ? "Rebuilding every read model"
                    : "Rebuilding " + readModel);
        } catch (ReadModelRebuilder.RebuildRefused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessage());
        }
        return "redirect:/event-log#read-models";
    }

    @PostMapping("/event-log/rebuild/cancel")
    String cancel(HttpServletRequest request, RedirectAttributes redirect) {
        access.require(request, "POST", REBUILD);
        redirect.addFlashAttribute("changed", rebuilder.cancel() ? "The rebuild is being cancelled" : "No rebuild was running");
        return "redirect:/event-log#read-models";
    }

    private void readModels(Model model) {
        boolean mayRebuild = access.may("POST", REBUILD);
        model.addAttribute("mayRebuild", mayRebuild);
        if (!access.may("GET", "/api/read-models")) {
            return;
        }
        List<ReadModelStatus.Progress> progress = status.now();
        List<ReadModelRebuilder.Status> rebuilds = rebuilder.statuses();
        model.addAttribute("readModels", progress);
        model.addAttribute("rebuilds", rebuilds);
        // in the split deployment the pages' process keeps no read model: the query side rebuilds them, over its API
        model.addAttribute("projectionsHere", progress.stream().anyMatch(ReadModelStatus.Progress::running));
        model.addAttribute("rebuilding", rebuilds.stream().anyMatch(rebuild -> rebuild.endedAt() == null));
    }
}
