// =INSTITUTION through the built bundle on names only the world gazetteer knows: the gazetteer ships in
// dist/Code.js and is read at the first name the directory lacks.
import { describe, expect, it } from "vitest";
import { loadBundle } from "../harness";

describe("INSTITUTION on names the directory lacks", () => {
  it("names them as the gazetteer does, and never as another institution", () => {
    const h = loadBundle({
      workbook: {
        Data: [
          ["Ханойский сельскохозяйственный университет"],
          ["Белостокский технологический университет"],
          ["Chongbuk National University (South Korea)"],
          ["Северо-Западный сельскохозяйственный университет (Китай)"],
          ["Northwest Agricultural and Forestry University (China)"],
          ["Hue Agriculture and Forestry University (Thailand)"],
          ["Opole University of Technology"],
        ],
      },
    });
    expect(h.formula("=INSTITUTION(A1:A7)", "Data")).toEqual([
      ["Hanoi University of Agriculture"],
      ["Białystok University of Technology"],
      ["Chungbuk National University"],
      // Not China Agricultural University, nor Northwest A&F University: the translation stands.
      ["Northwest Agricultural University"],
      ["Northwest A&F University"],
      // The only Hue University of Agriculture and Forestry is in Vietnam, not Thailand.
      ["Hue Agriculture and Forestry University"],
      // As the text writes it (the gazetteer's name for it is a former one), placed in Poland.
      ["Opole University of Technology"],
    ]);
    expect(h.formula('=INSTITUTION_COUNTRY(A1:A7, "code")', "Data")).toEqual([
      ["VN"],
      ["PL"],
      ["KR"],
      ["CN"],
      ["CN"],
      ["TH"],
      ["PL"],
    ]);
  });
});
