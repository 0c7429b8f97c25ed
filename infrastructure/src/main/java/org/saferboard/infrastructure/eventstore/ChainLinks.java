package org.saferboard.infrastructure.eventstore;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;

/**
 * How one link of the event log's hash chain is computed: {@code SHA-256(previous hash || global
 * index || canonical bytes of the event)}. The canonical bytes are the stored fields that make the
 * event what it is (its id, its case and sequence number, its type, timestamp, payload and metadata,
 * which name the acting user), each written as its length and its UTF-8 bytes, so that no two
 * different events share them. The first event chains from a fixed genesis value.
 */
public final class ChainLinks {

    private static final HexFormat HEX = HexFormat.of();

    /** SHA-256 of the text "SaferBoard event log genesis": the hash the first event chains from. */
    public static final String GENESIS = hex(sha256().digest("SaferBoard event log genesis".getBytes(StandardCharsets.UTF_8)));
    private static final String HMAC = "HmacSHA256";

    private ChainLinks() {
    }

    /** The hash of the event stored at {@code index}, chained from the hash of the event before it. */
    public static String linkHash(String previousHash, long index, Document event) {
        MessageDigest digest = sha256();
        digest.update(HEX.parseHex(previousHash));
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(index).array());
        digest.update(canonicalBytes(event));
        return hex(digest.digest());
    }

    static byte[] canonicalBytes(Document event) {
        String[] texts = {
                event.getString(GlobalSequenceEventStorageEngine.EVENT_IDENTIFIER),
                event.getString(GlobalSequenceEventStorageEngine.AGGREGATE_IDENTIFIER),
                event.getString(GlobalSequenceEventStorageEngine.TYPE),
                event.getString(GlobalSequenceEventStorageEngine.TIMESTAMP),
                event.getString(GlobalSequenceEventStorageEngine.PAYLOAD_TYPE),
                event.getString(GlobalSequenceEventStorageEngine.PAYLOAD_REVISION),
                event.getString(GlobalSequenceEventStorageEngine.PAYLOAD),
                event.getString(GlobalSequenceEventStorageEngine.META_DATA)};
        byte[][] encoded = new byte[texts.length][];
        int size = Long.BYTES;
        for (int i = 0; i < texts.length; i++) {
            encoded[i] = texts[i] == null ? null : texts[i].getBytes(StandardCharsets.UTF_8);
            size += Integer.BYTES + (encoded[i] == null ? 0 : encoded[i].length);
        }
        ByteBuffer bytes = ByteBuffer.allocate(size);
        Number sequence = event.get(GlobalSequenceEventStorageEngine.SEQUENCE_NUMBER, Number.class);
        bytes.putLong(sequence == null ? -1 : sequence.longValue());
        for (byte[] text : encoded) {
            // -1 tells an absent field (an event outside any case has no type) from an empty one
            bytes.putInt(text == null ? -1 : text.length);
            if (text != null) {
                bytes.put(text);
            }
        }
        return bytes.array();
    }

    /**
     * What is printed as the chain's head: the hash itself, or with a key an HMAC-SHA-256 of the
     * index and the hash that only the key's holder can produce.
     */
    public static String anchor(byte[] key, long index, String hash) {
        if (key == null) {
            return hash;
        }
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            mac.update(ByteBuffer.allocate(Long.BYTES).putLong(index).array());
            return hex(mac.doFinal(HEX.parseHex(hash)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
