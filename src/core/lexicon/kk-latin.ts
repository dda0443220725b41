// Kazakh in the Latin alphabet (folded: "qoıdy" is read as "qoidy"): the entries that differ from the
// Cyrillic ones, added after them.
import type { LexiconPart } from "./shape";

export const kkLatin: LexiconPart = {
  status: {
    launched: ["ash(yldy|ty|qan|ylgan)", "iske qos(yldy|ty|ylgan|qan)"],
    signed: ["qol qo(idy|ydy|iyldy|yyldy|iysty|ygan|iylgan)"],
    discussed: ["talqyla*", "kezdes*", "sapar*", "delegatsi*", "kelissoz*"],
  },
  agreement: {
    agreement: ["kelisim*"],
  },
};
