/**
 * Runs `callback` in a task of its own, as soon as the browser can (a message
 * to itself, which timers' minimum delays do not slow down). Returns a cancel
 * function. Work that would otherwise share one long task with what came
 * before it (reading the database, then drawing the answer) is split in two,
 * so a tap in between is answered sooner.
 */
export function nextTask(callback: () => void): () => void {
  let cancelled = false;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    if (!cancelled) callback();
  };
  channel.port2.postMessage(null);
  return () => {
    cancelled = true;
    channel.port1.close();
  };
}
