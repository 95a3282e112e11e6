import { describe, expect, it } from 'vitest';
import { nextTask } from '../../../src/islands/runtime/nextTask';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 20));

describe('nextTask', () => {
  it('runs the callback after the current task and its microtasks, not during them', async () => {
    const order: string[] = [];
    nextTask(() => order.push('next task'));
    void Promise.resolve().then(() => order.push('microtask'));
    order.push('now');
    expect(order).toEqual(['now']);
    await tick();
    expect(order).toEqual(['now', 'microtask', 'next task']);
  });

  it('never runs a cancelled callback', async () => {
    let ran = false;
    const cancel = nextTask(() => {
      ran = true;
    });
    cancel();
    await tick();
    expect(ran).toBe(false);
  });
});
