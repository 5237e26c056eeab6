import { scan } from '../src/engine/scan.js';
import { LocalDirectory } from '../src/sources/local-directory.js';
import { loadRuleSet } from '../src/rules/load.js';
const rs = await loadRuleSet(process.argv[2]!);
const r = await scan(new LocalDirectory('/tmp/migration-gate-bench'), rs.rules);
console.log(r.stats);
