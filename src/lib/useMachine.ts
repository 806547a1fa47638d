/**
 * Binds an XState actor to a Preact component without @xstate/react or preact/compat:
 * the actor is created once, started after mount, and every new snapshot re-renders.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { createActor, type Actor, type AnyStateMachine, type InputFrom, type SnapshotFrom } from 'xstate';

export function useMachine<M extends AnyStateMachine>(
  machine: M,
  options?: { input?: InputFrom<M>; snapshot?: SnapshotFrom<M> },
): [SnapshotFrom<M>, Actor<M>['send'], Actor<M>] {
  // createActor's options type is conditional on the logic and cannot be resolved for a generic M;
  // `options` is typed from M above, and the actor of M is an Actor<M>.
  const actor = useMemo(() => createActor(machine, options as never) as Actor<M>, [machine]);
  const [snapshot, setSnapshot] = useState<SnapshotFrom<M>>(() => actor.getSnapshot());
  useEffect(() => {
    const sub = actor.subscribe((s) => setSnapshot(s));
    actor.start();
    setSnapshot(actor.getSnapshot());
    return () => {
      sub.unsubscribe();
      actor.stop();
    };
  }, [actor]);
  return [snapshot, actor.send, actor];
}
