// Text that reaches the page from elsewhere (an integrity check's findings quoting a system
// error) loses the casefile's folder: the renderer never sees a path (design.md section 7).
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileRegistry } from '../../../electron/core/service/files.ts';

describe('a casefile named without its folder', () => {
  const folder = resolve('/srv/cases/Ms Example');
  const path = join(folder, 'jones.casefile');

  it('keeps the file name and drops the folder from any text', () => {
    expect(FileRegistry.displayName(path)).toBe('jones.casefile');
    expect(FileRegistry.withoutFolder(`the page check failed: ENOENT: no such file or directory, open '${path}'`, path))
      .toBe("the page check failed: ENOENT: no such file or directory, open 'jones.casefile'");
    expect(FileRegistry.withoutFolder(`cannot write in ${folder}`, path)).toBe('cannot write in …');
    expect(FileRegistry.withoutFolder('a page is damaged', path)).toBe('a page is damaged');
  });
});
