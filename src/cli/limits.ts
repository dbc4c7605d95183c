/** The default of --max-size: far above any plan (the largest real ones are a few hundred KB), far below what would exhaust memory. */
export const DEFAULT_MAX_SIZE = 25 * 1024 * 1024;

/** The default of --worker-memory, each worker's heap: room for a plan of the --max-size default with its output (a 26 MB plan peaked at 450 MB in all, two workers included). */
export const DEFAULT_WORKER_MEMORY = 256 * 1024 * 1024;

/** Below this, a worker has no room to load the compiler and convert even a small plan. */
export const MIN_WORKER_MEMORY = 32 * 1024 * 1024;

/** The file --cache keeps its results in when --cache-location names none: in the working folder, as linters keep theirs. */
export const DEFAULT_CACHE_FILE = '.kehoach-cache';
