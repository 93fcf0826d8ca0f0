import * as React from 'react';

/**
 * False for a component's first render, true once the browser has painted it: a page renders what
 * the reader looks for first (the council's KPIs, issue 10's first-render aim), lets the browser show
 * it, then renders the rest. React 17 (SPFx's) has no transitions, so this is the frame-then-task way:
 * the task after the next animation frame runs after that frame's paint.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = React.useState(false);
  React.useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = window.requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return painted;
}
