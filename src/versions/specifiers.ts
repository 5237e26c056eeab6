// Questions about PEP 440 version specifiers, answered with @renovatebot/pep440. Two specifier sets
// describe unions of intervals whose ends are the versions they mention; testing those versions and
// versions just above and below each of them decides whether two sets overlap or one contains the other.
import { satisfies } from '@renovatebot/pep440';
import { parse as parseSpecifier } from '@renovatebot/pep440/lib/specifier.js';

/** Whether a specifier set (`>=1.8,<2`, `==3.*`, '' for any) is valid PEP 440. */
export function isValidSpecifier(spec: string): boolean {
  if (spec.trim() === '') return true;
  try {
    return (parseSpecifier(spec) ?? []).length > 0;
  } catch {
    return false;
  }
}

function releasesIn(spec: string): number[][] {
  if (spec.trim() === '') return [];
  try {
    // The parsed constraints carry `release` (typed loosely upstream).
    const parsed = (parseSpecifier(spec) ?? []) as unknown as Array<{ release?: number[] }>;
    return parsed.map((c) => c.release ?? []).filter((r) => r.length > 0);
  } catch {
    return [];
  }
}

/** Versions that probe every interval the specifiers' boundaries create. */
function probes(...specs: string[]): string[] {
  const out = new Set<string>(['0', '0.0.1', '99999']);
  for (const release of specs.flatMap(releasesIn)) {
    out.add(release.join('.'));
    out.add([...release, 1].join('.'));
    out.add([...release, 0, 1].join('.'));
    const below = [...release];
    let i = below.length - 1;
    while (i >= 0 && below[i] === 0) i--;
    if (i >= 0) {
      below[i] = below[i]! - 1;
      for (let j = i + 1; j < below.length; j++) below[j] = 999;
      out.add([...below, 999].join('.'));
    }
  }
  return [...out];
}

/** A question about two specifier sets, answered once per pair (environments repeat the same pins). */
function remembered(question: (a: string, b: string) => boolean): (a: string, b: string) => boolean {
  const known = new Map<string, boolean>();
  return (a, b) => {
    const key = `${a}\0${b}`;
    let answer = known.get(key);
    if (answer === undefined) known.set(key, (answer = question(a, b)));
    return answer;
  };
}

// The same few specifiers are asked about the same probe versions for every environment.
const satisfiedBy = remembered((spec, version) => satisfies(version, spec));
const allows = (spec: string, version: string): boolean => spec.trim() === '' || satisfiedBy(spec, version);

/** Some version satisfies both specifier sets. */
export const overlaps = remembered((a, b) => probes(a, b).some((v) => allows(a, v) && allows(b, v)));

/** Every version `declared` allows is also allowed by `spec` (and `declared` allows some version). */
export const within = remembered((declared, spec) => {
  const allowed = probes(declared, spec).filter((v) => allows(declared, v));
  return allowed.length > 0 && allowed.every((v) => allows(spec, v));
});

/** `major.minor` of a version string, or undefined when it has no minor part. */
export function majorMinor(version: string): string | undefined {
  const m = /^(\d+)\.(\d+)/.exec(version.trim());
  return m ? `${m[1]}.${m[2]}` : undefined;
}
