import * as React from 'react';
import { MenuButton } from '@fluentui/react-components';
import type { SnoozeMenuProps } from './snooze-menu';

const loadSnoozeMenu = (): Promise<typeof import('./snooze-menu')> => import(/* webpackChunkName: 'tillit-snooze-menu' */ './snooze-menu');

const LazySnoozeMenu = React.lazy(async () => ({ default: (await loadSnoozeMenu()).SnoozeMenu }));

/**
 * Fluent's Menu and its positioning are about 30 KB gzipped, a fifth of My tasks' bundle (issue 7
 * aims at 150 KB per web part), and most visits snooze nothing. So the button is a plain one until a
 * pointer or the keyboard comes near it: that starts fetching the menu, and a press opens it as soon
 * as it is here (usually already, after the hover or focus).
 */
export function SnoozeMenuOnDemand(props: SnoozeMenuProps): JSX.Element {
  const [wanted, setWanted] = React.useState(false);
  if (wanted) {
    const waiting = (
      <MenuButton size="small" appearance="secondary" disabled aria-label={props.t('myTasks.snoozeNamed', { name: props.name })}>
        {props.t('myTasks.snooze')}
      </MenuButton>
    );
    return (
      <React.Suspense fallback={waiting}>
        <LazySnoozeMenu {...props} defaultOpen />
      </React.Suspense>
    );
  }
  const prefetch = (): void => {
    void loadSnoozeMenu();
  };
  return (
    <MenuButton
      size="small"
      appearance="secondary"
      disabled={props.busy}
      aria-label={props.t('myTasks.snoozeNamed', { name: props.name })}
      aria-haspopup="menu"
      data-testid="snooze"
      onPointerEnter={prefetch}
      onFocus={prefetch}
      onClick={() => setWanted(true)}
    >
      {props.busy ? props.t('myTasks.snoozing') : props.t('myTasks.snooze')}
    </MenuButton>
  );
}
