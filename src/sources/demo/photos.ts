import sharp from 'sharp';
import { InputError } from '../../shared/errors.js';
import { Rng } from './prng.js';

/**
 * Generated photos: abstract shapes and gradients rendered to JPEG, never real pictures. A photo
 * id is `ph-<n>` or, for a re-encoded/resized copy of the same picture, `ph-<n>-v<k>`; bytes are
 * deterministic per id so that photo hashes in tests are stable.
 */

const photoIdPattern = /^ph-(\d+)(?:-v(\d+))?$/;

/** True when `id` names a demo photo. */
export function isPhotoId(id: string): boolean {
  return photoIdPattern.test(id);
}

/** The base picture of an id (`ph-7-v2` → `ph-7`): copies share it. */
export function basePhotoId(id: string): string {
  return id.replace(/-v\d+$/, '');
}

function svgFor(base: number, seed: number): string {
  const rng = Rng.from('photo', seed, base);
  const hue = rng.int(0, 359);
  const color = (): string =>
    `hsl(${(hue + rng.int(-60, 60) + 360) % 360},${rng.int(35, 80)}%,${rng.int(30, 75)}%)`;
  const shapes: string[] = [];
  for (let i = 0; i < rng.int(5, 9); i++) {
    const op = (rng.int(35, 85) / 100).toFixed(2);
    if (rng.chance(0.5)) {
      shapes.push(
        `<circle cx="${rng.int(0, 400)}" cy="${rng.int(0, 500)}" r="${rng.int(30, 160)}" fill="${color()}" opacity="${op}"/>`,
      );
    } else {
      shapes.push(
        `<rect x="${rng.int(-50, 350)}" y="${rng.int(-50, 450)}" width="${rng.int(60, 260)}" height="${rng.int(60, 300)}" rx="${rng.int(0, 40)}" fill="${color()}" opacity="${op}" transform="rotate(${rng.int(-40, 40)} 200 250)"/>`,
      );
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="500">
<defs><linearGradient id="g" x1="0" y1="0" x2="${rng.int(0, 1)}" y2="1"><stop offset="0" stop-color="${color()}"/><stop offset="1" stop-color="${color()}"/></linearGradient></defs>
<rect width="400" height="500" fill="url(#g)"/>${shapes.join('')}</svg>`;
}

/** Renders the JPEG bytes of a photo id; copies (`-v<k>`) are resized and re-encoded. */
export async function renderPhoto(id: string, seed: number): Promise<Buffer> {
  const m = photoIdPattern.exec(id);
  if (!m) throw new InputError(`not a demo photo id: ${id}`);
  const base = Number(m[1]);
  const variant = m[2] === undefined ? 0 : Number(m[2]);
  const img = sharp(Buffer.from(svgFor(base, seed)), { limitInputPixels: 4_000_000 });
  if (variant === 0) return img.jpeg({ quality: 82 }).toBuffer();
  const width = 400 - 40 * (variant % 3 === 0 ? 1 : variant % 3);
  return img
    .resize({ width })
    .jpeg({ quality: 60 + 5 * (variant % 4) })
    .toBuffer();
}

/** Caches rendered bytes per (seed, id); rendering is the slowest part of serving a page. */
export class PhotoCache {
  private readonly cache = new Map<string, Promise<Buffer>>();

  constructor(private readonly seed: number) {}

  get(id: string): Promise<Buffer> {
    let hit = this.cache.get(id);
    if (!hit) {
      hit = renderPhoto(id, this.seed);
      // A failed render must not be cached forever.
      hit.catch(() => this.cache.delete(id));
      this.cache.set(id, hit);
    }
    return hit;
  }
}
