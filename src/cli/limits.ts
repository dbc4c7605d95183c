/** The default of --max-size: far above any plan (the largest real ones are a few hundred KB), far below what would exhaust memory. */
export const DEFAULT_MAX_SIZE = 25 * 1024 * 1024;
