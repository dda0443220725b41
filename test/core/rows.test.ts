import { describe, expect, it } from "vitest";
import { changedBlock } from "../../src/core/rows/block";
import { asText, cellText, MAX_CELL_CHARS, toWritten } from "../../src/core/rows/cells";
import { PARTNERSHIP_HEADERS } from "../../src/core/rows/columns";
import { parseDirectoryRows } from "../../src/core/rows/directory";
import { formatHistory, parseHistory, withStep } from "../../src/core/rows/history";
import { formatId, IdAllocator } from "../../src/core/rows/ids";
import { editedColumns, readPartnership } from "../../src/core/rows/partnership";
import { outletOf, splitPasted } from "../../src/core/rows/paste";
import { headerMap, missingHeaders, RowAccess, repairedHeader } from "../../src/core/rows/table";

describe("cells written as text", () => {
  it("keeps formula-looking text from becoming a formula", () => {
    for (const text of ['=IMPORTXML("http://x","//a")', "+1", "@x", "-5", "'quoted"]) {
      expect(asText(text)).toBe(`'${text}`);
    }
  });
  it("keeps dates and numbers typed as text as text", () => {
    expect(asText("2025-02-19")).toBe("'2025-02-19");
    expect(asText("TRUE")).toBe("'TRUE");
  });
  it("leaves ordinary text, numbers and booleans alone", () => {
    expect(asText("Nazarbayev University")).toBe("Nazarbayev University");
    expect(toWritten(3)).toBe(3);
    expect(toWritten(true)).toBe(true);
    expect(toWritten(null)).toBe("");
  });
  it("cuts text longer than a cell holds", () => {
    expect(asText("a".repeat(MAX_CELL_CHARS + 10)).length).toBeLessThanOrEqual(MAX_CELL_CHARS);
  });
  it("reads a date cell as an ISO day", () => {
    expect(cellText(new Date(2025, 1, 19))).toBe("2025-02-19");
    expect(cellText(null)).toBe("");
  });
});

describe("columns found by header name", () => {
  it("finds reordered columns and ignores the user's own", () => {
    const header = ["Notes", "My column", "ID", "Partner"];
    const map = headerMap(header);
    expect(map.get("ID")).toBe(2);
    expect(map.get("Partner")).toBe(3);
    expect(missingHeaders(header, ["ID", "Partner", "Status"])).toEqual(["Status"]);
  });
  it("repairs a header row by adding what is missing at the end, keeping the user's columns", () => {
    expect(repairedHeader(["Partner", "My column", "ID", ""], ["ID", "Partner", "Status"])).toEqual([
      "Partner",
      "My column",
      "ID",
      "Status",
    ]);
  });
});

describe("IDs", () => {
  it("continues above the largest ID in use, whatever the order", () => {
    const ids = new IdAllocator("P", ["P-000007", "", "S-000100", "P-000002", "junk"]);
    expect(ids.next()).toBe("P-000008");
    expect(ids.next()).toBe("P-000009");
    expect(formatId("S", 123)).toBe("S-000123");
  });
});

describe("history of status steps", () => {
  it("keeps the earliest date of each step, in status order", () => {
    let h = withStep({}, "signed", "2025-03-12");
    h = withStep(h, "discussed", "2025-01-10");
    h = withStep(h, "signed", "2025-03-20");
    expect(formatHistory(h)).toBe("discussed 2025-01-10; signed 2025-03-12");
    expect(parseHistory("discussed 2025-01-10; signed ?")).toEqual({ discussed: "2025-01-10", signed: "" });
  });
});

describe("edits are detectable", () => {
  it("tells an edited cell from one the engine wrote", () => {
    const header = [...PARTNERSHIP_HEADERS];
    const access = new RowAccess(headerMap(header), header.length);
    const cells = access.blank();
    access.set(cells, "ID", "P-000001");
    access.set(cells, "Partner", "Wuhan Univ.");
    access.set(cells, "Status", "signed");
    access.set(cells, "Extracted", JSON.stringify({ Partner: "Wuhan University", Status: "signed" }));
    const row = readPartnership(cells, access);
    expect([...editedColumns(row)]).toEqual(["Partner"]);
  });
});

describe("the one write of a batch", () => {
  it("covers only the changed cells and puts formulas back", () => {
    const before = [
      ["ID", "A", "B"],
      ["1", "x", "=SUM(1)"],
      ["2", "y", "z"],
    ];
    const formulas = [
      ["", "", ""],
      ["", "", "=SUM(1)"],
      ["", "", ""],
    ];
    const after = [
      ["ID", "A", "B"],
      ["1", "X", 1],
      ["2", "y", "=IMPORTXML(1)"],
    ];
    const block = changedBlock(before, after, formulas);
    expect(block).toEqual({
      row: 1,
      column: 1,
      values: [
        ["X", 1],
        ["y", "'=IMPORTXML(1)"],
      ],
    });
  });
  it("restores an unchanged formula inside the block", () => {
    const before = [["a", 2, "c"]];
    const block = changedBlock(before, [["A", 2, "C"]], [["", "=1+1", ""]]);
    expect(block?.values).toEqual([["A", "=1+1", "C"]]);
  });
  it("is nothing when nothing changed, and clears rows that went", () => {
    expect(changedBlock([["a"]], [["a"]], [[""]])).toBeNull();
    expect(changedBlock([["a"], ["b"]], [["a"]], [[""], [""]])).toEqual({
      row: 1,
      column: 0,
      values: [[""]],
    });
  });
});

describe("Directory rows", () => {
  it("become institutions, with aliases split and bad values given defaults", () => {
    const rows = [
      ["City", "Name", "Aliases", "Country", "Type"],
      ["Almaty", "Almaty Tech College", "АТК; Алматинский технический колледж | ATC", "kz", "college"],
      ["", "", "no name: skipped", "", ""],
      ["", "Uni X", "", "??", "nonsense"],
    ];
    expect(parseDirectoryRows(rows)).toEqual([
      {
        name: "Almaty Tech College",
        aliases: ["АТК", "Алматинский технический колледж", "ATC"],
        country: "KZ",
        type: "college",
        city: "Almaty",
      },
      { name: "Uni X", aliases: [], country: "KZ", type: "university" },
    ]);
  });
});

describe("pasted articles", () => {
  it("splits articles at dash lines and URLs one a line", () => {
    const items = splitPasted(
      "https://a.kz/1\nhttps://b.kz/2\n---\nKazNU signed a memorandum.\n\nSecond paragraph.\n-----\n\n",
    );
    expect(items).toEqual([
      { kind: "url", url: "https://a.kz/1" },
      { kind: "url", url: "https://b.kz/2" },
      { kind: "text", text: "KazNU signed a memorandum.\n\nSecond paragraph." },
    ]);
    expect(splitPasted("  \n ---\n")).toEqual([]);
    expect(outletOf("https://www.Inform.kz/en/news?id=1")).toBe("inform.kz");
  });
});
