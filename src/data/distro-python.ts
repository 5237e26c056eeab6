// Which Python 3 a Linux distribution installs as its `python3` package, by release. An image built
// `FROM debian:buster` that runs `apt-get install python3` runs Python 3.7: the image reference says
// nothing, the distribution does. One table, each row with where it comes from.
import { parseImageReference } from '../parsers/python-image.js';

interface Release {
  /** How messages name it: `Debian 10 (buster)`. */
  label: string;
  /** What a tag or image name says for this release: `buster`, `10`, `22.04`, `ubi8`. */
  names: readonly string[];
  python: string;
}

interface Distribution {
  name: string;
  /** The image names that are this distribution (the last path segment of the reference). */
  images: readonly string[];
  releases: readonly Release[];
}

const DISTRIBUTIONS: readonly Distribution[] = [
  {
    // https://packages.debian.org/search?keywords=python3&searchon=names&exact=1 (package python3)
    name: 'Debian',
    images: ['debian'],
    releases: [
      { label: 'Debian 9 (stretch)', names: ['stretch', '9'], python: '3.5' },
      { label: 'Debian 10 (buster)', names: ['buster', '10'], python: '3.7' },
      { label: 'Debian 11 (bullseye)', names: ['bullseye', '11'], python: '3.9' },
      { label: 'Debian 12 (bookworm)', names: ['bookworm', '12'], python: '3.11' },
      { label: 'Debian 13 (trixie)', names: ['trixie', '13'], python: '3.13' }
    ]
  },
  {
    // https://packages.ubuntu.com/search?keywords=python3&searchon=names&exact=1 (package python3)
    name: 'Ubuntu',
    images: ['ubuntu'],
    releases: [
      { label: 'Ubuntu 16.04', names: ['xenial', '16.04'], python: '3.5' },
      { label: 'Ubuntu 18.04', names: ['bionic', '18.04'], python: '3.6' },
      { label: 'Ubuntu 20.04', names: ['focal', '20.04'], python: '3.8' },
      { label: 'Ubuntu 22.04', names: ['jammy', '22.04'], python: '3.10' },
      { label: 'Ubuntu 24.04', names: ['noble', '24.04'], python: '3.12' }
    ]
  },
  {
    // RHEL 7/8/9 and their rebuilds: `python3` is 3.6 on 7 and 8, 3.9 on 9 (Red Hat's "Installing and
    // using dynamic programming languages", Python versions by release); UBI images are RHEL.
    name: 'Red Hat Enterprise Linux',
    images: ['ubi', 'ubi-minimal', 'ubi-init', 'centos', 'rockylinux', 'almalinux', 'oraclelinux', 'rhel'],
    releases: [
      { label: 'RHEL 7', names: ['7', 'ubi7', 'rhel7', 'centos7'], python: '3.6' },
      { label: 'RHEL 8', names: ['8', 'ubi8', 'rhel8', 'rockylinux8', 'centos8'], python: '3.6' },
      { label: 'RHEL 9', names: ['9', 'ubi9', 'rhel9', 'rockylinux9'], python: '3.9' }
    ]
  },
  {
    // https://docs.aws.amazon.com/linux/al2023/ug/python.html; Amazon Linux 2's python3 is 3.7
    name: 'Amazon Linux',
    images: ['amazonlinux'],
    releases: [
      { label: 'Amazon Linux 2', names: ['2'], python: '3.7' },
      { label: 'Amazon Linux 2023', names: ['2023'], python: '3.9' }
    ]
  },
  {
    // https://pkgs.alpinelinux.org/packages?name=python3 (by branch)
    name: 'Alpine',
    images: ['alpine'],
    releases: [
      { label: 'Alpine 3.12–3.13', names: ['3.12', '3.13'], python: '3.8' },
      { label: 'Alpine 3.14–3.15', names: ['3.14', '3.15'], python: '3.9' },
      { label: 'Alpine 3.16–3.17', names: ['3.16', '3.17'], python: '3.10' },
      { label: 'Alpine 3.18–3.19', names: ['3.18', '3.19'], python: '3.11' },
      { label: 'Alpine 3.20–3.22', names: ['3.20', '3.21', '3.22'], python: '3.12' }
    ]
  }
];

export interface DistroPython {
  /** `Debian 10 (buster)`, for messages. */
  distribution: string;
  python: string;
}

/** Splits a tag into the words a release can be named by: `10-slim` → 10, slim; `buster-20230109`. */
const words = (text: string): string[] => text.toLowerCase().split(/[-_:/@]+/);

/**
 * The Python 3 the image's distribution installs as `python3`, when the reference names a known
 * release: the distribution's own image (`debian:buster-slim`, `ubuntu:22.04`, `registry…/ubi8/ubi`),
 * or a tag that names one (`nvidia/cuda:12.1.0-runtime-ubuntu22.04`, `…-ubi8`).
 */
export function distroPython(reference: string): DistroPython | undefined {
  const { name, tag } = parseImageReference(reference.trim());
  const segments = name.toLowerCase().split('/');
  const last = segments.at(-1)!;
  for (const d of DISTRIBUTIONS) {
    // The distribution's own image: the release is in the tag (or, for UBI, in the path: ubi8/ubi).
    if (d.images.includes(last) || d.images.some((i) => segments.includes(i))) {
      const said = [...words(tag ?? ''), ...segments];
      const release = d.releases.find((r) => r.names.some((n) => said.includes(n)));
      if (release) return { distribution: release.label, python: release.python };
    }
  }
  // Another image whose tag names a release, joined to its number: `ubuntu22.04`, `ubi8`, `rockylinux9`.
  for (const word of [...words(tag ?? ''), last]) {
    for (const d of DISTRIBUTIONS)
      for (const r of d.releases)
        for (const n of r.names)
          if (!/^\d/.test(n) && (word === n || d.images.some((i) => word === `${i}${n}`)))
            return { distribution: r.label, python: r.python };
    const ubuntu = /^ubuntu(\d\d\.\d\d)$/.exec(word);
    if (ubuntu) {
      const release = DISTRIBUTIONS[1]!.releases.find((r) => r.names.includes(ubuntu[1]!));
      if (release) return { distribution: release.label, python: release.python };
    }
  }
  return undefined;
}
