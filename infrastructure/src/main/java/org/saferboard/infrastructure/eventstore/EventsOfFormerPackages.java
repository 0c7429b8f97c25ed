package org.saferboard.infrastructure.eventstore;

import java.util.function.Function;
import java.util.regex.Pattern;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Events stored before each context's messages were laid out in commands, events, queries and
 * views packages carry their class's former name, e.g. {@code org.saferboard.api.action.ActionRaised};
 * they are read as the class of the same name in the context's {@code events} package. Only events
 * were ever stored, so every stored name directly in a context package is one of them.
 */
public class EventsOfFormerPackages extends SingleEventUpcaster {

    private static final Pattern FORMER_NAME = Pattern.compile("^org\\.saferboard\\.api\\.(?:action|meeting|dhr)\\.[A-Z]\\w*$");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation event) {
        return FORMER_NAME.matcher(event.getType().getName()).matches();
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
        // canUpcast matched the former name: the events package goes in before the class's simple name
        String former = event.getType().getName();
        int simpleName = former.lastIndexOf('.') + 1;
        String current = former.substring(0, simpleName) + "events." + former.substring(simpleName);
        return renamed(event, new SimpleSerializedType(current, event.getType().getRevision()), event.getData().getContentType());
    }

    /** The same payload, as it is stored, under its current name. */
    private static <T> IntermediateEventRepresentation renamed(IntermediateEventRepresentation event, SerializedType current,
                                                               Class<T> storedAs) {
        return event.upcastPayload(current, storedAs, Function.identity());
    }
}
