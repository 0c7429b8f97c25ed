package org.saferboard.web.dhr;

import static org.saferboard.web.FormField.date;
import static org.saferboard.web.FormField.lines;
import static org.saferboard.web.FormField.money;
import static org.saferboard.web.FormField.radios;
import static org.saferboard.web.FormField.select;
import static org.saferboard.web.FormField.text;
import static org.saferboard.web.FormField.textarea;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.saferboard.api.Pence;
import org.saferboard.api.dhr.AllocationPurpose;
import org.saferboard.api.dhr.PartnerAmount;
import org.saferboard.api.dhr.commands.AgreeAnnualContributions;
import org.saferboard.api.dhr.commands.AllocateDHRFunding;
import org.saferboard.api.dhr.commands.CloseFinancialYear;
import org.saferboard.api.dhr.commands.DrawDownContributions;
import org.saferboard.api.dhr.commands.RecordContributionReceived;
import org.saferboard.api.dhr.commands.RecordExpenditure;
import org.saferboard.api.dhr.commands.ReleaseAllocation;
import org.saferboard.api.dhr.views.AllocationList;
import org.saferboard.web.CommandForm;
import org.saferboard.web.Form;
import org.saferboard.web.FormField;

/**
 * Finance's forms on the DHR fund, each sending one fund command: amounts are typed in pounds and pence, a
 * year's label as 2015-16, and dates left empty are today's, as in the API.
 */
enum FundChange {

    CONTRIBUTIONS("agree-contributions", "PUT", "contributions/year", "Agree a year's contributions", "Agree the contributions") {
        @Override
        List<FormField> fields(Supplier<AllocationList> allocations) {
            return List.of(text("financialYear", "Financial year", YEAR), lines("contributions", "Each partner's contribution",
                            "One partner a line: its name, a colon and the amount, for example Leicestershire Police: 16000.00"),
                    text("resolutionReference", "Resolution", "The board's resolution that agreed them, for example LSCSB 28 January 2015, minute 7(c)"),
                    date("agreedOn", "Agreed on (optional)", TODAY));
        }

        @Override
        Object command(String fundId, Form form) {
            return new AgreeAnnualContributions(fundId, form.text("financialYear"), partnerAmounts(form, "contributions"),
                    form.text("resolutionReference"), form.date("agreedOn"), form.expectedVersion());
        }
    },
    DRAWDOWN("drawdown", "POST", "drawdowns", "Draw down contributions", "Record the drawdown") {
        @Override
        List<FormField> fields(Supplier<AllocationList> allocations) {
            return List.of(text("financialYear", "Financial year", YEAR),
                    money("total", "Total to call in (pro rata)", "Shared between the partners in proportion to what each agreed; "
                            + "or leave empty and give each partner's amount below"),
                    lines("amounts", "Or each partner's amount (optional)", "One partner a line: its name, a colon and the amount"),
                    textarea("reason", "Reason", "What the money is for"), date("drawnOn", "Drawn on (optional)", TODAY));
        }

        @Override
        Object command(String fundId, Form form) {
            List<PartnerAmount> amounts = partnerAmounts(form, "amounts");
            return new DrawDownContributions(fundId, newId(form), form.text("financialYear"), form.pence("total"),
                    amounts.isEmpty() ? null : amounts, form.text("reason"), form.date("drawnOn"), form.expectedVersion());
        }
    },
    RECEIPT("receipt", "POST", "receipts", "Record a payment received", "Record the payment") {
        @Override
        List<FormField> fields(Supplier<AllocationList> allocations) {
            return List.of(text("financialYear", "Financial year", YEAR), text("partner", "Partner", null), money("amount", "Amount", null),
                    date("receivedOn", "Received on (optional)", TODAY), text("reference", "Reference (optional)", "For example, the remittance"));
        }

        @Override
        Object command(String fundId, Form form) {
            Long amount = form.pence("amount");
            return new RecordContributionReceived(fundId, newId(form), form.text("financialYear"), form.text("partner"),
                    amount == null ? 0 : amount, form.date("receivedOn"), form.text("reference"), form.expectedVersion());
        }
    },
    ALLOCATION("allocation", "POST", "allocations", "Allocate funding", "Allocate") {
        @Override
        List<FormField> fields(Supplier<AllocationList> allocations) {
            return List.of(money("amount", "Amount", null), radios("purpose", "For", null, List.of(
                            new FormField.Option(AllocationPurpose.REVIEW.name(), "A review"),
                            new FormField.Option(AllocationPurpose.LEARNING_EVENT.name(), "A learning event"),
                            new FormField.Option(AllocationPurpose.OTHER.name(), "Something else"))),
                    text("reviewId", "Review id (for a review)", null), text("description", "Description", null),
                    text("resolutionReference", "Resolution", "The board's resolution that approved it"),
                    date("allocatedOn", "Allocated on (optional)", TODAY));
        }

        @Override
        Object command(String fundId, Form form) {
            Long amount = form.pence("amount");
            return new AllocateDHRFunding(fundId, newId(form), amount == null ? 0 : amount, form.choice("purpose", AllocationPurpose.class),
                    form.text("reviewId"), form.text("description"), form.text("resolutionReference"), form.date("allocatedOn"),
                    form.expectedVersion());
        }
    },
    EXPENDITURE("expenditure", "POST", "allocations/allocation/expenditure", "Record spending", "Record the spending") {
        @Override
        List<FormField> fields(Supplier<AllocationList> allocations) {
            return List.of(select("allocationId", "From the allocation", null, openAllocations(allocations.get())), money("amount", "Amount", null),
                    text("description", "What it paid for", null), text("reference", "Reference (optional)", "For example, the invoice"),
                    date("spentOn", "Spent on (optional)", TODAY));
        }

        @Override
        Object command(String fundId, Form form) {
            Long amount = form.pence("amount");
            return new RecordExpenditure(fundId, form.text("allocationId"), newId(form), amount == null ? 0 : amount,
                    form.text("description"), form.text("reference"), form.date("spentOn"), form.expectedVersion());
        }
    },
    RELEASE("release", "POST", "allocations/allocation/release", "Release what an allocation has left", "Release") {
        @Override
        List<FormField> fields(Supplier<AllocationList> allocations) {
            return List.of(select("allocationId", "The allocation", null, openAllocations(allocations.get())),
                    textarea("reason", "Why", null), date("releasedOn", "Released on (optional)", TODAY));
        }

        @Override
        Object command(String fundId, Form form) {
            return new ReleaseAllocation(fundId, form.text("allocationId"), form.text("reason"), form.date("releasedOn"),
                    form.expectedVersion());
        }
    },
    CLOSE_YEAR("close-year", "POST", "years/year/close", "Close a financial year", "Close the year") {
        @Override
        List<FormField> fields(Supplier<AllocationList> allocations) {
            return List.of(text("financialYear", "Financial year", YEAR), date("closedOn", "Closed on (optional)", TODAY));
        }

        @Override
        Object command(String fundId, Form form) {
            return new CloseFinancialYear(fundId, form.text("financialYear"), form.date("closedOn"), form.expectedVersion());
        }
    };

    private static final String TODAY = "Leave empty for today. For example, 27 3 2027";
    private static final String YEAR = "1 April to 31 March, written 2015-16";

    private final String path;
    private final String apiMethod;
    /** The endpoint's path under the fund; the access rules cover every year and allocation alike. */
    private final String apiPath;
    private final String heading;
    private final String button;

    FundChange(String path, String apiMethod, String apiPath, String heading, String button) {
        this.path = path;
        this.apiMethod = apiMethod;
        this.apiPath = apiPath;
        this.heading = heading;
        this.button = button;
    }

    abstract List<FormField> fields(Supplier<AllocationList> allocations);

    abstract Object command(String fundId, Form form);

    static Optional<FundChange> atPath(String path) {
        return Arrays.stream(values()).filter(change -> change.path.equals(path)).findFirst();
    }

    String apiMethod() {
        return apiMethod;
    }

    String apiPath(String fundId) {
        return "/api/dhr-funds/" + fundId + "/" + apiPath;
    }

    public String path() {
        return path;
    }

    public String heading() {
        return heading;
    }

    /** Whether a form of this kind makes something new, whose id it carries so that sending it twice makes one. */
    boolean makesNew() {
        return this == DRAWDOWN || this == RECEIPT || this == ALLOCATION || this == EXPENDITURE;
    }

    /** @param allocations the fund's allocations, read only by the forms that choose one */
    CommandForm page(String fundId, String fundName, Supplier<AllocationList> allocations) {
        String fundPage = "/fund/" + fundId;
        return new CommandForm(fundName, heading, button, fundPage + "/" + path, fundPage, fields(allocations));
    }

    private static String newId(Form form) {
        return Optional.ofNullable(form.text("newId")).orElseGet(() -> UUID.randomUUID().toString());
    }

    private static List<FormField.Option> openAllocations(AllocationList allocations) {
        List<FormField.Option> options = new ArrayList<>();
        options.add(new FormField.Option("", "Choose an allocation"));
        if (allocations != null) {
            allocations.allocations().stream().filter(allocation -> allocation.status() == AllocationList.Status.OPEN)
                    .forEach(allocation -> options.add(new FormField.Option(allocation.allocationId(),
                            allocation.description() + " (£" + allocation.remaining() + " left)")));
        }
        return options;
    }

    /** "Partner: 1250.00" a line; a line that is not is refused with its number. */
    private static List<PartnerAmount> partnerAmounts(Form form, String field) {
        List<PartnerAmount> amounts = new ArrayList<>();
        List<String> lines = form.lines(field);
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            int colon = line.lastIndexOf(':');
            String pounds = colon < 0 ? "" : line.substring(colon + 1).replace("£", "").replace(",", "").strip();
            if (colon <= 0 || !pounds.matches(Pence.AMOUNT_PATTERN)) {
                form.reject(field, form.label(field) + ": line " + (index + 1)
                        + " must be a partner's name, a colon and an amount in pounds and pence, for example Leicestershire Police: 16000.00");
                continue;
            }
            amounts.add(new PartnerAmount(line.substring(0, colon).strip(), Pence.parse(pounds, field)));
        }
        return amounts;
    }
}
