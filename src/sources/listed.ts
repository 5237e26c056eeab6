// A source whose listing is taken once: the rules are chosen from the listing (`rules: auto`) before
// the scan lists the tree again.
import type { FileSource, TreeListing } from './source.js';

export function listedOnce(source: FileSource): FileSource & { listing(): Promise<TreeListing> } {
  let listing: Promise<TreeListing> | undefined;
  const list = () => (listing ??= source.list());
  return {
    get label() {
      return source.label;
    },
    list,
    listing: list,
    read: (path, maxBytes) => source.read(path, maxBytes)
  };
}
