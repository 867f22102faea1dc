/**
 * Given/when/then for deciders (emmett's DeciderSpecification, for jest). Test-only: not exported from
 * the package index.
 *
 *   given(facts).when(command).then(expectedDecision)
 *   given(facts).when(first, second).thenFails('CONFLICT', /already/)   // the last command's result
 *
 * Several commands run in order, each seeing the state the previous ones evolved.
 */
import type { Decider } from './decider';
import type { ErrorCode, Result } from './errors';

export function specFor<State, Command, Decision>(decider: Decider<State, Command, Decision>) {
  return {
    given: (state: State) => ({
      when: (...commands: Command[]) => {
        const run = (): Result<Decision> => {
          let current = state;
          let last: Result<Decision> | undefined;
          for (const command of commands) {
            last = decider.decide(current, command);
            if (last.ok) current = decider.evolve(current, last.value);
          }
          if (!last) throw new Error('when() needs at least one command');
          return last;
        };
        return {
          then(expected: Decision) {
            const result = run();
            expect(result).toEqual({ ok: true, value: expected });
          },
          /** The last command is accepted; `check` looks at its decision. */
          thenAccepts(check?: (decision: Decision) => void) {
            const result = run();
            if (!result.ok)
              throw new Error(
                `expected acceptance, got ${result.error.code}: ${result.error.message}`,
              );
            check?.(result.value);
          },
          thenFails(code: ErrorCode, message?: RegExp | string, field?: string) {
            const result = run();
            if (result.ok) throw new Error(`expected ${code}, but the command was accepted`);
            expect(result.error.code).toBe(code);
            if (message !== undefined) expect(result.error.message).toMatch(message);
            if (field !== undefined) expect(result.error.field).toBe(field);
          },
        };
      },
    }),
  };
}
