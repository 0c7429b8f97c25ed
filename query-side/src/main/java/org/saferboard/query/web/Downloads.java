package org.saferboard.query.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The read API's file downloads: a body with its type and a file name safe on every system. */
final class Downloads {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private Downloads() {
    }

    /** @param name the file's name without extension; anything but letters, digits, '.', '_' and '-' becomes '-' */
    static ResponseEntity<String> csv(String name, String body) {
        return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION, attachment(name, "csv")).body(body);
    }

    static ResponseEntity<String> calendar(String name, String body) {
        return ResponseEntity.ok().contentType(CALENDAR).header(HttpHeaders.CONTENT_DISPOSITION, attachment(name, "ics")).body(body);
    }

    static ResponseEntity<byte[]> pdf(String name, byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name, "pdf")).body(body);
    }

    private static String attachment(String name, String extension) {
        String filename = name.replaceAll("[^A-Za-z0-9._-]", "-") + "." + extension;
        return ContentDisposition.attachment().filename(filename).build().toString();
    }
}
