package org.saferboard.api.meeting;

/** One lettered part of a resolution, e.g. "b", "That the Board agreed to allocate funding towards the Prevent Officer Post."; the letter is null for a resolution in one part. */
public record ResolutionPart(String letter, String text) {
}
