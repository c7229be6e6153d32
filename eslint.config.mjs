import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.vscode-test/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
    },
  },
  {
    // The engine is shared by the CLI and the extension: it must never depend on the editor.
    files: ['src/engine/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The engine and CLI must not import vscode; the extension is a host over them.' }] }],
    },
  },
  {
    // The extension's editor-free logic (and its plain mocha tests) runs outside VS Code.
    files: ['src/extension/logic/**/*.ts', 'test/logic/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'src/extension/logic holds what needs no editor; put editor code in a feature folder beside it.' }] }],
    },
  },
  {
    // The engine's worker and what it shares with the host run where there is no vscode module.
    files: ['src/extension/host/engine*.ts', 'src/extension/host/webEngineWorker.ts', 'src/extension/host/workerEngine.ts', 'src/extension/host/workerThread.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The engine worker (and what it shares with the host) runs without the vscode module.' }] }],
    },
  },
);
