import { describe, expect, it } from "vitest";
import { sanitizeFileName } from "./sanitize-file-name";

describe("sanitizeFileName", () => {
  it.each([
    ["振込明細書.png", "png", "振込明細書.png"],
    ["../../etc/passwd", "pdf", "passwd.pdf"],
    ["C:\\Users\\me\\スクリーンショット 2026-11-28.JPG", "jpg", "スクリーンショット 2026-11-28.jpg"],
    ["invoice.pdf.exe", "pdf", "invoice.pdf.pdf"],
    ["ｆｕｌｌｗｉｄｔｈ.png", "png", "fullwidth.png"],
    ["evil\u202egnp.exe", "png", "evilgnp.png"],
    ["a<b>c.png", "png", "a_b_c.png"],
    ["", "pdf", "attachment.pdf"],
    [".hidden", "png", "attachment.png"],
  ])("%j as %s -> %j", (original, extension, expected) => {
    expect(sanitizeFileName(original, extension)).toBe(expected);
  });

  it("keeps names to 120 characters", () => {
    expect(sanitizeFileName("あ".repeat(300) + ".png", "png")).toHaveLength(120);
  });
});
