import { scan } from '../../src/engine/scan.js';
import { findingsFor, loadRules, MemorySource, where } from '../helpers.js';

const rule = (options: string, files = '["pkg/enum.py"]') => `
id: req
phase: 0
title: t
kind: required-pattern
files: ${files}
${options.trim()}
message: m.
`;

describe('required-pattern', () => {
  test('passes when the text is there', async () => {
    expect(await findingsFor(rule('literal: FLAG'), { 'pkg/enum.py': 'FLAG = "FLAG"\n' })).toEqual([]);
  });

  test('is a file-level finding when the text is absent', async () => {
    const findings = await findingsFor(rule('literal: FLAG'), { 'pkg/enum.py': 'OTHER = 1\n' });
    expect(where(findings)).toEqual([['req', 'pkg/enum.py', null]]);
    expect(findings[0]!.message).toBe('Does not contain `FLAG`. m.');
  });

  test('says the file is missing when it does not exist', async () => {
    const findings = await findingsFor(rule('literal: FLAG'), { 'pkg/other.py': 'FLAG' });
    expect(where(findings)).toEqual([['req', 'pkg/enum.py', null]]);
    expect(findings[0]!.message).toBe('File is missing. m.');
  });

  test('a glob that selects nothing is named; the finding is on the folder it names, anchored to a file there', async () => {
    const findings = await findingsFor(rule('literal: FLAG', '["pkg/*.py"]'), { 'pkg/a.txt': '' });
    expect(findings.map((f) => [f.path, f.message, f.anchor])).toEqual([
      ['pkg', 'No file matches `pkg/*.py`. m.', 'pkg/a.txt']
    ]);
  });

  test('every selected file must contain it', async () => {
    const findings = await findingsFor(rule('literal: FLAG', '["pkg/*.py"]'), {
      'pkg/a.py': 'FLAG',
      'pkg/b.py': ''
    });
    expect(where(findings)).toEqual([['req', 'pkg/b.py', null]]);
  });

  test('a comment does not satisfy a code-only requirement', async () => {
    const findings = await findingsFor(rule('literal: FLAG\nin: code'), {
      'pkg/enum.py': '# FLAG\nx = "FLAG"\n'
    });
    expect(findings[0]!.message).toBe('Does not contain `FLAG` in code. m.');
    expect(
      await findingsFor(rule('literal: FLAG\nin: [code, strings]'), { 'pkg/enum.py': 'x = "FLAG"\n' })
    ).toEqual([]);
  });

  test('within: inside the named scope only, and says when the scope does not exist', async () => {
    const options = 'pattern: "\\\\.parents\\\\("\nwithin: [collect_drum_info]';
    const inside = 'def collect_drum_info(p):\n    return p.parents()\n';
    const outside = 'def collect_drum_info(p):\n    return p\n\ndef other(p):\n    return p.parents()\n';
    expect(await findingsFor(rule(options), { 'pkg/enum.py': inside })).toEqual([]);
    const [notInside] = await findingsFor(rule(options), { 'pkg/enum.py': outside });
    expect(notInside!.message).toBe('`collect_drum_info` does not contain /\\.parents\\(/. m.');
    const [noScope] = await findingsFor(rule(options), { 'pkg/enum.py': 'x = 1\n' });
    expect(noScope!.message).toBe('Defines no function or class named `collect_drum_info`. m.');
  });

  test('scope any: one selected file containing it is enough; otherwise one finding on their folder', async () => {
    const options = 'literal: exception_handler\nin: code\nscope: any';
    const files = {
      'app/fastapi/a.py': 'x = 1\n',
      'app/fastapi/b.py': '@app.exception_handler(E)\ndef h(): pass\n'
    };
    expect(await findingsFor(rule(options, '["app/fastapi/*.py"]'), files)).toEqual([]);
    const findings = await findingsFor(rule(options, '["app/fastapi/*.py"]'), {
      'app/fastapi/a.py': '',
      'app/fastapi/b.py': '# exception_handler\n'
    });
    expect(where(findings)).toEqual([['req', 'app/fastapi', null]]);
    expect(findings[0]!.message).toBe(
      'None of the 2 selected files contains `exception_handler` in code. m.'
    );
    expect((await findingsFor(rule(options, '["app/fastapi/*.py"]'), {})).map((f) => f.message)).toEqual([
      'No file matches `app/fastapi/*.py`. m.'
    ]);
  });

  test('scope each, scanning changed files only: only the changed file is reported, and only it is read', async () => {
    const ruleSet = loadRules(rule('literal: FLAG', '["app/**/*.py"]'));
    const files = { 'app/changed.py': 'x = 1\n', 'app/untouched.py': 'y = 2\n', 'app/ok.py': 'FLAG\n' };
    const reads: string[] = [];
    const source = new MemorySource(files);
    const read = source.read.bind(source);
    source.read = (path, max) => (reads.push(path), read(path, max));
    const result = await scan(source, ruleSet.rules, {
      onlyFiles: new Set(['app/changed.py']),
      touched: new Set(['app/changed.py'])
    });
    expect(result.findings.get('req')!.map((f) => [f.path, f.message])).toEqual([
      ['app/changed.py', 'Does not contain `FLAG`.']
    ]);
    expect(reads).toEqual(['app/changed.py']);
  });

  test('scope any, scanning changed files only: a file the change did not touch still counts, and is read then', async () => {
    const options = 'literal: exception_handler\nin: code\nscope: any';
    const ruleSet = loadRules(rule(options, '["app/**/*.py"]'));
    const source = new MemorySource({
      'app/changed.py': 'x = 1\n',
      'app/untouched.py': '@app.exception_handler(E)\ndef h(): pass\n'
    });
    const reads: string[] = [];
    const read = source.read.bind(source);
    source.read = (path, max) => (reads.push(path), read(path, max));
    const changed = await scan(source, ruleSet.rules, {
      onlyFiles: new Set(['app/changed.py']),
      touched: new Set(['app/changed.py'])
    });
    expect(changed.findings.get('req')).toEqual([]);
    expect(reads.sort()).toEqual(['app/changed.py', 'app/untouched.py']);
    const without = await scan(
      new MemorySource({ 'app/changed.py': 'x = 1\n', 'app/untouched.py': 'y = 2\n' }),
      ruleSet.rules,
      { onlyFiles: new Set(['app/changed.py']), touched: new Set(['app/changed.py']) }
    );
    expect(without.findings.get('req')!.map((f) => f.message)).toEqual([
      'None of the 2 selected files contains `exception_handler` in code.'
    ]);
  });

  test('scope any with within: at each file that defines the scope when none has it inside, else on the folder', async () => {
    const options = 'pattern: server_type\\s*=\\s*"fastapi"\nscope: any\nwithin: [DrumServerRun]';
    const files = {
      'pkg/utils.py': 'class DrumServerRun:\n    def __init__(self, server_type="flask"):\n        pass\n',
      'pkg/other.py': 'server_type = "fastapi"\n'
    };
    const findings = await findingsFor(rule(options, '["pkg/*.py"]'), files);
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      ['pkg/utils.py', '`DrumServerRun` does not contain /server_type\\s*=\\s*"fastapi"/. m.']
    ]);
    expect(
      await findingsFor(rule(options, '["pkg/*.py"]'), {
        ...files,
        'pkg/utils.py': 'class DrumServerRun:\n    def __init__(self, server_type="fastapi"):\n        pass\n'
      })
    ).toEqual([]);
    const nowhere = await findingsFor(rule(options, '["pkg/*.py"]'), { 'pkg/other.py': 'x = 1\n' });
    expect(nowhere.map((f) => [f.path, f.message])).toEqual([
      [
        'pkg',
        'None of the 1 selected files contains /server_type\\s*=\\s*"fastapi"/ inside `DrumServerRun`. m.'
      ]
    ]);
  });
});
