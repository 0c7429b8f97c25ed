package org.saferboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringsTest {

    @Test
    void valuesAreFormEncodedInOrderAndEmptyOnesLeftOut() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("agency", "Oadby & Wigston+Blaby");
        parameters.put("owner", " ");
        parameters.put("status", null);
        parameters.put("overdue", true);
        assertThat(QueryStrings.of(parameters)).isEqualTo("agency=Oadby+%26+Wigston%2BBlaby&overdue=true");
        assertThat(QueryStrings.of(Map.of())).isEmpty();
    }
}
