/** Hostile documents at a scale: see hostile-inputs.mjs. */
export function hostileInputs(sample: string, scale: number): { name: string; text: string }[];
