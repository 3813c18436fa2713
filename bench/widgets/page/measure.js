// What both benchmark pages measure, with the same code: when a row is first painted, and the frames
// of a scroll from the top to the last row.

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves in a task queued now: from a rAF callback, that is after the frame has been painted. */
const afterThisFrame = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  });

/** Whether `element` has a box that shows in `viewport` (the scroller). */
export function inView(element, viewport) {
  const box = element.getBoundingClientRect();
  const port = viewport.getBoundingClientRect();
  return box.height > 0 && box.bottom > port.top && box.top < port.bottom;
}

/**
 * The time (performance.now) right after the first frame in which `find()` returns an element that
 * shows in `viewport()`. Checked at every animation frame: rows arrive in a task (a fetch, a timer),
 * and the frame after that task is the one that paints them, so this is exact to the frame.
 */
export async function firstPainted(find, viewport) {
  for (;;) {
    await nextFrame();
    const element = find();
    const port = viewport();
    if (element && port && inView(element, port)) return afterThisFrame();
  }
}

/**
 * Scrolls `scroller` down by `step` px at every animation frame until `lastRowShown()`, recording
 * the time between frames (rAF timestamps). `rowsInDom()` and `rowsReached()` (the rows shown or
 * passed) are read at every frame. Gives up after `maxMs` (`completed: false`).
 */
export async function scrollToEnd({ scroller, step, maxMs, lastRowShown, rowsInDom, rowsReached }) {
  const frames = [];
  let maxRows = 0;
  let reached = 0;
  const start = performance.now();
  let previous = await nextFrame();
  let completed = false;
  for (;;) {
    maxRows = Math.max(maxRows, rowsInDom());
    reached = Math.max(reached, rowsReached());
    if (lastRowShown()) {
      completed = true;
      break;
    }
    if (performance.now() - start > maxMs) break;
    scroller.scrollTop += step;
    const now = await nextFrame();
    frames.push(now - previous);
    previous = now;
  }
  // The frame that paints the last row.
  frames.push((await nextFrame()) - previous);
  const wallMs = performance.now() - start;
  return { frames, maxRows, wallMs, completed, rowsReached: reached };
}

/** Runs `run` and publishes its result (or failure) as `window.benchResult` for Playwright. */
export function publish(run) {
  window.benchResult = run().catch((error) => {
    throw new Error(`bench page failed: ${error?.stack ?? error}`);
  });
}
