// The dependency direction of docs/contracts/design.md section 1, enforced here rather than by review
// (VS Code's layer rule, Signal's file suffixes):
//   renderer -> shared <- electron/core <- electron/main, electron/cli, electron/web
// shared runs in the browser too, so it imports no Node built-ins; only electron/main and
// electron/preload may import 'electron'; nothing imports renderer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronImport = { name: 'electron', message: "Only electron/main and electron/preload may import 'electron'." };
const noRenderer = { group: ['**/renderer/**'], message: 'Nothing imports the renderer.' };
const noElectronDir = { group: ['**/electron/**'], message: 'This layer may not import from electron/.' };
const noMain = { group: ['**/electron/main/**', '**/electron/preload/**'], message: 'core, cli and web may not import the Electron shell.' };
const noUpwards = { group: ['**/electron/cli/**', '**/electron/web/**'], message: 'core is imported by cli and web, never the other way.' };
// The case's vocabulary (collections, sections, document kinds) lives in shared/case-model; the
// API (shared/api.ts) is the IPC contract built from it, not a place to take words from.
const noApi = { regex: '^(\\.\\./)+(shared/)?api(\\.ts)?$', message: 'Take collections, sections and document kinds from shared/case-model, not from the API (shared/api.ts).' };

const sharedRule = (extraPatterns = []) => ['error', {
  paths: [electronImport, ...nodeBuiltins.map((name) => ({ name, message: 'shared/ runs in the browser too: no Node built-ins.' }))],
  patterns: [noRenderer, noElectronDir, { group: ['react', 'react-dom', 'better-sqlite3-multiple-ciphers', 'docx', 'pdfkit'], message: 'shared/ is pure: no UI, database or renderer libraries.' }, ...extraPatterns],
}];
const coreRule = (extraPatterns = []) => ['error', { paths: [electronImport], patterns: [noRenderer, noMain, noUpwards, ...extraPatterns] }];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [electronImport], patterns: [noRenderer] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': sharedRule() },
  },
  {
    files: ['shared/documents/**/*.ts', 'shared/readiness/**/*.ts', 'shared/case-model/**/*.ts'],
    rules: { 'no-restricted-imports': sharedRule([noApi]) },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [electronImport, ...nodeBuiltins.map((name) => ({ name, message: 'The renderer is sandboxed: no Node built-ins.' }))],
        patterns: [noElectronDir],
      }],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: { 'no-restricted-imports': coreRule() },
  },
  {
    files: ['electron/core/casefile/**/*.ts'],
    rules: { 'no-restricted-imports': coreRule([noApi]) },
  },
  {
    files: ['electron/cli/**/*.ts', 'electron/web/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport], patterns: [noRenderer, noMain] }] },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noRenderer] }],
      // ipcMain is used through electron/main/ipc.ts only, which checks the sender and parses input.
      'no-restricted-properties': ['error', { object: 'ipcMain', property: 'handle', message: 'Register IPC through electron/main/ipc.ts.' }],
    },
  },
  {
    files: ['electron/main/ipc.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // The renderer's pure parts (store, readiness places) have unit tests; only those tests import it.
    files: ['tests/unit/renderer/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronImport], patterns: [noElectronDir] }] },
  },
  {
    // One clock (docs/contracts/design.md sections 4 and 6): a due date comes from shared/deadlines,
    // which alone counts working days; `impartial workdays` is the calendar itself, for people to
    // check by hand.
    files: ['shared/**/*.ts', 'renderer/**/*.{ts,tsx}', 'electron/**/*.ts'],
    ignores: ['shared/calendar/**', 'shared/deadlines/**', 'electron/cli/commands/workdays.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: 'ImportSpecifier[imported.name=/^(addWorkingDays|countWorkingDays)$/]',
        message: 'Working days are counted by shared/deadlines only: use deadlineOf or computeDeadlines.',
      }],
    },
  },
);
