import { inflateSync } from "node:zlib";

/**
 * Shows the login QR code in a terminal. Zalo hands out the QR as a PNG (what it encodes is Zalo's business),
 * so the PNG is decoded here (non-interlaced, 1–8 bits per sample: what QR images use), its modules found
 * from the top-left finder pattern, and printed two spaces per module with ANSI backgrounds: dark on light
 * whatever the terminal's colours.
 */
export interface Bitmap {
  width: number;
  height: number;
  /** Luminance 0–255 per pixel, row by row. */
  gray: Uint8Array;
}

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export function decodePng(png: Buffer): Bitmap {
  if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG");
  let offset = 8;
  let width = 0, height = 0, depth = 0, colorType = 0, interlace = 0;
  let palette: Buffer | undefined;
  const idat: Buffer[] = [];
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("latin1", offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      depth = data[8]!;
      colorType = data[9]!;
      interlace = data[12]!;
    } else if (type === "PLTE") palette = data;
    else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  const channels = CHANNELS[colorType];
  if (!channels || interlace !== 0 || ![1, 2, 4, 8].includes(depth) || (depth < 8 && channels !== 1)) throw new Error("unsupported PNG format");
  const raw = inflateSync(Buffer.concat(idat));
  const bpp = Math.max(1, (channels * depth) / 8);
  const stride = Math.ceil((width * channels * depth) / 8);
  const rows = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? rows[y * stride + x - bpp]! : 0;
      const b = y > 0 ? rows[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? rows[(y - 1) * stride + x - bpp]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
      rows[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  const gray = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const sample = (i: number) => (depth === 8 ? rows[y * stride + x * channels + i]! : ((rows[y * stride + ((x * depth) >> 3)]! >> (8 - depth - ((x * depth) & 7))) & ((1 << depth) - 1)) * (255 / ((1 << depth) - 1)));
      let r: number, g: number, b: number, alpha = 255;
      if (colorType === 3) {
        const index = depth === 8 ? sample(0) : Math.round(sample(0) / (255 / ((1 << depth) - 1)));
        [r, g, b] = [palette?.[index * 3] ?? 0, palette?.[index * 3 + 1] ?? 0, palette?.[index * 3 + 2] ?? 0];
      } else if (channels <= 2) {
        r = g = b = sample(0);
        if (channels === 2) alpha = sample(1);
      } else {
        [r, g, b] = [sample(0), sample(1), sample(2)];
        if (channels === 4) alpha = sample(3);
      }
      // Transparent pixels count as the (light) background.
      const lum = 0.299 * r + 0.587 * g + 0.114 * b;
      gray[y * width + x] = Math.round(255 - ((255 - lum) * alpha) / 255);
    }
  }
  return { width, height, gray };
}

/** The QR's modules (true = dark), found from the finder pattern at the top left; null when none is found. */
export function qrModules(bitmap: Bitmap): boolean[][] | null {
  const dark = (x: number, y: number) => bitmap.gray[y * bitmap.width + x]! < 128;
  let top = -1, left = bitmap.width;
  for (let y = 0; y < bitmap.height && top < 0; y++) for (let x = 0; x < bitmap.width; x++) if (dark(x, y)) { top = y; left = x; break; }
  if (top < 0) return null;
  // The finder pattern's top edge is 7 modules of dark.
  let run = 0;
  while (left + run < bitmap.width && dark(left + run, top)) run++;
  const module = run / 7;
  if (module < 1) return null;
  let right = left;
  for (let x = bitmap.width - 1; x >= left; x--) if (dark(x, top)) { right = x; break; }
  const size = Math.round((right - left + 1) / module);
  if (size < 21 || size > 177) return null;
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, col) => {
      const x = Math.min(bitmap.width - 1, Math.floor(left + (col + 0.5) * module));
      const y = Math.min(bitmap.height - 1, Math.floor(top + (row + 0.5) * module));
      return dark(x, y);
    }),
  );
}

export function renderQr(modules: boolean[][], quiet = 2): string {
  const size = modules.length + 2 * quiet;
  const light = "\x1b[47m  \x1b[0m";
  const darkCell = "\x1b[40m  \x1b[0m";
  const lines: string[] = [];
  for (let row = -quiet; row < size - quiet; row++) {
    let line = "";
    for (let col = -quiet; col < size - quiet; col++) line += modules[row]?.[col] ? darkCell : light;
    lines.push(line);
  }
  return lines.join("\n");
}

/** The PNG as terminal text, or null when it holds no QR code that can be read this way (then open the PNG). */
export function pngQrToTerminal(png: Buffer): string | null {
  try {
    const modules = qrModules(decodePng(png));
    return modules ? renderQr(modules) : null;
  } catch {
    return null;
  }
}
