// A lock for work that must not overlap: each task given runs after the previous one has ended
// (whether it succeeded or not), in the order given.
export type Serial = <T>(task: () => Promise<T>) => Promise<T>;

export function oneAtATime(): Serial {
  let last: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = last.then(task, task);
    last = run.catch(() => {});
    return run;
  };
}
