package org.saferboard.infrastructure.web;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * The servlet container's own error responses (a request it refuses before the application sees it:
 * an encoded slash or NUL in the path, a path too long, a malformed request line) as
 * application/problem+json instead of Tomcat's HTML page, which names the server and its version.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String detail = status == 400
                ? "The request could not be read: its address or headers are not valid (an encoded '/', '\\\\' or NUL in the path, "
                + "or a path too long)."
                : title + ".";
        try {
            Problems.write(response.getResponse(), Problems.problem(known != null ? known : HttpStatus.BAD_REQUEST,
                    ErrorCodes.codeFor(status), title, detail));
        } catch (IOException | IllegalStateException e) {
            // the client has gone or the response is committed: nothing more can be told
        }
    }
}
