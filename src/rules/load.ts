// Loading a rule set, the way a run starts: the bundled rule set, unchanged, is compiled from the
// data dist/ carries (read and validated when dist/ was built); any other rule file is parsed and
// validated by parse.ts, loaded only then — with it zod, which the bundled rules never need.
import { readFile } from 'node:fs/promises';
import { ConfigError } from '../errors.js';
import { bundledRuleText } from './default-rules.js';
import { compileRuleSet, type RuleSetHeader } from './compile.js';
import type { At, RuleText } from './rule-text.js';
import type { RuleSet } from './rule-set.js';

export async function loadRuleSet(file: string, displayName = file): Promise<RuleSet> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      code === 'ENOENT'
        ? `rule file not found: ${displayName}`
        : `cannot read rule file ${displayName}: ${code ?? error}`
    );
  }
  return readRuleSet(text, displayName);
}

/**
 * Rule-file text to a rule set; `file` is only used in messages. `prepared` is the already-validated
 * data of this very text (the bundled snapshot), when there is one.
 */
export async function readRuleSet(
  text: string,
  file: string,
  prepared: RuleText | undefined = bundledRuleText(text)
): Promise<RuleSet> {
  if (prepared) {
    const header = prepared.data as RuleSetHeader & { rules: unknown[] };
    try {
      return compileRuleSet(file, header, header.rules, positionsUnknown, prepared.ruleLines);
    } catch (error) {
      if (!(error instanceof PositionsNeeded)) throw error;
    }
  }
  return (await import('./parse.js')).parseRuleSet(text, file);
}

/**
 * A mistake found while compiling already-validated rules needs a position that only the YAML
 * document has; the text is then parsed the full way, which reports the mistake where it is.
 */
class PositionsNeeded extends Error {}
const positionsUnknown: At = () => {
  throw new PositionsNeeded();
};
