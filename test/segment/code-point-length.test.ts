import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codePointLength } from "../../src/segment/code-point-length.js";

describe("codePointLength", () => {
  it("counts a character outside the BMP once and a lone surrogate as one", () => {
    expect(codePointLength("𠮷野家")).toBe(3);
    expect(codePointLength("a\ud800b")).toBe(3);
    expect(codePointLength("\udc00\ud800")).toBe(2);
    expect(codePointLength("")).toBe(0);
  });

  it("agrees with spreading the string into code points", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => codePointLength(s) === [...s].length));
  });
});
