import * as React from 'react';
import type { OrgUnit } from '../../domain/organisation/org-unit';
import type { RegisterRepositories } from '../../sharepoint/repositories/register-repositories';

export interface UnitsState {
  readonly units: readonly OrgUnit[];
  readonly unitNames: ReadonlyMap<string, string>;
  readonly error: unknown;
}

const NONE: UnitsState = { units: [], unitNames: new Map(), error: undefined };

/**
 * The organisation's units, read once when the register shows or edits units: the units list is
 * the organisation tree (hundreds of items, far below the 5,000-item threshold), sorted by name
 * for the form's choice. A register without units reads nothing.
 */
export function useUnits(registers: RegisterRepositories, wanted: boolean): UnitsState {
  const [state, setState] = React.useState<UnitsState>(NONE);
  React.useEffect(() => {
    if (!wanted) return undefined;
    let current = true;
    registers.units.readAll().then(
      (read) => {
        if (!current) return;
        const units = [...read.valid].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
        setState({ units, unitNames: new Map(units.map((unit) => [unit.id, unit.name])), error: undefined });
      },
      (failure: unknown) => current && setState({ ...NONE, error: failure })
    );
    return () => {
      current = false;
    };
  }, [registers, wanted]);
  return state;
}
