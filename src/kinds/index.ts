// The registry: kind name -> module. Adding a kind means writing its module and listing it here.
import { dependencyConflict } from './dependency-conflict.js';
import { forbiddenDependency } from './forbidden-dependency.js';
import { forbiddenImport } from './forbidden-import.js';
import { forbiddenPath } from './forbidden-path.js';
import { forbiddenPattern } from './forbidden-pattern.js';
import type { AnyKindModule } from './kind.js';
import { pythonVersion } from './python-version.js';
import { requiredDependency } from './required-dependency.js';
import { routeParity } from './route-parity.js';
import { requiredPath } from './required-path.js';
import { requiredPattern } from './required-pattern.js';
import { serverType } from './server-type.js';

export const KINDS = {
  'forbidden-import': forbiddenImport,
  'forbidden-pattern': forbiddenPattern,
  'required-pattern': requiredPattern,
  'forbidden-path': forbiddenPath,
  'required-path': requiredPath,
  'forbidden-dependency': forbiddenDependency,
  'required-dependency': requiredDependency,
  'dependency-conflict': dependencyConflict,
  'python-version': pythonVersion,
  'route-parity': routeParity,
  'server-type': serverType
} satisfies Record<string, AnyKindModule>;

export type KindName = keyof typeof KINDS;
export const KIND_NAMES = Object.keys(KINDS) as KindName[];

export function isKindName(name: unknown): name is KindName {
  return typeof name === 'string' && Object.hasOwn(KINDS, name);
}
