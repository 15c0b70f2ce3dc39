/**
 * The graph as a PNG at twice the screen's resolution (at least), with the legend drawn in its
 * top-right corner, so a picture pasted into a report says what the colours and shapes mean.
 */
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import { LABEL_FONT } from '../graph/settings';
import { downloadBlob } from './download';

export interface LegendEntry {
  caption: string;
  color: string;
  shape: 'circle' | 'square' | 'diamond' | 'triangle';
  count: number;
}

export const PNG_SCALE = 2;

/** sigma and its exporter size canvases by devicePixelRatio: raised for the one drawing, then restored. */
async function atPixelRatio<T>(ratio: number, draw: () => Promise<T>): Promise<T> {
  const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
  Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
  try {
    return await draw();
  } finally {
    if (own) Object.defineProperty(window, 'devicePixelRatio', own);
    else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
  }
}

function drawShape(ctx: CanvasRenderingContext2D, shape: LegendEntry['shape'], x: number, y: number, r: number): void {
  ctx.beginPath();
  if (shape === 'circle') ctx.arc(x, y, r, 0, 2 * Math.PI);
  else if (shape === 'square') ctx.rect(x - r, y - r, 2 * r, 2 * r);
  else if (shape === 'diamond') {
    ctx.moveTo(x, y - r * 1.2);
    ctx.lineTo(x + r * 1.2, y);
    ctx.lineTo(x, y + r * 1.2);
    ctx.lineTo(x - r * 1.2, y);
  } else {
    ctx.moveTo(x, y - r * 1.2);
    ctx.lineTo(x + r * 1.2, y + r);
    ctx.lineTo(x - r * 1.2, y + r);
  }
  ctx.closePath();
  ctx.fill();
}

/** Draws the legend box in the top-right corner; sizes in CSS pixels times `scale`. */
export function drawLegend(
  ctx: CanvasRenderingContext2D,
  title: string,
  entries: readonly LegendEntry[],
  scale: number,
): void {
  if (!entries.length) return;
  const s = (n: number) => n * scale;
  ctx.save();
  ctx.font = `600 ${s(13)}px ${LABEL_FONT}`;
  const rows = entries.map((e) => ({ e, text: `${e.caption}  ${e.count}` }));
  ctx.font = `${s(12)}px ${LABEL_FONT}`;
  const width = Math.max(ctx.measureText(title).width, ...rows.map((r) => ctx.measureText(r.text).width)) + s(40);
  const height = s(30 + 20 * rows.length);
  const left = ctx.canvas.width - width - s(12);
  const top = s(12);
  ctx.fillStyle = 'rgba(255, 255, 255, 0.95)';
  ctx.strokeStyle = '#d0d7de';
  ctx.lineWidth = s(1);
  ctx.fillRect(left, top, width, height);
  ctx.strokeRect(left, top, width, height);
  ctx.fillStyle = '#1f2328';
  ctx.textBaseline = 'middle';
  ctx.font = `600 ${s(13)}px ${LABEL_FONT}`;
  ctx.fillText(title, left + s(10), top + s(15));
  ctx.font = `${s(12)}px ${LABEL_FONT}`;
  rows.forEach(({ e, text }, i) => {
    const y = top + s(35 + 20 * i);
    ctx.fillStyle = e.color;
    drawShape(ctx, e.shape, left + s(16), y, s(5));
    ctx.fillStyle = '#1f2328';
    ctx.fillText(text, left + s(28), y);
  });
  ctx.restore();
}

export async function exportPng(
  sigma: Sigma,
  fileName: string,
  legendTitle: string,
  legend: readonly LegendEntry[],
): Promise<void> {
  const scale = Math.max(PNG_SCALE, window.devicePixelRatio || 1);
  const canvas = await atPixelRatio(scale, () => drawOnCanvas(sigma, { backgroundColor: '#ffffff' }));
  const ctx = canvas.getContext('2d');
  if (ctx) drawLegend(ctx, legendTitle, legend, scale);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob) downloadBlob(`${fileName}.png`, blob);
}
