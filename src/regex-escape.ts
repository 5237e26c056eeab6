// Text put inside a regular expression as itself (a rule's `literal`, a module name, a TOML key, the
// texts the engine looks for): every character that means something to a RegExp is escaped.

/** `text` as a regex source that matches exactly it. */
export const escapeRegex = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
