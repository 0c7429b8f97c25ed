package org.saferboard.command.web;

/** A write API for one kind of case; its name words the error messages, e.g. "action", "meeting". */
interface CaseController {

    String caseName();
}
