/**
 * The committed icons are valid PNGs of the sizes the manifest names, and are exactly what scripts/make-icons.js
 * draws (so the script, not a hand-edited file, is the source).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";

const { SIZES, crc32, writeIcons, iconPath } = require("../../scripts/make-icons");

interface Png {
  width: number;
  height: number;
  colourType: number;
  pixels: Buffer;
}

/** A minimal PNG reader for what the script writes (8-bit RGBA, filter 0), checking signature and every CRC. */
function readPng(bytes: Buffer): Png {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  let ended = false;
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    const type = typeAndData.subarray(0, 4).toString("ascii");
    expect({ type, crc: bytes.readUInt32BE(offset + 8 + length) }).toEqual({ type, crc: crc32(typeAndData) });
    const body = typeAndData.subarray(4);
    if (type === "IHDR") header = body;
    if (type === "IDAT") data.push(body);
    if (type === "IEND") ended = true;
    offset += 12 + length;
  }
  if (!header || !ended) throw new Error("PNG lacks IHDR or IEND");
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const raw = zlib.inflateSync(Buffer.concat(data));
  const stride = width * 4;
  expect(raw.length).toBe((stride + 1) * height);
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (stride + 1)]).toBe(0);
    raw.copy(pixels, y * stride, y * (stride + 1) + 1, (y + 1) * (stride + 1));
  }
  return { width, height, colourType: header[9], pixels };
}

function pixel(png: Png, fx: number, fy: number): number[] {
  const o = (Math.floor(fy * png.height) * png.width + Math.floor(fx * png.width)) * 4;
  return [...png.pixels.subarray(o, o + 4)];
}

describe("icons", () => {
  it("CRC32 matches the standard check value", () => {
    // The CRC-32 of "123456789" is 0xCBF43926 (the usual check value for this polynomial).
    expect(crc32(Buffer.from("123456789", "ascii"))).toBe(0xcbf43926);
  });

  it.each([16, 32, 64, 80])("assets/icon-%i.png is a valid RGBA PNG of that size", (size) => {
    expect(SIZES).toContain(size);
    const png = readPng(fs.readFileSync(iconPath(size)));
    expect(png).toMatchObject({ width: size, height: size, colourType: 6 });
    // (Nearly) transparent rounded corner, blue background, white bar: the drawing is recognisable at every size.
    expect(pixel(png, 0, 0)[3]).toBeLessThan(64);
    const background = pixel(png, 0.5, 0.12);
    expect(background[3]).toBe(255);
    expect(background[2]).toBeGreaterThan(background[0] + 80);
    expect(pixel(png, 0.73, 0.7)).toEqual([255, 255, 255, 255]);
    // The right bar is taller than the left one: at this height only the right one is drawn.
    expect(pixel(png, 0.27, 0.3)).toEqual(background);
    expect(pixel(png, 0.73, 0.3)).toEqual([255, 255, 255, 255]);
  });

  it("the committed icons are exactly what the script draws", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "capex-icons-"));
    try {
      const written: string[] = writeIcons(dir);
      expect(written.map((f) => path.basename(f))).toEqual(SIZES.map((s: number) => `icon-${s}.png`));
      for (const size of SIZES) expect(fs.readFileSync(iconPath(size, dir))).toEqual(fs.readFileSync(iconPath(size)));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
