// Foreign institutions, split by region for easier editing: each file is one template string in the format
// `Canonical English name | CC | type | City | alias; alias; ...`.
import { FOREIGN_AMERICAS } from "./foreign-americas";
import { FOREIGN_ASIA } from "./foreign-asia";
import { FOREIGN_BODIES } from "./foreign-bodies";
import { FOREIGN_CHINA } from "./foreign-china";
import { FOREIGN_EMBASSIES } from "./foreign-embassies";
import { FOREIGN_EUROPE } from "./foreign-europe";
import { FOREIGN_RUSSIA } from "./foreign-russia";

export const FOREIGN_SOURCES: readonly string[] = [
  FOREIGN_CHINA,
  FOREIGN_RUSSIA,
  FOREIGN_EUROPE,
  FOREIGN_ASIA,
  FOREIGN_AMERICAS,
  FOREIGN_EMBASSIES,
  FOREIGN_BODIES,
];

/** All foreign institution lines as one text. */
export const FOREIGN = FOREIGN_SOURCES.join("\n");
