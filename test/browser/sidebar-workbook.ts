// The workbook the sidebar tests start from: a Partnerships sheet of partnerships we made up (two years,
// several countries, tags, one row whose Kazakhstan side is markup), a Sources sheet the first rows cite, and
// a Summary sheet that already holds something the brief must not overwrite.
import { PARTNERSHIP_HEADERS, SOURCE_HEADERS } from "../../src/core/rows/columns";
import type { CellInput } from "../harness";

export const HOSTILE_NAME = "<img src=x onerror=alert(1)>";

type Row = {
  id: string;
  date: string;
  kz: string;
  partner: string;
  country: string;
  type: string;
  agreement: string;
  status: string;
  fields?: string;
  tags?: string;
  summary?: string;
  sources?: string;
  reviewed?: boolean;
  history?: string;
};

const ROWS: Row[] = [
  {
    id: "P-000001",
    date: "2025-02-19",
    kz: "Al-Farabi Kazakh National University",
    partner: "Wuhan University",
    country: "CN",
    type: "university",
    agreement: "joint_lab",
    status: "signed",
    fields: "remote_sensing",
    tags: "china",
    summary: "KazNU and Wuhan University (China) agreed to set up a joint remote sensing lab.",
    sources: "S-000001",
    history: "discussed 2024-12-05; signed 2025-02-19",
  },
  {
    id: "P-000002",
    date: "2025-03-03",
    kz: "Nazarbayev University",
    partner: "Arizona State University",
    country: "US",
    type: "university",
    agreement: "joint_program",
    status: "launched",
    fields: "ai, it",
    sources: "https://example.org/nu-asu",
  },
  {
    id: "P-000003",
    date: "2025-02-12",
    kz: "Satbayev University",
    partner: "Technical University of Munich",
    country: "DE",
    type: "university",
    agreement: "memorandum",
    status: "signed",
    fields: "mining",
    tags: "priority",
  },
  {
    id: "P-000004",
    date: "2025-01-21",
    kz: "Kazakh-British Technical University",
    partner: "University of Exeter",
    country: "GB",
    type: "university",
    agreement: "branch_campus",
    status: "discussed",
  },
  {
    id: "P-000005",
    date: "2025-01-28",
    kz: "L.N. Gumilyov Eurasian National University",
    partner: "Kazan Federal University",
    country: "RU",
    type: "university",
    agreement: "joint_program",
    status: "planned",
    fields: "oil_gas",
  },
  {
    id: "P-000006",
    date: "2025-03-06",
    kz: "Buketov Karaganda University",
    partner: "Tomsk Polytechnic University",
    country: "RU",
    type: "university",
    agreement: "memorandum",
    status: "signed",
    fields: "energy",
  },
  {
    id: "P-000007",
    date: "2024-11-14",
    kz: "Al-Farabi Kazakh National University",
    partner: "Huawei",
    country: "CN",
    type: "company",
    agreement: "training_center",
    status: "launched",
    fields: "it",
  },
  {
    id: "P-000008",
    date: "2024-10-02",
    kz: "Satbayev University",
    partner: "China University of Petroleum",
    country: "CN",
    type: "university",
    agreement: "memorandum",
    status: "signed",
    fields: "oil_gas",
  },
  {
    id: "P-000009",
    date: "2025-03-20",
    kz: HOSTILE_NAME,
    partner: "Tsinghua University",
    country: "CN",
    type: "university",
    agreement: "visit",
    status: "discussed",
  },
];

function partnershipRow(r: Row): CellInput[] {
  const byHeader: Record<string, CellInput> = {
    ID: r.id,
    // As the Partnerships writer stores dates: text, not a date cell.
    Date: `'${r.date}`,
    "Kazakhstan side": r.kz,
    Partner: r.partner,
    Country: r.country,
    "Partner type": r.type,
    Agreement: r.agreement,
    Status: r.status,
    Fields: r.fields ?? "",
    Tags: r.tags ?? "",
    Summary: r.summary ?? "",
    Sources: r.sources ?? "",
    Reviewed: r.reviewed ?? false,
    Notes: "",
    History: r.history ?? "",
    Extracted: "",
  };
  return PARTNERSHIP_HEADERS.map((h) => byHeader[h] ?? "");
}

/** The sheet row (1-based, header = 1) of a partnership by ID. */
export function rowOf(id: string): number {
  return ROWS.findIndex((r) => r.id === id) + 2;
}

export const PARTNERSHIP_COUNT = ROWS.length;

export function sidebarWorkbook(): Record<string, CellInput[][]> {
  return {
    Partnerships: [[...PARTNERSHIP_HEADERS], ...ROWS.map(partnershipRow)],
    Sources: [
      [...SOURCE_HEADERS],
      SOURCE_HEADERS.map(
        (h) =>
          (
            ({
              ID: "S-000001",
              "Text or URL": "https://example.org/kaznu-wuhan",
              Title: "KazNU and Wuhan University to open a joint lab",
              Outlet: "Tengrinews (sample)",
              Language: "ru",
            }) as Record<string, string>
          )[h] ?? "",
      ),
    ],
    Summary: [["Partnerships summary"], ["China", 4]],
  };
}
