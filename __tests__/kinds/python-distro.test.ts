// The Python of images that do not say it in their reference: the distribution's python3 where a
// stage installs it, and the Dockerfile an image the repository builds itself is built from. A tree in
// the shape of DRUM's 2022 docker/ folder, written for these tests.
import { distroPython } from '../../src/data/distro-python.js';
import { scan } from '../../src/engine/scan.js';
import { judge } from '../../src/gate/verdict.js';
import { loadRules, MemorySource } from '../helpers.js';

describe('distroPython', () => {
  test.each([
    ['debian:buster', 'Debian 10 (buster)', '3.7'],
    ['debian:10-slim', 'Debian 10 (buster)', '3.7'],
    ['debian:bullseye-20230109', 'Debian 11 (bullseye)', '3.9'],
    ['debian:bookworm', 'Debian 12 (bookworm)', '3.11'],
    ['ubuntu:18.04', 'Ubuntu 18.04', '3.6'],
    ['ubuntu:focal', 'Ubuntu 20.04', '3.8'],
    ['ubuntu:22.04', 'Ubuntu 22.04', '3.10'],
    ['docker.io/library/ubuntu:24.04', 'Ubuntu 24.04', '3.12'],
    ['registry.access.redhat.com/ubi8/ubi-minimal:8.9', 'RHEL 8', '3.6'],
    ['redhat/ubi9', 'RHEL 9', '3.9'],
    ['rockylinux:8', 'RHEL 8', '3.6'],
    ['centos:7', 'RHEL 7', '3.6'],
    ['amazonlinux:2023', 'Amazon Linux 2023', '3.9'],
    ['alpine:3.18', 'Alpine 3.18–3.19', '3.11'],
    ['nvidia/cuda:12.1.0-runtime-ubuntu22.04', 'Ubuntu 22.04', '3.10'],
    ['nvidia/cuda:11.8.0-devel-ubi8', 'RHEL 8', '3.6']
  ])('%s: %s, python3 %s', (image, distribution, python) => {
    expect(distroPython(image)).toEqual({ distribution, python });
  });

  test.each([
    'debian:latest',
    'ubuntu',
    'alpine:edge',
    'rocker/tidyverse:4.2.2',
    'node:22',
    'python:3.11',
    'myimage:1.0'
  ])('%s: no known release', (image) => {
    expect(distroPython(image)).toBeUndefined();
  });
});

describe('python-version on images that do not name their Python', () => {
  const RULE = `
id: py
phase: 0
title: t
kind: python-version
files: ["**/Dockerfile*"]
min: "3.8"
message: m.
`;
  async function run(files: Record<string, string>) {
    const rules = loadRules(RULE);
    const result = await scan(new MemorySource(files), rules.rules);
    return {
      findings: judge(rules, 'beta', result.findings).findings.map((f) => [f.path, f.line, f.detail]),
      notes: result.notes.map((n) => [n.path, n.line, n.message])
    };
  }
  const lines = (...l: string[]) => `${l.join('\n')}\n`;

  test("the distribution's python3, at the install; an image built here, at the FROM", async () => {
    const { findings, notes } = await run({
      'docker/dropin_env_base/Dockerfile': lines(
        'FROM debian:buster',
        'RUN apt-get update && \\',
        '    apt-get install -y --no-install-recommends python3 python3-pip',
        'CMD ["python3"]'
      ),
      'docker/dropin_env_base_r/Dockerfile': lines('FROM ubuntu:18.04', 'RUN apt-get install -y python3-dev'),
      'public_dropin_environments/python3_sklearn/Dockerfile': lines(
        'FROM datarobot/dropin-env-base:latest',
        'RUN pip3 install scikit-learn'
      ),
      'public_dropin_environments/python3_gpu/Dockerfile': lines('FROM datarobot/gpu-base:1.0'),
      'docker/gpu/Dockerfile.cuda': lines(
        'FROM nvidia/cuda:11.8.0-runtime-ubuntu20.04',
        'RUN apt-get install -y python3 && pip3 install torch'
      ),
      'docker/build.sh': lines(
        '#!/bin/sh',
        'docker build --pull -t datarobot/gpu-base:1.0 -f docker/gpu/Dockerfile.cuda .'
      )
    });
    expect(findings).toEqual([
      [
        'docker/dropin_env_base/Dockerfile',
        3,
        'installs python3 on Debian 10 (buster) (FROM debian:buster): Python 3.7 is below 3.8.'
      ],
      [
        'docker/dropin_env_base_r/Dockerfile',
        2,
        'installs python3 on Ubuntu 18.04 (FROM ubuntu:18.04): Python 3.6 is below 3.8.'
      ],
      [
        'public_dropin_environments/python3_sklearn/Dockerfile',
        1,
        'FROM datarobot/dropin-env-base:latest (built in this repository from docker/dropin_env_base/Dockerfile): Python 3.7 is below 3.8.'
      ]
    ]);
    // The GPU image is built by docker/build.sh from Dockerfile.cuda (Ubuntu 20.04: 3.8): nothing to say.
    expect(notes).toEqual([]);
  });

  test('what stays unknown is a note, never a finding', async () => {
    const { findings, notes } = await run({
      'a/Dockerfile': lines('FROM rocker/tidyverse:4.2.2', 'RUN apt-get install -y python3'),
      'b/Dockerfile': lines('FROM company/base:2.0'),
      'c/Dockerfile': lines('FROM debian:latest')
    });
    expect(findings).toEqual([]);
    expect(notes).toEqual([
      [
        'a/Dockerfile',
        2,
        'installs python3 from the packages of rocker/tidyverse:4.2.2: its version is unknown'
      ],
      ['b/Dockerfile', 1, 'FROM company/base:2.0: the image reference says nothing about its Python version'],
      ['c/Dockerfile', 1, 'FROM debian:latest: the image reference says nothing about its Python version']
    ]);
  });

  test("a Python image's own python3 comes first; a versioned install is the stage's Python", async () => {
    const { findings } = await run({
      'a/Dockerfile': lines('FROM python:3.11-bullseye', 'RUN apt-get install -y python3-dev'),
      'b/Dockerfile': lines('FROM debian:buster', 'RUN apt-get install -y python3.9 python3-pip')
    });
    expect(findings).toEqual([]);
  });
});
