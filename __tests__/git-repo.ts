// Real git repositories in temporary folders, for tests of change-aware gating.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { temporaryDirectory } from './temporary.js';

export class GitRepo {
  private constructor(readonly dir: string) {}

  static async create(files: Record<string, string> = {}, copyFrom?: string): Promise<GitRepo> {
    const repo = new GitRepo(await temporaryDirectory('mg-git-'));
    repo.git('init', '-q', '-b', 'main');
    repo.git('config', 'user.email', 'test@example.invalid');
    repo.git('config', 'user.name', 'Test');
    repo.git('config', 'core.autocrlf', 'false');
    if (copyFrom) await cp(copyFrom, repo.dir, { recursive: true });
    await repo.write(files);
    repo.commit('base');
    return repo;
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8' });
  }

  async write(files: Record<string, string>): Promise<void> {
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(this.dir, path)), { recursive: true });
      await writeFile(join(this.dir, path), content);
    }
  }

  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  branch(name: string): void {
    this.git('checkout', '-q', '-b', name);
  }
}
