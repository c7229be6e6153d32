// Minimal placeholder so the real-VS-Code test harness can be proven; the real extension replaces it.
// (activate also receives the ExtensionContext; this placeholder has no use for it yet.)

export function activate(): Record<string, never> {
  return {};
}

export function deactivate(): void {}
