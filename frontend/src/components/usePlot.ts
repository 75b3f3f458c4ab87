import { useEffect, useRef, useState } from 'react';

export type PlotLibrary = typeof import('./plotMarks');

// Observable Plot (with the parts of d3 it uses) is loaded the first time a chart is drawn, in a chunk of its own,
// so that pages without a chart do not download it.
let loading: Promise<PlotLibrary> | undefined;
const loadPlot = () => (loading ??= import('./plotMarks'));

/** Width when the container has none to measure (before layout, and in tests). */
const FALLBACK_WIDTH = 640;

/**
 * Draws an Observable Plot chart into the element the returned ref is put on, at that element's width (drawn again
 * when the width changes, so the text keeps its size on a phone rather than shrinking with a scaled picture).
 * The chart is a picture for sight alone: it is hidden from assistive technology, which reads the text alternative
 * and the table given beside it, and holds nothing to tab to. `draw` is drawn again whenever it changes: keep it
 * stable (useCallback) over the data it draws. Plot's own `<style>` is removed before the chart
 * joins the page: the Content-Security-Policy refuses inline styles, and main.scss says the same (`.app-chart`).
 */
export function usePlot<T extends HTMLElement>(draw: (plot: PlotLibrary, width: number) => SVGElement | HTMLElement, fixedWidth?: number) {
  const container = useRef<T>(null);
  const [measured, setMeasured] = useState<number | undefined>(undefined);
  const width = fixedWidth ?? measured ?? FALLBACK_WIDTH;

  useEffect(() => {
    const element = container.current;
    if (fixedWidth !== undefined || !element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.floor(entry?.contentRect.width ?? 0);
      if (next > 0) setMeasured(next);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fixedWidth]);

  useEffect(() => {
    let current = true;
    void loadPlot().then((plot) => {
      const element = container.current;
      if (!current || !element) return;
      const chart = draw(plot, width);
      chart.querySelectorAll('style').forEach((style) => style.remove());
      const svg = chart instanceof SVGElement ? chart : chart.querySelector('svg');
      svg?.setAttribute('aria-hidden', 'true');
      svg?.setAttribute('focusable', 'false');
      element.replaceChildren(chart);
    });
    return () => {
      current = false;
    };
  }, [draw, width]);
  return { container, width };
}
