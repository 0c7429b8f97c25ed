package org.saferboard.infrastructure.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.saferboard.api.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Screens every request before anything reads it: a body larger than the limit is refused with 413
 * (by its declared length at once, or, when it is sent without one, as soon as it passes the limit),
 * and every query parameter must be plain text (see PlainText), or the request gets 400 naming it.
 */
public class RequestScreeningFilter extends OncePerRequestFilter {

    private final DataSize maxBody;

    public RequestScreeningFilter(DataSize maxBody) {
        this.maxBody = maxBody;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBody.toBytes()) {
            Problems.write(response, tooLarge());
            return;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            String problem = PlainText.problemWith(name);
            if (problem != null) {
                Problems.write(response, RequestProblemsAdvice.invalidFieldsProblem(List.of(new FieldError("query parameter name",
                        problem))));
                return;
            }
            for (String value : parameter.getValue()) {
                problem = PlainText.problemWith(value);
                if (problem != null) {
                    Problems.write(response, RequestProblemsAdvice.invalidFieldsProblem(List.of(new FieldError(name, problem))));
                    return;
                }
            }
        }
        chain.doFilter(new LimitedBody(request, maxBody.toBytes()), response);
    }

    private ProblemDetail tooLarge() {
        return Problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "request-too-large", "Request too large",
                "The request body is larger than " + maxBody.toKilobytes() + " KB, the most SaferBoard accepts.");
    }

    /** Raised while a body sent without its length is read past the limit. */
    public static final class BodyTooLarge extends IOException {

        private final long limit;

        BodyTooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream limited;

        LimitedBody(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream body = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = body.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = body.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws BodyTooLarge {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return body.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return body.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        body.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
