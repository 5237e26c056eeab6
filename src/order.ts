/** Code-point order: the same on every machine, unlike localeCompare (reports must be deterministic). */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
