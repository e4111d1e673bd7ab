import { describe, expect, it } from 'vitest';
import { contentTypeOf } from '../../../electron/core/service/content-types.ts';

describe('contentTypeOf (shared by the app:// protocol and the web host)', () => {
  it('names the renderer files by their ending', () => {
    expect(contentTypeOf('/out/renderer/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('assets/worker.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('assets/app.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('fonts/x.woff2')).toBe('font/woff2');
  });

  it('serves an unknown kind as bytes', () => {
    expect(contentTypeOf('notes.exe')).toBe('application/octet-stream');
    expect(contentTypeOf('README')).toBe('application/octet-stream');
  });
});
