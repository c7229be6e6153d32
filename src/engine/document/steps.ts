// Work done in steps that an editor can spread over time slices: a generator pauses (yields)
// whenever `shouldPause` says the slice is used up; the CLI runs the same steps to the end at once.

/** Asked between pieces of work whether to pause (an editor's time slice is used up). */
export type ShouldPause = () => boolean;
export const NEVER_PAUSE: ShouldPause = () => false;

/** Runs a generator's steps to the end, without pausing: the CLI's way, and `analyze`'s. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}
