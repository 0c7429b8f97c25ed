package org.saferboard.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.saferboard.infrastructure.security.SignedInUser;
import org.saferboard.infrastructure.security.SignedInUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page has: who is signed in, the service navigation their roles reach, and the pages shown
 * when something goes wrong (not allowed 403, not found 404, a bad address 400, and 500 with a reference).
 */
@ControllerAdvice(basePackageClasses = WebConfiguration.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageModel {

    private static final Logger LOG = LoggerFactory.getLogger(PageModel.class);

    /** A link of the service navigation, shown to those who may make the API request its page is built on. */
    record NavigationLink(String label, String href, String method, String apiPath) {
    }

    private static final List<NavigationLink> NAVIGATION = List.of(
            new NavigationLink("Actions", "/actions", "GET", "/api/actions"),
            new NavigationLink("Meetings", "/meetings", "GET", "/api/meetings"),
            new NavigationLink("Reviews", "/reviews", "GET", "/api/reviews"),
            new NavigationLink("Performance", "/performance", "GET", "/api/performance/boards/any/dashboard"),
            new NavigationLink("DHR fund", "/fund", "GET", "/api/dhr-funds/any/ledger"),
            new NavigationLink("Audit trail", "/audit", "GET", "/api/audit-trail"),
            new NavigationLink("Event log", "/event-log", "GET", "/api/event-log/verification"),
            new NavigationLink("Users", "/admin/users", "GET", "/api/users"));

    /** A link as a page shows it: current when the page is under it. */
    record ShownLink(String label, String href, boolean current) {
    }

    private final SignedInUsers signedInUsers;
    private final PageAccess access;

    PageModel(SignedInUsers signedInUsers, PageAccess access) {
        this.signedInUsers = signedInUsers;
        this.access = access;
    }

    @ModelAttribute("signedIn")
    SignedInUser signedIn() {
        return signedInUsers.current().orElse(null);
    }

    @ModelAttribute("navigation")
    List<ShownLink> navigation(HttpServletRequest request) {
        if (signedInUsers.current().isEmpty()) {
            return List.of();
        }
        String path = request.getRequestURI();
        return Stream.concat(Stream.of(new ShownLink("Home", "/", "/".equals(path))),
                NAVIGATION.stream().filter(link -> access.may(link.method(), link.apiPath()))
                        .map(link -> new ShownLink(link.label(), link.href(), path.startsWith(link.href())))).toList();
    }

    @ExceptionHandler(NotAllowed.class)
    ModelAndView notAllowed(NotAllowed notAllowed, HttpServletRequest request) {
        return problemPage(request, HttpStatus.FORBIDDEN, "You cannot open this page", notAllowed.getMessage()
                + " Ask an administrator if your work needs it.");
    }

    @ExceptionHandler(PageNotFound.class)
    ModelAndView notFound(PageNotFound notFound, HttpServletRequest request) {
        return problemPage(request, HttpStatus.NOT_FOUND, "Page not found", notFound.getMessage());
    }

    @ExceptionHandler(Commands.StaleForm.class)
    ModelAndView staleOutsideAForm(Commands.StaleForm stale, HttpServletRequest request) {
        return problemPage(request, HttpStatus.CONFLICT, "Changed since you opened it", stale.getMessage());
    }

    /**
     * Spring's own refusals of a request (a missing or unreadable parameter, a method not allowed, no such page),
     * and anything unexpected: logged with a reference the person can quote, no internals shown.
     */
    @ExceptionHandler(Exception.class)
    ModelAndView refusedOrUnexpected(Exception failure, HttpServletRequest request) {
        if (failure instanceof ErrorResponse refused) {
            HttpStatus status = HttpStatus.resolve(refused.getStatusCode().value());
            if (status == HttpStatus.NOT_FOUND) {
                return problemPage(request, status, "Page not found", "There is no page at this address.");
            }
            if (status != null && status.is4xxClientError()) {
                return problemPage(request, status, "This address does not work", "The page cannot be shown for this address.");
            }
        }
        if (failure instanceof TypeMismatchException mismatch) {
            return problemPage(request, HttpStatus.BAD_REQUEST, "This address does not work",
                    "The page cannot be shown for this address: '" + mismatch.getValue() + "' is not a value it knows.");
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Page {} {} failed; reference {}", request.getMethod(), request.getRequestURI(), reference, failure);
        return problemPage(request, HttpStatus.INTERNAL_SERVER_ERROR, "Sorry, there is a problem with SaferBoard",
                "Nothing of what you sent was half-saved. Try again later; if it keeps happening, give your administrator this reference: "
                        + reference + ".");
    }

    private ModelAndView problemPage(HttpServletRequest request, HttpStatus status, String heading, String detail) {
        ModelAndView page = new ModelAndView("problem");
        page.setStatus(status);
        page.addObject("heading", heading);
        page.addObject("detail", detail);
        page.addObject("signedIn", signedIn());
        page.addObject("navigation", navigation(request));
        return page;
    }
}
