import * as React from 'react';
import { installMessagePack } from '../i18n/installed-messages';
import { renderWebPart, unmountWebPart } from '../ui/shell/render-web-part';
import type { WebPartEnvironment } from '../ui/shell/web-part-definition';
import type { WorkbenchPart } from './workbench-parts';

export interface MountedWebPartProps {
  readonly entry: WorkbenchPart;
  readonly environment: WebPartEnvironment;
  /** The property pane's values when they differ from the entry's initial ones (the workbench's `register` parameter). */
  readonly properties?: Readonly<Record<string, unknown>>;
}

/**
 * A web part in its own element, rendered by the same call its SPFx shell makes in render()
 * (renderWebPart): a new environment re-renders it as a theme change re-renders the shell.
 */
export function MountedWebPart({ entry, environment, properties }: MountedWebPartProps): JSX.Element {
  const elementRef = React.useRef<HTMLDivElement>(null);

  React.useEffect(() => {
    let current = true;
    // As the shell's onInit: only the part's own messages, so a message the part forgot to pack shows here as its raw key.
    void installMessagePack(entry.part.messages, environment.locale).then(() => {
      if (current && elementRef.current) renderWebPart(elementRef.current, entry.part, environment, properties ?? entry.initialProperties);
    });
    return () => {
      current = false;
    };
  }, [entry, environment, properties]);

  React.useEffect(() => {
    const element = elementRef.current;
    // As the shell's onDispose: the web part's React tree goes with its element.
    return () => {
      if (element) unmountWebPart(element);
    };
  }, []);

  return <div ref={elementRef} data-web-part={entry.part.key} />;
}
