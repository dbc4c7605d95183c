/**
 * The argument that stands for standard input.
 */
export const STDIN = '-';
