// The world gazetteer's data is the project file Gazetteer.html (scripts/pack-gazetteer.ts), which Apps
// Script keeps but does not evaluate with Code.js: the engine reads it here, once, the first time a name
// misses the directory. HtmlService needs no authorization, so custom formulas may read it too.
import { setGazetteerLoader } from "../core/api";

export function readGazetteerFile(): string {
  return HtmlService.createTemplateFromFile("Gazetteer").getRawContent();
}

setGazetteerLoader(readGazetteerFile);
