package org.saferboard.api.performance;

/** Where an area's figure stands among similar areas (the dashboard's "County comparison"), when the source gives it. */
public enum SimilarAreasComparison {
    TOP,
    AVERAGE,
    BOTTOM
}
