// `npm start`: builds, loads dist/Code.js into the harness with a sample workbook, and serves the add-on's
// sheets, menu, dialogs and sidebar on localhost (PORT, default 8080). Everything runs offline.
import { buildAll } from "./build";
import { startPreview } from "./preview/server";

await buildAll();
const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
const preview = await startPreview({ port });
console.log(`Seriktes preview: ${preview.url}`);
console.log("Press Ctrl+C to stop.");
