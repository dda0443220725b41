// Foreign institutions, split by region for easier editing: each file is one template string in the format
// `Canonical English name | CC | type | City | alias; alias; ...`.
import { FOREIGN_CHINA } from "./foreign-china";
import { FOREIGN_RUSSIA } from "./foreign-russia";
import { FOREIGN_WORLD } from "./foreign-world";

export const FOREIGN_SOURCES: readonly string[] = [FOREIGN_CHINA, FOREIGN_RUSSIA, FOREIGN_WORLD];

/** All foreign institution lines as one text. */
export const FOREIGN = FOREIGN_SOURCES.join("\n");
