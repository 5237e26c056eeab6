// What dist/ carries of the bundled profiles (scripts/bundle.mjs runs this before dist/ exists): each
// profile's text and data, validated, and proof that every profile loads whole (its `extends`
// resolved) — a mistake in a bundled profile stops the build with the loader's message.
import { PROFILE_NAMES, PROFILES, type ProfileName } from './bundled.js';
import { loadRuleSet, ruleDocument, type ProfileReader } from './load.js';
import { ruleTextSnapshot } from './parse.js';

/** `read` gives a repository file's text (`rules/…`). */
export async function profileSnapshots(read: (file: string) => Promise<string>): Promise<string> {
  const texts = {} as Record<ProfileName, string>;
  for (const name of PROFILE_NAMES) texts[name] = await read(PROFILES[name].file);
  const snapshots = Object.fromEntries(
    PROFILE_NAMES.map((name) => [name, ruleTextSnapshot(texts[name], PROFILES[name].file)])
  );
  const profiles: ProfileReader = async (name) => ({
    ...(await ruleDocument(texts[name], PROFILES[name].file, undefined)),
    profile: name
  });
  for (const name of PROFILE_NAMES) await loadRuleSet(name, { profiles });
  return JSON.stringify(snapshots);
}
