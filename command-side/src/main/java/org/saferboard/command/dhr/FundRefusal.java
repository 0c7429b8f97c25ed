package org.saferboard.command.dhr;

import org.saferboard.command.CaseRefusal;

/** A command the DHR fund refuses because of its ledger: money it does not have, a closed year, ... */
public class FundRefusal extends CaseRefusal {

    FundRefusal(String code, String message) {
        super(code, message);
    }
}
