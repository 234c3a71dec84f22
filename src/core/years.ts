/** The calendar years a model may start in: one pair of bounds for the case and its earnings view. */
export const MIN_FIRST_YEAR = 1900;
export const MAX_FIRST_YEAR = 9999;
