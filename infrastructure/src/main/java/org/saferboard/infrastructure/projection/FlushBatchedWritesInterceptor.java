package org.saferboard.infrastructure.projection;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Sends the projections' gathered writes once the last event of a processor's batch is handled:
 * still inside the handling, so before the processor stores its token in the commit phase, and a
 * failed write fails the batch instead of being skipped.
 */
public class FlushBatchedWritesInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain) throws Exception {
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            BatchedWrites.flush(unitOfWork);
        }
        return result;
    }
}
