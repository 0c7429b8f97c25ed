package org.saferboard.query.action;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.bson.types.Binary;
import org.saferboard.api.action.ActionStatus;
import org.saferboard.api.action.SourceKind;
import org.saferboard.api.action.queries.FindActions;
import org.saferboard.infrastructure.mongo.Collections;
import org.saferboard.infrastructure.projection.BatchedWrites;

/**
 * The action log's filters as documents read by exact key, for the embedded MongoDB-protocol server,
 * which answers from an index only a query on exactly an indexed key (or {@code $in} of such keys) and
 * reads every document of the collection for anything else.
 *
 * <p>For each of a fixed set of filter combinations ({@link #KEPT}) and each value an action has for
 * it, a <em>head</em> document counts the actions by due date, and one <em>day</em> document per due
 * date lists them (id and filter fields); a due date that many actions share is kept in several parts
 * (see partsFor), and the head counts each part. A page of the log is then: the heads of the filter (one read),
 * the days that hold the page (one read), the page's actions (one read by {@code _id}). The total comes
 * from the heads. A filter combination that is not kept is answered from the smallest kept one it
 * contains, reading that one's days and filtering them in memory.
 *
 * <p>Kept up by read, change and write back at the end of each batch, before the actions' documents
 * (whose versions readers wait on) are written: every write states a whole part and a whole head, so a
 * batch delivered again after a crash writes the same thing again. That needs a single writer: the
 * action log's events all go to one segment where the keys are kept (see ProjectionScaleOutConfiguration).
 */
final class ActionLogKeys {

    /** A filter of the action log that a kept combination can name. */
    enum Dimension {
        STATUS("status"),
        OWNER("owner"),
        AGENCY("agency"),
        SOURCE("source"),
        MEETING("meeting"),
        REVIEW("review");

        private final String keyName;

        Dimension(String keyName) {
            this.keyName = keyName;
        }
    }

    /**
     * The combinations kept: each filter with the status, the status alone, and the meeting and the
     * review alone (each holds few actions). A filter without a status is read as the three statuses'
     * pages together (see partsOf), so a change of an action writes one due date's document for each of
     * these six instead of twelve.
     */
    static final List<Set<Dimension>> KEPT = List.of(
            EnumSet.of(Dimension.STATUS),
            EnumSet.of(Dimension.OWNER, Dimension.STATUS),
            EnumSet.of(Dimension.AGENCY, Dimension.STATUS),
            EnumSet.of(Dimension.SOURCE, Dimension.STATUS),
            EnumSet.of(Dimension.MEETING),
            EnumSet.of(Dimension.REVIEW));

    private static final String ID = "_id";
    private static final String DAYS = "days";
    private static final String ENTRIES = "entries";
    private static final String HEAD_PREFIX = "h:";
    private static final String DAY_PREFIX = "d:";
    /**
     * About how many actions a part of a day's list holds (see partsFor): a change rewrites one part, a
     * few tens of kilobytes at most, however many actions share the due date.
     */
    static final int PART_SIZE = 256;
    /** Keys one lookup asks for at once (see LogInOrder: the server compares each found key with the whole list). */
    private static final int LOOKUP_CHUNK = 256;

    /** What the keys hold of an action: the fields the log filters and sorts by. */
    record Entry(String actionId, LocalDate dueDate, ActionStatus status, String ownerName, String owningAgency,
                 SourceKind sourceKind, String meetingId, String reviewId) {

        String value(Dimension dimension) {
            return switch (dimension) {
                case STATUS -> status.name();
                case OWNER -> ownerName;
                case AGENCY -> owningAgency;
                case SOURCE -> sourceKind.name();
                case MEETING -> meetingId;
                case REVIEW -> reviewId;
            };
        }

        /** The keys of the combinations kept that this action has a value for each dimension of. */
        Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>();
            for (Set<Dimension> combination : KEPT) {
                Map<Dimension, String> values = new EnumMap<>(Dimension.class);
                combination.forEach(dimension -> values.put(dimension, value(dimension)));
                if (!values.containsValue(null)) {
                    keys.add(key(values));
                }
            }
            return keys;
        }

        Entry withDueDate(LocalDate newDueDate) {
            return new Entry(actionId, newDueDate, status, ownerName, owningAgency, sourceKind, meetingId, reviewId);
        }

        Entry withStatus(ActionStatus newStatus) {
            return new Entry(actionId, dueDate, newStatus, ownerName, owningAgency, sourceKind, meetingId, reviewId);
        }

        Entry withOwner(String newOwnerName, String newOwningAgency) {
            return new Entry(actionId, dueDate, status, newOwnerName, newOwningAgency, sourceKind, meetingId, reviewId);
        }

        private void writeTo(DataOutputStream out) throws IOException {
            out.writeUTF(actionId);
            out.writeUTF(status.name());
            out.writeUTF(ownerName);
            out.writeUTF(owningAgency);
            out.writeUTF(sourceKind.name());
            writeOptional(out, meetingId);
            writeOptional(out, reviewId);
        }

        private static Entry readFrom(DataInputStream in, LocalDate dueDate) throws IOException {
            return new Entry(in.readUTF(), dueDate, ActionStatus.valueOf(in.readUTF()), in.readUTF(), in.readUTF(),
                    SourceKind.valueOf(in.readUTF()), readOptional(in), readOptional(in));
        }

        private static void writeOptional(DataOutputStream out, String value) throws IOException {
            out.writeBoolean(value != null);
            if (value != null) {
                out.writeUTF(value);
            }
        }

        private static String readOptional(DataInputStream in) throws IOException {
            return in.readBoolean() ? in.readUTF() : null;
        }
    }

    /**
     * A due date's entries as one binary value: the embedded server keeps a document's values as Java
     * objects and serialises each of them to its file, so one array of bytes reads and writes many
     * times faster than hundreds of small nested documents.
     */
    static byte[] encode(Collection<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(entries.size());
            for (Entry entry : entries) {
                entry.writeTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static List<Entry> decode(Document day, LocalDate dueDate) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(day.get(ENTRIES, Binary.class).getData()))) {
            int count = in.readInt();
            List<Entry> entries = new ArrayList<>(count);
            for (int entry = 0; entry < count; entry++) {
                entries.add(Entry.readFrom(in, dueDate));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads what the keys hold of actions as their documents in the action log stand before this batch. */
    interface StoredEntries {
        Map<String, Entry> of(Collection<String> actionIds);
    }

    private final MongoCollection<Document> keys;
    private final BatchedWrites writes;
    private final StoredEntries stored;
    private final int partSize;
    private final String pendingKey;

    /** @param partSize the entries a day's part holds at most on average (small in tests, to split days often) */
    ActionLogKeys(MongoCollection<Document> keys, StoredEntries stored, int partSize) {
        this.keys = keys;
        this.writes = BatchedWrites.details(keys);
        this.stored = stored;
        this.partSize = partSize;
        this.pendingKey = ActionLogKeys.class.getName() + "." + keys.getNamespace().getFullName();
    }

    /**
     * Notes a change of what the keys hold of an action (null before it was raised), applied when the
     * batch ends; changes of one action apply in the order noted.
     */
    void change(String actionId, UnaryOperator<Entry> change) {
        Map<String, List<UnaryOperator<Entry>>> pending = BatchedWrites.gatheredOverBatch(pendingKey, LinkedHashMap::new, this::write);
        if (pending == null) {
            write(Map.of(actionId, List.of(change)));
            return;
        }
        pending.computeIfAbsent(actionId, id -> new ArrayList<>()).add(change);
    }

    void clear() {
        keys.deleteMany(new Document());
    }

    private void write(Map<String, List<UnaryOperator<Entry>>> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, Entry> before = stored.of(changes.keySet());
        Map<String, Entry> after = new HashMap<>();
        // for each day of a key (its first part's id) the changed actions that were or are listed in it
        Map<String, Set<String>> involved = new TreeMap<>();
        changes.forEach((actionId, actionChanges) -> {
            Entry was = before.get(actionId);
            Entry now = was;
            for (UnaryOperator<Entry> change : actionChanges) {
                now = change.apply(now);
            }
            if (!Objects.equals(was, now)) {
                after.put(actionId, now);
                for (Entry entry : new Entry[] {was, now}) {
                    if (entry != null) {
                        entry.keys().forEach(key -> involved.computeIfAbsent(dayId(key, entry.dueDate(), 1, 0), day -> new TreeSet<>())
                                .add(actionId));
                    }
                }
            }
        });
        if (after.isEmpty()) {
            return;
        }
        Map<String, Set<String>> keysAfter = new HashMap<>();
        after.forEach((actionId, entry) -> keysAfter.put(actionId, entry == null ? Set.of() : entry.keys()));
        Set<String> headIds = new TreeSet<>();
        involved.keySet().forEach(day -> headIds.add(HEAD_PREFIX + keyOfDay(day)));
        Map<String, Document> headDocuments = findByIds(headIds);
        Map<String, TreeMap<Long, int[]>> heads = new TreeMap<>();
        headIds.forEach(headId -> heads.put(headId, decodeHead(headDocuments.get(headId))));
        // the parts that list the involved actions, in each day's present layout
        Set<String> partIds = new TreeSet<>();
        involved.forEach((day, actionIds) -> {
            int parts = layout(heads, day).length;
            actionIds.forEach(actionId -> partIds.add(dayId(keyOfDay(day), dueDateOfDay(day), parts, partOf(actionId, parts))));
        });
        Map<String, Document> read = findByIds(partIds);
        List<String> formerLayouts = new ArrayList<>();
        involved.forEach((day, actionIds) -> {
            String key = keyOfDay(day);
            LocalDate dueDate = dueDateOfDay(day);
            int[] counts = layout(heads, day);
            int parts = counts.length;
            Map<Integer, Map<String, Entry>> touched = new TreeMap<>();
            for (String actionId : actionIds) {
                int part = partOf(actionId, parts);
                Map<String, Entry> entries = touched.computeIfAbsent(part, index -> entriesOf(read.get(dayId(key, dueDate, parts, index)), dueDate));
                entries.remove(actionId);
                Entry entry = after.get(actionId);
                if (entry != null && entry.dueDate().equals(dueDate) && keysAfter.get(actionId).contains(key)) {
                    entries.put(actionId, entry);
                }
            }
            int[] newCounts = counts.clone();
            touched.forEach((part, entries) -> newCounts[part] = entries.size());
            int total = Arrays.stream(newCounts).sum();
            int newParts = partsFor(total, partSize);
            if (newParts == parts) {
                touched.forEach((part, entries) -> writePart(dayId(key, dueDate, parts, part), entries));
                setLayout(heads, day, total == 0 ? null : newCounts);
                return;
            }
            // a new layout, under ids of its own: a crash before the head names it leaves the former one whole
            List<String> untouched = new ArrayList<>();
            for (int part = 0; part < parts; part++) {
                if (!touched.containsKey(part)) {
                    untouched.add(dayId(key, dueDate, parts, part));
                }
            }
            Map<String, Document> rest = findByIds(untouched);
            List<Map<String, Entry>> newLayout = new ArrayList<>();
            for (int part = 0; part < newParts; part++) {
                newLayout.add(new TreeMap<>());
            }
            for (int part = 0; part < parts; part++) {
                String partId = dayId(key, dueDate, parts, part);
                Map<String, Entry> entries = touched.containsKey(part) ? touched.get(part) : entriesOf(rest.get(partId), dueDate);
                entries.forEach((actionId, entry) -> newLayout.get(partOf(actionId, newParts)).put(actionId, entry));
                formerLayouts.add(partId);
            }
            int[] layoutCounts = new int[newParts];
            for (int part = 0; part < newParts; part++) {
                writePart(dayId(key, dueDate, newParts, part), newLayout.get(part));
                layoutCounts[part] = newLayout.get(part).size();
            }
            setLayout(heads, day, layoutCounts);
        });
        heads.forEach((headId, days) -> writes.write(days.isEmpty() ? new DeleteOneModel<>(eq(ID, headId))
                : new ReplaceOneModel<>(eq(ID, headId), new Document(ID, headId).append(DAYS, encodeHead(days)),
                new ReplaceOptions().upsert(true))));
        formerLayouts.forEach(partId -> writes.write(new DeleteOneModel<>(eq(ID, partId))));
    }

    private void writePart(String partId, Map<String, Entry> entries) {
        writes.write(entries.isEmpty() ? new DeleteOneModel<>(eq(ID, partId))
                : new ReplaceOneModel<>(eq(ID, partId), new Document(ID, partId).append(ENTRIES, encode(entries.values())),
                new ReplaceOptions().upsert(true)));
    }

    private static Map<String, Entry> entriesOf(Document part, LocalDate dueDate) {
        Map<String, Entry> entries = new TreeMap<>();
        if (part != null) {
            decode(part, dueDate).forEach(entry -> entries.put(entry.actionId(), entry));
        }
        return entries;
    }

    /** The counts of a day's parts as its key's head holds them; one empty part for a day it does not list. */
    private static int[] layout(Map<String, TreeMap<Long, int[]>> heads, String day) {
        return heads.get(HEAD_PREFIX + keyOfDay(day)).getOrDefault(dueDateOfDay(day).toEpochDay(), new int[] {0});
    }

    private static void setLayout(Map<String, TreeMap<Long, int[]>> heads, String day, int[] counts) {
        TreeMap<Long, int[]> days = heads.get(HEAD_PREFIX + keyOfDay(day));
        if (counts == null) {
            days.remove(dueDateOfDay(day).toEpochDay());
        } else {
            days.put(dueDateOfDay(day).toEpochDay(), counts);
        }
    }

    /**
     * How many parts a day's list of {@code count} actions is kept in: one up to {@code partSize}, then
     * the least power of two that keeps about that many in each, so that a change rewrites one part, not
     * a list that grows with the actions due that day. An action's part follows from its id.
     */
    static int partsFor(int count, int partSize) {
        int parts = 1;
        while (count > (long) parts * partSize) {
            parts *= 2;
        }
        return parts;
    }

    static int partOf(String actionId, int parts) {
        return Math.floorMod(actionId.hashCode(), parts);
    }

    /**
     * A head: for each due date (as days since 1970-01-01, ascending) the counts of its parts, in one
     * binary value for the reason given at encode.
     */
    private static byte[] encodeHead(TreeMap<Long, int[]> days) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(days.size());
            for (Map.Entry<Long, int[]> day : days.entrySet()) {
                out.writeLong(day.getKey());
                out.writeInt(day.getValue().length);
                for (int count : day.getValue()) {
                    out.writeInt(count);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static TreeMap<Long, int[]> decodeHead(Document head) {
        TreeMap<Long, int[]> days = new TreeMap<>();
        if (head == null) {
            return days;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(head.get(DAYS, Binary.class).getData()))) {
            int size = in.readInt();
            for (int day = 0; day < size; day++) {
                long epochDay = in.readLong();
                int[] counts = new int[in.readInt()];
                for (int part = 0; part < counts.length; part++) {
                    counts[part] = in.readInt();
                }
                days.put(epochDay, counts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return days;
    }

    /** One page of the log, as the ids of its actions in order, and the number of actions the filters match. */
    record Page(List<String> actionIds, long total) {
    }

    /** The page the query asks for, overdue judged against {@code today}. */
    Page find(FindActions query, LocalDate today) {
        List<Part> parts = partsOf(query, today);
        if (parts.isEmpty()) {
            return new Page(List.of(), 0);
        }
        Set<String> headIds = new TreeSet<>();
        parts.forEach(part -> part.candidates().forEach(key -> headIds.add(HEAD_PREFIX + key)));
        Map<String, Document> heads = findByIds(headIds);
        boolean latestFirst = query.dueDateOrder() == FindActions.DueDateOrder.LATEST_FIRST;
        NavigableMap<LocalDate, Long> countsByDay = latestFirst ? new TreeMap<>(Comparator.reverseOrder()) : new TreeMap<>();
        Map<String, Document> read = new HashMap<>();
        Function<Collection<String>, Map<String, Document>> readOnce = ids -> {
            read.putAll(findByIds(ids.stream().filter(id -> !read.containsKey(id)).toList()));
            Map<String, Document> found = new HashMap<>();
            ids.stream().filter(read::containsKey).forEach(id -> found.put(id, read.get(id)));
            return found;
        };
        for (Part part : parts) {
            part.choose(heads);
            part.countsByDay(readOnce).forEach((day, count) -> countsByDay.merge(day, count, Long::sum));
        }
        long total = countsByDay.values().stream().mapToLong(Long::longValue).sum();
        long skip = Math.multiplyExact((long) query.page(), query.size());
        Map<LocalDate, Long> skipWithinDay = new LinkedHashMap<>();
        long before = 0;
        for (Map.Entry<LocalDate, Long> day : countsByDay.entrySet()) {
            if (before + day.getValue() > skip && before < skip + query.size()) {
                skipWithinDay.put(day.getKey(), Math.max(0, skip - before));
            }
            before += day.getValue();
            if (before >= skip + query.size()) {
                break;
            }
        }
        Set<String> dayIds = new TreeSet<>();
        parts.forEach(part -> skipWithinDay.keySet().forEach(day -> dayIds.addAll(part.partsToRead(day))));
        Map<String, Document> days = readOnce.apply(dayIds);
        List<String> page = new ArrayList<>();
        skipWithinDay.forEach((day, skipped) -> {
            TreeSet<String> ids = new TreeSet<>();
            parts.forEach(part -> ids.addAll(part.actionIdsDue(day, days)));
            ids.stream().skip(skipped).limit(query.size() - page.size()).forEach(page::add);
        });
        return new Page(page, total);
    }

    /**
     * The filters split into parts that a kept combination (or one containing it) answers, one per status
     * the filters allow: overdue means open and due before today; not overdue is anything but open, or
     * open and due from today.
     */
    private static List<Part> partsOf(FindActions query, LocalDate today) {
        Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
        putIfPresent(filters, Dimension.STATUS, query.status() == null ? null : query.status().name());
        putIfPresent(filters, Dimension.OWNER, query.ownerName());
        putIfPresent(filters, Dimension.AGENCY, query.owningAgency());
        putIfPresent(filters, Dimension.SOURCE, query.sourceKind() == null ? null : query.sourceKind().name());
        putIfPresent(filters, Dimension.MEETING, query.meetingId());
        putIfPresent(filters, Dimension.REVIEW, query.reviewId());
        String open = ActionStatus.OPEN.name();
        if (Boolean.TRUE.equals(query.overdue())) {
            if (filters.containsKey(Dimension.STATUS) && !filters.get(Dimension.STATUS).equals(open)) {
                return List.of();
            }
            filters.put(Dimension.STATUS, open);
            return List.of(new Part(filters, null, today));
        }
        List<Part> parts = new ArrayList<>();
        for (ActionStatus status : ActionStatus.values()) {
            if (filters.containsKey(Dimension.STATUS) && !filters.get(Dimension.STATUS).equals(status.name())) {
                continue;
            }
            Map<Dimension, String> withStatus = new EnumMap<>(filters);
            withStatus.put(Dimension.STATUS, status.name());
            // not overdue: open and due from today on
            LocalDate dueFrom = Boolean.FALSE.equals(query.overdue()) && status == ActionStatus.OPEN ? today : null;
            parts.add(new Part(withStatus, dueFrom, null));
        }
        return parts;
    }

    private static void putIfPresent(Map<Dimension, String> filters, Dimension dimension, String value) {
        if (value != null) {
            filters.put(dimension, value);
        }
    }

    /**
     * Actions matching every filter and due from {@code dueFrom} (inclusive) until {@code dueBefore},
     * either bound absent: read from the kept combination that holds fewest of them.
     */
    private static final class Part {

        private final Map<Dimension, String> filters;
        private final LocalDate dueFrom;
        private final LocalDate dueBefore;
        private String chosenKey;
        private Set<Dimension> leftToFilter;
        private Map<LocalDate, int[]> chosenLayout;
        private Map<LocalDate, Long> chosenCounts;
        /** Read whole when the chosen combination leaves filters to apply in memory. */
        private Map<LocalDate, List<String>> filteredIds;

        Part(Map<Dimension, String> filters, LocalDate dueFrom, LocalDate dueBefore) {
            this.filters = filters;
            this.dueFrom = dueFrom;
            this.dueBefore = dueBefore;
        }

        /** The kept combinations that contain only filters of this part. */
        private List<Set<Dimension>> candidateCombinations() {
            return KEPT.stream().filter(combination -> filters.keySet().containsAll(combination)).toList();
        }

        private String keyOf(Set<Dimension> combination) {
            Map<Dimension, String> values = new EnumMap<>(Dimension.class);
            combination.forEach(dimension -> values.put(dimension, filters.get(dimension)));
            return key(values);
        }

        List<String> candidates() {
            return candidateCombinations().stream().map(this::keyOf).toList();
        }

        /** Takes the candidate with the fewest actions in range, then the one leaving fewest filters. */
        void choose(Map<String, Document> heads) {
            long fewest = Long.MAX_VALUE;
            for (Set<Dimension> combination : candidateCombinations()) {
                String key = keyOf(combination);
                Map<LocalDate, int[]> layout = layoutInRange(heads.get(HEAD_PREFIX + key));
                Map<LocalDate, Long> counts = new TreeMap<>();
                layout.forEach((day, partCounts) -> counts.put(day, (long) Arrays.stream(partCounts).sum()));
                long count = counts.values().stream().mapToLong(Long::longValue).sum();
                Set<Dimension> left = EnumSet.noneOf(Dimension.class);
                left.addAll(filters.keySet());
                left.removeAll(combination);
                if (count < fewest || (count == fewest && left.size() < leftToFilter.size())) {
                    fewest = count;
                    chosenKey = key;
                    leftToFilter = left;
                    chosenLayout = layout;
                    chosenCounts = counts;
                }
            }
        }

        private Map<LocalDate, int[]> layoutInRange(Document head) {
            Map<LocalDate, int[]> layout = new TreeMap<>();
            NavigableMap<Long, int[]> inRange = decodeHead(head);
            if (dueFrom != null) {
                inRange = inRange.tailMap(dueFrom.toEpochDay(), true);
            }
            if (dueBefore != null) {
                inRange = inRange.headMap(dueBefore.toEpochDay(), false);
            }
            inRange.forEach((day, counts) -> layout.put(LocalDate.ofEpochDay(day), counts));
            return layout;
        }

        /** The ids of every part of a day of the chosen combination. */
        private List<String> partIds(LocalDate day) {
            int parts = chosenLayout.get(day).length;
            List<String> ids = new ArrayList<>(parts);
            for (int part = 0; part < parts; part++) {
                ids.add(dayId(chosenKey, day, parts, part));
            }
            return ids;
        }

        /** @param days reads documents by id, each at most once for the whole query */
        Map<LocalDate, Long> countsByDay(Function<Collection<String>, Map<String, Document>> days) {
            if (leftToFilter.isEmpty()) {
                return chosenCounts;
            }
            filteredIds = new TreeMap<>();
            List<String> dayIds = chosenLayout.keySet().stream().flatMap(day -> partIds(day).stream()).toList();
            days.apply(dayIds).forEach((dayId, day) -> {
                LocalDate dueDate = dueDateOfDay(dayId);
                for (Entry entry : decode(day, dueDate)) {
                    if (leftToFilter.stream().allMatch(dimension -> filters.get(dimension).equals(entry.value(dimension)))) {
                        filteredIds.computeIfAbsent(dueDate, matching -> new ArrayList<>()).add(entry.actionId());
                    }
                }
            });
            Map<LocalDate, Long> counts = new TreeMap<>();
            filteredIds.forEach((day, ids) -> counts.put(day, (long) ids.size()));
            return counts;
        }

        List<String> partsToRead(LocalDate day) {
            return filteredIds == null && chosenLayout.containsKey(day) ? partIds(day) : List.of();
        }

        List<String> actionIdsDue(LocalDate day, Map<String, Document> days) {
            if (filteredIds != null) {
                return filteredIds.getOrDefault(day, List.of());
            }
            if (!chosenLayout.containsKey(day)) {
                return List.of();
            }
            List<String> ids = new ArrayList<>();
            partIds(day).stream().map(days::get).filter(Objects::nonNull)
                    .forEach(part -> decode(part, day).forEach(entry -> ids.add(entry.actionId())));
            return ids;
        }
    }

    private Map<String, Document> findByIds(Collection<String> ids) {
        Map<String, Document> found = new HashMap<>();
        Collections.forEachById(keys, new ArrayList<>(ids), LOOKUP_CHUNK, null, document -> found.put(document.getString(ID), document));
        return found;
    }


    /** The combination's values as text: dimensions in a fixed order, values URL-encoded so no value can fake a separator. */
    static String key(Map<Dimension, String> values) {
        StringBuilder key = new StringBuilder();
        values.forEach((dimension, value) -> {
            if (!key.isEmpty()) {
                key.append('&');
            }
            key.append(dimension.keyName).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        });
        return key.toString();
    }

    /**
     * A part of a day's list of one key: a day kept whole keeps the plain id; a day in several parts has
     * an id per part that names the layout too ({@code #<parts>.<part>}), so that a new layout is written
     * beside the one it replaces. Keys are URL-encoded, so neither ':' nor '#' occurs in one.
     */
    static String dayId(String key, LocalDate dueDate, int parts, int part) {
        String day = DAY_PREFIX + key + ":" + dueDate;
        return parts == 1 ? day : day + "#" + parts + "." + part;
    }

    private static String dayOf(String partId) {
        int layout = partId.indexOf('#');
        return layout < 0 ? partId : partId.substring(0, layout);
    }

    private static String keyOfDay(String partId) {
        String day = dayOf(partId);
        return day.substring(DAY_PREFIX.length(), day.lastIndexOf(':'));
    }

    private static LocalDate dueDateOfDay(String partId) {
        String day = dayOf(partId);
        return LocalDate.parse(day.substring(day.lastIndexOf(':') + 1));
    }
}
