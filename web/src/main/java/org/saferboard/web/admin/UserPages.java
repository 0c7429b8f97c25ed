package org.saferboard.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.saferboard.api.people.Role;
import org.saferboard.infrastructure.security.SignedInUser;
import org.saferboard.infrastructure.security.UserAccount;
import org.saferboard.infrastructure.security.UserChanges;
import org.saferboard.infrastructure.security.UserDirectory;
import org.saferboard.infrastructure.security.UserView;
import org.saferboard.web.CommandForm;
import org.saferboard.web.Commands;
import org.saferboard.web.Form;
import org.saferboard.web.FormField;
import org.saferboard.web.FormPages;
import org.saferboard.web.PageAccess;
import org.saferboard.web.PageNotFound;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pages for local users: the list, a user's page with their history of changes, and forms to
 * create a user and to change their roles or agency, disable or enable them, or reset their password. The rules
 * are {@link UserChanges}, the administrators' API's own, and the changes go to the same {@link UserDirectory}.
 */
@Controller
class UserPages {

    private static final String USERS = "/api/users";
    private static final List<FormField.Option> ROLE_OPTIONS = Arrays.stream(Role.values())
            .map(role -> new FormField.Option(role.name(), PageAccess.roleInWords(role))).toList();
    private static final String PASSWORD_HINT = "At least " + UserChanges.SHORTEST_PASSWORD
            + " characters; a few words together are easy to remember and hard to guess. Give it to them in person or by phone.";
    private static final CommandForm CREATE = new CommandForm(null, "Create a user", "Create the user", "/admin/users/new",
            "/admin/users", List.of(
            FormField.text("username", "Username", "What they sign in with: lower-case letters, digits, dots or hyphens, for example anita.chavda"),
            FormField.text("displayName", "Name", "As the history shows it"),
            FormField.text("agency", "Agency", "An officer may change their agency's actions"),
            FormField.checkboxes("roles", "Roles", null, ROLE_OPTIONS),
            FormField.password("password", "First password", PASSWORD_HINT)));

    /** The changes of one user, each a form on its own page. */
    enum Change {
        ROLES("roles", "Change roles", List.of(FormField.checkboxes("roles", "Roles", null, ROLE_OPTIONS))),
        AGENCY("agency", "Change agency", List.of(FormField.text("agency", "Agency", null))),
        DISABLE("disable", "Disable the user", List.of(FormField.textarea("reason", "Why", "They can no longer sign in; their history stays"))),
        ENABLE("enable", "Enable the user", List.of(FormField.textarea("reason", "Why", null))),
        PASSWORD("password", "Reset the password", List.of(FormField.password("password", "New password", PASSWORD_HINT + " This also lifts a lock.")));

        final String path;
        final String heading;
        final List<FormField> fields;

        Change(String path, String heading, List<FormField> fields) {
            this.path = path;
            this.heading = heading;
            this.fields = fields;
        }

        public String path() {
            return path;
        }

        public String heading() {
            return heading;
        }
    }

    private final UserDirectory directory;
    private final PasswordEncoder passwords;
    private final Commands commands;
    private final PageAccess access;
    private final FormPages forms;
    private final Clock clock;

    UserPages(UserDirectory directory, PasswordEncoder passwords, Commands commands, PageAccess access, FormPages forms, Clock clock) {
        this.directory = directory;
        this.passwords = passwords;
        this.commands = commands;
        this.access = access;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/admin/users")
    String users(HttpServletRequest request, Model model) {
        access.require(request, "GET", USERS);
        model.addAttribute("users", directory.all().stream().map(account -> UserView.of(account, clock))
                .sorted(Comparator.comparing(UserView::username)).toList());
        model.addAttribute("mayCreate", access.may("POST", USERS));
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String createForm(HttpServletRequest request, Model model) {
        access.require(request, "POST", USERS);
        return forms.show(model, CREATE, Form.empty(CREATE.labels()));
    }

    @PostMapping("/admin/users/new")
    String create(@RequestParam MultiValueMap<String, String> fields, HttpServletRequest request, Model model,
                  RedirectAttributes redirect) {
        access.require(request, "POST", USERS);
        Form form = Form.sent(fields, CREATE.labels());
        UserChanges.NewUser newUser = new UserChanges.NewUser(form.text("username"), form.text("displayName"),
                form.text("agency") == null ? "" : form.text("agency"), roles(form), form.value("password"));
        if (commands.check(newUser, form)) {
            try {
                directory.create(newUser.username(), newUser.displayName(), newUser.agency(), newUser.roles(),
                        passwords.encode(newUser.password()), actor());
                return done(redirect, newUser.username(), "User created");
            } catch (UserDirectory.UsernameTaken taken) {
                form.reject("username", taken.getMessage());
            }
        }
        form.withValue("password", "");
        return forms.show(model, CREATE, form);
    }

    @GetMapping("/admin/users/{username}")
    String user(@PathVariable String username, HttpServletRequest request, Model model) {
        access.require(request, "GET", USERS + "/" + username);
        UserView user = UserView.of(find(username), clock);
        model.addAttribute("user", user);
        model.addAttribute("changes", access.may("POST", USERS + "/" + username + "/roles")
                ? Arrays.stream(Change.values()).filter(change -> change != (user.enabled() ? Change.ENABLE : Change.DISABLE)).toList()
                : List.of());
        List<UserAccount.Change> newestFirst = new ArrayList<>(user.changes());
        Collections.reverse(newestFirst);
        model.addAttribute("newestFirst", newestFirst);
        return "admin/user";
    }

    @GetMapping("/admin/users/{username}/{change}")
    String changeForm(@PathVariable String username, @PathVariable String change, HttpServletRequest request, Model model) {
        Change shown = change(change);
        access.require(request, "POST", USERS + "/" + username + "/" + shown.path);
        UserAccount account = find(username);
        CommandForm page = page(account, shown);
        Form form = page.blankAt(account.version())
                .withValue("agency", account.agency())
                .withValue("roles", account.roles().stream().map(Role::name).collect(Collectors.joining(",")));
        return forms.show(model, page, form);
    }

    @PostMapping("/admin/users/{username}/{change}")
    String change(@PathVariable String username, @PathVariable String change, @RequestParam MultiValueMap<String, String> fields,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Change sent = change(change);
        access.require(request, "POST", USERS + "/" + username + "/" + sent.path);
        UserAccount account = find(username);
        CommandForm page = page(account, sent);
        Form form = Form.sent(fields, page.labels());
        Long expected = form.expectedVersion();
        long version = expected == null ? account.version() : expected;
        try {
            boolean changed = switch (sent) {
                case ROLES -> apply(new UserChanges.Roles(roles(form)), form,
                        roles -> directory.changeRoles(username, version, roles.roles(), actor()));
                case AGENCY -> apply(new UserChanges.Agency(form.text("agency") == null ? "" : form.text("agency")), form,
                        agency -> directory.changeAgency(username, version, agency.agency(), actor()));
                case DISABLE -> apply(new UserChanges.Reason(form.text("reason")), form,
                        reason -> directory.disable(username, version, reason.reason(), actor()));
                case ENABLE -> apply(new UserChanges.Reason(form.text("reason")), form,
                        reason -> directory.enable(username, version, reason.reason(), actor()));
                case PASSWORD -> apply(new UserChanges.Password(form.value("password")), form,
                        password -> directory.resetPassword(username, version, passwords.encode(password.password()), actor()));
            };
            if (changed) {
                return done(redirect, username, sent.heading + ": done");
            }
        } catch (UserDirectory.LastAdministrator last) {
            form.rejectForm(last.getMessage());
        } catch (UserDirectory.StaleAccount stale) {
            form.rejectForm("Nothing was saved: someone changed this user after you opened the form (it is now at version "
                    + stale.currentVersion() + "). Check the user's page, then send your change again if it is still needed.");
            form.withValue("expectedVersion", Long.toString(stale.currentVersion()));
        }
        form.withValue("password", "");
        return forms.show(model, page, form);
    }

    /** Checks the change against its rules; when they hold, makes it. */
    private <T> boolean apply(T change, Form form, Function<T, UserAccount> make) {
        if (!commands.check(change, form)) {
            return false;
        }
        make.apply(change);
        return true;
    }

    private static Set<Role> roles(Form form) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : form.tickedValues("roles")) {
            Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).forEach(roles::add);
        }
        return roles;
    }

    private static String done(RedirectAttributes redirect, String username, String message) {
        redirect.addFlashAttribute(FormPages.CHANGED, message);
        return "redirect:/admin/users/" + username;
    }

    private static CommandForm page(UserAccount account, Change change) {
        String userPage = "/admin/users/" + account.username();
        return new CommandForm(account.displayName() + " (" + account.username() + ")", change.heading, change.heading,
                userPage + "/" + change.path, userPage, change.fields);
    }

    private UserAccount find(String username) {
        return directory.find(username).orElseThrow(() -> new PageNotFound("There is no user " + username + "."));
    }

    private static Change change(String path) {
        return Arrays.stream(Change.values()).filter(change -> change.path.equals(path)).findFirst()
                .orElseThrow(() -> new PageNotFound("There is no page at this address."));
    }

    private UserDirectory.Actor actor() {
        SignedInUser admin = access.user();
        return new UserDirectory.Actor(admin.username(), admin.displayName());
    }
}
