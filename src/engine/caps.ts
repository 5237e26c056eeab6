// How many findings a scan keeps: per rule and file, and in all. A file of 80,000 Flask imports is
// 1,000 findings and the lines of the rest (gate/omitted.ts judges those), so that no hostile tree
// can exhaust memory or make a report too long to build.
export const MAX_FINDINGS_PER_FILE = 1_000;
export const MAX_FINDINGS_PER_SCAN = 100_000;
