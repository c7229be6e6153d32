// The model hands each analysis to the views one task at a time, and a view whose update is long
// hands back its second half (a ViewStep) for a task of its own: the Problems panel and the
// decorations do, so that neither half of a huge article's update blocks the host for long.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { NewsdeskApi } from '../../src/extension/core/features';
import { activateNewsdesk, closeEditorsAndDelete, openTempArticle, TempFiles } from './support';

describe('View updates in steps', () => {
  let api: NewsdeskApi;
  const files = new TempFiles('view-steps');

  before(async () => {
    api = await activateNewsdesk();
  });
  after(() => closeEditorsAndDelete(files));

  it('runs a step a view hands back in a task of its own, before whoever waits for the analysis hears of it', async () => {
    const document = await openTempArticle(api, files, 'order.news', 'Ferry Fares Rise\n\n"We had no choice," said Mara Lind, the operator\'s director.\n');
    const order: string[] = [];
    const subscription = api.model.onDidChange((result) => {
      if (result.document !== document) return undefined;
      order.push('update');
      // A microtask queued now runs when this task ends: before the step, if the step is a task of its own.
      void Promise.resolve().then(() => order.push('end of the update task'));
      return () => {
        order.push('step');
        return () => order.push('step of the step');
      };
    });
    try {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, document.positionAt(document.getText().length), 'She said fares would rise.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await api.model.whenAnalyzed(document);
      assert.deepEqual(order, ['update', 'end of the update task', 'step', 'step of the step']);
    } finally {
      subscription.dispose();
    }
  });

  it('runs no further step of a view that unsubscribed after its first', async () => {
    const document = await openTempArticle(api, files, 'disposed.news', 'Pier Repairs Begin\n\n"We start Monday," said Ines Varga, the harbour engineer.\n');
    let stepRan = false;
    let updated = false;
    const subscription = api.model.onDidChange((result) => {
      if (result.document !== document) return undefined;
      updated = true;
      subscription.dispose(); // the view goes away between its two halves
      return () => {
        stepRan = true;
      };
    });
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(document.getText().length), 'She said the work would take a month.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await api.model.whenAnalyzed(document);
    assert.ok(updated, 'the view got the analysis');
    assert.equal(stepRan, false, 'the disposed view\'s second half did not run');
  });

  it('logs a step that throws, and the other views and the waiters still get the analysis', async () => {
    const document = await openTempArticle(api, files, 'throws.news', 'Bridge Reopens\n\n"It is safe," said Owen Brask, the city engineer.\n');
    let later = false;
    const failing = api.model.onDidChange((result) => (result.document === document ? () => {
      throw new Error('a broken view step');
    } : undefined));
    // Subscribed after the failing one: its update comes after the failing step.
    const next = api.model.onDidChange((result) => {
      if (result.document === document) later = true;
    });
    try {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, document.positionAt(document.getText().length), 'He said so twice.\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const result = await api.model.whenAnalyzed(document);
      assert.equal(result.version, document.version);
      assert.ok(later, 'the view after the failing step got the analysis');
      assert.ok(api.output.recent().some((line) => line.includes('a broken view step')), 'the failure is in the output channel');
    } finally {
      failing.dispose();
      next.dispose();
    }
  });
});
