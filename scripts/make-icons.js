/**
 * Draws the add-in icon (three rising white bars on a rounded blue square) as PNGs at the sizes the manifest
 * names. Node built-ins only, so that the icons can be rebuilt anywhere with `node scripts/make-icons.js`.
 * The drawing is done at 4x4 subsamples per pixel so that the small sizes keep soft, even edges.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const BLUE = [0x10, 0x6e, 0xbe];
const WHITE = [0xff, 0xff, 0xff];
const SUBSAMPLES = 4;

/** Bars as fractions of the icon: x from, x to, top (bottom is shared). Heights rise left to right. */
const BARS = [
  [0.2, 0.34, 0.58],
  [0.43, 0.57, 0.4],
  [0.66, 0.8, 0.2],
];
const BAR_BOTTOM = 0.8;
const CORNER = 0.18;

function insideRoundedSquare(x, y) {
  const cx = Math.min(Math.max(x, CORNER), 1 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 1 - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

function insideBar(x, y) {
  return BARS.some(([left, right, top]) => x >= left && x < right && y >= top && y < BAR_BOTTOM);
}

/** RGBA pixels, row by row. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUBSAMPLES * SUBSAMPLES;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let square = 0;
      let bar = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
          if (insideRoundedSquare(x, y)) {
            square++;
            if (insideBar(x, y)) bar++;
          }
        }
      }
      const o = (py * size + px) * 4;
      const white = square === 0 ? 0 : bar / square;
      for (let c = 0; c < 3; c++) pixels[o + c] = Math.round(BLUE[c] * (1 - white) + WHITE[c] * white);
      pixels[o + 3] = Math.round((255 * square) / n);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** An 8-bit RGBA PNG; every scanline uses filter type 0 (none), which deflate compresses well enough here. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function iconPath(size, dir = path.resolve(__dirname, "..", "assets")) {
  return path.join(dir, `icon-${size}.png`);
}

function writeIcons(dir) {
  return SIZES.map((size) => {
    const file = iconPath(size, dir);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, encodePng(size, drawIcon(size)));
    return file;
  });
}

if (require.main === module) {
  for (const file of writeIcons()) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

module.exports = { SIZES, drawIcon, encodePng, crc32, iconPath, writeIcons };
