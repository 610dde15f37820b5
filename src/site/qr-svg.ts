/**
 * A QR code as a small inline SVG, made at build time (uqr encodes; this only draws). One path
 * that strokes each horizontal run of dark modules, so a page address costs about 2.5 KB instead
 * of the 11 KB of one rectangle per module (uqr's own SVG). Dark on a white square whatever the colour scheme:
 * phone scanners look for dark modules on a light quiet zone.
 */
import { encode } from 'uqr';

/** The quiet zone the standard asks for, in modules. */
const quietZone = 4;

/**
 * A stroke one module wide along the middle of each row: `M x y.5h n` for a row's first run of
 * dark modules, `m gap 0h n` for the next ones (relative moves keep the numbers short).
 */
export function qrPathOf(modules: boolean[][]): string {
  const parts: string[] = [];
  modules.forEach((row, y) => {
    let pen: number | null = null;
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(pen === null ? `M${start + quietZone} ${y + quietZone}.5` : `m${start - pen} 0`, `h${x - start}`);
      pen = x;
    }
  });
  return parts.join('');
}

/** The SVG for `text`, error correction M (a screen's glare or a crease on paper still reads). */
export function qrSvgOf(text: string, label: string): string {
  const { size, data } = encode(text, { ecc: 'M', border: 0 });
  const side = size + 2 * quietZone;
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" role="img" aria-label="${escaped}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path stroke="#000" stroke-width="1" d="${qrPathOf(data)}"/></svg>`
  );
}
