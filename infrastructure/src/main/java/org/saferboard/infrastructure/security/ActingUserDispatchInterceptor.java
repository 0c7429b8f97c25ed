package org.saferboard.infrastructure.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.saferboard.api.people.ActingUser;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Puts the signed-in user, the role their request was allowed under and the request's id into the metadata
 * of every command they send, from the server's own record of the request, never from its body or headers.
 * A command sent on by a case while it handles another already carries the original user (Axon copies the
 * keys from the command being handled) and keeps it. A command with no one behind it is refused: the
 * history must name someone, and the system's own work runs as a named {@link SystemUser}.
 */
public final class ActingUserDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final SignedInUsers signedInUsers;

    ActingUserDispatchInterceptor(SignedInUsers signedInUsers) {
        this.signedInUsers = signedInUsers;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.getMetaData().containsKey(ActingUser.USER_ID)
                ? command
                : command.andMetaData(actingUserMetaData());
    }

    private Map<String, Object> actingUserMetaData() {
        SignedInUser user = signedInUsers.current().orElseThrow(() -> new IllegalStateException(
                "A command was sent with no signed-in user; the system's own work runs as SystemUser"));
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(ActingUser.USER_ID, user.username());
        metaData.put(ActingUser.DISPLAY_NAME, user.displayName());
        metaData.put(ActingUser.AGENCY, user.agency());
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object roleUsed = request == null ? null : request.getAttribute(AccessRulesAuthorization.ROLE_USED, RequestAttributes.SCOPE_REQUEST);
        Object requestId = request == null ? null : request.getAttribute(RequestIds.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        metaData.put(ActingUser.ROLE_USED, roleUsed != null ? roleUsed.toString() : SystemUser.roleOf(user));
        metaData.put(ActingUser.REQUEST_ID, requestId != null ? requestId.toString() : SystemUser.workId());
        return metaData;
    }
}
