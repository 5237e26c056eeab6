// Which Python a container image provides, from its reference alone. Only a Python image
// (`python:3.11-slim`, `…/python-fips:3.12-dev`) or a tag that names Python (`…:debian10-py3.7-…`,
// `…:1.0.0-python-3.11.11-…`) says anything; other images' tags are their own versions
// (`rocker/tidyverse:4.2.2`, `node:22`, `openjdk:11`, `…llama-3.1-8b-instruct:1.3.3`): unknown.

export interface ImageReference {
  name: string;
  tag?: string;
}

export function parseImageReference(reference: string): ImageReference {
  const withoutDigest = reference.split('@')[0]!;
  const slash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  if (colon > slash) return { name: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1) };
  return { name: withoutDigest };
}

const PYTHON_IMAGE = /(^|[-_])(python|pypy)([-_]|$)/i;
const TAG_NAMES_PYTHON = /(?:^|[-_.])py(?:thon)?-?(3)\.?(\d{1,2})(?=$|[-_.])/i;

/** `3.11` for a Python image or a tag that names Python; undefined when the reference says nothing. */
export function pythonVersionOfImage(reference: string): string | undefined {
  const { name, tag } = parseImageReference(reference.trim());
  if (!tag) return undefined;
  const lastSegment = name.slice(name.lastIndexOf('/') + 1);
  if (PYTHON_IMAGE.test(lastSegment)) {
    const version = /^(\d+)\.(\d+)/.exec(tag);
    if (version) return `${version[1]}.${version[2]}`;
  }
  const named = TAG_NAMES_PYTHON.exec(tag);
  return named ? `${named[1]}.${named[2]}` : undefined;
}
