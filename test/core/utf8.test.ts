import { describe, expect, it } from "vitest";
import { packPieces, splitUtf8, unpackPieces, utf8Bytes } from "../../src/core/text/utf8";

describe("UTF-8 sizes", () => {
  it("count bytes as storage does: Latin 1, Cyrillic 2, most others 3, emoji 4", () => {
    expect(utf8Bytes("KazNU")).toBe(5);
    expect(utf8Bytes("ҚазҰУ")).toBe(10);
    expect(utf8Bytes("大学")).toBe(6);
    expect(utf8Bytes("🎓")).toBe(4);
    expect(utf8Bytes("a\ud800b")).toBe(5);
    for (const s of ["Әл-Фараби атындағы ҚазҰУ 🎓 大学", "x".repeat(1000)]) {
      expect(utf8Bytes(s)).toBe(Buffer.byteLength(s));
    }
  });

  it("split into pieces within a byte size, never inside a surrogate pair, and join back", () => {
    const text = "Университет 🎓 ".repeat(500);
    const pieces = splitUtf8(text, 1000);
    expect(pieces.join("")).toBe(text);
    expect(pieces.every((p) => Buffer.byteLength(p) <= 1000)).toBe(true);
    expect(pieces.every((p) => !/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(p))).toBe(true);
    expect(splitUtf8("", 10)).toEqual([""]);
  });

  it("pack a text as stamped pieces, and refuse pieces of two writes or a missing one", () => {
    const text = JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ name: `Университет ${i}` })));
    const pieces = packPieces(text, 2000, "s1");
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.every((p) => Buffer.byteLength(p) <= 2000)).toBe(true);
    expect(unpackPieces(pieces)).toBe(text);
    const other = packPieces(text.replace("0", "9"), 2000, "s2");
    expect(unpackPieces([pieces[0], other[1], ...pieces.slice(2)])).toBeNull();
    expect(unpackPieces([pieces[0], undefined, ...pieces.slice(2)])).toBeNull();
    expect(unpackPieces([undefined])).toBeNull();
    expect(unpackPieces(packPieces("", 100, "s3"))).toBe("");
  });
});
