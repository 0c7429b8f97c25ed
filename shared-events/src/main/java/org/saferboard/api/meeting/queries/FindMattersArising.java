package org.saferboard.api.meeting.queries;

/** The items of a board's earlier meetings that still had open actions on the date of this one. */
public record FindMattersArising(String meetingId) {
}
