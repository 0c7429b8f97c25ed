package org.saferboard.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/** The query strings of the pages' links (paging, downloads) that carry a page's filters on. */
public final class QueryStrings {

    private QueryStrings() {
    }

    /**
     * The parameters in their order, each value form-encoded as a browser sends a GET form (so that "A+B" stays
     * A+B), empty and absent ones left out; "" for none.
     */
    public static String of(Map<String, ?> parameters) {
        StringJoiner query = new StringJoiner("&");
        parameters.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                query.add(name + "=" + URLEncoder.encode(value.toString().strip(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }
}
