import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEFAULT_RULES_NAME = 'rules/drum-flask-removal.yml';

/**
 * The bundled DRUM rule set. It is read from the repository's rules/ folder, next to dist/ (the action
 * runs from its own checkout, and the CLI from a clone or the npm package, which both ship rules/).
 */
export function defaultRulesPath(): string {
  for (const up of ['../', '../../']) {
    const candidate = fileURLToPath(new URL(`${up}${DEFAULT_RULES_NAME}`, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  return fileURLToPath(new URL(`../${DEFAULT_RULES_NAME}`, import.meta.url));
}
